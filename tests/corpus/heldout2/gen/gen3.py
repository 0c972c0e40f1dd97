# tests/corpus/heldout2/gen/gen3.py: Firehose, DynamoDB, RDS, Redshift, EventBridge, Scheduler, EC2, KMS, CloudWatch, Logs, Batch, Secrets Manager, SSM, Step Functions, EMR Serverless, ECS cases (written types). Each case(...) is (name, service, type, constraint, how the value arrives, source, AWS's words, key words, template, bad value, good value); exec'd by build.py.
case('firehose-buffer-interval-over-900-var', 'Firehose', 'aws.firehose.delivery_stream', 'BufferingHints IntervalInSeconds 0..900', 'variable',
 'firehose/BufferingHints/IntervalInSeconds (min 0 max 900)', 'Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. (IntervalInSeconds min 0, max 900)', 'buffer|interval|900',
 'variables:\n  flush_seconds: { type: number, default: @V@ }\nresources:\n' + role('firehose') + '''  lake:
    type: aws.s3.bucket
    name: h2-lake
  fh:
    type: aws.firehose.delivery_stream
    name: h2-events-to-lake
    destination: extended_s3
    extended_s3_configuration:
      role_arn: ${role.arn}
      bucket_arn: ${lake.arn}
      buffering_size: 64
      buffering_interval: ${var.flush_seconds}
''', '3600', '900')

case('firehose-bucket-arn-is-name-ref', 'Firehose', 'aws.firehose.delivery_stream', 'BucketARN is an S3 bucket ARN', 'reference (${lake.name} where the ARN is meant)',
 'firehose/ExtendedS3DestinationConfiguration/BucketARN (pattern arn:.*:s3:::[\\w\\.\\-]{1,255})', 'The ARN of the S3 bucket. (BucketARN pattern arn:.*:s3:::[\\w\\.\\-]{1,255})', 'bucket|arn',
 'resources:\n' + role('firehose') + '''  lake:
    type: aws.s3.bucket
    name: h2-lake
  fh:
    type: aws.firehose.delivery_stream
    name: h2-events-to-lake
    destination: extended_s3
    extended_s3_configuration:
      role_arn: ${role.arn}
      bucket_arn: ${lake.@V@}
''', 'name', 'arn')

case('firehose-kinesis-source-is-queue-ref', 'Firehose', 'aws.firehose.delivery_stream', 'KinesisStreamARN is a Kinesis stream ARN', 'reference (${q.arn}, an SQS queue)',
 'firehose/KinesisStreamSourceConfiguration/KinesisStreamARN (pattern arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+)', 'The ARN of the source Kinesis data stream.', 'kinesis|stream|arn',
 'resources:\n' + role('firehose') + '''  lake:
    type: aws.s3.bucket
    name: h2-lake
  q:
    type: aws.sqs.queue
    name: h2-clicks-q
  s:
    type: aws.kinesis.stream
    name: h2-clicks
    shard_count: 1
  fh:
    type: aws.firehose.delivery_stream
    name: h2-clicks-to-lake
    destination: extended_s3
    kinesis_source_configuration:
      kinesis_stream_arn: ${@V@.arn}
      role_arn: ${role.arn}
    extended_s3_configuration:
      role_arn: ${role.arn}
      bucket_arn: ${lake.arn}
''', 'q', 's')

case('dynamodb-ondemand-with-capacity-var', 'DynamoDB', 'aws.dynamodb.table', 'PAY_PER_REQUEST excludes ProvisionedThroughput', 'variable (billing mode)',
 'dynamodb/CreateTable/ProvisionedThroughput', 'If you set BillingMode as PAY_PER_REQUEST , you cannot specify this property.', 'pay_per_request|provisioned|capacity|throughput',
 '''variables:
  billing: { type: string, default: PAY_PER_REQUEST }
resources:
  t:
    type: aws.dynamodb.table
    name: h2-sessions
    billing_mode: ${var.billing}
    hash_key: id
    attribute: [{ name: id, type: S }]
@V@''', '    read_capacity: 5\n    write_capacity: 5\n', '')

