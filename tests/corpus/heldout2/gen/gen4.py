# tests/corpus/heldout2/gen/gen4.py: awscc.* cases. Each case(...) is (name, service, type, constraint, how the value arrives, source, AWS's words, key words, template, bad value, good value); exec'd by build.py.
CCROLE = '''  ccrole:
    type: awscc.iam.role
    role_name: h2-cc-role
    assume_role_policy_document:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: @SVC@.amazonaws.com }, Action: "sts:AssumeRole" }
'''
def ccrole(s): return CCROLE.replace('@SVC@', s)

case('cc-s3-bucket-name-underscore-var', 'S3', 'awscc.s3.bucket', 'bucket name pattern', 'variable',
 'schema AWS::S3::Bucket / BucketName', 'BucketName pattern "^([a-z0-9][a-z0-9.-]*[a-z0-9])?$", maxLength 63', 'bucket|name|pattern|a-z0-9|lowercase',
 '''variables:
  zone: { type: string, default: @V@ }
resources:
  b:
    type: awscc.s3.bucket
    bucket_name: h2-${var.zone}-zone
''', 'raw_data', 'raw-data')

case('cc-s3-lifecycle-ia-under-30-local', 'S3', 'awscc.s3.bucket', 'transition to STANDARD_IA at least 30 days', 'local',
 'schema AWS::S3::Bucket / LifecycleConfiguration.Rules.Transitions (s3 PutBucketLifecycleConfiguration Transition)', 'S3 lifecycle: objects must be stored at least 30 days in the current storage class before you can transition them to STANDARD_IA or ONEZONE_IA ("Days in Transition action must be greater than or equal to 30 for storageClass STANDARD_IA")', 'transition|30|standard_ia|days',
 '''locals:
  ia_after: @V@
resources:
  b:
    type: awscc.s3.bucket
    bucket_name: h2-curated-zone
    lifecycle_configuration:
      rules:
        - id: tier-down
          status: Enabled
          transitions: [{ storage_class: STANDARD_IA, transition_in_days: "${local.ia_after}" }]
''', '7', '30')

case('cc-sqs-delay-over-900', 'SQS', 'awscc.sqs.queue', 'DelaySeconds 0..900', 'literal',
 'schema AWS::SQS::Queue / DelaySeconds (maximum 900); sqs/CreateQueue/Attributes', 'DelaySeconds – ... Valid values: An integer from 0 to 900 seconds (15 minutes).', 'delay|900',
 '''resources:
  q:
    type: awscc.sqs.queue
    queue_name: h2-delayed
    delay_seconds: @V@
''', '1800', '900')

case('cc-sqs-fifo-name-var', 'SQS', 'awscc.sqs.queue', 'FIFO queue name ends in .fifo', 'variable',
 'sqs/CreateQueue/QueueName', 'A FIFO queue name must end with the .fifo suffix.', 'fifo|.fifo|suffix',
 '''variables:
  qname: { type: string, default: @V@ }
resources:
  q:
    type: awscc.sqs.queue
    queue_name: ${var.qname}
    fifo_queue: true
''', 'h2-ledger', 'h2-ledger.fifo')

case('cc-sns-topic-name-dot-local', 'SNS', 'awscc.sns.topic', 'topic name letters, digits, _ and -', 'local',
 'sns/CreateTopic/Name', 'Topic names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.', 'topic|name|letters|underscores|hyphens',
 '''locals:
  t: @V@
resources:
  t:
    type: awscc.sns.topic
    topic_name: ${local.t}
''', 'h2.alerts.prod', 'h2-alerts-prod')

case('cc-lambda-timeout-over-900-local', 'Lambda', 'awscc.lambda.function', 'Timeout 1..900', 'local',
 'schema AWS::Lambda::Function / Timeout (maximum 900); lambda/CreateFunction/Timeout', 'The maximum allowed value is 900 seconds.', 'timeout|900',
 'locals:\n  t: @V@\nresources:\n' + ccrole('lambda') + '''  fn:
    type: awscc.lambda.function
    function_name: h2-cc-fn
    runtime: python3.12
    handler: app.handler
    role: ${ccrole.arn}
    code: { zip_file: "def handler(e, c):\\n    return 1\\n" }
    timeout: ${local.t}
''', '3600', '900')

