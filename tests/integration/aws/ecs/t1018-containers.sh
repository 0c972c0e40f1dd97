#!/usr/bin/env bash
# t1018-containers: aws.ecr.repository, aws.ecs.cluster and
# aws.ecs.task_definition against moto — dbt's image repository, a cluster
# with Container Insights and a Fargate task definition: every attribute
# read back with the AWS CLI, planned again as no change, settings and tags
# updated in place, a container change registering the next revision and
# deregistering the old one, drift made with the AWS CLI shown and undone,
# import by name and ARN, refusals at file:line:col (Fargate's network mode
# and task sizes, names), destroy leaving nothing, and sweep finding a lab's
# repository, cluster and task definition by their tags. run.sh's contract
# check holds every request against the ECR and ECS models.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The tasks' network names a subnet and a group moto has: plan reads what a
# literal id names (kinds/reads.def) and refuses one AWS does not have.
ecs_vpc=$(aws_server ec2 create-vpc --cidr-block 10.43.0.0/16 --query Vpc.VpcId --output text) &&
ECS_SUBNET=$(aws_server ec2 create-subnet --vpc-id "$ecs_vpc" --cidr-block 10.43.1.0/24 \
	--query Subnet.SubnetId --output text) &&
ECS_SG=$(aws_server ec2 create-security-group --vpc-id "$ecs_vpc" --group-name t1018-tasks \
	--description tasks --query GroupId --output text) ||
	test_fail_setup "the tasks' subnet and group could not be made"
# The execution role the task definitions name by its ARN, made first as
# another stack would make it: plan reads that it exists (checks/reads.c).
stand_in_roles dbt-execution || test_fail_setup "the role the stacks name could not be made"

ACCOUNT=123456789012
TD_ARN=arn:aws:ecs:us-east-1:$ACCOUNT:task-definition/dbt-nightly

ecr () { s3 ecr "$@"; }
ecs () { s3 ecs "$@"; }

repo () { # FIELD: of the dbt repository, as ECR gives it
	ecr describe-repositories --repository-names data/dbt --query "repositories[0].$1" --output text
}

attr () { # RESOURCE ATTRIBUTE: from the state
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

containers_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  dbt_image:
	    type: aws.ecr.repository
	    name: data/dbt
	    image_tag_mutability: ${MUTABILITY:-IMMUTABLE}
	    image_scanning_configuration: {scan_on_push: ${SCAN:-true}}
	    tags: {team: data${EXTRA_TAG:-}}
	  jobs:
	    type: aws.ecs.cluster
	    name: data-jobs
	    setting: [{name: containerInsights, value: ${INSIGHTS:-enabled}}]
	    tags: {team: data${EXTRA_TAG:-}}
	  dbt:
	    type: aws.ecs.task_definition
	    family: dbt-nightly
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "512"
	    memory: "1024"
	    execution_role_arn: arn:aws:iam::$ACCOUNT:role/dbt-execution
	    runtime_platform: {operating_system_family: LINUX, cpu_architecture: ARM64}
	    container_definitions:
	      - name: dbt
	        image: \${dbt_image.repository_url}:1.8
	        command: [dbt, build, --target, ${TARGET:-prod}]
	        environment: [{name: DBT_PROFILES_DIR, value: /app}]
	        logConfiguration:
	          logDriver: awslogs
	          options: {awslogs-group: /ecs/dbt, awslogs-region: us-east-1, awslogs-stream-prefix: dbt}
	    tags: {team: data${EXTRA_TAG:-}}
	YAML
}

