#!/usr/bin/env bash
# t0987-sweep-awscc-twins: issue 55's "what a user met": an object both a
# written type's listing and an awscc type's find (a Kinesis stream made as
# awscc.kinesis.stream is listed by Kinesis's ListStreams as
# aws.kinesis.stream and by Cloud Control's ListResources; a queue made as
# awscc.sqs.queue by ListQueues, named, and by ListResources, by its URL)
# is listed once by `terrace sweep`, as the written type's (one
# CloudFormation type, cfn.map's, and one identifier), with a note; the
# summary counts objects ("5 to delete" for 5), and -force deletes each
# once: nothing failed, nothing left. A topic made as awscc.sns.topic
# carries its tags (as SNS keeps them: the harness's
# cloudformation_sns_topic_properties.py), so it is listed once too, as
# aws.sns.topic's.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# inventory: the streams, queues and topics left, and what Cloud Control
# still lists of them, one line each, sorted.
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(name):
	    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	lines = ["stream " + s for s in client("kinesis").list_streams()["StreamNames"]]
	lines += ["queue " + q for q in client("sqs").list_queues().get("QueueUrls", [])]
	lines += ["topic " + t["TopicArn"] for t in client("sns").list_topics()["Topics"]]
	cc = client("cloudcontrol")
	for t in ("AWS::Kinesis::Stream", "AWS::SQS::Queue", "AWS::SNS::Topic"):
	    lines += ["%s %s" % (t, d["Identifier"])
	              for d in cc.list_resources(TypeName=t)["ResourceDescriptions"]]
	if lines:
	    print("\n".join(sorted(lines)))
	PY
}

write_stack stack.yaml
cat >>stack.yaml <<YAML
lab:
  allowed_endpoints: ["$TEST_ENDPOINT/"]
resources:
  clicks: {type: awscc.kinesis.stream, name: t0987-clicks, shard_count: 1}
  views: {type: awscc.kinesis.stream, name: t0987-views, shard_count: 1}
  orders: {type: aws.kinesis.stream, name: t0987-orders, shard_count: 1}
  jobs: {type: awscc.sqs.queue, queue_name: t0987-jobs}
  alerts: {type: awscc.sns.topic, topic_name: t0987-alerts}
YAML

test_expect_success 'apply, then the state deleted' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	inventory >before &&
	test_contains before "stream t0987-clicks" &&
	test_contains before "AWS::Kinesis::Stream t0987-clicks" &&
	rm terrace.state.json
'

test_expect_success 'sweep: each object once, as the written type'"'"'s, the summary right' '
	terrace sweep >out 2>err &&
	for row in "aws.kinesis.stream +t0987-clicks +$TEST_NAME +default" \
		"aws.kinesis.stream +t0987-views +$TEST_NAME +default" \
		"aws.kinesis.stream +t0987-orders +$TEST_NAME +default" \
		"aws.sqs.queue +t0987-jobs +$TEST_NAME +default" \
		"aws.sns.topic +t0987-alerts +$TEST_NAME +default"; do
		test_match out "^$row" || return 1
	done &&
	grep "^aws" out >rows &&
	test_equal "$(wc -l <rows)" 5 &&
	! grep "^awscc\.\(kinesis\|sqs\|sns\)" out &&
	test_line out "5 to delete (5 found by tag, 0 by name). This was a dry run: nothing was deleted. Run \`terrace sweep -force\` with the same options to delete them." &&
	test_line out "Note: 4 objects found by an awscc type'"'"'s listing too are listed once, as the written type'"'"'s (one CloudFormation type, one identifier)."
'

test_expect_success 'sweep -force: each deleted once, none failed, nothing left' '
	terrace sweep -force >out 2>err &&
	test_line out "Deleting 5:" &&
	test_line out "aws.kinesis.stream t0987-clicks: deleted" &&
	test_line out "aws.sqs.queue t0987-jobs: deleted" &&
	test_not_contains out "failed" &&
	test_line out "Sweep complete! 5 deleted." &&
	inventory >left &&
	test_empty left
'

test_done