case('dynamodb-provisioned-without-capacity', 'DynamoDB', 'aws.dynamodb.table', 'PROVISIONED requires ProvisionedThroughput', 'local',
 'dynamodb/CreateTable/ProvisionedThroughput', 'If you set BillingMode as PROVISIONED , you must specify this property.', 'provisioned|capacity|throughput',
 '''locals:
  mode: PROVISIONED
resources:
  t:
    type: aws.dynamodb.table
    name: h2-counters
    billing_mode: ${local.mode}
    hash_key: id
    attribute: [{ name: id, type: S }]
@V@''', '', '    read_capacity: 5\n    write_capacity: 5\n')

case('dynamodb-key-not-in-attributes', 'DynamoDB', 'aws.dynamodb.table', 'key attributes must be defined in AttributeDefinitions', 'literal',
 'dynamodb/CreateTable/KeySchema', 'The attributes in KeySchema must also be defined in the AttributeDefinitions array.', 'attribute|key|definition|hash_key|range_key',
 '''resources:
  t:
    type: aws.dynamodb.table
    name: h2-events
    billing_mode: PAY_PER_REQUEST
    hash_key: pk
    range_key: sk
    attribute: @V@
''', '[{ name: pk, type: S }]', '[{ name: pk, type: S }, { name: sk, type: S }]')

case('dynamodb-stream-view-without-enabled', 'DynamoDB', 'aws.dynamodb.table', 'StreamViewType needs StreamEnabled', 'variable',
 'dynamodb/StreamSpecification/StreamEnabled', 'StreamEnabled - Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table. StreamViewType - When an item in the table is modified, StreamViewType determines what information is written to the stream for this table.', 'stream|stream_enabled|stream_view_type',
 '''variables:
  streams_on: { type: bool, default: @V@ }
resources:
  t:
    type: aws.dynamodb.table
    name: h2-orders
    billing_mode: PAY_PER_REQUEST
    hash_key: id
    attribute: [{ name: id, type: S }]
    stream_enabled: ${var.streams_on}
    stream_view_type: NEW_AND_OLD_IMAGES
''', 'false', 'true')

RDS = '''  db:
    type: aws.rds.instance
    identifier: @ID@
    engine: postgres
    engine_version: "16.3"
    instance_class: db.t3.micro
    allocated_storage: @STORAGE@
    master_username: etl_admin
    master_password: @PW@
    skip_final_snapshot: true
'''
def rds(ident='h2-warehouse', storage='20', pw='"Correct-Horse-9"', extra=''):
    return RDS.replace('@ID@', ident).replace('@STORAGE@', storage).replace('@PW@', pw) + extra

case('rds-storage-under-20-var', 'RDS', 'aws.rds.instance', 'PostgreSQL gp2/gp3 storage 20..65536 GiB', 'variable',
 'rds/CreateDBInstance/AllocatedStorage', 'RDS for PostgreSQL ... General Purpose (SSD) storage (gp2, gp3): Must be an integer from 20 to 65536.', 'storage|20|allocated',
 'variables:\n  storage_gb: { type: number, default: @V@ }\nresources:\n' + rds(storage='${var.storage_gb}'), '10', '20')

case('rds-backup-retention-over-35', 'RDS', 'aws.rds.instance', 'BackupRetentionPeriod 0..35', 'local',
 'rds/CreateDBInstance/BackupRetentionPeriod', 'Must be a value from 0 to 35.', 'backup|retention|35',
 'locals:\n  keep_days: @V@\nresources:\n' + rds(extra='    backup_retention_period: ${local.keep_days}\n'), '90', '35')

case('rds-password-with-at-var', 'RDS', 'aws.rds.instance', 'master password without / " @', 'variable (sensitive)',
 'rds/CreateDBInstance/MasterUserPassword', 'Can include any printable ASCII character except "/", """, or "@".', 'password|@|printable|character',
 'variables:\n  db_password: { type: string, sensitive: true, default: "@V@" }\nresources:\n' + rds(pw='${var.db_password}'), 'etl@Warehouse2026', 'etl-Warehouse2026')

