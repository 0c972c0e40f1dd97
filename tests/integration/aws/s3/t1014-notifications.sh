#!/usr/bin/env bash
# t1014-notifications: aws.s3.bucket_notification against moto — a landing
# bucket telling a queue, a topic and a function of new objects: the
# configuration read back with the AWS CLI, planned again as no change, the
# notification ordered after the function's aws.lambda.permission (which S3
# tests it against, as moto does here through
# tests/servers/moto_patches/s3_notification_destination_test.py), a filter
# changed in place, drift made with the AWS CLI shown and undone, import by
# the bucket's name, an update that finds the configuration already as
# desired (changed with the CLI, the state stale) putting nothing, a
# configuration already there refused, a destination
# that does not allow S3 refused by S3, destroy leaving the bucket without
# one. run.sh's contract check holds every request against the S3 model.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
BUCKET=landing-notify

awscli () { s3 "$@"; }

# notification EXPR: EXPR (Python, over the configuration d) of the bucket's
# configuration as GetBucketNotificationConfiguration gives it.
notification () {
	awscli s3api get-bucket-notification-configuration --bucket "${2:-$BUCKET}" \
		--output json >notification.json &&
	{ test -s notification.json || echo "{}" >notification.json; } &&
	json_get notification.json "$1"
}

notify_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  landing:
	    type: aws.s3.bucket
	    name: $BUCKET
	  queue:
	    type: aws.sqs.queue
	    name: landing-files
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: s3.amazonaws.com}
	          Action: sqs:SendMessage
	          Resource: "*"
	          Condition: {ArnLike: {"aws:SourceArn": "\${landing.arn}"}}
	  topic:
	    type: aws.sns.topic
	    name: landing-removed
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: s3.amazonaws.com}
	          Action: SNS:Publish
	          Resource: "*"
	          Condition: {ArnLike: {"aws:SourceArn": "\${landing.arn}"}}
	  fn:
	    type: aws.lambda.function
	    function_name: landing-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    source: fn
	  from_bucket:
	    type: aws.lambda.permission
	    function_name: \${fn.function_name}
	    statement_id: AllowLanding
	    principal: ${PRINCIPAL:-s3.amazonaws.com}
	    source_arn: \${landing.arn}
	  notify:
	    type: aws.s3.bucket_notification
	    bucket: \${landing.name}
	    queue:
	      - queue_arn: \${queue.arn}
	        events: ["s3:ObjectCreated:*"]
	        filter_prefix: incoming/
	        filter_suffix: ${SUFFIX:-.csv}
	    topic:
	      - id: removed
	        topic_arn: \${topic.arn}
	        events: ["s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated"]
	    lambda_function:
	      - id: ingest
	        lambda_function_arn: \${fn.arn}
	        events: ["s3:ObjectCreated:Put"]
	        filter_prefix: manifests/
	    eventbridge: ${EVENTBRIDGE:-false}
	YAML
}

test_expect_success 'setup: an IAM role and a function folder' '
	awscli iam create-role --role-name notify-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role.arn &&
	mkdir fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py
'
export TERRACE_VAR_role_arn="arn:aws:iam::$ACCOUNT:role/notify-exec"

test_expect_success 'a function whose permission is not for S3 is refused at file:line:col' '
	PRINCIPAL=events.amazonaws.com notify_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: .*lambda_function: fn of the stack does not let S3 deliver from bucket landing: an aws.lambda.permission must allow s3.amazonaws.com"
'

test_expect_success 'the notification waits for the function permission naming its bucket' '
	notify_stack &&
	terrace graph >graph.dot 2>err &&
	test_match graph.dot "\"notify\" -> \"from_bucket\""
'

