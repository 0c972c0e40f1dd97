#!/usr/bin/env bash
# t1016-batch: aws.batch.compute_environment, aws.batch.job_queue and
# aws.batch.job_definition against
# moto (with moto_patches/batch_compute_lifecycle.py: a compute environment's
# compute resources updated, and Batch's refusal to delete an ENABLED compute
# environment or job queue, or one a queue still uses): what AWS refuses,
# refused at validate with the attribute's position; a Fargate and an EC2
# compute environment and a queue on both made, read back with the AWS CLI,
# planned again as no change; updated in place (max_vcpus and subnets, a
# queue's priority, state and order, tags); drift made with the CLI undone;
# an EventBridge rule submitting a job definition to a queue
# (batch_parameters) read back; a job definition changed registers a new
# revision and deregisters the
# old, its tags change in place; imported by name (a job definition by its
# revision's ARN); destroyed (each queue and compute environment disabled
# first, as Batch requires); swept from a lab by their tags.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

batch () { s3 batch "$@"; }
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

attr () { # RESOURCE ATTRIBUTE: from the state
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

both_subnets='"${b.subnet_id}", "${a.subnet_id}"'

the_stack () {
	local subnets=${FARGATE_SUBNETS:-$both_subnets}
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.40.0.0/16}
	  a: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.40.1.0/24}
	  b: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.40.2.0/24}
	  jobs: {type: aws.ec2.security_group, name: t1016-jobs, vpc_id: "\${vpc.vpc_id}"}
	  host_role:
	    type: aws.iam.role
	    name: t1016-host
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
	  host: {type: aws.iam.instance_profile, name: t1016-host, role: "\${host_role.name}"}
	  fargate:
	    type: aws.batch.compute_environment
	    name: t1016-fargate
	    compute_environment_type: MANAGED
	    compute_resources:
	      type: FARGATE
	      max_vcpus: ${FARGATE_MAX:-16}
	      subnets: [$subnets]
	      security_group_ids: ["\${jobs.group_id}"]
	    tags: {team: data${CE_TAG:-}}
	  ec2:
	    type: aws.batch.compute_environment
	    name: t1016-ec2
	    compute_environment_type: MANAGED
	    state: ${EC2_STATE:-ENABLED}
	    compute_resources:
	      type: EC2
	      min_vcpus: 0
	      max_vcpus: 8
	      instance_type: [optimal]
	      instance_role: "\${host.arn}"
	      subnets: ["\${a.subnet_id}"]
	      security_group_ids: ["\${jobs.group_id}"]
	  nightly:
	    type: aws.batch.job_queue
	    name: t1016-nightly
	    state: ${QUEUE_STATE:-ENABLED}
	    priority: ${QUEUE_PRIORITY:-1}
	    compute_environment_order:
	      - {order: 1, compute_environment: "\${fargate.arn}"}
	    tags: {team: data}
	  backfill:
	    type: aws.batch.job_queue
	    name: t1016-backfill
	    priority: 0
	    compute_environment_order:
	      - {order: 1, compute_environment: "\${ec2.arn}"}
	  exec_role:
	    type: aws.iam.role
	    name: t1016-exec
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: "sts:AssumeRole"}]
	  dbt:
	    type: aws.batch.job_definition
	    name: t1016-dbt
	    platform_capabilities: [FARGATE]
	    container_properties:
	      image: ${JD_IMAGE:-public.ecr.aws/dbt/dbt-postgres:1.8.0}
	      command: [dbt, run, --target, Ref::target]
	      resourceRequirements: [{type: VCPU, value: "0.5"}, {type: MEMORY, value: "2048"}]
	      executionRoleArn: "\${exec_role.arn}"
	      networkConfiguration: {assignPublicIp: DISABLED}
	    parameters: {target: prod}
	    retry_strategy:
	      attempts: 2
	      evaluate_on_exit: [{action: EXIT, on_exit_code: "1"}]
	    timeout: {attempt_duration_seconds: 3600}
	    tags: {team: data${JD_TAG:-}}
	  events_role:
	    type: aws.iam.role
	    name: t1016-events
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: events.amazonaws.com}, Action: "sts:AssumeRole"}]
	  nightly_rule:
	    type: aws.events.rule
	    name: t1016-nightly
	    schedule_expression: cron(0 2 * * ? *)
	    targets:
	      - id: dbt
	        arn: "\${nightly.arn}"
	        role_arn: "\${events_role.arn}"
	        batch_parameters: {job_definition: "\${dbt.arn_prefix}", job_name: nightly-dbt, array_size: 2, job_attempts: 2}
	YAML
}

