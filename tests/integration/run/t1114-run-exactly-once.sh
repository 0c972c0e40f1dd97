#!/usr/bin/env bash
# t1114-run-exactly-once: every kind of `terrace run` starts what it runs
# once, whatever happens to the answer of its start. Each run goes through
# tests/servers/fault_proxy.py, which forwards the start request to moto and
# drops the connection instead of answering (drop_after: it happened, its
# answer is lost); afterwards exactly one job run, execution, task or job
# exists on the server and the run followed it to its end:
#   Glue StartJobRun      no token: --terrace-run-token in the run's
#                         arguments, found with GetJobRuns (aws_start_once)
#   Glue StartTrigger     no token: sent once, the run of its job that names
#                         it found with GetJobRuns (aws_start_once)
#   Batch SubmitJob       no token: the token in the job's name, found with
#                         ListJobs filtered by JOB_NAME (aws_start_once)
#   ECS RunTask           clientToken (moto patch ecs_run_task_client_token.py)
#   EMR Serverless        clientToken (moto patch emrserverless_job_runs.py)
#   Athena                ClientRequestToken (moto patch
#                         athena_start_query_client_token.py)
#   StartExecution        STANDARD: the execution's name, made once, is the
#                         evidence (the resend finds it ended:
#                         ExecutionAlreadyExists)
#   StartSyncExecution    EXPRESS: not idempotent, sent once: a lost answer
#                         is an error naming its log group (terrace logs)
#   Lambda Invoke         sent once: a lost answer is an error saying the
#                         function may have run (terrace logs)
# Each kind's start request appears once in the proxy's log for the kinds
# sent once (the transport and libcurl resent nothing). On the code before
# (every start resent by the transport) Glue and Batch made two runs (a
# trigger two), Athena two query executions, ECS
# two tasks, StartExecution failed on ExecutionAlreadyExists and Lambda was
# invoked twice.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles sfn-runner || test_fail_setup "the roles the stacks name could not be made"
# The execution role an ECS task definition names by its ARN, made first as
# another stack would make it: plan reads that it exists (checks/reads.c).
stand_in_roles dbt-execution || test_fail_setup "the roles the stacks name could not be made"

ACCOUNT=123456789012

# lost OP_REGEX: the proxy, dropping the answer to the first request whose
# line matches, in front of moto for what follows (lost.log: its log).
lost () {
	rm -f lost.log &&
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --count 1 --match "$1"
}
# sent OP_REGEX: how many requests matching reached the proxy, and how many
# of them had their answer dropped ("SENT DROPPED").
sent () {
	echo "$(grep -c "$1" lost.log) $(grep "$1" lost.log | grep -c " drop_after ")"
}
state_id () { json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"; }

test_expect_success 'setup: a Glue job, two state machines, a function, an ECS task, a Batch job, a Spark application' '
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/config" \
		-d "{\"stepfunctions\": {\"execute_state_machine\": true}}" >/dev/null &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	mkdir fn scripts &&
	printf "def handler(event, context):\n    return event\n" >fn/main.py &&
	printf "print(42)\n" >scripts/etl.py &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.14.0.0/16}
	  net: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.14.1.0/24}
	  sg: {type: aws.ec2.security_group, name: t1114-jobs, vpc_id: "\${vpc.vpc_id}"}
	  nightly:
	    type: aws.glue.job
	    name: t1114-nightly
	    role: arn:aws:iam::$ACCOUNT:role/glue-runner
	    command: {script_location: "s3://t1114-jobs/clean.py"}
	  kick:
	    type: aws.glue.trigger
	    name: t1114-kick
	    trigger_type: ON_DEMAND
	    actions: [{job_name: "\${nightly.name}"}]
	  pipeline:
	    type: aws.sfn.state_machine
	    name: t1114-pipeline
	    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
	    definition: {StartAt: Extract, States: {Extract: {Type: Pass, Result: {rows: 3}, End: true}}}
	  express:
	    type: aws.sfn.state_machine
	    name: t1114-express
	    state_machine_type: EXPRESS
	    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
	    logging_configuration:
	      level: ALL
	      log_group_arn: "arn:aws:logs:us-east-1:$ACCOUNT:log-group:/sfn/t1114-express:*"
	    definition: {StartAt: Extract, States: {Extract: {Type: Pass, End: true}}}
	  lambda_exec:
	    type: aws.iam.role
	    name: t1114-lambda
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
	  ingest:
	    type: aws.lambda.function
	    function_name: t1114-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: "\${lambda_exec.arn}"
	    source: fn
	  logs: {type: aws.logs.log_group, name: /ecs/t1114}
	  cluster: {type: aws.ecs.cluster, name: t1114-jobs}
	  task:
	    type: aws.ecs.task_definition
	    family: t1114-dbt
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "256"
	    memory: "512"
	    execution_role_arn: arn:aws:iam::$ACCOUNT:role/dbt-execution
	    container_definitions:
	      - name: dbt
	        image: dbt
	        environment: [{name: TERRACE_STAND_IN_LOG, value: "task done"}]
	        logConfiguration:
	          logDriver: awslogs
	          options: {awslogs-group: /ecs/t1114, awslogs-region: us-east-1, awslogs-stream-prefix: dbt}
	  fargate:
	    type: aws.batch.compute_environment
	    name: t1114-fargate
	    compute_environment_type: MANAGED
	    compute_resources: {type: FARGATE, max_vcpus: 4, subnets: ["\${net.subnet_id}"], security_group_ids: ["\${sg.group_id}"]}
	  queue:
	    type: aws.batch.job_queue
	    name: t1114-nightly
	    priority: 1
	    compute_environment_order: [{order: 1, compute_environment: "\${fargate.arn}"}]
	  job:
	    type: aws.batch.job_definition
	    name: t1114-dbt
	    platform_capabilities: [FARGATE]
	    container_properties:
	      image: dbt
	      command: [dbt, build]
	      executionRoleArn: arn:aws:iam::$ACCOUNT:role/t1114-execution
	      resourceRequirements: [{type: VCPU, value: "0.25"}, {type: MEMORY, value: "512"}]
	      environment: [{name: TERRACE_STAND_IN_LOG, value: "job done"}]
	  bucket: {type: aws.s3.bucket, name: t1114-jobs}
	  lake: {type: aws.glue.database, name: t1114_lake}
	  wg: {type: aws.athena.workgroup, name: t1114-analysts, output_location: "s3://\${bucket.name}/athena/"}
	  tally:
	    type: aws.athena.named_query
	    name: t1114-count
	    workgroup: "\${wg.name}"
	    database: "\${lake.name}"
	    query: SELECT 1
	  etl: {type: aws.s3.artifact, bucket: "\${bucket.name}", source: scripts/etl.py, prefix: spark/}
	  spark_exec:
	    type: aws.iam.role
	    name: t1114-spark
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: emr-serverless.amazonaws.com}, Action: "sts:AssumeRole"}]
	  spark:
	    type: aws.emrserverless.application
	    name: t1114-spark
	    release_label: emr-7.1.0
	    application_type: SPARK
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 22 added"
'

