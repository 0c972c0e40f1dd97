#!/usr/bin/env bash
# t1544-convert-cfn-written-types: `terrace convert` of the CloudFormation
# types Cloud Control cannot make (their registry schemas have no handlers,
# so their awscc types fail at apply) and terrace writes itself
# (t1544/policies.yaml): AWS::IAM::Policy as aws.iam.inline_policy (Roles:
# [!Ref R] the roles' names), AWS::SQS::QueuePolicy as aws.sqs.queue_policy
# (Queues: the queues' URLs), AWS::SNS::TopicPolicy as aws.sns.topic_policy
# (Topics: the topics' ARNs), AWS::EC2::NetworkAclEntry as
# aws.ec2.network_acl_entry (PortRange as port_range, its ACL an
# awscc.ec2.network_acl), properties mapped by name; everything carried (exit 0), the stack validates, applies on moto
# (the rest through its Cloud Control), the AWS CLI reads each policy and
# rule where the template puts it, a second plan has no change, and destroy
# leaves none. -existing imports none of them: their ids are not
# CloudFormation's physical ids (said, as a construct left out).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$(cd "$(dirname "$0")/t1544" && pwd)
cli () { s3 "$@"; }

test_expect_success 'convert: the four types as written types, their properties by name, all carried' '
	mkdir made &&
	terrace convert "$here/policies.yaml" >made/stack.yaml 2>err &&
	test_empty err &&
	test_equal 1 "$(grep -c "type: aws.iam.inline_policy" made/stack.yaml)" &&
	test_equal 1 "$(grep -c "type: aws.sqs.queue_policy" made/stack.yaml)" &&
	test_equal 1 "$(grep -c "type: aws.sns.topic_policy" made/stack.yaml)" &&
	test_equal 2 "$(grep -c "type: aws.ec2.network_acl_entry" made/stack.yaml)" &&
	test_line made/stack.yaml "- \${WorkerRole.id}" &&
	test_line made/stack.yaml "- \${Jobs.id}" &&
	test_line made/stack.yaml "- \${Alerts.id}" &&
	test_line made/stack.yaml "network_acl_id: \${PublicAcl.id}" &&
	test_line made/stack.yaml "from: 443"
'

test_expect_success 'the stack validates, applies on moto, and plans no change' '
	write_stack made/moto.yaml &&
	sed -i "/^stack: /d" made/moto.yaml &&
	(cd made && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (10 resources)" &&
	(cd made && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 10 added, 0 changed, 0 destroyed." &&
	(cd made && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'the AWS CLI reads each policy and rule where the template puts it' '
	test_equal "sqs:ReceiveMessage sqs:DeleteMessage" "$(cli iam get-role-policy --role-name t1544-worker \
		--policy-name t1544-read-jobs --query "PolicyDocument.Statement[0].Action" --output text | tr "\t" " ")" &&
	url=$(cli sqs get-queue-url --queue-name t1544-jobs --query QueueUrl --output text) &&
	cli sqs get-queue-attributes --queue-url "$url" --attribute-names Policy \
		--query Attributes.Policy --output text >queue.policy &&
	test_contains queue.policy "sns.amazonaws.com" &&
	cli sns get-topic-attributes --topic-arn arn:aws:sns:us-east-1:123456789012:t1544-alerts \
		--query Attributes.Policy --output text >topic.policy &&
	test_contains topic.policy "events.amazonaws.com" &&
	acl=$(json_get made/terrace.state.json "d[\"resources\"][\"PublicAcl\"][\"id\"]") &&
	test_equal "100 6 allow 443" "$(cli ec2 describe-network-acls --network-acl-ids "$acl" \
		--query "NetworkAcls[0].Entries[?RuleNumber==\`100\` && Egress==\`false\`] | [0].[RuleNumber, Protocol, RuleAction, PortRange.From]" \
		--output text | tr "\t" " ")"
'

test_expect_success 'destroy leaves none of them' '
	(cd made && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_contains out "Destroy complete! Resources: 10 destroyed." &&
	test_equal 0 "$(cli iam list-roles --query "length(Roles[?RoleName==\`t1544-worker\`])")"
'

test_expect_success '-existing imports none of the written types: their ids are not the physical ids' '
	cat >existing.json <<-JSON &&
	{"StackResources": [
	 {"StackName": "t1544", "LogicalResourceId": "WorkerPolicy", "PhysicalResourceId": "t1544-Worke-ABCDEF", "ResourceStatus": "CREATE_COMPLETE"},
	 {"StackName": "t1544", "LogicalResourceId": "Alerts", "PhysicalResourceId": "arn:aws:sns:us-east-1:123456789012:t1544-alerts", "ResourceStatus": "CREATE_COMPLETE"}]}
	JSON
	test_expect_code 3 terrace convert -existing existing.json "$here/policies.yaml" >imported.yaml 2>err &&
	test_contains err "WorkerPolicy (t1544-Worke-ABCDEF) is written as aws.iam.inline_policy, whose id is not CloudFormation'"'"'s physical id; not imported" &&
	test_line imported.yaml "id: arn:aws:sns:us-east-1:123456789012:t1544-alerts"
'

test_done
