#!/usr/bin/env bash
# t1112-run-batch: `terrace run` of an aws.batch.job_definition against moto,
# whose jobs go SUBMITTED -> RUNNABLE -> RUNNING -> SUCCEEDED or FAILED over
# four DescribeJobs, with the exit code and log lines their container's
# environment chooses (moto patch batch_job_lifecycle.py): SubmitJob to the
# stack's one job queue (or -queue), -arg as the job's parameters and
# -payload as its containerOverrides, the job followed to its end, its log
# stream (logStreamName of DescribeJobs in /aws/batch/job) printed, the
# container's exit code as run's; TerminateJob on Ctrl-C and on -timeout,
# seen by the server; `terrace logs` of a job and of the job definition;
# two queues and no -queue refused; a job definition named _... runs as a
# job whose name begins with a letter (SubmitJob's); lab run of each attendee's job on its
# own lab's queue.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# job NAME ENV: a Fargate job definition, its container's environment ENV.
job () {
	cat <<-YAML
	  $1:
	    type: aws.batch.job_definition
	    name: t1112-$1
	    platform_capabilities: [FARGATE]
	    parameters: {day: today}
	    container_properties:
	      image: dbt
	      command: [dbt, build, --vars, "day: Ref::day"]
	      executionRoleArn: arn:aws:iam::123456789012:role/t1112-execution
	      resourceRequirements: [{type: VCPU, value: "0.25"}, {type: MEMORY, value: "512"}]
	      environment: $2
	YAML
}

# queue PREFIX: a Fargate compute environment and a queue on it, named PREFIX-...
queue () {
	cat <<-YAML
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.41.0.0/16}
	  net: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.41.1.0/24}
	  sg: {type: aws.ec2.security_group, name: "$1-jobs", vpc_id: "\${vpc.vpc_id}"}
	  fargate:
	    type: aws.batch.compute_environment
	    name: "$1-fargate"
	    compute_environment_type: MANAGED
	    compute_resources: {type: FARGATE, max_vcpus: 4, subnets: ["\${net.subnet_id}"], security_group_ids: ["\${sg.group_id}"]}
	  nightly:
	    type: aws.batch.job_queue
	    name: "$1-nightly"
	    priority: 1
	    compute_environment_order: [{order: 1, compute_environment: "\${fargate.arn}"}]
	YAML
}

status_of () { # JOB_ID: its status and statusReason
	s3 batch describe-jobs --jobs "$1" --query "jobs[0].[status, statusReason]" --output text | tr "\t" " "
}

test_expect_success 'setup: a queue on a Fargate compute environment and three job definitions' '
	write_stack stack.yaml &&
	{
		printf "resources:\n"
		queue t1112
		job ok "[{name: TERRACE_STAND_IN_LOG, value: \"dbt build starting|Completed successfully\"}]"
		job failing "[{name: TERRACE_STAND_IN_EXIT_CODE, value: \"3\"}, {name: TERRACE_STAND_IN_LOG, value: \"dbt build starting|Database Error in model orders\"}]"
		job forever "[{name: TERRACE_STAND_IN_RUN, value: forever}, {name: TERRACE_STAND_IN_LOG, value: still going}]"
	} >>stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 8 added"
'

test_expect_success 'a job that exits 0: run submits it to the stack'"'"'s queue, prints its states and lines, exits 0' '
	terrace run ok >out 2>err &&
	test_contains out "dbt build starting" &&
	test_contains out "Completed successfully" &&
	test_equal "SUBMITTED RUNNABLE RUNNING SUCCEEDED" "$(sed -n "s/^ok: \([A-Z]*\)$/\1/p" err | tr "\n" " " | sed "s/ $//")" &&
	test_match err "^ok: [0-9a-f-]{36} SUCCEEDED in [0-9]+ s$"
'

test_expect_success 'a job whose container exits 3: run exits 3 with Batch'"'"'s reason' '
	test_expect_code 3 terrace run failing >out 2>err &&
	test_contains out "Database Error in model orders" &&
	test_match err "FAILED in [0-9]+ s: container exited 3: Essential container in task exited" &&
	sed -n "s/^Error: failing: \([0-9a-f-]*\) FAILED.*/\1/p" err >failed_job &&
	test -s failed_job
'

test_expect_success '-arg is a parameter of the job, -payload its containerOverrides' '
	terrace run ok -arg day=2024-01-31 -payload "{\"environment\": [{\"name\": \"TERRACE_STAND_IN_LOG\", \"value\": \"overridden line\"}]}" >out 2>err &&
	test_contains out "overridden line" &&
	test_not_contains out "Completed successfully" &&
	job_id=$(sed -n "s/^ok: \([0-9a-f-]*\) SUCCEEDED.*/\1/p" err) &&
	test_equal "2024-01-31" "$(s3 batch describe-jobs --jobs "$job_id" --query "jobs[0].parameters.day" --output text)" &&
	test_expect_code 1 terrace run ok -payload "[1]" >out 2>err &&
	test_contains err "-payload is the job'"'"'s containerOverrides, a JSON object"
