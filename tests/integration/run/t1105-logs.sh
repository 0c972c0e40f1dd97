#!/usr/bin/env bash
# t1105-logs: `terrace logs ADDRESS [-follow] [-since] [-run ID]` and the log
# lines `terrace run` prints, against moto's CloudWatch Logs. 10,000 lines
# are written by botocore into a Glue job run's stream, in batches of 137
# while `run`, `logs -follow -run ID` and `logs -follow` (which finds the
# job's runs itself) read them: each prints every line once, in order,
# across pages of 1,000 and forward tokens. A function's log group is read
# with FilterLogEvents while lines are written into two streams with many
# lines at one timestamp: each once, merged by time. -since leaves older
# lines out; none at all is said on stderr, exit 0 (as `aws logs tail`);
# an interrupt ends -follow with exit 0; a type without logs and an
# address not deployed exit 2. A state machine's log group and a
# crawler's own stream of /aws-glue/crawlers are read too.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles sfn-runner || test_fail_setup "the roles the stacks name could not be made"

ROLE=arn:aws:iam::123456789012:role/glue-runner

# write_lines GROUP STREAM FIRST LAST BATCH SAME [AGE]: "line N" for N in
# FIRST..LAST, BATCH a request, SAME lines sharing each timestamp (the
# timestamps increase from AGE seconds ago, default now), a pause between
# requests so readers read meanwhile.
write_lines () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$@" <<-'PY'
	import sys, time
	import boto3
	endpoint, key, secret, group, stream = sys.argv[1:6]
	first, last, batch, same = map(int, sys.argv[6:10])
	age = int(sys.argv[10]) if len(sys.argv) > 10 else 0
	logs = boto3.client("logs", endpoint_url=endpoint, region_name="us-east-1",
	                    aws_access_key_id=key, aws_secret_access_key=secret)
	for create, kw in ((logs.create_log_group, {"logGroupName": group}),
	                   (logs.create_log_stream, {"logGroupName": group, "logStreamName": stream})):
	    try:
	        create(**kw)
	    except logs.exceptions.ResourceAlreadyExistsException:
	        pass
	base = int((time.time() - age) * 1000)
	n = first
	while n <= last:
	    events = [{"timestamp": base + (i - first) // same, "message": "line %d" % i}
	              for i in range(n, min(n + batch, last + 1))]
	    logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=events)
	    n += batch
	    time.sleep(0.05)
	PY
}

write_stack stack.yaml
cat >>stack.yaml <<YAML
resources:
  nightly:
    type: aws.glue.job
    name: nightly-clean
    role: "$ROLE"
    command: {script_location: "s3://run-scripts/clean.py"}
  bucket:
    type: aws.s3.bucket
    name: t1105-bucket
  pipeline:
    type: aws.sfn.state_machine
    name: lake-pipeline
    role_arn: arn:aws:iam::123456789012:role/sfn-runner
    logging_configuration:
      level: ALL
      log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/lake-pipeline:*"
    definition:
      StartAt: Done
      States:
        Done: {Type: Succeed}
  quick:
    type: aws.sfn.state_machine
    name: lake-quick
    state_machine_type: EXPRESS
    role_arn: arn:aws:iam::123456789012:role/sfn-runner
    logging_configuration:
      level: ALL
      log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/lake-quick:*"
    definition:
      StartAt: Done
      States:
        Done: {Type: Succeed}
  lake_db:
    type: aws.glue.database
    name: lake
  crawler:
    type: aws.glue.crawler
    name: orders-crawler
    role: "$ROLE"
    database_name: \${lake_db.name}
    s3_targets:
      - {path: "s3://lake/raw/orders/"}
YAML

test_expect_success 'logs before apply: not deployed, exit 2' '
	test_expect_code 2 terrace logs nightly >out 2>err &&
	test_contains err "nightly: not deployed: apply first"
'

test_expect_success 'apply' '
	mkdir fn && echo "def handler(e, c): return e" >fn/main.py &&
	s3 iam create-role --role-name lambda-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" \
		>role_arn &&
	cat >>stack.yaml <<-YAML &&
	  ingest:
	    type: aws.lambda.function
	    function_name: ingest-orders
	    runtime: python3.12
	    handler: main.handler
	    role: $(cat role_arn)
	    source: fn
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 7 added"
'

test_expect_success 'a type without logs: the types that have them, exit 2' '
	test_expect_code 2 terrace logs bucket >out 2>err &&
	test_line err "Error: bucket: a resource of type aws.s3.bucket has no logs terrace reads; those of aws.batch.job_definition, aws.ecs.task_definition, aws.emrserverless.application, aws.glue.crawler, aws.glue.job, aws.lambda.function, aws.sfn.state_machine, ssh.command and ssh.cron can"
'

