# tests/corpus/heldout4/gen/gen2.py: the written-type (aws.*) cases of heldout4, part 2.

case('ec2-nacl-rule-action-permit-lit', 'EC2/VPC', 'aws.ec2.network_acl_entry',
     'a network ACL rule action is allow or deny',
     'literal', 'ec2/CreateNetworkAclEntry/RuleAction (enum RuleAction: allow, deny)',
     'Indicates whether to allow or deny the traffic that matches the rule.',
     'rule_action|allow|deny|action',
     '''resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.41.0.0/16
  acl:
    type: awscc.ec2.network_acl
    vpc_id: ${vpc.vpc_id}
  https_in:
    type: aws.ec2.network_acl_entry
    network_acl_id: ${acl.id}
    rule_number: 100
    protocol: 6
    rule_action: @V@
    cidr_block: 0.0.0.0/0
    port_range: {from: 443, to: 443}
''', 'permit', 'allow')

case('ec2-instance-sg-name-not-id-ref', 'EC2/VPC', 'aws.ec2.instance',
     "an instance in a VPC takes security group ids (a group's name given)",
     "reference (${sg.name})", 'ec2/RunInstances/SecurityGroupIds (SecurityGroups: names, default VPC only)',
     'SecurityGroupIds: The IDs of the security groups. SecurityGroups: [Default VPC] The names of the security groups. For a nondefault VPC, you must use security group IDs instead.',
     'security group|sg-|group id|group_id',
     '''data:
  al2023:
    type: aws.ec2.ami
    owners: [amazon]
    name: al2023-ami-2023.*
    architecture: x86_64
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.42.0.0/16
  net:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.42.1.0/24
  sg:
    type: aws.ec2.security_group
    name: h4-bastion
    description: bastion
    vpc_id: ${vpc.vpc_id}
  bastion:
    type: aws.ec2.instance
    ami: ${data.al2023.id}
    instance_type: t3.micro
    subnet_id: ${net.subnet_id}
    vpc_security_group_ids: ["${sg.@V@}"]
''', 'name', 'group_id')

case('ec2-interface-endpoint-route-tables-var', 'EC2/VPC', 'aws.ec2.vpc_endpoint',
     'route tables are for Gateway endpoints (an Interface endpoint given route tables)',
     'variable (endpoint_type)', 'ec2/CreateVpcEndpoint/RouteTableIds',
     '(Gateway endpoint) The route table IDs.',
     'route table|route_table|gateway',
     '''variables:
  endpoint_type: {type: string, default: @V@}
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.43.0.0/16
    enable_dns_hostnames: true
  rt:
    type: aws.ec2.route_table
    vpc_id: ${vpc.vpc_id}
  s3:
    type: aws.ec2.vpc_endpoint
    vpc_id: ${vpc.vpc_id}
    service_name: com.amazonaws.us-east-1.s3
    vpc_endpoint_type: ${var.endpoint_type}
    route_table_ids: ["${rt.id}"]
''', 'Interface', 'Gateway')

case('ecs-memory-reservation-over-memory-local', 'ECS', 'aws.ecs.task_definition',
     "a container's memory is greater than its memoryReservation",
     'local (reserve)', 'ecs/RegisterTaskDefinition/ContainerDefinition.memoryReservation',
     'If you specify both, memory must be greater than memoryReservation.',
     'memoryReservation|memory_reservation|reservation',
     '''locals:
  reserve: @V@
resources:
  worker:
    type: aws.ecs.task_definition
    family: h4-worker
    requires_compatibilities: [EC2]
    network_mode: bridge
    container_definitions:
      - name: worker
        image: public.ecr.aws/docker/library/python:3.12
        essential: true
        memory: 512
        memoryReservation: ${local.reserve}
''', '1024', '256')

case('batch-fargate-vcpu-0-3-var', 'Batch', 'aws.batch.job_definition',
     "a Fargate job's VCPU is one of 0.25, 0.5, 1, 2, 4, 8, 16",
     'variable (vcpu)', 'batch/RegisterJobDefinition/ResourceRequirement.value',
     'For jobs that are running on Fargate resources, then value must match one of the supported values ... The supported values are 0.25, 0.5, 1, 2, 4, 8, and 16',
     'vcpu|0.25',
     '''variables:
  vcpu: {type: string, default: "@V@"}
resources:
  exec_role:
    type: aws.iam.role
    name: h4-batch-exec
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: "sts:AssumeRole"}]
  job:
    type: aws.batch.job_definition
    name: h4-export
    job_definition_type: container
    platform_capabilities: [FARGATE]
    container_properties:
      image: public.ecr.aws/docker/library/python:3.12
      command: [python, -c, "print(1)"]
      executionRoleArn: ${exec_role.arn}
      resourceRequirements:
        - {type: VCPU, value: "${var.vcpu}"}
        - {type: MEMORY, value: "1024"}
''', '0.3', '0.5')