test_expect_success 'validate refuses what AWS refuses, at the attribute' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  c1: {type: aws.batch.compute_environment, name: "bad name", compute_environment_type: UNMANAGED}
	  c2: {type: aws.batch.compute_environment, name: c2, compute_environment_type: MANAGED}
	  c3: {type: aws.batch.compute_environment, name: c3, compute_environment_type: UNMANAGED,
	       compute_resources: {type: FARGATE, max_vcpus: 4, subnets: [s], security_group_ids: [g]}}
	  c4: {type: aws.batch.compute_environment, name: c4, compute_environment_type: MANAGED,
	       compute_resources: {type: FARGATE, max_vcpus: 4, min_vcpus: 1, subnets: [s],
	                           security_group_ids: [g]}}
	  c5: {type: aws.batch.compute_environment, name: c5, compute_environment_type: MANAGED,
	       compute_resources: {type: FARGATE, max_vcpus: 4, subnets: [s]}}
	  c6: {type: aws.batch.compute_environment, name: c6, compute_environment_type: MANAGED,
	       compute_resources: {type: EC2, max_vcpus: 4, subnets: [s], instance_type: [optimal]}}
	  c7: {type: aws.batch.compute_environment, name: c7, compute_environment_type: SERVERLESS}
	  c8: {type: aws.batch.compute_environment, name: c8, compute_environment_type: MANAGED,
	       compute_resources: {type: LAMBDA, max_vcpus: 4, subnets: [s]}}
	  q1: {type: aws.batch.job_queue, name: q1, priority: 1, compute_environment_order: []}
	  q2: {type: aws.batch.job_queue, name: q2, priority: 1,
	       compute_environment_order: [{order: 1, compute_environment: a}, {order: 1, compute_environment: b}]}
	  q3: {type: aws.batch.job_queue, name: q3, priority: 1, state: PAUSED,
	       compute_environment_order: [{order: 1, compute_environment: a}]}
	  j1: {type: aws.batch.job_definition, name: j1, platform_capabilities: [FARGATE],
	       container_properties: {image: busybox, resourceRequirements: [{type: VCPU, value: "1"}, {type: MEMORY, value: "1024"}]}}
	  j2: {type: aws.batch.job_definition, name: j2, platform_capabilities: [FARGATE],
	       container_properties: {image: busybox}}
	  j3: {type: aws.batch.job_definition, name: j3, container_properties: {image: busybox},
	       retry_strategy: {attempts: 11}}
	  j5: {type: aws.batch.job_definition, name: j5, container_properties: {image: busybox},
	       timeout: {attempt_duration_seconds: 59}}
	  j4: {type: aws.batch.job_definition, name: j4, job_definition_type: multinode,
	       container_properties: {image: busybox}}
	  lambda_role:
	    type: aws.iam.role
	    name: t1016-lambda-only
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
	  c9: {type: aws.batch.compute_environment, name: c9, compute_environment_type: UNMANAGED,
	       service_role: "${lambda_role.arn}"}
	  j6: {type: aws.batch.job_definition, name: j6,
	       container_properties: {image: busybox, executionRoleArn: "${lambda_role.arn}"}}
	  r1: {type: aws.events.rule, name: r1, schedule_expression: rate(1 hour),
	       targets: [{id: b, arn: "arn:aws:batch:us-east-1:123456789012:job-queue/q",
	                  batch_parameters: {job_definition: j, job_name: n, array_size: 1}}]}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	cat err &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*c1.*name: .bad name. has . .: Batch names use only ASCII letters, digits and - _" &&
	test_match err "c2.*MANAGED compute environment needs compute_resources" &&
	test_match err "c3.*UNMANAGED compute environment takes no compute_resources" &&
	test_match err "c4.*compute_resources.min_vcpus is not for FARGATE" &&
	test_match err "c5.*security_group_ids: FARGATE needs at least one" &&
	test_match err "c6.*compute_resources.instance_role: EC2 needs the instance profile" &&
	test_match err "c7.*type.*SERVERLESS" &&
	test_match err "c8.*type.*LAMBDA" &&
	test_match err "q1.*1 to 3 compute environments, not 0" &&
	test_match err "q2.*order 1 is given twice" &&
	test_match err "q3.*state.*PAUSED" &&
	test_match err "j1.*MEMORY 1024 with VCPU 1 only from 2048 to 8192" &&
	test_match err "j2.*FARGATE job definition needs a VCPU and a MEMORY" &&
	test_match err "j3.*attempts.*10" &&
	test_match err "j5.*attempt_duration_seconds.*60" &&
	test_match err "j4.*job_definition_type.*multinode" &&
	test_match err "r1.*array_size: 1, where AWS takes 2 to 10000" &&
	test_match err "warning: .*c9.*service_role: role \"lambda_role\" does not trust batch.amazonaws.com" &&
	test_match err "warning: .*j6.*container_properties.executionRoleArn: role \"lambda_role\" does not trust ecs-tasks.amazonaws.com"