case('rds-identifier-double-hyphen-local', 'RDS', 'aws.rds.instance', 'identifier: no two consecutive hyphens, no trailing hyphen', 'local (built of two parts)',
 'rds/CreateDBInstance/DBInstanceIdentifier', "Can't end with a hyphen or contain two consecutive hyphens.", 'identifier|hyphen|consecutive',
 'locals:\n  env: "@V@"\nresources:\n' + rds(ident='${local.env}-warehouse'), 'prod-', 'prod')

case('rds-password-too-short', 'RDS', 'aws.rds.instance', 'PostgreSQL master password 8..128 characters', 'literal',
 'rds/CreateDBInstance/MasterUserPassword', 'RDS for PostgreSQL - Must contain from 8 to 128 characters.', 'password|8|length|characters',
 'resources:\n' + rds(pw='"@V@"'), 'pg2026', 'pg2026-Lakehouse')

REDSHIFT = '''  wh:
    type: aws.redshift.cluster
    cluster_identifier: h2-warehouse
    node_type: ra3.xlplus
    number_of_nodes: @NODES@
    database_name: analytics
    master_username: awsuser
    master_password: @PW@
    skip_final_snapshot: true
'''
case('redshift-password-no-digit-var', 'Redshift', 'aws.redshift.cluster', 'master password needs a digit, an upper and a lower case letter', 'variable (sensitive)',
 'redshift/CreateCluster/MasterUserPassword', 'Must contain one number.', 'password|number|digit',
 'variables:\n  wh_password: { type: string, sensitive: true, default: "@V@" }\nresources:\n' + REDSHIFT.replace('@NODES@', '2').replace('@PW@', '${var.wh_password}'), 'WarehouseSecret', 'WarehouseSecret7')

case('redshift-nodes-over-100', 'Redshift', 'aws.redshift.cluster', 'NumberOfNodes 1..100', 'local',
 'redshift/CreateCluster/NumberOfNodes', 'Constraints: Value must be at least 1 and no more than 100.', 'nodes|100|number_of_nodes',
 'locals:\n  nodes: @V@\nresources:\n' + REDSHIFT.replace('@NODES@', '${local.nodes}').replace('@PW@', '"WarehouseSecret7"'), '128', '16')

case('events-schedule-on-custom-bus-ref', 'EventBridge', 'aws.events.rule', 'schedule expressions only on the default bus', 'reference (event_bus_name = ${bus.name}, an awscc bus)',
 'events/PutRule (ScheduleExpression)', 'EventBridge: "ScheduleExpression is supported only on the default event bus." (PutRule ValidationException; events User Guide: scheduled rules run on the default event bus)', 'schedule|default|bus',
 '''resources:
  bus:
    type: awscc.events.event_bus
    name: h2-pipeline-bus
  nightly:
    type: aws.events.rule
    name: h2-nightly
@V@    schedule_expression: "cron(0 2 * * ? *)"
''', '    event_bus_name: ${bus.name}\n', '')

case('events-rule-neither-pattern-nor-schedule', 'EventBridge', 'aws.events.rule', 'a rule needs an event pattern or a schedule', 'literal',
 'events/PutRule/EventPattern', 'PutRule: "Creates or updates the specified rule. ... A rule must contain at least an EventPattern or ScheduleExpression."', 'eventpattern|event_pattern|schedule',
 '''resources:
  r:
    type: aws.events.rule
    name: h2-on-upload
@V@''', '', '    event_pattern: { source: [aws.s3], detail-type: [Object Created] }\n')

