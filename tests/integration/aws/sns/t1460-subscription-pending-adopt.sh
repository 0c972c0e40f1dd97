#!/usr/bin/env bash
# t1460-subscription-pending-adopt: an aws.sns.subscription whose create an
# earlier apply sent but never recorded (the state's entry left pending, no
# id) is adopted by the next apply: its create lists the topic's
# subscriptions, finds the one that earlier attempt made, and, the pending
# record being the evidence (the contract's read-back policy, adopt.h),
# takes it (Subscribe answers its ARN; no second subscription) and
# converges its settings to the stack's. A subscription there that no
# attempt of this create made is refused (t1012 drives that refusal too).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012

sns () { s3 sns "$@"; }

# sub_arn: the ARN terrace recorded for subscription s.
sub_arn () {
	json_get terrace.state.json "d[\"resources\"][\"s\"][\"id\"]"
}

stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  t: {type: aws.sns.topic, name: t1460-topic}
	  q: {type: aws.sqs.queue, name: t1460-queue}
	  s: {type: aws.sns.subscription, topic_arn: "\${t.arn}", protocol: sqs,
	      endpoint: "\${q.arn}", raw_message_delivery: true}
	YAML
}

# pending_subscription: the state's entry of s as an apply killed after its
# Subscribe leaves it: pending, without its id.
pending_subscription () {
	python3 - terrace.state.json <<-PY
	import json, sys
	st = json.load(open(sys.argv[1]))
	e = st["resources"]["s"]
	e["status"] = "pending"
	e.pop("id", None)
	json.dump(st, open(sys.argv[1], "w"), indent=1)
	PY
}

test_expect_success 'a pending subscription is adopted: the same ARN, one subscription, its settings converged' '
	stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	arn=$(sub_arn) &&
	pending_subscription &&
	sns set-subscription-attributes --subscription-arn "$arn" \
		--attribute-name RawMessageDelivery --attribute-value false &&
	terrace apply -auto-approve >out2 2>err2 &&
	test_equal "$arn" "$(sub_arn)" &&
	test_equal 1 "$(sns list-subscriptions-by-topic --topic-arn arn:aws:sns:us-east-1:$ACCOUNT:t1460-topic \
		--query "length(Subscriptions)")" &&
	test_equal true "$(sns get-subscription-attributes --subscription-arn "$arn" \
		--query Attributes.RawMessageDelivery --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan 2>&1 &&
	test_line plan "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the same subscription, not pending, is refused: no attempt of this create made it' '
	mkdir other &&
	write_stack other/stack.yaml &&
	cat >>other/stack.yaml <<-YAML &&
	resources:
	  s: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:$ACCOUNT:t1460-topic",
	      protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:$ACCOUNT:t1460-queue"}
	YAML
	(cd other && test_expect_code 1 terrace apply -auto-approve >../out3 2>../err3) &&
	test_contains err3 "subscription of arn:aws:sns:us-east-1:$ACCOUNT:t1460-topic to sqs arn:aws:sqs:us-east-1:$ACCOUNT:t1460-queue already exists but is not in this state: import it or choose another endpoint (sns Subscribe: the topic has this subscription already)" &&
	test_equal 1 "$(sns list-subscriptions-by-topic --topic-arn arn:aws:sns:us-east-1:$ACCOUNT:t1460-topic \
		--query "length(Subscriptions)")"
'

test_expect_success 'destroy leaves no subscription' '
	terrace destroy -auto-approve >out4 2>err4 &&
	test_contains out4 "Destroy complete!" &&
	test_equal 0 "$(sns list-subscriptions --query "length(Subscriptions)")"
'

test_done