test_expect_success 'a job that has not run: no lines, said on stderr, exit 0' '
	terrace logs nightly -since 1h >out 2>err &&
	test_empty out &&
	test_match err "^No log lines of nightly since [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} UTC \\(-since 1h\\)\\.$" &&
	terrace logs nightly >out 2>err &&
	test_empty out &&
	test_line err "No log lines of nightly."
'

test_expect_success '10,000 lines written while run, logs -follow -run and logs -follow read them' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1000000}" &&
	rm -f run.out run.err &&
	{ "$TERRACE" run nightly >run.out 2>run.err </dev/null & } &&
	run_pid=$! &&
	wait_for_line run.err "nightly: started jr_" $run_pid &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" run.err) &&
	rm -f one.out one.err &&
	{ "$TERRACE" logs nightly -follow -run "$run_id" >one.out 2>one.err </dev/null & } &&
	one_pid=$! &&
	rm -f all.out all.err &&
	{ "$TERRACE" logs nightly -follow >all.out 2>all.err </dev/null & } &&
	all_pid=$! &&
	write_lines /aws-glue/jobs/output "$run_id" 1 10000 137 1 &&
	wait_for_line one.out "line 10000" $one_pid &&
	wait_for_line all.out "line 10000" $all_pid &&
	wait_for_line run.out "line 10000" $run_pid &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	wait $run_pid &&
	kill -INT $one_pid $all_pid &&
	wait $one_pid &&
	wait $all_pid &&
	seq 1 10000 | sed "s/^/line /" >expect &&
	test_cmp expect run.out &&
	test_cmp expect one.out &&
	test_cmp expect all.out &&
	test_contains run.err "nightly: $run_id SUCCEEDED in "
'

test_expect_success 'logs without -follow: the same lines once more, and exits' '
	terrace logs nightly >again.out 2>err &&
	test_cmp expect again.out &&
	terrace logs nightly -run "$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" run.err)" -json >again.jsonl 2>err &&
	test_equal 10000 "$(grep -c "\"type\":\"log\"" again.jsonl)"
'

test_expect_success 'a function'"'"'s group (FilterLogEvents): two streams, 50 lines a timestamp, each once, by time' '
	rm -f fn.out fn.err &&
	{ "$TERRACE" logs ingest -follow >fn.out 2>fn.err </dev/null & } &&
	fn_pid=$! &&
	write_lines /aws/lambda/ingest-orders "2024/01/31/[\$LATEST]a" 1 2500 100 50 &&
	write_lines /aws/lambda/ingest-orders "2024/01/31/[\$LATEST]b" 2501 3000 100 50 &&
	wait_for_line fn.out "line 3000" $fn_pid &&
	sleep 3 &&
	kill -INT $fn_pid &&
	wait $fn_pid &&
	sort -t" " -k2n fn.out >sorted &&
	seq 1 3000 | sed "s/^/line /" >expect3 &&
	test_cmp expect3 sorted &&
	head -2500 fn.out >first &&
	seq 1 2500 | sed "s/^/line /" >expect1 &&
	test_cmp expect1 first
'

test_expect_success '-since leaves older lines out' '
	write_lines /aws/lambda/ingest-orders "2024/01/31/[\$LATEST]old" 9001 9003 10 1 7200 &&
	terrace logs ingest >all.out 2>err &&
	printf "line 9001\nline 9002\nline 9003\n" >expect &&
	head -3 all.out >old &&
	test_cmp expect old &&
	terrace logs ingest -since 1h >since.out 2>err &&
	test_cmp fn.out since.out &&
	test_expect_code 2 terrace logs ingest -since yesterday >out 2>err &&
	test_contains err "-since: \"yesterday\" is not a duration"
'

test_expect_success 'a state machine'"'"'s log group (STANDARD and EXPRESS, whose history is only there) and a crawler'"'"'s own stream' '
	write_lines /aws/states/lake-pipeline "states/lake-pipeline/2024-01-31/exec-1" 1 5 10 1 &&
	terrace logs pipeline >sm.out 2>err &&
	seq 1 5 | sed "s/^/line /" >expect &&
	test_cmp expect sm.out &&
	write_lines /aws/vendedlogs/states/lake-quick "states/lake-quick/2024-01-31/exec-2" 1 3 10 1 &&
	terrace logs quick >quick.out 2>err &&
	seq 1 3 | sed "s/^/line /" >expect &&
	test_cmp expect quick.out &&
	write_lines /aws-glue/crawlers other-crawler 100 102 10 1 &&
	write_lines /aws-glue/crawlers orders-crawler 7 9 10 1 &&
	terrace logs crawler -json >crawler.jsonl 2>err &&
	check_run_events crawler.jsonl &&
	test_equal "line 7,line 8,line 9" "$(python3 -c "import json; print(\",\".join(json.loads(l)[\"message\"] for l in open(\"crawler.jsonl\")))")"
'

test_done