case('scheduler-flexible-window-missing-var', 'EventBridge Scheduler', 'aws.scheduler.schedule', 'FLEXIBLE needs MaximumWindowInMinutes (1..1440)', 'variable (window)',
 'scheduler/FlexibleTimeWindow/MaximumWindowInMinutes (min 1 max 1440)', 'The maximum time window during which a schedule can be invoked. (min 1, max 1440)', 'window|1440|maximum_window',
 'variables:\n  window: { type: number, default: @V@ }\nresources:\n' + role('scheduler') + '''  q:
    type: aws.sqs.queue
    name: h2-ticks
  s:
    type: aws.scheduler.schedule
    name: h2-nightly
    schedule_expression: "cron(0 2 * * ? *)"
    flexible_time_window: { mode: FLEXIBLE, maximum_window_in_minutes: "${var.window}" }
    target: { arn: "${q.arn}", role_arn: "${role.arn}" }
''', '2880', '60')

case('ec2-subnet-outside-vpc-ref', 'EC2/VPC', 'aws.ec2.subnet', "subnet CIDR within the VPC's CIDR", "reference (vpc_id = ${vpc.vpc_id}; the VPC's cidr from a variable)",
 'ec2/CreateSubnet/CidrBlock (user guide: the subnet CIDR block must be a subset of the VPC CIDR block)', "The IPv4 network range for the subnet, in CIDR notation. (InvalidSubnet.Range: The CIDR is invalid for this VPC)", 'cidr|vpc|range|within',
 '''variables:
  vpc_cidr: { type: string, default: 10.0.0.0/16 }
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: ${var.vpc_cidr}
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: @V@
''', '10.1.0.0/24', '10.0.1.0/24')

case('ec2-vpc-cidr-too-large-var', 'EC2/VPC', 'aws.ec2.vpc', 'VPC CIDR /16../28', 'variable',
 'ec2/CreateVpc/CidrBlock (VPC user guide: the allowed block size is between a /16 netmask and /28 netmask)', 'The IPv4 network range for the VPC, in CIDR notation. For example, 10.0.0.0/16 . (block size between /16 and /28)', 'cidr|/16|netmask|prefix',
 '''variables:
  cidr: { type: string, default: @V@ }
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: ${var.cidr}
''', '10.0.0.0/8', '10.0.0.0/16')

case('ec2-sg-name-sg-prefix-local', 'EC2/VPC', 'aws.ec2.security_group', "group name can't start with sg-", 'local',
 'ec2/CreateSecurityGroup/GroupName', "Can't start with sg- .", 'sg-|name|start',
 '''locals:
  sg_name: @V@
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.0.0.0/16
  sg:
    type: aws.ec2.security_group
    name: ${local.sg_name}
    description: etl workers
    vpc_id: ${vpc.vpc_id}
''', 'sg-etl-workers', 'etl-workers')

case('kms-deletion-window-under-7-var', 'KMS', 'aws.kms.key', 'PendingWindowInDays 7..30', 'variable',
 'kms/ScheduleKeyDeletion/PendingWindowInDays', 'If you include a value, it must be between 7 and 30, inclusive.', 'window|7|30|deletion',
 '''variables:
  window_days: { type: number, default: @V@ }
resources:
  k:
    type: aws.kms.key
    description: lake key
    deletion_window_in_days: ${var.window_days}
''', '3', '7')

case('kms-alias-aws-prefix-local', 'KMS', 'aws.kms.alias', 'alias name cannot begin with alias/aws/', 'local',
 'kms/CreateAlias/AliasName', 'The alias name cannot begin with alias/aws/ .', 'alias/aws|alias|reserved',
 '''locals:
  alias: @V@
resources:
  k:
    type: aws.kms.key
    description: lake key
  a:
    type: aws.kms.alias
    name: ${local.alias}
    target_key_id: ${k.key_id}
''', 'alias/aws/lake', 'alias/lake')

case('kms-alias-no-prefix', 'KMS', 'aws.kms.alias', 'alias name begins with alias/', 'literal',
 'kms/CreateAlias/AliasName', 'This value must begin with alias/ followed by a name, such as alias/ExampleAlias .', 'alias/|alias|begin',
 '''resources:
  k:
    type: aws.kms.key
    description: lake key
  a:
    type: aws.kms.alias
    name: @V@
    target_key_id: ${k.key_id}
''', 'lake-key', 'alias/lake-key')