test_expect_success 'Glue: StartJobRun answer lost: the run found by its token argument, one run, followed to SUCCEEDED' '
	lost "AWSGlue[.]StartJobRun" &&
	TERRACE_LOG=debug terrace run nightly >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "AWSGlue[.]StartJobRun")" &&
	test $rc = 0 &&
	test_match err "nightly: .* SUCCEEDED in [0-9]+ s" &&
	test_contains err "found after a lost answer: following it" &&
	test_equal 1 "$(s3 glue get-job-runs --job-name t1114-nightly --query "length(JobRuns)")" &&
	s3 glue get-job-runs --job-name t1114-nightly --query "JobRuns[0].Arguments" >args &&
	test_match args "\"--terrace-run-token\": \"[0-9a-f]{32}\""
'

test_expect_success 'Glue: StartJobRun answer lost while another run of the job exists: the run with its token followed, not the other' '
	s3 glue get-job-runs --job-name t1114-nightly --query "JobRuns[].Id" --output text | tr "\t" "\n" | sed "/^$/d" >before &&
	s3 glue start-job-run --job-name t1114-nightly --arguments "{\"--moto-final-state\": \"FAILED\", \"--moto-error-message\": \"someone else run\"}" --query JobRunId --output text >other &&
	s3 glue get-job-run --job-name t1114-nightly --run-id "$(cat other)" >/dev/null &&
	s3 glue get-job-run --job-name t1114-nightly --run-id "$(cat other)" --query JobRun.JobRunState --output text >other.state &&
	test_equal FAILED "$(cat other.state)" &&
	lost "AWSGlue[.]StartJobRun" &&
	TERRACE_LOG=debug terrace run nightly >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "AWSGlue[.]StartJobRun")" &&
	test $rc = 0 &&
	test_match err "nightly: .* SUCCEEDED in [0-9]+ s" &&
	s3 glue get-job-runs --job-name t1114-nightly --query "JobRuns[].[Id, JobRunState]" --output text >after &&
	test_equal $(( $(wc -l <before) + 2 )) "$(wc -l <after)" &&
	new=$(grep -v -F -f before after | grep -v -F "$(cat other)" | cut -f1) &&
	test_equal 1 "$(echo "$new" | wc -w)" &&
	test_contains err "run $new of job t1114-nightly found after a lost answer: following it"
'

