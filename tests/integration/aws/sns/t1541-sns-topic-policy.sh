#!/usr/bin/env bash
# t1541-sns-topic-policy: aws.sns.topic_policy against moto — an access
# policy set on two topics (one the stack's aws.sns.topic, one made
# outside), read back with the AWS CLI, planned again as no change (the
# topic's own policy, unset, keeps what AWS has: no fight); a new document
# set on each and a dropped topic given back SNS's default policy; a
# policy changed outside on one topic planned and set back; import by a
# topic's ARN; destroy putting the default policy back on each. Refused at
# validate: a topic whose own policy the stack writes too, with another
# document (the same one validates). A bucket
# notification to a topic whose policy a topic policy gives validates.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

sns () { s3 sns "$@"; }
ARN=arn:aws:sns:us-east-1:123456789012
# The actions of the policy SNS gives a new topic, sorted.
DEFAULT="SNS:AddPermission SNS:DeleteTopic SNS:GetTopicAttributes SNS:ListSubscriptionsByTopic SNS:Publish SNS:RemovePermission SNS:SetTopicAttributes SNS:Subscribe"

# actions_of TOPIC: the first statement's actions of its policy, one line.
actions_of () {
	sns get-topic-attributes --topic-arn $ARN:$1 --query "Attributes.Policy" --output text |
		python3 -c "import json,sys; a=json.load(sys.stdin)[\"Statement\"][0][\"Action\"]; print(a if isinstance(a,str) else \" \".join(sorted(a)))"
}

test_expect_success 'setup: a topic made outside the stack' '
	sns create-topic --name theirs >/dev/null
'

policy_stack () {
	local topics=${TOPICS:-"\"\${alerts.arn}\", \"$ARN:theirs\""}
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  alerts:
	    type: aws.sns.topic
	    name: alerts
	  publish:
	    type: aws.sns.topic_policy
	    topics: [$topics]
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: events.amazonaws.com}, Action: "${ACTION:-sns:Publish}", Resource: "*"}
	YAML
}

test_expect_success 'apply sets it on both topics; the AWS CLI reads it; no change after' '
	policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal sns:Publish "$(actions_of alerts)" &&
	test_equal sns:Publish "$(actions_of theirs)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new document goes on each topic kept; a dropped topic gets the default policy back' '
	TOPICS="\"\${alerts.arn}\"" ACTION=sns:Subscribe policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal sns:Subscribe "$(actions_of alerts)" &&
	test_equal "$DEFAULT" "$(actions_of theirs)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a policy changed outside plans a change and is set back' '
	sns set-topic-attributes --topic-arn $ARN:alerts --attribute-name Policy \
		--attribute-value "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:GetTopicAttributes\",\"Resource\":\"*\"}]}" &&
	TOPICS="\"\${alerts.arn}\"" ACTION=sns:Subscribe policy_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ policy" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal sns:Subscribe "$(actions_of alerts)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by a topic ARN, then no changes' '
	TOPICS="\"\${alerts.arn}\"" ACTION=sns:Subscribe policy_stack &&
	terrace state rm publish >out 2>err &&
	terrace import publish $ARN:alerts >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy puts the default policy back (the topic goes with the stack)' '
	sns set-topic-attributes --topic-arn $ARN:theirs --attribute-name Policy \
		--attribute-value "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"*\"}]}" &&
	TOPICS="\"$ARN:theirs\"" policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal "$DEFAULT" "$(actions_of theirs)"
'

test_expect_success 'a topic whose own policy the stack writes too with another document is refused at validate; with the same, it validates' '
	mkdir both &&
	write_stack both/stack.yaml &&
	cat >>both/stack.yaml <<-YAML &&
	resources:
	  alerts:
	    type: aws.sns.topic
	    name: alerts
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: "sns:Publish", Resource: "*"}]}
	  publish:
	    type: aws.sns.topic_policy
	    topics: ["$ARN:alerts"]
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: "sns:Publish", Resource: "*"}]}
	YAML
	(cd both && terrace validate >../out 2>../err) &&
	sed -i "0,/Action: \"sns:Publish\"/s//Action: \"sns:Subscribe\"/" both/stack.yaml &&
	(cd both && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "topics: topic \"alerts\" of this stack writes its own policy too, with another document: one policy written two ways"
'

test_expect_success 'a bucket notification to a topic whose policy a topic policy gives validates; without it, refused' '
	mkdir notify &&
	write_stack notify/stack.yaml &&
	cat >>notify/stack.yaml <<-YAML &&
	resources:
	  landing: {type: aws.s3.bucket, name: t1541-landing}
	  alerts: {type: aws.sns.topic, name: alerts}
	  s3_publish:
	    type: aws.sns.topic_policy
	    topics: ["\${alerts.arn}"]
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: "sns:Publish", Resource: "*",
	           Condition: {ArnLike: {"aws:SourceArn": "\${landing.arn}"}}}
	  notify:
	    type: aws.s3.bucket_notification
	    bucket: \${landing.name}
	    topic: [{topic_arn: "\${alerts.arn}", events: ["s3:ObjectCreated:*"]}]
	YAML
	(cd notify && terrace validate >../out 2>../err) &&
	sed -i "s/Service: s3.amazonaws.com/Service: events.amazonaws.com/" notify/stack.yaml &&
	(cd notify && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "topic: alerts of the stack does not let S3 deliver from bucket landing"
'

test_done
