#!/usr/bin/env bash
# t1721-kinds-and-models-heldout4: heldout4's misses (issue 87) mended in
# the mechanism, each refused before any request, its valid twin taken:
#   - a model's enum on a list's elements with a written row beside it
#     (Lambda CreateFunction Architectures: amd64 through a variable);
#   - botocore's enum and pattern on an awscc property the registry's schema
#     leaves bare and no written twin carries (constraints.map's awscc lines:
#     DynamoDB's table_class STANDARD_IA, OpenSearch's domain_name
#     Logs-Search);
#   - a whole-resource rule judging a block that holds a reference not known
#     yet beside the values it reads (a Fargate job's VCPU 0.3 beside
#     ${exec_role.arn}), and the same rule on the awscc twin, which names its
#     requirements resource_requirements (MEMORY 1024 for 1 vCPU, a local);
#   - a reference of a kind the API's member does not take, where the
#     schema's format takes too much or nothing (schema_kinds.py's
#     API_KINDS, gen_kinds.py's TWINS): an instance's group by ${sg.name},
#     a function's dead-letter target ${logs.arn}, a backup rule's vault by
#     ${vault.backup_vault_arn};
#   - at plan, what a reference inside a block is: an awscc queue's
#     dead-letter target ${alerts.topic_arn} (an SNS topic's ARN, the kind
#     plan's unknown carries; the written queue's redrive rule on the awscc
#     twin), a Lake Formation data location s3://${curated.name}/tables (the
#     text known of it is no ARN), a log group named /aws/lambda/${fn.arn}
#     (plan's unknown of an ARN's kind begins "arn:", so the name's known
#     text holds a ':' CreateLogGroup's pattern refuses);
#   - a documented bound the model lacks (constraints.map's min=): two
#     dedicated OpenSearch masters, from a variable ("greater than 2").
# Validated offline; planned with -refresh=false against an endpoint
# nothing listens on: no server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: each mistake's value from the environment, the valid one by default.
stack () {
	cat >stack.yaml <<-YAML &&
	stack: heldout4-misses
	variables:
	  arch: {type: string, default: arm64}
	  masters: {type: number, default: 3}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  memory: "${MEMORY:-2048}"
	resources:
	  fn_role:
	    type: aws.iam.role
	    name: misses-fn
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  exec_role:
	    type: aws.iam.role
	    name: misses-batch
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  fn:
	    type: aws.lambda.function
	    function_name: misses-arch
	    runtime: python3.12
	    handler: handler.handler
	    role: \${fn_role.arn}
	    source: handler.py
	    architectures: ["\${var.arch}"]
	  history:
	    type: awscc.dynamodb.table
	    table_name: misses-history
	    billing_mode: PAY_PER_REQUEST
	    attribute_definitions: [{attribute_name: id, attribute_type: S}]
	    key_schema: [{attribute_name: id, key_type: HASH}]
	    table_class: ${TABLE_CLASS:-STANDARD_INFREQUENT_ACCESS}
	  search:
	    type: awscc.opensearchservice.domain
	    domain_name: ${DOMAIN:-logs-search}
	    cluster_config: {dedicated_master_enabled: true, dedicated_master_count: "\${var.masters}"}
	  fn_logs:
	    type: aws.logs.log_group
	    name: "/aws/lambda/\${${LOGS:-fn.function_name}}"
	  job:
	    type: aws.batch.job_definition
	    name: misses-export
	    job_definition_type: container
	    platform_capabilities: [FARGATE]
	    container_properties:
	      image: public.ecr.aws/docker/library/python:3.12
	      executionRoleArn: \${exec_role.arn}
	      resourceRequirements: [{type: VCPU, value: "${VCPU:-0.25}"}, {type: MEMORY, value: "512"}]
	  cc_job:
	    type: awscc.batch.job_definition
	    job_definition_name: misses-compact
	    job_definition_type: container
	    platform_capabilities: [FARGATE]
	    container_properties:
	      image: public.ecr.aws/docker/library/python:3.12
	      execution_role_arn: \${exec_role.arn}
	      resource_requirements: [{type: VCPU, value: "1"}, {type: MEMORY, value: "\${local.memory}"}]
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.42.0.0/16
	  net:
	    type: aws.ec2.subnet
	    vpc_id: \${vpc.vpc_id}
	    cidr_block: 10.42.1.0/24
	  sg:
	    type: aws.ec2.security_group
	    name: misses-bastion
	    description: bastion
	    vpc_id: \${vpc.vpc_id}
	  bastion:
	    type: aws.ec2.instance
	    ami: ami-0123456789abcdef0
	    instance_type: t3.micro
	    subnet_id: \${net.subnet_id}
	    vpc_security_group_ids: ["\${sg.${SG:-group_id}}"]
	  fail_logs:
	    type: aws.logs.log_group
	    name: /misses/failed
	  failed:
	    type: aws.sqs.queue
	    name: misses-failed
	  worker:
	    type: awscc.lambda.function
	    function_name: misses-worker
	    runtime: python3.12
	    handler: index.handler
	    role: \${fn_role.arn}
	    code: {zip_file: "def handler(e, c):\n    return 1\n"}
	    dead_letter_config: {target_arn: "\${${DLQ:-failed.arn}}"}
	  vault:
	    type: awscc.backup.backup_vault
	    backup_vault_name: misses-weekly
	  plan:
	    type: awscc.backup.backup_plan
	    backup_plan:
	      backup_plan_name: misses-weekly
	      backup_plan_rule:
	        - rule_name: weekly
	          target_backup_vault: \${vault.${VAULT:-backup_vault_name}}
	          schedule_expression: "cron(0 4 ? * SUN *)"
	  alerts:
	    type: awscc.sns.topic
	    topic_name: misses-poison
	  poison:
	    type: awscc.sqs.queue
	    queue_name: misses-poison
	  work:
	    type: awscc.sqs.queue
	    queue_name: misses-work
	    redrive_policy: {deadLetterTargetArn: "\${${DEAD:-poison.arn}}", maxReceiveCount: 5}
	  curated:
	    type: aws.s3.bucket
	    name: misses-curated
	  location:
	    type: aws.lakeformation.permissions
	    principal: \${fn_role.arn}
	    permissions: [DATA_LOCATION_ACCESS]
	    data_location: {arn: "${LOCATION:-arn:aws:s3:::}\${curated.name}/tables"}
	YAML
	echo "def handler(e, c): return 1" >handler.py
}

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (22 resources)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 22 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a variable: amd64 for a Lambda architecture is refused by the model enum; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var arch=amd64 >out 2>err &&
	test_contains err "resource \"fn\" (aws.lambda.function): architectures[0]: \"amd64\" is not one of x86_64, arm64 (e.g. \"x86_64\"; lambda CreateFunction Architectures (each))" &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var arch=amd64 >out 2>err &&
	test_contains err "\"amd64\" is not one of x86_64, arm64" &&
	test_not_contains out "Plan:"
