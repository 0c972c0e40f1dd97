#!/usr/bin/env bash
# t1012-messaging: aws.sns.topic, aws.sns.subscription and aws.sqs.queue
# against moto — an alert topic, a queue with a dead-letter queue
# (redrive_policy; the dead-letter queue's redrive_allow_policy naming it),
# the queue subscribed with raw delivery and a filter, an
# email address subscribed (left pending by the moto patch
# sns_email_pending_confirmation.py, as AWS leaves it until its owner
# confirms): every attribute read back with the AWS CLI, planned again as no
# change (the pending subscription too, though SNS gives back none of its
# settings), settings and tags updated in place, drift made with the AWS
# CLI shown and undone, import by name and ARN, refusals at file:line:col,
# a queue name reused right after its delete through the timing stand-in
# (QueueDeletedRecently waited out), destroy leaving nothing, and sweep
# finding a lab's topic and queues by their tags. run.sh's contract check
# holds every request against the SNS and SQS models.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
TOPIC_ARN=arn:aws:sns:us-east-1:$ACCOUNT:pipeline-alerts
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

sns () { s3 sns "$@"; }
sqs () { s3 sqs "$@"; }

queue_url () { sqs get-queue-url --queue-name "$1" --query QueueUrl --output text; }

# queue_attr NAME ATTRIBUTE: one attribute as SQS gives it.
queue_attr () {
	sqs get-queue-attributes --queue-url "$(queue_url "$1")" --attribute-names All \
		--query "Attributes.$2" --output text
}

topic_attr () {
	sns get-topic-attributes --topic-arn "$TOPIC_ARN" --query "Attributes.$1" --output text
}

# sub_arn NAME: the ARN terrace recorded for subscription NAME.
sub_arn () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

messaging_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  alerts:
	    type: aws.sns.topic
	    name: pipeline-alerts
	    display_name: ${TOPIC_DISPLAY:-Pipeline}
	    tags:
	      team: data
	      ${EXTRA_TAG:-env: dev}
	  dlq:
	    type: aws.sqs.queue
	    name: landing-dlq
	    message_retention_seconds: 1209600
	    redrive_allow_policy:
	      redrivePermission: byQueue
	      sourceQueueArns: ["arn:aws:sqs:us-east-1:$ACCOUNT:${ALLOWED:-landing-events}"]
	  landing:
	    type: aws.sqs.queue
	    name: landing-events
	    visibility_timeout_seconds: ${VISIBILITY:-60}
	    receive_wait_time_seconds: 20
	    redrive_policy:
	      deadLetterTargetArn: \${dlq.arn}
	      maxReceiveCount: 5
	    tags:
	      team: data
	      ${EXTRA_TAG:-env: dev}
	  to_queue:
	    type: aws.sns.subscription
	    topic_arn: \${alerts.arn}
	    protocol: sqs
	    endpoint: \${landing.arn}
	    raw_message_delivery: ${RAW:-true}
	    filter_policy: {status: [FAILED]}
	  oncall:
	    type: aws.sns.subscription
	    topic_arn: \${alerts.arn}
	    protocol: email
	    endpoint: oncall@example.com
	    filter_policy: {severity: [high]}
	YAML
}