case('cc-lambda-esm-sqs-fifo-batch-ref', 'Lambda', 'awscc.lambda.event_source_mapping', 'FIFO queue batch size max 10', 'reference (event_source_arn = ${q.arn}, a FIFO queue)',
 'lambda/CreateEventSourceMapping/BatchSize', 'Amazon Simple Queue Service – Default 10. For standard queues the max is 10,000. For FIFO queues the max is 10.', 'batch|fifo|10',
 'resources:\n' + ccrole('lambda') + '''  q:
    type: aws.sqs.queue
    name: h2-ledger.fifo
    fifo_queue: true
  fn:
    type: awscc.lambda.function
    function_name: h2-cc-fn
    runtime: python3.12
    handler: app.handler
    role: ${ccrole.arn}
    code: { zip_file: "def handler(e, c):\\n    return 1\\n" }
  esm:
    type: awscc.lambda.event_source_mapping
    event_source_arn: ${q.arn}
    function_name: ${fn.arn}
    batch_size: @V@
''', '100', '10')

case('cc-dynamodb-ondemand-with-throughput', 'DynamoDB', 'awscc.dynamodb.table', 'PAY_PER_REQUEST excludes ProvisionedThroughput', 'local (billing mode)',
 'dynamodb/CreateTable/ProvisionedThroughput', 'If you set BillingMode as PAY_PER_REQUEST , you cannot specify this property.', 'pay_per_request|provisioned|throughput',
 '''locals:
  billing: PAY_PER_REQUEST
resources:
  t:
    type: awscc.dynamodb.table
    table_name: h2-cc-sessions
    billing_mode: ${local.billing}
    attribute_definitions: [{ attribute_name: id, attribute_type: S }]
    key_schema: [{ AttributeName: id, KeyType: HASH }]
@V@''', '    provisioned_throughput: { read_capacity_units: 5, write_capacity_units: 5 }\n', '')

case('cc-kinesis-retention-12h-var', 'Kinesis', 'awscc.kinesis.stream', 'retention at least 24 hours', 'variable',
 'kinesis/DecreaseStreamRetentionPeriod/RetentionPeriodHours; schema AWS::Kinesis::Stream RetentionPeriodHours', 'The minimum value of a stream\'s retention period is 24 hours. (DecreaseStreamRetentionPeriod: "The minimum value of a stream\'s retention period is 24 hours.")', 'retention|24|hours',
 '''variables:
  hours: { type: number, default: @V@ }
resources:
  s:
    type: awscc.kinesis.stream
    name: h2-cc-events
    shard_count: 1
    retention_period_hours: ${var.hours}
''', '12', '24')

case('cc-logs-retention-400-typo-var', 'CloudWatch Logs', 'awscc.logs.log_group', 'retention in the listed values', 'variable',
 'schema AWS::Logs::LogGroup / RetentionInDays (enum); logs/PutRetentionPolicy/retentionInDays', 'Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653.', 'retention|possible|values|enum|days',
 '''variables:
  days: { type: number, default: @V@ }
resources:
  lg:
    type: awscc.logs.log_group
    log_group_name: /h2/cc/etl
    retention_in_days: ${var.days}
''', '730', '731')

case('cc-kms-pending-window-40', 'KMS', 'awscc.kms.key', 'PendingWindowInDays 7..30', 'literal',
 'schema AWS::KMS::Key / PendingWindowInDays (7..30); kms/ScheduleKeyDeletion/PendingWindowInDays', 'If you include a value, it must be between 7 and 30, inclusive.', 'window|7|30|pending',
 '''resources:
  k:
    type: awscc.kms.key
    description: h2 cc key
    pending_window_in_days: @V@
''', '40', '30')

case('cc-secret-rotation-days-over-1000-ref', 'Secrets Manager', 'awscc.secretsmanager.rotation_schedule', 'AutomaticallyAfterDays 1..1000', 'reference (secret_id = ${s.id}) and local (days)',
 'secretsmanager/RotationRulesType/AutomaticallyAfterDays (min 1 max 1000)', 'The number of days between rotations of the secret. ... (AutomaticallyRotateAfterDaysType min 1, max 1000)', 'days|1000|rotation|automatically',
 'locals:\n  every: @V@\nresources:\n' + '''  s:
    type: awscc.secretsmanager.secret
    name: h2/cc/warehouse
    generate_secret_string: { password_length: 32 }
  rot:
    type: awscc.secretsmanager.rotation_schedule
    secret_id: ${s.id}
    rotation_lambda_arn: arn:aws:lambda:us-east-1:123456789012:function:h2-rotate
    rotation_rules: { automatically_after_days: "${local.every}" }
''', '1825', '365')