'

test_expect_success 'awscc literals: botocore enum and pattern on bare registry properties; exit 1' '
	TABLE_CLASS=STANDARD_IA DOMAIN=Logs-Search stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"history\" (awscc.dynamodb.table): table_class: \"STANDARD_IA\" is not one of STANDARD, STANDARD_INFREQUENT_ACCESS (e.g. \"STANDARD\"; dynamodb CreateTable TableClass)" &&
	test_contains err "resource \"search\" (awscc.opensearchservice.domain): domain_name: \"Logs-Search\" does not match the pattern AWS takes, [a-z][a-z0-9\\-]+ (e.g. \"dev-alice-orders\"; opensearch CreateDomain DomainName)" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'a Fargate VCPU beside a role not known yet: validate refuses it; exit 1' '
	VCPU=0.3 stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:40:3: error: resource \"job\" (aws.batch.job_definition): container_properties.resourceRequirements: Fargate takes VCPU 0.25, 0.5, 1, 2, 4, 8 or 16, not 0.3"
'

test_expect_success 'the awscc twin, its MEMORY from a local: plan refuses it; exit 1' '
	MEMORY=1024 stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_line err "Error: resource cc_job: awscc.batch.job_definition: container_properties.resource_requirements: Fargate takes MEMORY 1024 with VCPU 1 only from 2048 to 8192 MiB in its steps" &&
	test_not_contains out "Plan:"
'

test_expect_success 'references of a kind the API member does not take; exit 1' '
	SG=name DLQ=fail_logs.arn VAULT=backup_vault_arn stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"bastion\" (aws.ec2.instance): vpc_security_group_ids[0] takes a security group'"'"'s id, not a security group'"'"'s name (what sg.name gives): write \${sg.group_id}" &&
	test_contains err "resource \"worker\" (awscc.lambda.function): dead_letter_config.target_arn takes an SQS queue'"'"'s ARN or an SNS topic'"'"'s ARN, not a log group'"'"'s ARN (what fail_logs.arn gives)" &&
	test_contains err "resource \"plan\" (awscc.backup.backup_plan): backup_plan.backup_plan_rule[0].target_backup_vault takes a Backup vault'"'"'s name, not a Backup vault'"'"'s ARN (what vault.backup_vault_arn gives)" &&
	test_not_contains err "\${vault.name}" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'at plan: a topic as a dead-letter queue, an s3:// URI as a data location; exit 1' '
	DEAD=alerts.topic_arn LOCATION=s3:// LOGS=fn.arn stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains err "resource \"work\" (awscc.sqs.queue): redrive_policy: deadLetterTargetArn must name the dead-letter queue'"'"'s ARN (e.g. \${dlq.arn}), not an SNS topic'"'"'s ARN" &&
	test_contains err "resource \"location\" (aws.lakeformation.permissions): data_location.arn: \"s3://misses-curated/tables\" is no ARN" &&
	test_contains err "resource \"fn_logs\" (aws.logs.log_group): name: text \"/aws/lambda/arn:\" around \${...} has \":\", which the pattern AWS takes, [\\.\\-_/#A-Za-z0-9]+, does not" &&
	test_equal 3 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'a variable: two dedicated masters, where AWS takes more than 2; exit 1' '
	stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var masters=2 >out 2>err &&
	test_contains err "resource \"search\" (awscc.opensearchservice.domain): cluster_config.dedicated_master_count: 2, where AWS takes at least 3 (e.g. 3; opensearch CreateDomain ClusterConfig.DedicatedMasterCount (min 3 documented))" &&
	test_not_contains out "Plan:"
'

test_done