test_expect_success 'apply makes all five; the AWS CLI reads every attribute back' '
	messaging_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	test_equal Pipeline "$(topic_attr DisplayName)" &&
	test_equal "team data" "$(sns list-tags-for-resource --resource-arn "$TOPIC_ARN" \
		--query "Tags[?Key==\`team\`] | [0].[Key, Value]" --output text | tr "\t" " ")" &&
	test_equal 60 "$(queue_attr landing-events VisibilityTimeout)" &&
	test_equal 20 "$(queue_attr landing-events ReceiveMessageWaitTimeSeconds)" &&
	test_equal 1209600 "$(queue_attr landing-dlq MessageRetentionPeriod)" &&
	queue_attr landing-events RedrivePolicy >redrive &&
	test_equal "arn:aws:sqs:us-east-1:$ACCOUNT:landing-dlq 5" \
		"$(json_get redrive "d[\"deadLetterTargetArn\"] + \" \" + str(d[\"maxReceiveCount\"])")" &&
	queue_attr landing-dlq RedriveAllowPolicy >allow &&
	test_equal "byQueue arn:aws:sqs:us-east-1:$ACCOUNT:landing-events" \
		"$(json_get allow "d[\"redrivePermission\"] + \" \" + \" \".join(d[\"sourceQueueArns\"])")" &&
	sqs list-queue-tags --queue-url "$(queue_url landing-events)" --query Tags --output json >tags &&
	test_equal "env=dev team=data terrace:stack=$TEST_NAME terrace:workspace=default" \
		"$(json_get tags "\" \".join(k + \"=\" + v for k, v in sorted(d.items()))")" &&
	sns get-subscription-attributes --subscription-arn "$(sub_arn to_queue)" \
		--query Attributes --output json >sub &&
	test_equal "true sqs arn:aws:sqs:us-east-1:$ACCOUNT:landing-events" \
		"$(json_get sub "d[\"RawMessageDelivery\"] + \" \" + d[\"Protocol\"] + \" \" + d[\"Endpoint\"]")" &&
	test_match sub "FilterPolicy.*status.*FAILED"
'

test_expect_success 'the email subscription waits for its confirmation: stored, and no change planned' '
	sns get-subscription-attributes --subscription-arn "$(sub_arn oncall)" \
		--query Attributes --output json >pending &&
	test_equal true "$(json_get pending "d[\"PendingConfirmation\"]")" &&
	test_equal false "$(json_get pending "\"FilterPolicy\" in d")" &&
	test_equal true "$(json_get terrace.state.json "d[\"resources\"][\"oncall\"][\"attributes\"][\"pending_confirmation\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'settings and tags change in place' '
	TOPIC_DISPLAY=Alerts VISIBILITY=120 RAW=false EXTRA_TAG="owner: bi" messaging_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ visibility_timeout_seconds *= 60 -> 120" &&
	test_match out "~ display_name *= \"Pipeline\" -> \"Alerts\"" &&
	test_match out "~ raw_message_delivery *= true -> false" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_equal 120 "$(queue_attr landing-events VisibilityTimeout)" &&
	test_equal Alerts "$(topic_attr DisplayName)" &&
	test_equal false "$(sns get-subscription-attributes --subscription-arn "$(sub_arn to_queue)" \
		--query Attributes.RawMessageDelivery --output text)" &&
	test_equal bi "$(sqs list-queue-tags --queue-url "$(queue_url landing-events)" --query Tags.owner --output text)" &&
	test_equal "owner=bi team=data" "$(sns list-tags-for-resource --resource-arn "$TOPIC_ARN" \
		--query "Tags[?Key==\`owner\` || Key==\`team\` || Key==\`env\`].[Key, Value]" --output text |
		tr "\t" "=" | sort | paste -sd " ")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the AWS CLI is shown and undone' '
	export TOPIC_DISPLAY=Alerts VISIBILITY=120 RAW=false EXTRA_TAG="owner: bi" &&
	messaging_stack &&
	sqs set-queue-attributes --queue-url "$(queue_url landing-events)" \
		--attributes VisibilityTimeout=5 &&
	sns set-topic-attributes --topic-arn "$TOPIC_ARN" --attribute-name DisplayName \
		--attribute-value Changed &&
	sqs tag-queue --queue-url "$(queue_url landing-events)" --tags extra=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ visibility_timeout_seconds *= 5 -> 120" &&
	test_match out "~ display_name *= \"Changed\" -> \"Alerts\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 120 "$(queue_attr landing-events VisibilityTimeout)" &&
	test_equal Alerts "$(topic_attr DisplayName)" &&
	test_equal None "$(sqs list-queue-tags --queue-url "$(queue_url landing-events)" --query Tags.extra --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a FIFO queue whose name does not end in .fifo is refused' '
	export TOPIC_DISPLAY=Alerts VISIBILITY=120 RAW=false EXTRA_TAG="owner: bi" &&
	messaging_stack &&
	sed -i "s/^    name: landing-dlq$/    name: landing-dlq\n    fifo_queue: true/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*name.*a FIFO queue name ends in .fifo"
'

test_expect_success 'import by name and ARN, then no changes' '
	export TOPIC_DISPLAY=Alerts VISIBILITY=120 RAW=false EXTRA_TAG="owner: bi" &&
	messaging_stack &&
	arn=$(sub_arn to_queue) &&
	terrace state rm landing alerts to_queue >out 2>err &&
	terrace import landing landing-events >out 2>err &&
	terrace import alerts pipeline-alerts >out 2>err &&
	terrace import to_queue "$arn" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'what SNS and SQS refuse is refused at validate, at file:line:col' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  q:
	    type: aws.sqs.queue
	    name: landing.events
	  q2:
	    type: aws.sqs.queue
	    name: landing-events
	    delay_seconds: 901
	  q3:
	    type: aws.sqs.queue
	    name: landing-more
	    redrive_policy: {deadLetterTargetArn: "arn:aws:sqs:us-east-1:$ACCOUNT:dlq", maxReceiveCount: 0}
	  t:
	    type: aws.sns.topic
	    name: alerts
	    content_based_deduplication: true
	  s:
	    type: aws.sns.subscription
	    topic_arn: $TOPIC_ARN
	    protocol: pager
	    endpoint: x
	  e:
	    type: aws.sns.subscription
	    topic_arn: $TOPIC_ARN
	    protocol: email
	    endpoint: a@example.com
	    raw_message_delivery: true
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_line err "./stack.yaml:16:5: error: resource \"q\" (aws.sqs.queue): name: \"landing.events\" has '"'"'.'"'"': a queue name has ASCII letters, digits, - and _ only (e.g. \"landing-events\")" &&
	test_line err "./stack.yaml:20:5: error: resource \"q2\" (aws.sqs.queue): delay_seconds: 901, where AWS takes 0 to 900 (e.g. 0; SQS API reference: SetQueueAttributes DelaySeconds (0 to 900))" &&
	test_match err "^./stack.yaml:24:5: error: resource \"q3\" .*redrive_policy: maxReceiveCount is a whole number from 1 to 1000, got 0" &&
	test_match err "^./stack.yaml:28:5: error: resource \"t\" .*only a FIFO topic deduplicates by content" &&
	test_match err "^./stack.yaml:32:5: error: resource \"s\" .*protocol: \"pager\" is not one of" &&
	test_match err "^./stack.yaml:39:5: error: resource \"e\" .*raw message delivery is for sqs, http, https and firehose subscriptions, not email ones"
'

test_expect_success 'a topic, queue or subscription already there is refused, not taken: CreateTopic, CreateQueue and Subscribe would answer it as made' '
	mkdir theirs &&
	sns create-topic --name theirs-topic --tags Key=terrace:stack,Value=other >/dev/null &&
	sqs create-queue --queue-name theirs-queue --tags terrace:stack=other >/dev/null &&
	topic=$(sns create-topic --name shared-topic --query TopicArn --output text) &&
	sns subscribe --topic-arn "$topic" --protocol sqs \
		--notification-endpoint arn:aws:sqs:us-east-1:$ACCOUNT:theirs-queue >/dev/null &&
	write_stack theirs/stack.yaml &&
	cat >>theirs/stack.yaml <<-YAML &&
	resources:
	  t: {type: aws.sns.topic, name: theirs-topic}
	  q: {type: aws.sqs.queue, name: theirs-queue}
	  s: {type: aws.sns.subscription, topic_arn: "$topic", protocol: sqs,
	      endpoint: "arn:aws:sqs:us-east-1:$ACCOUNT:theirs-queue"}
	YAML
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "SNS topic theirs-topic already exists but is not in this state: import it or choose another name" &&
	test_contains err "SQS queue theirs-queue already exists but is not in this state: import it or choose another name" &&
	test_contains err "already exists but is not in this state: import it or choose another endpoint" &&
	test_equal 0 "$(cd theirs && terrace state list | wc -l)" &&
	test_equal other "$(sqs list-queue-tags --queue-url "$(queue_url theirs-queue)" --query "Tags.\"terrace:stack\"" --output text)" &&
	test_equal 1 "$(sns list-subscriptions-by-topic --topic-arn "$topic" --query "length(Subscriptions)")" &&
	sns delete-topic --topic-arn "$topic" &&
	sns delete-topic --topic-arn arn:aws:sns:us-east-1:$ACCOUNT:theirs-topic &&
	sqs delete-queue --queue-url "$(queue_url theirs-queue)"
'

test_expect_success 'destroy leaves no topic, queue or subscription' '
	export TOPIC_DISPLAY=Alerts VISIBILITY=120 RAW=false EXTRA_TAG="owner: bi" &&
	messaging_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 5 destroyed." &&
	test_equal 0 "$(sns list-topics --query "length(Topics)")" &&
	test_equal 0 "$(sns list-subscriptions --query "length(Subscriptions)")" &&
	test_equal None "$(sqs list-queues --query QueueUrls --output text)"
'

test_expect_success 'timing stand-in: a queue made again right after its delete waits for its name' '
	mkdir again &&
	write_stack again/stack.yaml &&
	printf "resources:\n  q: {type: aws.sqs.queue, name: reused-name}\n" >>again/stack.yaml &&
	start_reality TERRACE_VAR_endpoint reality --counted --async-window 2 &&
	(cd again && terrace apply -auto-approve >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err &&
	 TERRACE_LOG=debug terrace apply -auto-approve >../out 2>../again.err);
	rc=$?; stop_reality TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	reality_met reality.log deleting &&
	grep "^\[debug\] sqs CreateQueue: waiting for SQS to release the name of a queue deleted moments ago" again.err &&
	reality_waits_injected reality.log again.err &&
	(cd again && terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'sweep finds a lab topic and queues by their tags and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1012
	resources:
	  t: {type: aws.sns.topic, name: t1012-lab}
	  dlq: {type: aws.sqs.queue, name: t1012-lab-dlq}
	  q:
	    type: aws.sqs.queue
	    name: t1012-lab
	    redrive_policy: {deadLetterTargetArn: "\${dlq.arn}", maxReceiveCount: 3}
	  s: {type: aws.sns.subscription, topic_arn: "\${t.arn}", protocol: sqs, endpoint: "\${q.arn}"}
	YAML
	sns create-topic --name by-hand >/dev/null &&
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -f lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out | sort >found &&
	printf "%s\n" "aws.sns.topic t1012-lab" "aws.sqs.queue t1012-lab" \
		"aws.sqs.queue t1012-lab-dlq" >expect &&
	test_cmp expect found &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal "arn:aws:sns:us-east-1:$ACCOUNT:by-hand" "$(sns list-topics --query "Topics[].TopicArn" --output text)" &&
	test_equal 0 "$(sns list-subscriptions --query "length(Subscriptions)")" &&
	test_equal None "$(sqs list-queues --query QueueUrls --output text)"
'

test_done