test_expect_success 'apply makes all three; the AWS CLI reads every attribute back' '
	containers_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal "IMMUTABLE True AES256" \
		"$(repo "[imageTagMutability, imageScanningConfiguration.scanOnPush, encryptionConfiguration.encryptionType]" | tr "\t" " ")" &&
	test_equal "$ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/data/dbt" "$(attr dbt_image repository_url)" &&
	test_equal "team=data terrace:stack=$TEST_NAME terrace:workspace=default" \
		"$(ecr list-tags-for-resource --resource-arn "$(attr dbt_image arn)" \
			--query "tags[].[Key, Value]" --output text | tr "\t" "=" | sort | paste -sd " ")" &&
	ecs describe-clusters --clusters data-jobs --include SETTINGS TAGS \
		--query "clusters[0]" --output json >cluster &&
	test_equal "ACTIVE containerInsights=enabled" \
		"$(json_get cluster "d[\"status\"] + \" \" + \",\".join(s[\"name\"] + \"=\" + s[\"value\"] for s in d[\"settings\"])")" &&
	test_equal "team=data terrace:stack=$TEST_NAME terrace:workspace=default" \
		"$(json_get cluster "\" \".join(sorted(t[\"key\"] + \"=\" + t[\"value\"] for t in d[\"tags\"]))")" &&
	test_equal "$TD_ARN:1" "$(json_get terrace.state.json "d[\"resources\"][\"dbt\"][\"id\"]")" &&
	ecs describe-task-definition --task-definition dbt-nightly:1 --include TAGS --output json >td &&
	test_equal "awsvpc 512 1024 FARGATE ARM64 arn:aws:iam::$ACCOUNT:role/dbt-execution" \
		"$(json_get td "\" \".join([d[\"taskDefinition\"][k] for k in (\"networkMode\", \"cpu\", \"memory\")] + d[\"taskDefinition\"][\"requiresCompatibilities\"] + [d[\"taskDefinition\"][\"runtimePlatform\"][\"cpuArchitecture\"], d[\"taskDefinition\"][\"executionRoleArn\"]])")" &&
	test_equal "$ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/data/dbt:1.8 dbt build --target prod awslogs" \
		"$(json_get td "(lambda c: c[\"image\"] + \" \" + \" \".join(c[\"command\"]) + \" \" + c[\"logConfiguration\"][\"logDriver\"])(d[\"taskDefinition\"][\"containerDefinitions\"][0])")" &&
	test_equal "team=data" "$(json_get td "\" \".join(sorted(t[\"key\"] + \"=\" + t[\"value\"] for t in d[\"tags\"] if not t[\"key\"].startswith(\"terrace:\")))")" &&
	test_match td "terrace:create-token" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'settings and tags change in place' '
	MUTABILITY=MUTABLE SCAN=false INSIGHTS=disabled EXTRA_TAG=", owner: bi" containers_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ image_tag_mutability *= \"IMMUTABLE\" -> \"MUTABLE\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_equal "MUTABLE False" \
		"$(repo "[imageTagMutability, imageScanningConfiguration.scanOnPush]" | tr "\t" " ")" &&
	test_equal disabled "$(ecs describe-clusters --clusters data-jobs --include SETTINGS \
		--query "clusters[0].settings[0].value" --output text)" &&
	test_equal bi "$(ecs list-tags-for-resource --resource-arn "$TD_ARN:1" \
		--query "tags[?key==\`owner\`].value" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a container change registers the next revision and deregisters the old one' '
	export MUTABILITY=MUTABLE SCAN=false INSIGHTS=disabled EXTRA_TAG=", owner: bi" &&
	TARGET=dev containers_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "# dbt must be replaced$" &&
	test_match out "^ *\] # forces replacement$" &&
	TARGET=dev terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal "$TD_ARN:2" "$(json_get terrace.state.json "d[\"resources\"][\"dbt\"][\"id\"]")" &&
	test_equal "$TD_ARN:2" "$(ecs list-task-definitions --family-prefix dbt-nightly --status ACTIVE \
		--query "taskDefinitionArns" --output text)" &&
	test_equal "dbt build --target dev" "$(ecs describe-task-definition --task-definition dbt-nightly:2 \
		--query "taskDefinition.containerDefinitions[0].command" --output text | tr "\t" " ")" &&
	TARGET=dev test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the AWS CLI is shown and undone' '
	export MUTABILITY=MUTABLE SCAN=false INSIGHTS=disabled EXTRA_TAG=", owner: bi" TARGET=dev &&
	containers_stack &&
	ecr put-image-tag-mutability --repository-name data/dbt --image-tag-mutability IMMUTABLE >/dev/null &&
	ecs tag-resource --resource-arn arn:aws:ecs:us-east-1:$ACCOUNT:cluster/data-jobs \
		--tags key=extra,value=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ image_tag_mutability *= \"IMMUTABLE\" -> \"MUTABLE\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal MUTABLE "$(repo imageTagMutability)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name and ARN, then no changes' '
	export MUTABILITY=MUTABLE SCAN=false INSIGHTS=disabled EXTRA_TAG=", owner: bi" TARGET=dev &&
	containers_stack &&
	terrace state rm dbt_image jobs dbt >out 2>err &&
	terrace import dbt_image data/dbt >out 2>err &&
	terrace import jobs data-jobs >out 2>err &&
	terrace import dbt "$TD_ARN:2" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'what ECR and ECS refuse is refused at validate, at file:line:col' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  r:
	    type: aws.ecr.repository
	    name: Data/DBT
	  c:
	    type: aws.ecs.cluster
	    name: data.jobs
	  t1:
	    type: aws.ecs.task_definition
	    family: dbt
	    requires_compatibilities: [FARGATE]
	    cpu: "256"
	    memory: "512"
	    container_definitions: [{name: dbt, image: dbt}]
	  t2:
	    type: aws.ecs.task_definition
	    family: dbt
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "1024"
	    memory: "1024"
	    container_definitions: [{name: dbt, image: dbt}]
	  t3:
	    type: aws.ecs.task_definition
	    family: dbt
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    container_definitions: [{name: dbt, image: dbt}]
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./stack.yaml:16:5: error: resource \"r\" .*name" &&
	test_match err "^./stack.yaml:19:5: error: resource \"c\" .*\"data.jobs\" has .\..: ECS names use only ASCII letters, digits and - _" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"t1\" .*FARGATE, which takes network_mode awsvpc only" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"t2\" .*Fargate takes memory 2048 to 8192 in steps of 1024 with cpu 1024, not \"1024\"" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"t3\" .*needs the task.s cpu and memory"
'

# roles_stack [bare]: a Fargate task definition whose execution role is
# exec, given $EXEC_POLICIES (default: an inline policy for S3 only) and
# trusting $TRUSTED (default ecs-tasks); with "bare", a second one that logs
# with awslogs and has no execution role.
roles_stack () {
	local policies=${EXEC_POLICIES:-'inline_policies: {s3: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}}'}
	write_stack roles/stack.yaml
	cat >>roles/stack.yaml <<-YAML
	resources:
	  image: {type: aws.ecr.repository, name: data/dbt}
	  exec:
	    type: aws.iam.role
	    name: dbt-execution
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: ${TRUSTED:-ecs-tasks}.amazonaws.com}, Action: "sts:AssumeRole"}]
	    $policies
	  dbt:
	    type: aws.ecs.task_definition
	    family: dbt-nightly
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "256"
	    memory: "512"
	    execution_role_arn: \${exec.arn}
	    container_definitions:
	      - name: dbt
	        image: \${image.repository_url}:1.8
	        logConfiguration:
	          logDriver: awslogs
	          options: {awslogs-group: /ecs/dbt, awslogs-region: us-east-1, awslogs-stream-prefix: dbt}
	YAML
	test "$1" != bare || cat >>roles/stack.yaml <<-YAML
	  bare:
	    type: aws.ecs.task_definition
	    family: dbt-bare
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "256"
	    memory: "512"
	    container_definitions: [{name: x, image: x, logConfiguration: {logDriver: awslogs}}]
	YAML
}

test_expect_success 'the execution role pulls from ECR and writes awslogs, or validate warns at file:line:col' '
	mkdir roles &&
	roles_stack bare &&
	(cd roles && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: warning: resource \"dbt\" .*execution_role_arn: container \"dbt\" pulls its image from ECR, but no policy the stack writes for role \"exec\" allows ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer: its tasks stop with CannotPullContainerError" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: warning: resource \"dbt\" .*container \"dbt\" logs with awslogs, but no policy the stack writes for role \"exec\" allows logs:CreateLogStream and logs:PutLogEvents" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"bare\" .*a container logs with awslogs, which Fargate writes with the task.s execution role, and execution_role_arn is not set" &&
	roles_stack &&
	(cd roles && terrace validate >../out 2>../err) &&
	test_match err "warning: .*dbt.*pulls its image from ECR" &&
	TRUSTED=lambda EXEC_POLICIES="managed_policy_arns: [arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy]" roles_stack &&
	(cd roles && terrace validate >../out 2>../err) &&
	test_not_contains err "pulls its image" &&
	test_not_contains err "logs with awslogs" &&
	test_match err "warning: resource \"dbt\" .*execution_role_arn: role \"exec\" does not trust ecs-tasks.amazonaws.com.*ECS takes it, and every task stops before its containers start"
'

test_expect_success 'a schedule and a rule run the task definition on the cluster: their ecs_parameters read back, no change planned' '
	mkdir targets &&
	write_stack targets/stack.yaml &&
	cat >>targets/stack.yaml <<-YAML &&
	resources:
	  runner:
	    type: aws.iam.role
	    name: dbt-runner
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: [scheduler.amazonaws.com, events.amazonaws.com]}, Action: "sts:AssumeRole"}]
	  jobs: {type: aws.ecs.cluster, name: target-jobs}
	  dbt:
	    type: aws.ecs.task_definition
	    family: dbt-scheduled
	    container_definitions: [{name: dbt, image: dbt, memory: 256}]
	  nightly:
	    type: aws.scheduler.schedule
	    name: dbt-nightly
	    schedule_expression: cron(0 3 * * ? *)
	    target:
	      arn: \${jobs.arn}
	      role_arn: \${runner.arn}
	      ecs_parameters:
	        task_definition_arn: \${dbt.arn}
	        launch_type: FARGATE
	        network_configuration: {subnets: [$ECS_SUBNET], security_groups: [$ECS_SG]}
	  on_landing:
	    type: aws.events.rule
	    name: dbt-on-landing
	    event_pattern: {source: [aws.s3]}
	    targets:
	      - id: dbt
	        arn: \${jobs.arn}
	        role_arn: \${runner.arn}
	        ecs_parameters:
	          task_definition_arn: \${dbt.arn}
	          task_count: 2
	          launch_type: FARGATE
	          network_configuration: {subnets: [$ECS_SUBNET], assign_public_ip: true}
	YAML
	(cd targets && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	s3 scheduler get-schedule --name dbt-nightly --query Target.EcsParameters --output json >sched &&
	test_equal "arn:aws:ecs:us-east-1:$ACCOUNT:task-definition/dbt-scheduled:1 1 FARGATE $ECS_SUBNET $ECS_SG DISABLED" \
		"$(json_get sched "\" \".join([d[\"TaskDefinitionArn\"], str(d[\"TaskCount\"]), d[\"LaunchType\"]] + d[\"NetworkConfiguration\"][\"awsvpcConfiguration\"][\"Subnets\"] + d[\"NetworkConfiguration\"][\"awsvpcConfiguration\"][\"SecurityGroups\"] + [d[\"NetworkConfiguration\"][\"awsvpcConfiguration\"][\"AssignPublicIp\"]])")" &&
	s3 events list-targets-by-rule --rule dbt-on-landing --query "Targets[0].EcsParameters" --output json >rule &&
	test_equal "2 FARGATE ENABLED" \
		"$(json_get rule "\" \".join([str(d[\"TaskCount\"]), d[\"LaunchType\"], d[\"NetworkConfiguration\"][\"awsvpcConfiguration\"][\"AssignPublicIp\"]])")" &&
	(cd targets && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	(cd targets && terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'a repository or cluster already there is refused, not taken' '
	mkdir theirs &&
	ecr create-repository --repository-name theirs-repo --tags Key=terrace:stack,Value=other >/dev/null &&
	ecs create-cluster --cluster-name theirs-cluster >/dev/null &&
	write_stack theirs/stack.yaml &&
	cat >>theirs/stack.yaml <<-YAML &&
	resources:
	  r: {type: aws.ecr.repository, name: theirs-repo}
	  c: {type: aws.ecs.cluster, name: theirs-cluster}
	YAML
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "ECR repository theirs-repo already exists but is not in this state: import it or choose another name" &&
	test_contains err "ECS cluster theirs-cluster already exists but is not in this state: import it or choose another name" &&
	test_equal 0 "$(cd theirs && terrace state list | wc -l)" &&
	ecr delete-repository --repository-name theirs-repo >/dev/null &&
	ecs delete-cluster --cluster theirs-cluster >/dev/null
'

test_expect_success 'destroy leaves no repository, cluster or active revision' '
	export MUTABILITY=MUTABLE SCAN=false INSIGHTS=disabled EXTRA_TAG=", owner: bi" TARGET=dev &&
	containers_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_equal 0 "$(ecr describe-repositories --query "length(repositories)")" &&
	test_equal 0 "$(ecs describe-clusters --clusters data-jobs --query "length(clusters[?status==\`ACTIVE\`])")" &&
	test_equal 0 "$(ecs list-task-definitions --status ACTIVE --query "length(taskDefinitionArns)")"
'

test_expect_success 'sweep finds a lab repository, cluster and task definition by their tags' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1018
	resources:
	  r: {type: aws.ecr.repository, name: t1018-lab}
	  c: {type: aws.ecs.cluster, name: t1018-lab}
	  t: {type: aws.ecs.task_definition, family: t1018-lab, container_definitions: [{name: x, image: "\${r.repository_url}", memory: 128}]}
	YAML
	ecr create-repository --repository-name by-hand >/dev/null &&
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -f lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out | sort >found &&
	printf "%s\n" "aws.ecr.repository t1018-lab" "aws.ecs.cluster t1018-lab" \
		"aws.ecs.task_definition t1018-lab" >expect &&
	test_cmp expect found &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal by-hand "$(ecr describe-repositories --query "repositories[].repositoryName" --output text)" &&
	test_equal 0 "$(ecs list-task-definitions --status ACTIVE --query "length(taskDefinitionArns)")" &&
	test_equal 0 "$(ecs describe-clusters --clusters t1018-lab --query "length(clusters[?status==\`ACTIVE\`])")"
'

test_done