case('cloudwatch-treat-missing-ignored-lit', 'CloudWatch', 'aws.cloudwatch.metric_alarm',
     'treat_missing_data is breaching, notBreaching, ignore or missing',
     'literal', 'monitoring/PutMetricAlarm/TreatMissingData',
     'Valid Values: breaching | notBreaching | ignore | missing',
     'treat_missing_data|missing data|notBreaching|ignore',
     '''resources:
  errors:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h4-ingest-errors
    namespace: AWS/Lambda
    metric_name: Errors
    dimensions: {FunctionName: h4-ingest}
    statistic: Sum
    period: 300
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
    treat_missing_data: @V@
''', 'ignored', 'ignore')

case('cloudwatch-alarm-action-topic-name-ref', 'CloudWatch', 'aws.cloudwatch.metric_alarm',
     "an alarm action is an ARN (a topic's name given)",
     "reference (${alerts.name})", 'monitoring/PutMetricAlarm/AlarmActions',
     'The actions to execute when this alarm transitions to the ALARM state from any other state. Each action is specified as an Amazon Resource Name (ARN).',
     'arn|action',
     '''resources:
  alerts:
    type: aws.sns.topic
    name: h4-oncall
  lag:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h4-queue-lag
    namespace: AWS/SQS
    metric_name: ApproximateAgeOfOldestMessage
    dimensions: {QueueName: h4-jobs}
    statistic: Maximum
    period: 300
    evaluation_periods: 3
    threshold: 900
    comparison_operator: GreaterThanThreshold
    alarm_actions: ["${alerts.@V@}"]
''', 'name', 'arn')

case('logs-stream-name-colon-local', 'CloudWatch Logs', 'aws.logs.log_stream',
     'a log stream name holds no : or *',
     'local (run)', 'logs/CreateLogStream/logStreamName (pattern [^:*]*)',
     'The : (colon) and * (asterisk) characters are not allowed.',
     'colon|:|stream name|pattern',
     '''locals:
  run: "@V@"
resources:
  audit:
    type: aws.logs.log_group
    name: /h4/audit
    retention_in_days: 30
  run_stream:
    type: aws.logs.log_stream
    log_group_name: ${audit.name}
    name: "ingest-${local.run}"
''', '2026-11-30T02:00', '2026-11-30T0200')

case('logs-group-name-from-function-arn-ref', 'CloudWatch Logs', 'aws.logs.log_group',
     "a log group name holds . - _ / # and alphanumerics (a function's ARN put in it)",
     "reference (${fn.arn})", 'logs/CreateLogGroup/logGroupName (LogGroupName pattern [\\.\\-_/#A-Za-z0-9]+)',
     'A name for the log group. (LogGroupName: min 1, max 512, pattern [\\.\\-_/#A-Za-z0-9]+)',
     'log group name|pattern|character',
     '''resources:
''' + ASSUME_LAMBDA + '''  fn:
    type: aws.lambda.function
    function_name: h4-logged
    runtime: python3.12
    handler: handler.handler
    role: ${fn_role.arn}
    source: handler.py
  fn_logs:
    type: aws.logs.log_group
    name: "/aws/lambda/${fn.@V@}"
    retention_in_days: 14
''', 'arn', 'function_name', HANDLER)

case('emrs-architecture-arm-var', 'EMR Serverless', 'aws.emrserverless.application',
     'the architecture is ARM64 or X86_64',
     'variable (arch)', 'emr-serverless/CreateApplication/architecture (enum Architecture: ARM64, X86_64)',
     'The CPU architecture of an application. (enum ARM64, X86_64)',
     'architecture|ARM64',
     '''variables:
  arch: {type: string, default: @V@}
resources:
  spark:
    type: aws.emrserverless.application
    name: h4-spark
    release_label: emr-7.1.0
    application_type: SPARK
    architecture: ${var.arch}
''', 'ARM', 'ARM64')