case('cc-athena-workgroup-name-slash', 'Athena', 'awscc.athena.work_group', 'workgroup name [a-zA-Z0-9._-]{1,128}', 'variable',
 'schema AWS::Athena::WorkGroup / Name (pattern [a-zA-Z0-9._-]{1,128})', 'Name pattern [a-zA-Z0-9._-]{1,128}', 'name|pattern|workgroup',
 '''variables:
  team: { type: string, default: @V@ }
resources:
  wg:
    type: awscc.athena.work_group
    name: h2-${var.team}
''', 'finance/ops', 'finance-ops')

case('cc-glue-job-maxcapacity-with-workers-var', 'Glue', 'awscc.glue.job', 'MaxCapacity not with WorkerType/NumberOfWorkers', 'variable (capacity)',
 'glue/CreateJob/MaxCapacity', 'Do not set MaxCapacity if using WorkerType and NumberOfWorkers .', 'maxcapacity|max_capacity|worker',
 'variables:\n  dpus: { type: number, default: 10 }\nresources:\n' + ccrole('glue') + '''  job:
    type: awscc.glue.job
    name: h2-cc-clean
    role: ${ccrole.arn}
    command: { name: glueetl, script_location: "s3://h2-code/clean.py", python_version: "3" }
    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 5
@V@''', '    max_capacity: ${var.dpus}\n', '')

case('cc-redshift-password-no-upper-var', 'Redshift', 'awscc.redshift.cluster', 'master password needs an uppercase letter', 'variable (sensitive)',
 'redshift/CreateCluster/MasterUserPassword', 'Must contain at least one uppercase letter.', 'password|uppercase',
 '''variables:
  pw: { type: string, sensitive: true, default: "@V@" }
resources:
  wh:
    type: awscc.redshift.cluster
    cluster_identifier: h2-cc-wh
    cluster_type: single-node
    node_type: ra3.xlplus
    db_name: analytics
    master_username: awsuser
    master_user_password: ${var.pw}
''', 'warehouse2026', 'Warehouse2026')

case('cc-redshift-multinode-one-node-local', 'Redshift', 'awscc.redshift.cluster', 'multi-node needs NumberOfNodes > 1', 'local',
 'redshift/CreateCluster/ClusterType + NumberOfNodes', 'multi-node , the NumberOfNodes parameter is required. (NumberOfNodes: If you don\'t specify this parameter, you get a single-node cluster. When requesting a multi-node cluster, you must specify the number of nodes that you want in the cluster.)', 'multi-node|nodes|number_of_nodes',
 '''locals:
  kind: multi-node
resources:
  wh:
    type: awscc.redshift.cluster
    cluster_identifier: h2-cc-wh
    cluster_type: ${local.kind}
    node_type: ra3.xlplus
    db_name: analytics
    master_username: awsuser
    master_user_password: Warehouse2026
@V@''', '', '    number_of_nodes: 2\n')

case('cc-rds-backup-retention-36-var', 'RDS', 'awscc.rds.db_instance', 'BackupRetentionPeriod 0..35', 'variable',
 'rds/CreateDBInstance/BackupRetentionPeriod', 'Must be a value from 0 to 35.', 'backup|retention|35',
 '''variables:
  keep: { type: number, default: @V@ }
resources:
  db:
    type: awscc.rds.db_instance
    db_instance_identifier: h2-cc-db
    engine: postgres
    db_instance_class: db.t3.micro
    allocated_storage: "20"
    master_username: etl_admin
    master_user_password: Correct-Horse-9
    backup_retention_period: ${var.keep}
''', '36', '35')