case('cloudwatch-alarm-period-45-var', 'CloudWatch', 'aws.cloudwatch.metric_alarm', 'Period 10, 20, 30 or a multiple of 60', 'variable',
 'cloudwatch/PutMetricAlarm/Period', 'Valid values are 10, 20, 30, and any multiple of 60.', 'period|60|multiple',
 '''variables:
  period: { type: number, default: @V@ }
resources:
  a:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h2-dlq-depth
    namespace: AWS/SQS
    metric_name: ApproximateNumberOfMessagesVisible
    dimensions: { QueueName: h2-dlq }
    statistic: Maximum
    period: ${var.period}
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
''', '90', '120')

case('cloudwatch-alarm-datapoints-over-periods', 'CloudWatch', 'aws.cloudwatch.metric_alarm', 'DatapointsToAlarm <= EvaluationPeriods', 'local',
 'cloudwatch/PutMetricAlarm/DatapointsToAlarm', 'The number of data points that must be breaching to trigger the alarm. This is used only if you are setting an "M out of N" alarm. In that case, this value is the M.', 'datapoints|evaluation|periods',
 '''locals:
  m: @V@
resources:
  a:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h2-errors
    namespace: AWS/Lambda
    metric_name: Errors
    statistic: Sum
    period: 60
    evaluation_periods: 3
    datapoints_to_alarm: ${local.m}
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
''', '5', '2')

case('logs-retention-45-var', 'CloudWatch Logs', 'aws.logs.log_group', 'retention in the listed values', 'variable',
 'logs/PutRetentionPolicy/retentionInDays', 'Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653.', 'retention|possible|values|days',
 '''variables:
  log_days: { type: number, default: @V@ }
resources:
  lg:
    type: aws.logs.log_group
    name: /h2/etl
    retention_in_days: ${var.log_days}
''', '45', '60')

case('logs-group-name-space-local', 'CloudWatch Logs', 'aws.logs.log_group', 'log group name [.-_/#A-Za-z0-9]+', 'local',
 'logs/CreateLogGroup/logGroupName (pattern [\\.\\-_/#A-Za-z0-9]+)', 'logGroupName min 1 max 512 pattern [\\.\\-_/#A-Za-z0-9]+', 'name|pattern|log group',
 '''locals:
  job: @V@
resources:
  lg:
    type: aws.logs.log_group
    name: /aws-glue/${local.job}
''', '"nightly load"', 'nightly-load')

case('batch-jobdef-name-space-var', 'Batch', 'aws.batch.job_definition', 'job definition name letters, digits, - and _, up to 128', 'variable',
 'batch/RegisterJobDefinition/jobDefinitionName', 'It can be up to 128 letters long. It can contain uppercase and lowercase letters, numbers, hyphens (-), and underscores (_).', 'name|letters|hyphens|underscores',
 '''variables:
  job: { type: string, default: "@V@" }
resources:
  jd:
    type: aws.batch.job_definition
    name: ${var.job}
    job_definition_type: container
    container_properties:
      image: public.ecr.aws/docker/library/python:3.12
      command: [python, -c, "print(1)"]
      resourceRequirements: [{ type: VCPU, value: "1" }, { type: MEMORY, value: "2048" }]
''', 'nightly load:v2', 'nightly-load-v2')

case('secretsmanager-recovery-window-var', 'Secrets Manager', 'aws.secretsmanager.secret', 'recovery window 7..30 days', 'variable',
 'secretsmanager/DeleteSecret/RecoveryWindowInDays', 'The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret.', 'recovery|7|30|window',
 '''variables:
  recovery_days: { type: number, default: @V@ }
  initial_value: { type: string, sensitive: true, default: change-me }
resources:
  s:
    type: aws.secretsmanager.secret
    name: h2/warehouse/etl
    value: ${var.initial_value}
    recovery_window_in_days: ${var.recovery_days}
''', '60', '30')