'

test_expect_success 'logs reads one job'"'"'s stream, and the job definition'"'"'s jobs' '
	terrace logs failing -run "$(cat failed_job)" >out 2>err &&
	test_contains out "Database Error in model orders" &&
	test_not_contains out "Completed successfully" &&
	terrace logs ok >all 2>err &&
	test_contains all "Completed successfully" &&
	test_contains all "overridden line" &&
	test_not_contains all "Database Error"
'

test_expect_success 'Ctrl-C terminates the job (TerminateJob, seen by Batch) and exits 1' '
	rm -f out err &&
	{ "$TERRACE" run forever >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "forever: RUNNING" $pid &&
	kill -INT $pid &&
	{ wait $pid; test $? = 1; } &&
	test_contains err "Interrupt received: stopping the run" &&
	test_contains out "still going" &&
	job_id=$(sed -n "s/^forever: started \(.*\)/\1/p" err) &&
	test_equal "FAILED stopped by terrace run" "$(status_of "$job_id")" &&
	test_match err "Error: forever: $job_id FAILED in [0-9]+ s: container exited 143: stopped by terrace run"
'

test_expect_success '-timeout terminates it too' '
	test_expect_code 1 terrace run forever -timeout 2s >out 2>err &&
	test_contains err "Timed out: stopping the run" &&
	test_match err "timed out and stopped" &&
	test_equal "FAILED stopped by terrace run" "$(status_of "$(sed -n "s/^forever: started \(.*\)/\1/p" err)")"
'

test_expect_success 'two queues and no -queue: refused, naming the flag; -queue picks one' '
	cat >>stack.yaml <<-YAML &&
	  backfill:
	    type: aws.batch.job_queue
	    name: t1112-backfill
	    priority: 2
	    compute_environment_order: [{order: 1, compute_environment: "\${fargate.arn}"}]
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 1 terrace run ok >out 2>err &&
	test_contains err "name the job queue to submit it to: -queue NAME (the stack has more than one aws.batch.job_queue)" &&
	terrace run ok -queue t1112-backfill >out 2>err &&
	job_id=$(sed -n "s/^ok: started \(.*\)/\1/p" err) &&
	s3 batch describe-jobs --jobs "$job_id" --query "jobs[0].jobQueue" --output text >queue &&
	test_match queue "job-queue/t1112-backfill$"
'

test_expect_success 'a job definition whose name begins with _: its job'"'"'s name begins with a letter, as SubmitJob needs' '
	cat >>stack.yaml <<-YAML &&
	  underscored:
	    type: aws.batch.job_definition
	    name: _t1112-underscored
	    platform_capabilities: [FARGATE]
	    container_properties:
	      image: dbt
	      command: [dbt, build]
	      executionRoleArn: arn:aws:iam::123456789012:role/t1112-execution
	      resourceRequirements: [{type: VCPU, value: "0.25"}, {type: MEMORY, value: "512"}]
	      environment: [{name: TERRACE_STAND_IN_LOG, value: "underscored ran"}]
	YAML
	terrace apply -auto-approve >out 2>err &&
	terrace run underscored -queue t1112-nightly >out 2>err &&
	test_contains out "underscored ran" &&
	job_id=$(sed -n "s/^underscored: started \(.*\)/\1/p" err) &&
	s3 batch describe-jobs --jobs "$job_id" --query "jobs[0].jobName" --output text >name &&
	test_match name "^t1112-underscored-"
'

test_expect_success 'lab run: each attendee'"'"'s job on its own lab'"'"'s queue; a failing one named in the table' '
	mkdir lab &&
	write_stack lab/stack.yaml "  attendee: {type: string}
  code: {type: string, default: \"0\"}" &&
	{
		printf "lab:\n  parallel: 2\nresources:\n"
		queue "t1112-\${var.attendee}"
		job dbt "[{name: TERRACE_STAND_IN_EXIT_CODE, value: \"\${var.code}\"}, {name: TERRACE_STAND_IN_LOG, value: \"hello \${var.attendee}\"}]" |
			sed "s/name: t1112-dbt/name: \"t1112-dbt-\${var.attendee}\"/"
	} >>lab/stack.yaml &&
	printf "id,code\nann,0\nbob,4\n" >people.csv &&
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	test_expect_code 1 terrace lab run lab dbt -attendees people.csv >out 2>err &&
	test_match out "^ann +succeeded " &&
	test_match out "^bob +failed .*container exited 4" &&
	test_contains lab/.terrace/lab/ann.log "hello ann" &&
	test_equal 1 "$(s3 batch list-jobs --job-queue t1112-bob-nightly --filters "name=JOB_NAME,values=t1112-dbt-bob-*" --query "length(jobSummaryList)")" &&
	terrace lab down lab -attendees people.csv -auto-approve >out 2>err
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err
'

test_done
