#!/usr/bin/env bash
# t1542-sqs-queue-policy: aws.sqs.queue_policy against moto — an access
# policy set on two queues made outside the stack, named by URL, read back
# with the AWS CLI, planned again as no change; a new document set on each
# queue kept and a dropped queue's policy removed; a policy changed outside
# planned and set back; import by a queue's URL; destroy leaving no policy.
# Refused at validate: a policy on a queue the stack writes as
# aws.sqs.queue (whose policy unset means none: it would remove this one
# on every apply) that writes none or another one (the same validates).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

sqs () { s3 sqs "$@"; }

# policy_of NAME: the first statement's action of the queue's policy, or none.
policy_of () {
	sqs get-queue-attributes --queue-url "$(sqs get-queue-url --queue-name $1 --query QueueUrl --output text)" \
		--attribute-names Policy --query "Attributes.Policy" --output text |
		python3 -c "import json,sys; t=sys.stdin.read().strip(); print(json.loads(t)[\"Statement\"][0][\"Action\"] if t not in (\"\", \"None\") else \"none\")"
}

test_expect_success 'setup: two queues made outside the stack' '
	sqs create-queue --queue-name jobs >/dev/null &&
	sqs create-queue --queue-name retries >/dev/null &&
	JOBS=$(sqs get-queue-url --queue-name jobs --query QueueUrl --output text) &&
	RETRIES=$(sqs get-queue-url --queue-name retries --query QueueUrl --output text) &&
	echo "$JOBS" >jobs.url && echo "$RETRIES" >retries.url
'

policy_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  send:
	    type: aws.sqs.queue_policy
	    queues: [${QUEUES:-"$(cat jobs.url)", "$(cat retries.url)"}]
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: sns.amazonaws.com}, Action: "${ACTION:-sqs:SendMessage}", Resource: "*"}
	YAML
}

test_expect_success 'apply sets it on both queues; the AWS CLI reads it; no change after' '
	policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal sqs:SendMessage "$(policy_of jobs)" &&
	test_equal sqs:SendMessage "$(policy_of retries)" &&
	test_equal "$(cat jobs.url)" "$(json_get terrace.state.json "d[\"resources\"][\"send\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new document goes on each queue kept; a dropped queue loses its policy' '
	QUEUES="\"$(cat jobs.url)\"" ACTION=sqs:ReceiveMessage policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal sqs:ReceiveMessage "$(policy_of jobs)" &&
	test_equal none "$(policy_of retries)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a policy changed outside plans a change and is set back' '
	sqs set-queue-attributes --queue-url "$(cat jobs.url)" --attributes "{\"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\",\\\"Action\\\":\\\"sqs:*\\\",\\\"Resource\\\":\\\"*\\\"}]}\"}" &&
	test_equal "sqs:*" "$(policy_of jobs)" &&
	QUEUES="\"$(cat jobs.url)\"" ACTION=sqs:ReceiveMessage policy_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ policy" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal sqs:ReceiveMessage "$(policy_of jobs)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by a queue URL, then no changes' '
	QUEUES="\"$(cat jobs.url)\"" ACTION=sqs:ReceiveMessage policy_stack &&
	terrace state rm send >out 2>err &&
	terrace import send "$(cat jobs.url)" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy leaves no policy on any queue' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal none "$(policy_of jobs)" &&
	test_equal none "$(policy_of retries)"
'

test_expect_success 'a policy on a queue the stack writes as aws.sqs.queue is refused at validate, unless the queue writes the same one' '
	mkdir mine &&
	write_stack mine/stack.yaml &&
	cat >>mine/stack.yaml <<-YAML &&
	resources:
	  jobs:
	    type: aws.sqs.queue
	    name: jobs
	  send:
	    type: aws.sqs.queue_policy
	    queues: ["\${jobs.url}"]
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: "sqs:SendMessage", Resource: "*"}]}
	YAML
	(cd mine && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "queues: queue \"jobs\" is this stack'"'"'s aws.sqs.queue, whose policy unset means none" &&
	sed -i "s/^    name: jobs$/    name: jobs\n    policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: \"*\", Action: \"sqs:SendMessage\", Resource: \"*\"}]}/" mine/stack.yaml &&
	(cd mine && terrace validate >../out 2>../err) &&
	sed -i "0,/sqs:SendMessage/s//sqs:ReceiveMessage/" mine/stack.yaml &&
	(cd mine && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "queues: queue \"jobs\" of this stack writes its own policy too, with another document"
'

test_done