case('ssm-parameter-aws-prefix-local', 'SSM', 'aws.ssm.parameter', 'name not prefixed aws or ssm', 'local',
 'ssm/PutParameter/Name', 'A parameter name can\'t be prefixed with " aws " or " ssm " (case-insensitive).', 'aws|ssm|prefix',
 '''locals:
  p: @V@
resources:
  p:
    type: aws.ssm.parameter
    name: ${local.p}
    parameter_type: String
    value: s3://h2-raw/
''', 'aws-lake-raw-path', 'lake-raw-path')

case('ssm-standard-value-over-4kb', 'SSM', 'aws.ssm.parameter', 'Standard tier value at most 4 KB', 'local (built with a function)',
 'ssm/PutParameter/Value', 'Standard parameters have a value limit of 4 KB.', '4 kb|4096|standard|value|size',
 '''locals:
  cfg: ${join(",", [for i in range(@V@) : "table_${i}"])}
resources:
  p:
    type: aws.ssm.parameter
    name: /h2/tables
    parameter_type: String
    tier: Standard
    value: ${local.cfg}
''', '600', '100')

case('sfn-name-with-space-var', 'Step Functions', 'aws.sfn.state_machine', 'name without white space (1..80)', 'variable',
 'stepfunctions/CreateStateMachine/name', 'A name must not contain: white space', 'name|white space|whitespace|space',
 'variables:\n  flow: { type: string, default: "@V@" }\nresources:\n' + role('states') + '''  sm:
    type: aws.sfn.state_machine
    name: ${var.flow}
    role_arn: ${role.arn}
    definition: { StartAt: Done, States: { Done: { Type: Succeed } } }
''', 'nightly load', 'nightly-load')

case('sfn-role-is-function-arn-ref', 'Step Functions', 'aws.sfn.state_machine', 'roleArn is an IAM role ARN', 'reference (${fn.arn}, a Lambda function)',
 'stepfunctions/CreateStateMachine/roleArn', 'The Amazon Resource Name (ARN) of the IAM role to use for this state machine.', 'role|iam|arn',
 'resources:\n' + lam() + '''  sfnrole:
    type: aws.iam.role
    name: h2-sfn-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: states.amazonaws.com }, Action: "sts:AssumeRole" }
  sm:
    type: aws.sfn.state_machine
    name: h2-flow
    role_arn: ${@V@.arn}
    definition: { StartAt: Done, States: { Done: { Type: Succeed } } }
''', 'fn', 'sfnrole')

case('emrs-type-presto-local', 'EMR Serverless', 'aws.emrserverless.application', 'application type Spark or Hive', 'local',
 'emr-serverless/CreateApplication/type', 'The type of application you want to start, such as Spark or Hive.', 'type|spark|hive',
 '''locals:
  engine: @V@
resources:
  app:
    type: aws.emrserverless.application
    name: h2-spark
    release_label: emr-7.1.0
    application_type: ${local.engine}
''', 'PRESTO', 'SPARK')

case('ecs-fargate-cpu-memory-mismatch-var', 'ECS', 'aws.ecs.task_definition', 'Fargate cpu/memory pairs', 'variable (memory)',
 'ecs/RegisterTaskDefinition/memory', '512 (0.5 GB), 1024 (1 GB), 2048 (2 GB) - Available cpu values: 256 (.25 vCPU)', 'cpu|memory|fargate',
 '''variables:
  mem: { type: string, default: "@V@" }
resources:
  td:
    type: aws.ecs.task_definition
    family: h2-loader
    requires_compatibilities: [FARGATE]
    network_mode: awsvpc
    cpu: "256"
    memory: ${var.mem}
    container_definitions: [{ name: app, image: "public.ecr.aws/docker/library/python:3.12", essential: true }]
''', '8192', '1024')
