#!/usr/bin/env bash
# t1109-run-ecs-task: `terrace run` of an aws.ecs.task_definition on Fargate
# against moto, whose tasks go PENDING -> RUNNING -> STOPPED with the exit
# code and awslogs lines their container's environment chooses (moto patch
# ecs_task_lifecycle.py): RunTask on -cluster in -subnets and
# -security-groups, the task followed to STOPPED, its log lines printed, the
# container's exit code as run's; a task stopped with StopTask when it runs
# too long (-timeout: the path Ctrl-C takes); `terrace logs` of a run and of
# the task definition; the stack's one cluster when -cluster is not given;
# a run without -subnets, or with two clusters and no -cluster, refused;
# lab run of each attendee's task on its own lab's cluster.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The execution role the task definitions name by its ARN, made first as
# another stack would make it: plan reads that it exists (checks/reads.c).
stand_in_roles dbt-execution || test_fail_setup "the role the stacks name could not be made"

# task NAME ENV: a Fargate task definition logging with awslogs, its container's environment ENV.
task () {
	cat <<-YAML
	  $1:
	    type: aws.ecs.task_definition
	    family: dbt-$1
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "256"
	    memory: "512"
	    execution_role_arn: arn:aws:iam::123456789012:role/dbt-execution
	    container_definitions:
	      - name: dbt
	        image: dbt
	        environment: $2
	        logConfiguration:
	          logDriver: awslogs
	          options: {awslogs-group: /ecs/dbt, awslogs-region: us-east-1, awslogs-stream-prefix: dbt}
	YAML
}

test_expect_success 'setup: a subnet and a security group; a log group, a cluster and three task definitions' '
	vpc=$(s3 ec2 create-vpc --cidr-block 10.7.0.0/16 --query Vpc.VpcId --output text) &&
	s3 ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.7.1.0/24 --query Subnet.SubnetId --output text >subnet &&
	s3 ec2 create-security-group --vpc-id "$vpc" --group-name dbt --description dbt --query GroupId --output text >sg &&
	write_stack stack.yaml &&
	{
		printf "resources:\n"
		printf "  logs: {type: aws.logs.log_group, name: /ecs/dbt}\n"
		printf "  jobs: {type: aws.ecs.cluster, name: data-jobs}\n"
		task ok "[{name: TERRACE_STAND_IN_LOG, value: \"dbt build starting|Completed successfully\"}]"
		task failing "[{name: TERRACE_STAND_IN_EXIT_CODE, value: \"3\"}, {name: TERRACE_STAND_IN_LOG, value: \"dbt build starting|Database Error in model orders\"}]"
		task forever "[{name: TERRACE_STAND_IN_RUN, value: forever}, {name: TERRACE_STAND_IN_LOG, value: stopping}]"
	} >>stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 5 added"
'

test_expect_success 'a task that exits 0: run follows it to STOPPED, prints its lines, exits 0' '
	terrace run ok -cluster data-jobs -subnets "$(cat subnet)" -security-groups "$(cat sg)" >out 2>err &&
	test_contains out "dbt build starting" &&
	test_contains out "Completed successfully" &&
	test_match err "ok: arn:aws:ecs:us-east-1:123456789012:task/.* STOPPED in [0-9]+ s" &&
	test_match err "PENDING" && test_match err "RUNNING"
'

test_expect_success 'a task whose container exits 3: run exits 3, naming the container' '
	test_expect_code 3 terrace run failing -cluster data-jobs -subnets "$(cat subnet)" >out 2>err &&
	test_contains out "Database Error in model orders" &&
	test_match err "STOPPED in [0-9]+ s: container dbt exited 3" &&
	sed -n "s|.*\(arn:aws:ecs:us-east-1:123456789012:task/[^ ]*\) STOPPED.*|\1|p" err | head -1 >task_arn &&
	test -s task_arn
'

test_expect_success 'logs reads a run and the task definition'"'"'s group' '
	terrace logs failing -run "$(cat task_arn)" >out 2>err &&
	test_contains out "Database Error in model orders" &&
	test_not_contains out "Completed successfully" &&
	terrace logs failing >all 2>err &&
	test_contains all "Completed successfully" &&
	test_contains all "Database Error in model orders"
'

test_expect_success 'a task that runs too long is stopped with StopTask (the path of Ctrl-C)' '
	test_expect_code 1 terrace run forever -cluster data-jobs -subnets "$(cat subnet)" -timeout 3s >out 2>err &&
	test_contains err "Timed out: stopping the run" &&
	test_match err "timed out and stopped" &&
	test_equal "STOPPED UserInitiated" "$(s3 ecs describe-tasks --cluster data-jobs \
		--tasks "$(sed -n "s|.*\(arn:aws:ecs:[^ ]*task/[^ ]*\).*|\1|p" err | head -1)" \
		--query "tasks[0].[lastStatus, stopCode]" --output text | tr "\t" " ")"
'

test_expect_success 'without -cluster, the stack'"'"'s one cluster; without -subnets, refused, naming the flag' '
	terrace run ok -subnets "$(cat subnet)" >out 2>err &&
	test_contains out "Completed successfully" &&
	test_expect_code 1 terrace run ok >out 2>err &&
	test_contains err "uses network_mode awsvpc: name its subnets: -subnets" &&
	sed -i "s/^  jobs: {type: aws.ecs.cluster, name: data-jobs}/&\n  more: {type: aws.ecs.cluster, name: more-jobs}/" stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 1 terrace run ok -subnets "$(cat subnet)" >out 2>err &&
	test_contains err "name the cluster to run it on: -cluster NAME (the stack has no aws.ecs.cluster, or more than one)"
'

test_expect_success 'lab run: each attendee'"'"'s task on its own lab'"'"'s cluster, -subnets handed on; a failing one named in the table' '
	mkdir lab &&
	write_stack lab/stack.yaml "  attendee: {type: string}
  code: {type: string, default: \"0\"}" &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  parallel: 2
	resources:
	  logs: {type: aws.logs.log_group, name: "/ecs/dbt-\${var.attendee}"}
	  jobs: {type: aws.ecs.cluster, name: "jobs-\${var.attendee}"}
	  dbt:
	    type: aws.ecs.task_definition
	    family: "dbt-\${var.attendee}"
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "256"
	    memory: "512"
	    execution_role_arn: arn:aws:iam::123456789012:role/dbt-execution
	    container_definitions:
	      - name: dbt
	        image: dbt
	        environment: [{name: TERRACE_STAND_IN_EXIT_CODE, value: "\${var.code}"}, {name: TERRACE_STAND_IN_LOG, value: "hello \${var.attendee}"}]
	        logConfiguration:
	          logDriver: awslogs
	          options: {awslogs-group: "/ecs/dbt-\${var.attendee}", awslogs-region: us-east-1, awslogs-stream-prefix: dbt}
	YAML
	printf "id,code\nann,0\nbob,4\n" >people.csv &&
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	test_expect_code 1 terrace lab run lab dbt -attendees people.csv -subnets "$(cat subnet)" >out 2>err &&
	test_match out "^ann +succeeded " &&
	test_match out "^bob +failed .*container dbt exited 4" &&
	test_contains lab/.terrace/lab/ann.log "hello ann" &&
	test_equal 1 "$(s3 ecs list-tasks --cluster jobs-bob --query "length(taskArns)")" &&
	terrace lab down lab -attendees people.csv -auto-approve >out 2>err
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err
'

test_done