test_expect_success 'apply puts the configuration; the AWS CLI reads it back; no change planned again' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	test_equal "queue-1 arn:aws:sqs:us-east-1:$ACCOUNT:landing-files s3:ObjectCreated:* prefix=incoming/ suffix=.csv" \
		"$(notification "\"\".join(\" \".join([q[\"Id\"], q[\"QueueArn\"]] + q[\"Events\"] + sorted(r[\"Name\"].lower() + \"=\" + r[\"Value\"] for r in q[\"Filter\"][\"Key\"][\"FilterRules\"])) for q in d[\"QueueConfigurations\"][:1])")" &&
	test_equal "removed arn:aws:sns:us-east-1:$ACCOUNT:landing-removed s3:ObjectRemoved:Delete s3:ObjectRemoved:DeleteMarkerCreated" \
		"$(notification "\"\".join(\" \".join([t[\"Id\"], t[\"TopicArn\"]] + sorted(t[\"Events\"])) for t in d[\"TopicConfigurations\"][:1])")" &&
	test_equal "ingest arn:aws:lambda:us-east-1:$ACCOUNT:function:landing-ingest s3:ObjectCreated:Put" \
		"$(notification "\"\".join(\" \".join([f[\"Id\"], f[\"LambdaFunctionArn\"]] + f[\"Events\"]) for f in d[\"LambdaFunctionConfigurations\"][:1])")" &&
	test_equal false "$(notification "\"EventBridgeConfiguration\" in d")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a filter and EventBridge change in place' '
	SUFFIX=.parquet EVENTBRIDGE=true notify_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ eventbridge *= false -> true" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal ".parquet True" \
		"$(notification "[r[\"Value\"] for r in d[\"QueueConfigurations\"][0][\"Filter\"][\"Key\"][\"FilterRules\"] if r[\"Name\"].lower() == \"suffix\"][0] + \" \" + str(\"EventBridgeConfiguration\" in d)")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift: a configuration emptied by hand is planned as an update and put again' '
	awscli s3api put-bucket-notification-configuration --bucket $BUCKET \
		--notification-configuration "{}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "# notify will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 1 "$(notification "len(d[\"LambdaFunctionConfigurations\"])")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'an update converges from what S3 holds: a configuration already as desired is not put again' '
	awscli s3api get-bucket-notification-configuration --bucket $BUCKET --output json >now.json &&
	python3 -c "import json; d = json.load(open(\"now.json\")); d.pop(\"EventBridgeConfiguration\"); json.dump(d, open(\"now.json\", \"w\"))" &&
	awscli s3api put-bucket-notification-configuration --bucket $BUCKET \
		--notification-configuration file://now.json &&
	SUFFIX=.parquet EVENTBRIDGE=false notify_stack &&
	TERRACE_LOG=debug terrace apply -refresh=false -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_match err "^\[debug\] s3 GetBucketNotificationConfiguration .*: HTTP 200 in" &&
	test_expect_code 1 grep "PutBucketNotificationConfiguration" err &&
	test_equal "False 1" "$(notification "str(\"EventBridgeConfiguration\" in d) + \" \" + str(len(d[\"QueueConfigurations\"]))")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by the bucket name; the plan is clean' '
	terrace state rm notify >out 2>err &&
	terrace import notify $BUCKET >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy leaves the bucket without a configuration first, then removes it all' '
	terrace destroy -target notify -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal "0 0 0" "$(notification "\" \".join(str(len(d.get(k, []))) for k in (\"QueueConfigurations\", \"TopicConfigurations\", \"LambdaFunctionConfigurations\"))")" &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! awscli s3api head-bucket --bucket $BUCKET 2>/dev/null
'

other_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  other:
	    type: aws.s3.bucket
	    name: other-notify
	  plain:
	    type: aws.sqs.queue
	    name: plain-queue
	    ${QUEUE_POLICY:-}
	  notify:
	    type: aws.s3.bucket_notification
	    bucket: \${other.name}
	    queue:
	      - queue_arn: \${plain.arn}
	        events: ["s3:ObjectCreated:*"]
	YAML
}

test_expect_success 'a queue of the stack without a policy for S3 is refused at file:line:col' '
	mkdir "$TRASH/refused" && cd "$TRASH/refused" &&
	other_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:24:5: error: .*queue: plain of the stack does not let S3 deliver from bucket other" &&
	test_contains err "Unable to validate the following destination configurations" &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	! grep -q other-notify terrace.state.json 2>/dev/null
'

test_expect_success 'S3 refuses a queue made outside the stack whose policy does not let it send (moto patched as S3)' '
	cd "$TRASH/refused" &&
	awscli sqs create-queue --queue-name hand-made >/dev/null &&
	sed -i "s|\\\${plain.arn}|arn:aws:sqs:us-east-1:$ACCOUNT:hand-made|" stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "PutBucketNotificationConfiguration: HTTP 400 InvalidArgument: Unable to validate the following destination configurations" &&
	test_equal 0 "$(notification "len(d.get(\"QueueConfigurations\", []))" other-notify)"
'

test_expect_success 'a configuration the bucket has already is refused, and left as it was' '
	cd "$TRASH/refused" &&
	awscli s3api put-bucket-notification-configuration --bucket other-notify \
		--notification-configuration "{\"EventBridgeConfiguration\": {}}" &&
	QUEUE_POLICY="policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: \"*\", Action: \"sqs:SendMessage\", Resource: \"*\"}]}" other_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "notification configuration of bucket other-notify already exists" &&
	test_equal true "$(notification "\"EventBridgeConfiguration\" in d and \"QueueConfigurations\" not in d" other-notify)" &&
	awscli s3api put-bucket-notification-configuration --bucket other-notify \
		--notification-configuration "{}" &&
	terrace destroy -auto-approve >out 2>err
'

test_done