'

test_expect_success 'apply makes the compute environments and queues, VALID, as written' '
	the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 14 to add, 0 to change, 0 to destroy." &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 14 added, 0 changed, 0 destroyed." &&
	test_contains err "batch DescribeComputeEnvironments" &&
	batch describe-compute-environments --compute-environments t1016-fargate --output json >f.json &&
	test_equal "[\"MANAGED\", \"ENABLED\", \"VALID\", \"FARGATE\", 16]" \
		"$(json_get f.json "[(c[\"type\"], c[\"state\"], c[\"status\"], c[\"computeResources\"][\"type\"], c[\"computeResources\"][\"maxvCpus\"]) for c in d[\"computeEnvironments\"]][0]")" &&
	test_equal "{\"team\": \"data\", $TT}" "$(json_get f.json "d[\"computeEnvironments\"][0][\"tags\"]")" &&
	test_equal "$(attr fargate arn)" "$(json_get f.json "d[\"computeEnvironments\"][0][\"computeEnvironmentArn\"]")" &&
	batch describe-compute-environments --compute-environments t1016-ec2 --output json >e.json &&
	test_equal "[\"EC2\", 0, [\"optimal\"]]" \
		"$(json_get e.json "[(c[\"computeResources\"][\"type\"], c[\"computeResources\"][\"minvCpus\"], c[\"computeResources\"][\"instanceTypes\"]) for c in d[\"computeEnvironments\"]][0]")" &&
	batch describe-job-queues --job-queues t1016-nightly --output json >q.json &&
	test_equal "[\"ENABLED\", \"VALID\", 1]" \
		"$(json_get q.json "[(q[\"state\"], q[\"status\"], q[\"priority\"]) for q in d[\"jobQueues\"]][0]")" &&
	test_equal "$(attr fargate arn)" "$(json_get q.json "d[\"jobQueues\"][0][\"computeEnvironmentOrder\"][0][\"computeEnvironment\"]")" &&
	attr dbt arn >dbt.arn &&
	s3 events list-targets-by-rule --rule t1016-nightly --output json >t.json &&
	test_equal "[\"$(attr nightly arn)\", \"$(attr dbt arn_prefix)\", \"nightly-dbt\", 2, 2]" \
		"$(json_get t.json "[(t[\"Arn\"], t[\"BatchParameters\"][\"JobDefinition\"], t[\"BatchParameters\"][\"JobName\"], t[\"BatchParameters\"][\"ArrayProperties\"][\"Size\"], t[\"BatchParameters\"][\"RetryStrategy\"][\"Attempts\"]) for t in d[\"Targets\"]][0]")" &&
	batch describe-job-definitions --job-definitions "$(cat dbt.arn)" --output json >j.json &&
	test_equal "[\"ACTIVE\", 1, [\"FARGATE\"], \"public.ecr.aws/dbt/dbt-postgres:1.8.0\", 2, 3600]" \
		"$(json_get j.json "[(j[\"status\"], j[\"revision\"], j[\"platformCapabilities\"], j[\"containerProperties\"][\"image\"], j[\"retryStrategy\"][\"attempts\"], j[\"timeout\"][\"attemptDurationSeconds\"]) for j in d[\"jobDefinitions\"]][0]")"
'

test_expect_success 'a second plan is no change (the subnets a set, in any order)' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	FARGATE_SUBNETS="\"\${a.subnet_id}\", \"\${b.subnet_id}\"" the_stack &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'updates in place: max_vcpus, subnets, tags, a queue'"'"'s priority and state, an EC2 environment disabled' '
	FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	batch describe-compute-environments --compute-environments t1016-fargate --output json >f.json &&
	test_equal "[32, [\"$(attr a subnet_id)\"]]" \
		"$(json_get f.json "[(c[\"computeResources\"][\"maxvCpus\"], c[\"computeResources\"][\"subnets\"]) for c in d[\"computeEnvironments\"]][0]")" &&
	test_equal "{\"env\": \"dev\", \"team\": \"data\", $TT}" "$(json_get f.json "dict(sorted(d[\"computeEnvironments\"][0][\"tags\"].items()))")" &&
	test_equal DISABLED "$(batch describe-compute-environments --compute-environments t1016-ec2 --query "computeEnvironments[0].state" --output text)" &&
	test_equal "DISABLED 5" "$(batch describe-job-queues --job-queues t1016-nightly --query "jobQueues[0].[state, priority]" --output text | tr "\t" " ")" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI shows in plan and apply undoes it' '
	export FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED &&
	batch update-job-queue --job-queue t1016-nightly --priority 9 >/dev/null &&
	batch tag-resource --resource-arn "$(attr fargate arn)" --tags team=finance &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ priority *= 9 -> 5" &&
	test_match out "~ \"team\" *= \"finance\" -> \"data\"" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 5 "$(batch describe-job-queues --job-queues t1016-nightly --query "jobQueues[0].priority" --output text)" &&
	terrace plan -detailed-exitcode >out 2>err
'

# Issue 59's one update contract: an update converges from a live read, not
# from the state. The aws CLI changes what the state still holds as before (a
# queue's priority, a tag on an environment and on the job definition); the
# stack changes something else on each, and apply -refresh=false (the state
# as it was) must put the first right as well: a diff of the state against
# the stack would send only the second.
test_expect_success 'an update with -refresh=false corrects what changed outside terrace as well' '
	export FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED &&
	batch update-job-queue --job-queue t1016-nightly --priority 9 >/dev/null &&
	batch tag-resource --resource-arn "$(attr fargate arn)" --tags team=finance &&
	batch tag-resource --resource-arn "$(attr dbt arn)" --tags owner=someone &&
	FARGATE_MAX=24 QUEUE_STATE=ENABLED JD_TAG=", env: dev" the_stack &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_equal "ENABLED 5" "$(batch describe-job-queues --job-queues t1016-nightly --query "jobQueues[0].[state, priority]" --output text | tr "\t" " ")" &&
	batch describe-compute-environments --compute-environments t1016-fargate --output json >f.json &&
	test_equal "[24, {\"env\": \"dev\", \"team\": \"data\", $TT}]" \
		"$(json_get f.json "[d[\"computeEnvironments\"][0][\"computeResources\"][\"maxvCpus\"], dict(sorted(d[\"computeEnvironments\"][0][\"tags\"].items()))]")" &&
	batch describe-job-definitions --job-definitions "$(attr dbt arn)" --output json >j.json &&
	test_equal "{\"env\": \"dev\", \"team\": \"data\", $TT}" \
		"$(json_get j.json "dict(sorted(d[\"jobDefinitions\"][0][\"tags\"].items()))")" &&
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed job definition registers a new revision and deregisters the old; tags change in place' '
	export FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED &&
	JD_IMAGE=public.ecr.aws/dbt/dbt-postgres:1.9.0 the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# dbt must be replaced" &&
	# The rule names arn_prefix, known again once the new revision is registered.
	test_line out "Plan: 1 to add, 1 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(attr dbt revision)" &&
	test_equal INACTIVE "$(batch describe-job-definitions --job-definitions "$(cat dbt.arn)" --query "jobDefinitions[0].status" --output text)" &&
	test_equal "ACTIVE public.ecr.aws/dbt/dbt-postgres:1.9.0" "$(batch describe-job-definitions --job-definitions "$(attr dbt arn)" --query "jobDefinitions[0].[status, containerProperties.image]" --output text | tr "\t" " ")" &&
	JD_IMAGE=public.ecr.aws/dbt/dbt-postgres:1.9.0 JD_TAG=", env: dev" the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal dev "$(batch describe-job-definitions --job-definitions "$(attr dbt arn)" --query "jobDefinitions[0].tags.env" --output text)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name; a compute environment already there is refused, not adopted' '
	export FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED JD_IMAGE=public.ecr.aws/dbt/dbt-postgres:1.9.0 \
		JD_TAG=", env: dev" &&
	attr dbt arn >dbt2.arn &&
	terrace state rm dbt >out 2>err &&
	terrace import dbt "$(cat dbt2.arn)" >out 2>err &&
	terrace state rm fargate >out 2>err &&
	terrace state rm nightly >out 2>err &&
	terrace import fargate t1016-fargate >out 2>err &&
	terrace import nightly t1016-nightly >out 2>err &&
	terrace plan -detailed-exitcode >out 2>err &&
	batch create-compute-environment --compute-environment-name t1016-taken --type UNMANAGED >/dev/null &&
	mkdir taken && write_stack taken/stack.yaml &&
	printf "resources:\n  t: {type: aws.batch.compute_environment, name: t1016-taken, compute_environment_type: UNMANAGED}\n" >>taken/stack.yaml &&
	(cd taken && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "Batch compute environment t1016-taken already exists" &&
	test_equal 1 "$(batch describe-compute-environments --compute-environments t1016-taken --query "length(computeEnvironments)" --output text)"
'

test_expect_success 'destroy disables each queue and compute environment, then deletes it' '
	export FARGATE_MAX=32 FARGATE_SUBNETS="\"\${a.subnet_id}\"" CE_TAG=", env: dev" QUEUE_PRIORITY=5 \
		QUEUE_STATE=DISABLED EC2_STATE=DISABLED JD_IMAGE=public.ecr.aws/dbt/dbt-postgres:1.9.0 \
		JD_TAG=", env: dev" &&
	TERRACE_LOG=debug terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 14 destroyed." &&
	grep -o "batch [A-Za-z]*ComputeEnvironment[s]*\b" err | grep -v Describe >ops &&
	test_contains ops "batch UpdateComputeEnvironment" &&
	test_contains ops "batch DeleteComputeEnvironment" &&
	test 0 = "$(batch describe-compute-environments --compute-environments t1016-fargate t1016-ec2 --query "length(computeEnvironments)" --output text)" &&
	test 0 = "$(batch describe-job-queues --job-queues t1016-nightly t1016-backfill --query "length(jobQueues)" --output text)" &&
	test 0 = "$(batch describe-job-definitions --job-definition-name t1016-dbt --status ACTIVE --query "length(jobDefinitions)" --output text)"
'

test_expect_success 'sweep finds a lab'"'"'s compute environment, queue and job definition by their tags and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1016
	resources:
	  ce: {type: aws.batch.compute_environment, name: t1016-lab, compute_environment_type: UNMANAGED}
	  q:
	    type: aws.batch.job_queue
	    name: t1016-lab
	    priority: 1
	    compute_environment_order: [{order: 1, compute_environment: "\${ce.arn}"}]
	  j:
	    type: aws.batch.job_definition
	    name: t1016-lab
	    container_properties: {image: busybox, resourceRequirements: [{type: VCPU, value: "1"}, {type: MEMORY, value: "2048"}]}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.batch.compute_environment t1016-lab" &&
	test_contains found "aws.batch.job_queue t1016-lab" &&
	test_contains found "aws.batch.job_definition t1016-lab" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test 0 = "$(batch describe-compute-environments --compute-environments t1016-lab --query "length(computeEnvironments)" --output text)" &&
	test 0 = "$(batch describe-job-queues --job-queues t1016-lab --query "length(jobQueues)" --output text)" &&
	test 0 = "$(batch describe-job-definitions --job-definition-name t1016-lab --status ACTIVE --query "length(jobDefinitions)" --output text)"
'

test_done
