#!/usr/bin/env bash
# t1242-convert-terraform-import: `terrace convert -existing STATE` with a
# Terraform state (format version 4) of what Terraform made: the objects of
# tests/corpus/terraform/own/made are made on moto as Terraform would have
# (a bucket; two queues by count and a topic through Cloud Control,
# as the awscc provider makes them), the state names them by
# Terraform's ids; the converted stack carries one import: block per
# instance with the id terrace imports by (the bucket's name; Cloud
# Control's identifier, the queue's URL, for awscc), plans the imports and
# nothing else to add, applies them and then plans no change. A state of
# another format version, an instance the conversion did not carry, one in
# a module, one without the id attribute are warnings, exit 3.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

CORPUS=$REPO_ROOT/tests/corpus/terraform

# cc_make TYPE DESIRED: make an object through Cloud Control, as Terraform's
# awscc provider makes it; prints its identifier.
cc_make () {
	token=$(s3 cloudcontrol create-resource --type-name "$1" --desired-state "$2" \
		--query ProgressEvent.RequestToken --output text) &&
	s3 cloudcontrol wait resource-request-success --request-token "$token" &&
	s3 cloudcontrol get-resource-request-status --request-token "$token" \
		--query ProgressEvent.Identifier --output text
}

test_expect_success 'Terraform made a bucket, two queues and a topic' '
	s3 s3api create-bucket --bucket tf-made-logs >/dev/null &&
	q0=$(cc_make AWS::SQS::Queue "{\"QueueName\": \"tf-made-events-0\"}") &&
	q1=$(cc_make AWS::SQS::Queue "{\"QueueName\": \"tf-made-events-1\"}") &&
	app=$(cc_make AWS::SNS::Topic \
		"{\"TopicName\": \"tf-made-app\", \"DisplayName\": \"made by Terraform\"}") &&
	echo "$app" >app &&
	cat >terraform.tfstate <<-JSON
	{"version": 4, "terraform_version": "1.9.5", "serial": 3, "lineage": "t1242",
	 "outputs": {},
	 "resources": [
	  {"mode": "managed", "type": "aws_s3_bucket", "name": "logs",
	   "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
	   "instances": [{"schema_version": 0, "attributes": {"id": "tf-made-logs",
	     "bucket": "tf-made-logs", "arn": "arn:aws:s3:::tf-made-logs"}}]},
	  {"mode": "managed", "type": "awscc_sqs_queue", "name": "events",
	   "provider": "provider[\"registry.terraform.io/hashicorp/awscc\"]",
	   "instances": [{"index_key": 0, "schema_version": 1, "attributes": {"id": "$q0", "queue_url": "$q0"}},
	                 {"index_key": 1, "schema_version": 1, "attributes": {"id": "$q1", "queue_url": "$q1"}}]},
	  {"mode": "managed", "type": "awscc_sns_topic", "name": "app",
	   "provider": "provider[\"registry.terraform.io/hashicorp/awscc\"]",
	   "instances": [{"schema_version": 1, "attributes": {"id": "$app", "topic_arn": "$app"}}]},
	  {"mode": "data", "type": "aws_caller_identity", "name": "me",
	   "instances": [{"attributes": {"id": "123456789012"}}]}
	 ]}
	JSON
	echo "$q0" >q0
'

test_expect_success 'convert -existing: one import: block per instance, with the id terrace takes' '
	mkdir made &&
	terrace convert -existing terraform.tfstate "$CORPUS/own/made" >made/main.yaml 2>err &&
	test_empty err &&
	test_line made/main.yaml "- to: logs" &&
	test_line made/main.yaml "id: tf-made-logs" &&
	test_line made/main.yaml "- to: events[0]" &&
	test_line made/main.yaml "id: $(cat q0)" &&
	test_line made/main.yaml "- to: events[1]" &&
	test_line made/main.yaml "- to: app" &&
	test_line made/main.yaml "id: $(cat app)"
'

test_expect_success 'the stack plans the four imports and adds nothing' '
	write_stack made/provider.yaml &&
	(cd made && terrace plan >../plan.out 2>../plan.err) &&
	test_match plan.out "^Plan: 4 to import, 0 to add, [0-9]+ to change, 0 to destroy\.$"
'

test_expect_success 'applied, it plans no change against what Terraform made' '
	(cd made && terrace apply -auto-approve >../apply.out 2>../apply.err) &&
	test_match apply.out "^Apply complete! Resources: 4 imported, 0 added, [0-9]+ changed, 0 destroyed\.$" &&
	(cd made && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test "$(s3 sqs list-queues --queue-name-prefix tf-made --query "length(QueueUrls)" --output text)" = 2
'

test_expect_success 'a state of another version, an instance not carried, in a module, without its id: warnings, exit 3' '
	echo "{\"version\": 3, \"resources\": []}" >old.tfstate &&
	test_expect_code 3 terrace convert -existing old.tfstate "$CORPUS/own/made" >out 2>err &&
	test_contains err "Warning: the state is not of format version 4: no import: blocks" &&
	test_not_contains out "import:" &&
	sed "s/\"awscc_sns_topic\", \"name\": \"app\"/\"awscc_sns_topic\", \"name\": \"gone\"/" \
		terraform.tfstate >gone.tfstate &&
	test_expect_code 3 terrace convert -existing gone.tfstate "$CORPUS/own/made" >out 2>err &&
	test_contains err "Warning: the state'\''s awscc_sns_topic.gone is not imported: the conversion did not carry it" &&
	sed "s/\"mode\": \"managed\", \"type\": \"awscc_sns_topic\"/\"module\": \"module.net\", &/" \
		terraform.tfstate >module.tfstate &&
	test_expect_code 3 terrace convert -existing module.tfstate "$CORPUS/own/made" >out 2>err &&
	test_contains err "Warning: the state'\''s module.net.awscc_sns_topic.app is not imported: a module'\''s instances are not (write their import: by hand)" &&
	sed "s/\"bucket\": \"tf-made-logs\", //" terraform.tfstate >noid.tfstate &&
	test_expect_code 3 terrace convert -existing noid.tfstate "$CORPUS/own/made" >out 2>err &&
	test_contains err "Warning: the state'\''s aws_s3_bucket.logs is not imported: an instance has no \"bucket\"" &&
	test_expect_code 1 terrace convert -existing nowhere.tfstate "$CORPUS/own/made" >out 2>err &&
	test_contains err "convert: -existing nowhere.tfstate"
'

test_done