case('lakeformation-data-location-s3-uri-ref', 'Lake Formation', 'aws.lakeformation.permissions',
     "a data location is named by its ARN (an s3:// URI built from the bucket's name)",
     "reference (${curated.name})", 'lakeformation/GrantPermissions/Resource.DataLocation.ResourceArn',
     'The Amazon Resource Name (ARN) that uniquely identifies the data location resource.',
     'arn|data location|data_location',
     '''resources:
  curated:
    type: aws.s3.bucket
    name: h4-curated-zone
  etl_role:
    type: aws.iam.role
    name: h4-lf-etl
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]
  location:
    type: aws.lakeformation.permissions
    principal: ${etl_role.arn}
    permissions: [DATA_LOCATION_ACCESS]
    data_location:
      arn: "@V@"
''', 's3://${curated.name}/tables', '${curated.arn}')

case('route53-alias-with-ttl-var', 'Route 53', 'aws.route53.record',
     'an alias record has no TTL',
     'variable (ttl)', 'route53/ChangeResourceRecordSets/ResourceRecordSet.TTL',
     "If you're creating or updating an alias resource record set, omit TTL. Amazon Route 53 uses the value of TTL for the alias target.",
     'ttl|alias',
     '''variables:
  ttl: {type: number, default: 300}
resources:
  zone:
    type: awscc.route53.hosted_zone
    name: h4-data.example.com
  api:
    type: aws.route53.record
    zone_id: ${zone.id}
    name: api.h4-data.example.com
    record_type: A
@V@    alias:
      name: www.h4-data.example.com
      zone_id: ${zone.id}
      evaluate_target_health: false
''', '    ttl: ${var.ttl}\n', '')

case('scheduler-at-without-seconds-local', 'EventBridge Scheduler', 'aws.scheduler.schedule',
     'a one-time schedule is at(yyyy-mm-ddThh:mm:ss), seconds included',
     'local (when)', 'scheduler/CreateSchedule/ScheduleExpression',
     'at expression - at(yyyy-mm-ddThh:mm:ss)',
     'schedule|at(|expression',
     '''locals:
  when: "@V@"
resources:
  sched_role:
    type: aws.iam.role
    name: h4-scheduler
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: scheduler.amazonaws.com}, Action: "sts:AssumeRole"}]
  jobs:
    type: aws.sqs.queue
    name: h4-backfill
  backfill:
    type: aws.scheduler.schedule
    name: h4-backfill-once
    schedule_expression: "at(${local.when})"
    flexible_time_window: {mode: "OFF"}
    target:
      arn: ${jobs.arn}
      role_arn: ${sched_role.arn}
''', '2026-12-24T18:00', '2026-12-24T18:00:00')

case('kms-alias-name-space-local', 'KMS', 'aws.kms.alias',
     'an alias name holds letters, digits, : / _ - only (no space)',
     'local (team)', 'kms/CreateAlias/AliasName (AliasNameType pattern ^[a-zA-Z0-9:/_-]+$)',
     'The alias name can contain only alphanumeric characters, forward slashes (/), underscores (_), and dashes (-).',
     'alias|pattern|character',
     '''locals:
  team: "@V@"
resources:
  key:
    type: aws.kms.key
    description: lake data
  key_alias:
    type: aws.kms.alias
    name: "alias/${local.team}"
    target_key_id: ${key.key_id}
''', 'lake data', 'lake-data')

case('secret-name-hyphen-six-local', 'Secrets Manager', 'aws.secretsmanager.secret',
     'a secret name should not end with a hyphen and six characters',
     'local (env)', 'secretsmanager/CreateSecret/Name',
     'Do not end your secret name with a hyphen followed by six characters. If you do so, you risk confusion and unexpected results when searching for a secret by partial ARN.',
     'hyphen|six',
     '''locals:
  env: @V@
variables:
  pw: {type: string, sensitive: true, default: "x-secret-value"}
resources:
  db:
    type: aws.secretsmanager.secret
    name: "lake/db-${local.env}"
    value: ${var.pw}
''', 'stage1', 'stage')

case('dynamodb-stream-without-view-type-var', 'DynamoDB', 'aws.dynamodb.table',
     'an enabled stream names its view type',
     'variable (streams)', 'dynamodb/CreateTable/StreamSpecification',
     'StreamViewType - When an item in the table is modified, StreamViewType determines what information is written to the stream for this table.',
     'stream',
     '''variables:
  streams: {type: bool, default: @V@}
resources:
  events:
    type: aws.dynamodb.table
    name: h4-events
    billing_mode: PAY_PER_REQUEST
    hash_key: id
    attribute: [{name: id, type: S}]
    stream_enabled: ${var.streams}
''', 'true', 'false')