test_expect_success 'Glue trigger: StartTrigger answer lost: the run that names it found, one run, followed to its end' '
	lost "AWSGlue[.]StartTrigger" &&
	TERRACE_LOG=debug terrace run kick >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "AWSGlue[.]StartTrigger")" &&
	test $rc = 0 &&
	test_contains err "started by trigger t1114-kick, found after a lost answer: following it" &&
	test_equal 1 "$(s3 glue get-job-runs --job-name t1114-nightly --query "length(JobRuns[?TriggerName==\`t1114-kick\`])")"
'

test_expect_success 'Batch: SubmitJob answer lost: the job found by its name (ListJobs JOB_NAME), one job, followed to SUCCEEDED' '
	lost "/v1/submitjob" &&
	TERRACE_LOG=debug terrace run job >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "/v1/submitjob")" &&
	test $rc = 0 &&
	test_contains out "job done" &&
	test_match err "job: [0-9a-f-]{36} SUCCEEDED in [0-9]+ s" &&
	test_contains err "found after a lost answer: following it" &&
	s3 batch list-jobs --job-queue t1114-nightly --filters "name=JOB_NAME,values=t1114-dbt*" \
		--query "jobSummaryList[].jobName" --output text >names &&
	test_match names "^t1114-dbt-[0-9a-f]{32}$"
'

test_expect_success 'ECS: RunTask answer lost: the resend carries the same clientToken, one task, followed to STOPPED' '
	lost "AmazonEC2ContainerServiceV20141113[.]RunTask" &&
	terrace run task -subnets "$(state_id net)" >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test $rc = 0 &&
	test_contains out "task done" &&
	test_match err "task: arn:aws:ecs:us-east-1:$ACCOUNT:task/.* STOPPED in [0-9]+ s" &&
	test_equal 1 "$(s3 ecs list-tasks --cluster t1114-jobs --query "length(taskArns)")"
'

test_expect_success 'EMR Serverless: StartJobRun answer lost: the resend carries the same clientToken, one job run, to SUCCESS' '
	lost "POST /applications/[^/]*/jobruns" &&
	terrace run spark >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test $rc = 0 &&
	test_match err "spark: .* SUCCESS in [0-9]+ s" &&
	test_equal 1 "$(s3 emr-serverless list-job-runs --application-id "$(state_id spark)" --query "length(jobRuns)")"
'

test_expect_success 'Athena: StartQueryExecution answer lost: the resend carries the same ClientRequestToken, one query execution' '
	lost "AmazonAthena[.]StartQueryExecution" &&
	terrace run tally >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test $rc = 0 &&
	test_match err "tally: .* SUCCEEDED in [0-9]+ s" &&
	test_equal 1 "$(s3 athena list-query-executions --work-group t1114-analysts --query "length(QueryExecutionIds)")"
'

test_expect_success 'Step Functions STANDARD: StartExecution answer lost: the execution of its name followed, one execution' '
	lost "AWSStepFunctions[.]StartExecution" &&
	TERRACE_LOG=debug terrace run pipeline >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test $rc = 0 &&
	test_match err "pipeline: .*SUCCEEDED" &&
	test_contains out "\"rows\": 3" &&
	test_equal 1 "$(s3 stepfunctions list-executions --state-machine-arn "$(state_id pipeline)" --query "length(executions)")"
'

test_expect_success 'Step Functions EXPRESS: StartSyncExecution sent once; a lost answer is an error saying it may have run' '
	lost "AWSStepFunctions[.]StartSyncExecution" &&
	terrace run express >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "AWSStepFunctions[.]StartSyncExecution")" &&
	test_equal 0 "$(grep -c "AWSStepFunctions[.]\(StartExecution\|DescribeExecution\)" lost.log)" &&
	test $rc = 1 &&
	test_contains err "not sent again, as a resend could carry it out twice" &&
	test_match err "execution terrace-run-[0-9TZ]+-[0-9a-f]{32} of EXPRESS state machine .* may have run \(StartSyncExecution is not idempotent\)" &&
	test_contains err "its lines in arn:aws:logs:us-east-1:$ACCOUNT:log-group:/sfn/t1114-express:* say what it did: terrace logs"
'

test_expect_success 'Lambda: Invoke sent once; a lost answer is an error saying the function may have run and how to look' '
	lost "/2015-03-31/functions/t1114-ingest/invocations" &&
	terrace run ingest -payload "{\"n\": 1}" >out 2>err; rc=$?; stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal "1 1" "$(sent "/2015-03-31/functions/t1114-ingest/invocations")" &&
	test $rc = 1 &&
	test_contains err "function t1114-ingest may have run; its lines in /aws/lambda/t1114-ingest say whether it did: terrace logs" &&
	terrace run ingest -payload "{\"n\": 2}" >out 2>err &&
	test_contains out "\"n\": 2"
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err
'

test_done
