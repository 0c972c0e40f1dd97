#!/usr/bin/env bash
# t0988-destroy-gone: issue 55's "what a user met": resources deleted
# outside terrace right after their create (a lab swept, then destroyed; a
# queue deleted by hand), with the consistency window on (300 s, as on
# AWS). A destroy does not wait for a read to find them: it asks each
# delete, whose NotFound is final (EC2 aside, whose page says a delete too
# may not see a new id: t0975, t0979, t0980 keep that), and finishes in
# seconds (no consistency wait, "SERVICE OPERATION: waiting for", in its
# debug log: never a timed assertion, which fails on a loaded machine) with the
# state empty and nothing left (a role and an awscc
# queue among them, whose windows are consistency_timeout's). A plan
# believes at once a read of a service whose AWS pages document no lag (a
# log group, a topic, a stream) or a short one (a queue's 1 s), without a
# wait. EC2's safety stays: a VPC whose DescribeVpcs and DeleteVpc answer
# InvalidVpcID.NotFound right after its create (fault_proxy) is still
# deleted by the destroy, its delete tried again.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_AWS_CONSISTENCY_TIMEOUT=300

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output text "$@"
}

# inventory: what is left of the stack's objects, one line each, sorted.
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(name):
	    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	lines = ["queue " + q for q in client("sqs").list_queues().get("QueueUrls", [])]
	lines += ["topic " + t["TopicArn"] for t in client("sns").list_topics()["Topics"]]
	lines += ["stream " + s for s in client("kinesis").list_streams()["StreamNames"]]
	lines += ["log_group " + g["logGroupName"]
	          for g in client("logs").describe_log_groups()["logGroups"]]
	lines += ["role " + r["RoleName"] for r in client("iam").list_roles()["Roles"]]
	lines += ["AWS::SQS::Queue " + d["Identifier"] for d in
	          client("cloudcontrol").list_resources(TypeName="AWS::SQS::Queue")["ResourceDescriptions"]]
	if lines:
	    print("\n".join(sorted(lines)))
	PY
}

# by_hand [all]: delete the stack's queue, topic, stream and log group with
# the services' own APIs; with "all", its role and awscc queue too (IAM and
# Cloud Control, whose windows are consistency_timeout's).
by_hand () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "${1:-}" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret, every = sys.argv[1:5]
	session = botocore.session.get_session()
	def client(name):
	    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	sqs = client("sqs")
	sqs.delete_queue(QueueUrl=sqs.get_queue_url(QueueName="t0988-jobs")["QueueUrl"])
	sns = client("sns")
	for t in sns.list_topics()["Topics"]:
	    sns.delete_topic(TopicArn=t["TopicArn"])
	client("kinesis").delete_stream(StreamName="t0988-clicks")
	client("logs").delete_log_group(logGroupName="/t0988/app")
	if every == "all":
	    client("iam").delete_role(RoleName="t0988-runner")
	    sqs.delete_queue(QueueUrl=sqs.get_queue_url(QueueName="t0988-mail")["QueueUrl"])
	PY
}

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  jobs: {type: aws.sqs.queue, name: t0988-jobs}
  alerts: {type: aws.sns.topic, name: t0988-alerts}
  clicks: {type: aws.kinesis.stream, name: t0988-clicks, shard_count: 1}
  logs: {type: aws.logs.log_group, name: /t0988/app}
  runner:
    type: aws.iam.role
    name: t0988-runner
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
  mail: {type: awscc.sqs.queue, queue_name: t0988-mail}
YAML

test_expect_success 'destroy of what was deleted by hand right after its create: seconds, state empty, nothing left' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	by_hand all &&
	start=$(date +%s.%N) &&
	TERRACE_LOG=debug timeout 100 "$TERRACE" destroy -auto-approve -no-color >out 2>err &&
	end=$(date +%s.%N) &&
	took=$(echo "$end - $start" | bc) &&
	echo "# figure: destroy of 6 resources deleted by hand: $took s ($(uptime | sed "s/.*load/load/"))" &&
	test_contains err "refresh: runner (t0988-runner) not found" &&
	! grep -E "^\[debug\] [a-z0-9-]+ [A-Za-z0-9]+: waiting for" err &&
	test_contains out "Destroy complete!" &&
	test_not_contains err "was not found" &&
	test_not_contains out "Still refreshing" &&
	terrace state list >list 2>&1 &&
	test_empty list &&
	inventory >left &&
	test_empty left
'

test_expect_success 'a plan believes at once a read of a service that documents no lag' '
	terrace apply -auto-approve >out 2>err &&
	by_hand &&
	sleep 1.2 &&
	TERRACE_LOG=debug timeout 100 "$TERRACE" plan -no-color >plan.out 2>plan.err &&
	test_contains plan.out "# logs will be created (it was deleted outside terrace)" &&
	! grep -E "^\[debug\] [a-z0-9-]+ [A-Za-z0-9]+: waiting for" plan.err &&
	for r in jobs alerts clicks logs; do
		test_contains plan.out "# $r will be created (it was deleted outside terrace)" || return 1
	done &&
	test_not_contains plan.err "was not found" &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	inventory >left &&
	test_empty left
'

test_expect_success 'EC2 keeps its safety: a delete answered NotFound right after the create is tried again, and deletes' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.88.0.0/16}
	YAML
	terrace apply -auto-approve >out 2>err &&
	vpc=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"id\"]") && test -n "$vpc" &&
	start_fault_proxy TERRACE_VAR_endpoint notfound --match "DescribeVpcs|DeleteVpc" --count 3 \
		--fault "error:400:InvalidVpcID.NotFound:The vpc ID $vpc does not exist" || return 1
	terrace destroy -auto-approve >out 2>err &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test "$(grep -c " error:400:InvalidVpcID.NotFound" notfound.log)" = 3 &&
	grep " error:400:InvalidVpcID.NotFound" notfound.log | grep -q DeleteVpc &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	s3 ec2 describe-vpcs --filters "Name=tag:terrace:stack,Values=$TEST_NAME" \
		--query "Vpcs[].VpcId" --output text >left &&
	test_empty left
'

test_done