case('cc-events-rule-schedule-custom-bus-ref', 'EventBridge', 'awscc.events.rule', 'schedule expressions only on the default bus', 'reference (event_bus_name = ${bus.name})',
 'events/PutRule (ScheduleExpression)', 'EventBridge: scheduled rules are supported only on the default event bus ("ScheduleExpression is supported only on the default event bus.")', 'schedule|default|bus',
 '''resources:
  bus:
    type: awscc.events.event_bus
    name: h2-cc-bus
  r:
    type: awscc.events.rule
    name: h2-cc-nightly
@V@    schedule_expression: rate(1 day)
''', '    event_bus_name: ${bus.name}\n', '')

case('cc-scheduler-window-zero-local', 'EventBridge Scheduler', 'awscc.scheduler.schedule', 'MaximumWindowInMinutes 1..1440', 'local and reference (target arn)',
 'schema AWS::Scheduler::Schedule / FlexibleTimeWindow.MaximumWindowInMinutes (1..1440)', 'The maximum time window during which a schedule can be invoked. (minimum 1, maximum 1440)', 'window|1440|maximum_window|minimum',
 'locals:\n  w: @V@\nresources:\n' + ccrole('scheduler') + '''  q:
    type: aws.sqs.queue
    name: h2-cc-ticks
  s:
    type: awscc.scheduler.schedule
    name: h2-cc-hourly
    schedule_expression: rate(1 hour)
    flexible_time_window: { mode: FLEXIBLE, maximum_window_in_minutes: "${local.w}" }
    target: { arn: "${q.arn}", role_arn: "${ccrole.arn}" }
''', '0', '15')

case('cc-sfn-name-over-80-local', 'Step Functions', 'awscc.stepfunctions.state_machine', 'name 1..80 characters', 'local (built with format)',
 'stepfunctions/CreateStateMachine/name (min 1 max 80)', 'StateMachineName maxLength 80 (CreateStateMachine name min 1, max 80)', 'name|80|length',
 'locals:\n  sm: ${format("%s-%s-%s", "h2-lakehouse-ingestion-orchestrator", "@V@", "nightly-full-refresh")}\nresources:\n' + ccrole('states') + '''  sm:
    type: awscc.stepfunctions.state_machine
    state_machine_name: ${local.sm}
    role_arn: ${ccrole.arn}
    definition: { StartAt: Done, States: { Done: { Type: Succeed } } }
''', 'eu-west-1-production-environment', 'prod')

case('cc-ec2-subnet-outside-vpc-ref', 'EC2/VPC', 'awscc.ec2.subnet', "subnet CIDR within the VPC's CIDR", 'reference (vpc_id = ${vpc.vpc_id})',
 'ec2/CreateSubnet/CidrBlock (VPC user guide: a subnet\'s CIDR is a subset of the VPC\'s)', 'The IPv4 network range for the subnet, in CIDR notation. (InvalidSubnet.Range)', 'cidr|vpc|range|within',
 '''resources:
  vpc:
    type: awscc.ec2.vpc
    cidr_block: 172.16.0.0/16
  sn:
    type: awscc.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: @V@
    availability_zone: us-east-1a
''', '10.0.1.0/24', '172.16.1.0/24')

case('cc-iam-role-session-over-12h-var', 'IAM', 'awscc.iam.role', 'MaxSessionDuration 3600..43200', 'variable',
 'schema AWS::IAM::Role / MaxSessionDuration (3600..43200); iam/CreateRole/MaxSessionDuration', 'This setting can have a value from 1 hour to 12 hours.', 'session|43200|duration',
 '''variables:
  secs: { type: number, default: @V@ }
resources:
  r:
    type: awscc.iam.role
    role_name: h2-cc-analyst
    max_session_duration: ${var.secs}
    assume_role_policy_document:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }
''', '50000', '43200')

case('cc-cloudwatch-alarm-period-45', 'CloudWatch', 'awscc.cloudwatch.alarm', 'Period 10, 20, 30 or a multiple of 60', 'local',
 'cloudwatch/PutMetricAlarm/Period', 'Valid values are 10, 20, 30, and any multiple of 60.', 'period|60|multiple',
 '''locals:
  p: @V@
resources:
  a:
    type: awscc.cloudwatch.alarm
    alarm_name: h2-cc-errors
    namespace: AWS/Lambda
    metric_name: Errors
    statistic: Sum
    period: ${local.p}
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
''', '45', '60')
