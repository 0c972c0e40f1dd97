# tests/corpus/heldout3/gen/gen2.py: SQS, SNS, EventBridge, Scheduler, DynamoDB, Kinesis, Firehose, RDS, Redshift, ECS, Batch, EC2/VPC, KMS, Secrets Manager, Logs, CloudWatch, ECR, SSM cases (aws.* types); uses gen1.py's case(), role(), lam(); exec'd by build.py.

# ---- SQS
case('sqs-receive-wait-over-20-var', 'SQS', 'aws.sqs.queue', 'ReceiveMessageWaitTimeSeconds 0..20', 'variable',
 'sqs/CreateQueue/Attributes (ReceiveMessageWaitTimeSeconds)',
 'ReceiveMessageWaitTimeSeconds – The length of time, in seconds, for which a ReceiveMessage action waits for a message to arrive. Valid values: An integer from 0 to 20 (seconds).',
 'wait|20|receive',
 '''variables:
  long_poll: { type: number, default: @V@ }
resources:
  q:
    type: aws.sqs.queue
    name: h3-ingest
    receive_wait_time_seconds: ${var.long_poll}
''', '60', '20')

case('sqs-content-dedup-on-standard-local', 'SQS', 'aws.sqs.queue', 'ContentBasedDeduplication only on FIFO queues', 'local (settings map)',
 'sqs/CreateQueue/Attributes (ContentBasedDeduplication: "The following attributes apply only to FIFO queues")',
 'The following attributes apply only to FIFO (first-in-first-out) queues: ... ContentBasedDeduplication – Enables content-based deduplication.',
 'fifo|deduplication',
 '''locals:
  fifo: @V@
resources:
  q:
    type: aws.sqs.queue
    name: 'h3-orders${local.fifo ? ".fifo" : ""}'
    fifo_queue: ${local.fifo}
    content_based_deduplication: true
''', 'false', 'true')

# ---- SNS
case('sns-raw-delivery-email-var', 'SNS', 'aws.sns.subscription', 'RawMessageDelivery only for SQS, HTTP/S and Firehose endpoints', 'variable (protocol)',
 'sns/Subscribe/Attributes (RawMessageDelivery)',
 'RawMessageDelivery – When set to true, enables raw message delivery to Amazon SQS or HTTP/S endpoints. This eliminates the need for the endpoints to process JSON formatting, which is otherwise created for Amazon SNS metadata.',
 'raw',
 '''variables:
  proto: { type: string, default: @V@ }
resources:
  t:
    type: aws.sns.topic
    name: h3-job-failures
  q:
    type: aws.sqs.queue
    name: h3-job-failures-q
  sub:
    type: aws.sns.subscription
    topic_arn: ${t.arn}
    protocol: ${var.proto}
    endpoint: @F@
    raw_message_delivery: true
''', ('email', 'oncall@example.com'), ('sqs', '${q.arn}'))

case('sns-lambda-endpoint-is-queue-ref', 'SNS', 'aws.sns.subscription', 'lambda protocol endpoint is a Lambda function ARN', 'reference (endpoint = ${q.arn})',
 'sns/Subscribe/Endpoint',
 'For the lambda protocol, the endpoint is the ARN of an Lambda function.',
 'lambda|function|endpoint',
 'resources:\n' + lam() + '''  t:
    type: aws.sns.topic
    name: h3-uploads
  q:
    type: aws.sqs.queue
    name: h3-uploads-q
  sub:
    type: aws.sns.subscription
    topic_arn: ${t.arn}
    protocol: lambda
    endpoint: ${@V@.arn}
''', 'q', 'fn')

case('sns-content-dedup-standard-topic-local', 'SNS', 'aws.sns.topic', 'ContentBasedDeduplication only on FIFO topics', 'local',
 'sns/CreateTopic/Attributes (ContentBasedDeduplication: "The following attributes apply only to FIFO topics")',
 'The following attributes apply only to FIFO topics: ... ContentBasedDeduplication – Enables content-based deduplication for FIFO topics.',
 'fifo|deduplication',
 '''locals:
  ordered: @V@
resources:
  t:
    type: aws.sns.topic
    name: 'h3-ledger${local.ordered ? ".fifo" : ""}'
    fifo_topic: ${local.ordered}
    content_based_deduplication: true
''', 'false', 'true')

# ---- EventBridge
case('events-pattern-value-not-array-local', 'EventBridge', 'aws.events.rule', 'event pattern values are arrays', 'local (the pattern)',
 'events/PutRule/EventPattern; EventBridge User Guide: event patterns ("the values in event patterns are in arrays")',
 'Event pattern is not valid. Reason: "source" must be an object or an array',
 'pattern|array',
 '''locals:
  on_upload: @V@
resources:
  r:
    type: aws.events.rule
    name: h3-on-upload
    event_pattern: ${local.on_upload}
''', '{ source: "aws.s3", detail-type: ["Object Created"] }', '{ source: ["aws.s3"], detail-type: ["Object Created"] }')

case('events-rule-state-lowercase-var', 'EventBridge', 'aws.events.rule', 'State ENABLED, DISABLED or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', 'variable',
 'events/PutRule/State (enum RuleState)',
 'State: The state of the rule. Valid values include: DISABLED, ENABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.',
 'state|enabled',
 '''variables:
  rule_state: { type: string, default: @V@ }
resources:
  r:
    type: aws.events.rule
    name: h3-hourly
    schedule_expression: rate(1 hour)
    state: ${var.rule_state}
''', 'enabled', 'ENABLED')

case('events-target-fifo-queue-no-group-ref', 'EventBridge', 'aws.events.rule', 'a FIFO queue target needs SqsParameters.MessageGroupId', 'reference (target arn = ${q.arn}, a FIFO queue)',
 'events/PutTargets/Targets.SqsParameters',
 'SqsParameters: Contains the message group ID to use when the target is a FIFO queue. If you specify an SQS FIFO queue as a target, the queue must have content-based deduplication enabled.',
 'message_group_id|messagegroupid|sqs_parameters|sqsparameters|group',
 '''resources:
  q:
    type: aws.sqs.queue
    name: h3-audit.fifo
    fifo_queue: true
    content_based_deduplication: true
    policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: events.amazonaws.com }, Action: "sqs:SendMessage", Resource: "*", Condition: { ArnLike: { "aws:SourceArn": "arn:aws:events:*:*:rule/h3-audit" } } }
  r:
    type: aws.events.rule
    name: h3-audit
    event_pattern: { source: ["aws.s3"] }
    targets:
      - id: audit-queue
        arn: ${q.arn}
@V@''', '', '        sqs_parameters: { message_group_id: audit }\n')

case('scheduler-timezone-not-iana-var', 'EventBridge Scheduler', 'aws.scheduler.schedule', 'ScheduleExpressionTimezone is an IANA time zone', 'variable',
 'scheduler/CreateSchedule/ScheduleExpressionTimezone',
 'ScheduleExpressionTimezone: The timezone in which the scheduling expression is evaluated.',
 'timezone|time zone',
 '''variables:
  tz: { type: string, default: @V@ }
resources:
''' + role('scheduler') + '''  q:
    type: aws.sqs.queue
    name: h3-nightly-kick
  s:
    type: aws.scheduler.schedule
    name: h3-nightly
    schedule_expression: cron(0 2 * * ? *)
    schedule_expression_timezone: ${var.tz}
    target: { arn: "${q.arn}", role_arn: "${role.arn}" }
''', '"Central European Time"', 'Europe/Berlin')

# ---- DynamoDB
case('dynamodb-attribute-not-a-key-local', 'DynamoDB', 'aws.dynamodb.table', 'AttributeDefinitions hold only key attributes', 'local (attribute list)',
 'dynamodb/CreateTable/AttributeDefinitions',
 'ValidationException: One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions',
 'attribute|key',
 '''locals:
  attrs: @V@
resources:
  t:
    type: aws.dynamodb.table
    name: h3-watermarks
    billing_mode: PAY_PER_REQUEST
    hash_key: pipeline
    attribute: ${local.attrs}
''', '[{ name: pipeline, type: S }, { name: updated_at, type: N }]', '[{ name: pipeline, type: S }]')

case('dynamodb-gsi-include-without-nonkey-var', 'DynamoDB', 'aws.dynamodb.table', 'INCLUDE projection names NonKeyAttributes', 'variable (projection)',
 'dynamodb/CreateTable/GlobalSecondaryIndexes.Projection (ProjectionType, NonKeyAttributes)',
 'ProjectionType: INCLUDE - In addition to the attributes described in KEYS_ONLY, the secondary index will include other non-key attributes that you specify. NonKeyAttributes: Represents the non-key attribute names which will be projected into the index.',
 'non_key|nonkey|non-key|include',
 '''variables:
  projection: { type: string, default: INCLUDE }
resources:
  t:
    type: aws.dynamodb.table
    name: h3-orders
    billing_mode: PAY_PER_REQUEST
    hash_key: order_id
    attribute: [{ name: order_id, type: S }, { name: customer_id, type: S }]
    global_secondary_index:
      - name: by-customer
        hash_key: customer_id
        projection_type: ${var.projection}
@V@''', '', '        non_key_attributes: [status, total]\n')

case('dynamodb-table-name-space-var', 'DynamoDB', 'aws.dynamodb.table', 'table name [a-zA-Z0-9_.-]+, 3..255', 'variable',
 'dynamodb/CreateTable/TableName (pattern [a-zA-Z0-9_.-]+)',
 'TableName: The name of the table to create. (TableArn/TableName: min 3, max 255 (1024 as an ARN), pattern [a-zA-Z0-9_.-]+)',
 'name|pattern|a-za-z0-9',
 '''variables:
  table: { type: string, default: @V@ }
resources:
  t:
    type: aws.dynamodb.table
    name: ${var.table}
    billing_mode: PAY_PER_REQUEST
    hash_key: id
    attribute: [{ name: id, type: S }]
''', '"customer profiles"', 'customer-profiles')

# ---- Kinesis / Firehose
case('kinesis-kms-without-key-local', 'Kinesis', 'aws.kinesis.stream', 'KMS encryption needs a KeyId', 'local (encryption type)',
 'kinesis/StartStreamEncryption/KeyId (required with EncryptionType KMS)',
 'KeyId: The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This value can be a globally unique identifier, a fully specified Amazon Resource Name (ARN) to either an alias or a key, or an alias name prefixed by "alias/".',
 'kms|key',
 '''locals:
  enc: KMS
resources:
  s:
    type: aws.kinesis.stream
    name: h3-clicks
    shard_count: 1
    encryption_type: ${local.enc}
@V@''', '', '    kms_key_id: alias/aws/kinesis\n')

case('kinesis-name-slash-var', 'Kinesis', 'aws.kinesis.stream', 'stream name [a-zA-Z0-9_.-]+', 'variable',
 'kinesis/CreateStream/StreamName (pattern [a-zA-Z0-9_.-]+, 1..128)',
 'StreamName: A name to identify the stream. ... (pattern [a-zA-Z0-9_.-]+)',
 'name|pattern|a-za-z0-9',
 '''variables:
  stream: { type: string, default: @V@ }
resources:
  s:
    type: aws.kinesis.stream
    name: ${var.stream}
    shard_count: 1
''', 'clicks/raw', 'clicks-raw')

FH_ROLE = role('firehose', '    inline_policies:\n      write-bucket:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Action: ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"], Resource: "*" }\n')
case('firehose-prefix-expression-no-error-prefix-local', 'Firehose', 'aws.firehose.delivery_stream', 'a Prefix with expressions needs an ErrorOutputPrefix', 'local (prefix)',
 'firehose/CreateDeliveryStream/ExtendedS3DestinationConfiguration.ErrorOutputPrefix; Firehose Developer Guide: custom prefixes for S3 objects',
 'If you specify an expression for Prefix, you must also specify an ErrorOutputPrefix. (ErrorOutputPrefix: A prefix that Firehose evaluates and adds to failed records before writing them to S3.)',
 'error_output_prefix|erroroutputprefix|error output|error prefix',
 '''locals:
  layout: "clicks/!{timestamp:yyyy}/!{timestamp:MM}/"
resources:
''' + FH_ROLE + '''  b:
    type: aws.s3.bucket
    name: h3-clicks-raw
  fh:
    type: aws.firehose.delivery_stream
    name: h3-clicks-to-s3
    extended_s3_configuration:
      role_arn: ${role.arn}
      bucket_arn: ${b.arn}
      prefix: ${local.layout}
@V@''', '', '      error_output_prefix: "errors/!{firehose:error-output-type}/!{timestamp:yyyy}/"\n')

case('firehose-buffer-size-over-128-var', 'Firehose', 'aws.firehose.delivery_stream', 'BufferingHints.SizeInMBs 1..128', 'variable',
 'firehose/CreateDeliveryStream/ExtendedS3DestinationConfiguration.BufferingHints.SizeInMBs (min 1, max 128)',
 'SizeInMBs: Buffer incoming data to the specified size, in MiBs, before delivering it to the destination. The default value is 5. (SizeInMBs min 1, max 128)',
 'size|128|buffer',
 '''variables:
  batch_mb: { type: number, default: @V@ }
resources:
''' + FH_ROLE + '''  b:
    type: aws.s3.bucket
    name: h3-events-raw
  fh:
    type: aws.firehose.delivery_stream
    name: h3-events-to-s3
    extended_s3_configuration:
      role_arn: ${role.arn}
      bucket_arn: ${b.arn}
      buffering_size: ${var.batch_mb}
''', '256', '128')

# ---- RDS
RDS = '''  db:
    type: aws.rds.instance
    identifier: h3-orders-db
    engine: postgres
    instance_class: @CLASS@
    allocated_storage: 20
    db_name: @DBNAME@
    master_username: @USER@
    master_password: ${var.db_password}
    skip_final_snapshot: true
'''
RDS_VAR = 'variables:\n  db_password: { type: string, sensitive: true, default: "Pipeline-Secret-2024" }\n'
def rds(cls='db.t3.micro', dbname='orders', user='app_admin'):
    return RDS.replace('@CLASS@', cls).replace('@DBNAME@', dbname).replace('@USER@', user)

case('rds-instance-class-no-db-prefix-var', 'RDS', 'aws.rds.instance', 'DB instance classes are named db.*', 'variable',
 'rds/CreateDBInstance/DBInstanceClass',
 'DBInstanceClass: The compute and memory capacity of the DB instance, for example db.m5.large. Not all DB instance classes are available in all Amazon Web Services Regions, or for all database engines.',
 'class|db\\.',
 RDS_VAR + '  size: { type: string, default: @V@ }\nresources:\n' + rds(cls='${var.size}'), 't3.micro', 'db.t3.micro')

case('rds-master-username-starts-digit-local', 'RDS', 'aws.rds.instance', 'master username begins with a letter', 'local',
 'rds/CreateDBInstance/MasterUsername (PostgreSQL constraints)',
 'MasterUsername: Constraints: Must be 1 to 63 letters or numbers. First character must be a letter. Can\'t be a reserved word for the chosen database engine.',
 'username|letter',
 RDS_VAR + 'locals:\n  admin: @V@\nresources:\n' + rds(user='${local.admin}'), '"1stadmin"', 'first_admin')

case('rds-db-name-hyphen-local', 'RDS', 'aws.rds.instance', 'DBName: letters, digits and underscores, beginning with a letter', 'local (from the stack name)',
 'rds/CreateDBInstance/DBName (PostgreSQL)',
 'DBName: Amazon RDS for PostgreSQL Constraints: Must contain 1 to 63 letters, numbers, or underscores. Must begin with a letter. Subsequent characters can be letters, underscores, or digits (0-9). Can\'t be a word reserved by the database engine.',
 'db_name|dbname|letter|underscore|alphanumeric',
 RDS_VAR + 'locals:\n  database: @V@\nresources:\n' + rds(dbname='${local.database}'), '"orders-${terrace.stack}"', '"orders_${terrace.stack}"')

case('rds-subnet-group-one-az-ref', 'RDS', 'aws.rds.subnet_group', 'a DB subnet group covers at least two Availability Zones', 'reference (subnet_ids = the two subnets, whose availability_zone is the same)',
 'rds/CreateDBSubnetGroup/SubnetIds; RDS User Guide: working with DB subnet groups',
 'DBSubnetGroupDoesNotCoverEnoughAZs: The DB subnet group doesn\'t meet Availability Zone (AZ) coverage requirement. Current AZ coverage: us-east-1a. Add subnets to cover at least 2 AZs.',
 'availability zone|az',
 '''resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.40.0.0/16
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.40.1.0/24
    availability_zone: us-east-1a
  b:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.40.2.0/24
    availability_zone: @V@
  g:
    type: aws.rds.subnet_group
    name: h3-db-subnets
    description: orders database
    subnet_ids: ["${a.subnet_id}", "${b.subnet_id}"]
''', 'us-east-1a', 'us-east-1b')

# ---- Redshift
RS = '''  wh:
    type: aws.redshift.cluster
    cluster_identifier: @ID@
    node_type: ra3.xlplus
    number_of_nodes: 2
    database_name: lake
    master_username: lakeadmin
    master_password: ${var.rs_password}
    skip_final_snapshot: true
'''
RS_VAR = 'variables:\n  rs_password: { type: string, sensitive: true, default: "Warehouse2024x" }\n'
case('redshift-port-under-1150-var', 'Redshift', 'aws.redshift.cluster', 'Port 1150..65535', 'variable',
 'redshift/CreateCluster/Port',
 'Port: The port number on which the cluster accepts incoming connections. Default: 5439. Valid Values: For clusters with ra3 nodes - Select a port within the ranges 5431-5455 or 8191-8215. For clusters with dc2 nodes - Select a port within the range 1150-65535.',
 'port|1150|5431|8191',
 RS_VAR + '  port: { type: number, default: @V@ }\nresources:\n' + RS.replace('@ID@', 'h3-lake-wh') + '    port: ${var.port}\n', '1025', '5439')

case('redshift-identifier-trailing-hyphen-local', 'Redshift', 'aws.redshift.cluster', "cluster identifier can't end with a hyphen", 'local',
 'redshift/CreateCluster/ClusterIdentifier',
 'ClusterIdentifier: Constraints: Must contain from 1 to 63 alphanumeric characters or hyphens. Alphabetic characters must be lowercase. First character must be a letter. Cannot end with a hyphen or contain two consecutive hyphens. Must be unique for all clusters within an Amazon Web Services account.',
 'identifier|hyphen',
 RS_VAR + 'locals:\n  wh_id: @V@\nresources:\n' + RS.replace('@ID@', '${local.wh_id}'), 'h3-lake-wh-', 'h3-lake-wh')

case('redshift-subnet-group-named-default-local', 'Redshift', 'aws.redshift.subnet_group', 'a cluster subnet group is not named "Default"', 'local',
 'redshift/CreateClusterSubnetGroup/ClusterSubnetGroupName',
 'ClusterSubnetGroupName: The name for the subnet group. Amazon Redshift stores the value as a lowercase string. Constraints: Must contain no more than 255 alphanumeric characters or hyphens. Must not be "Default". Must be unique for all subnet groups that are created by your Amazon Web Services account.',
 'default',
 '''locals:
  group: @V@
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.41.0.0/16
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.41.1.0/24
  g:
    type: aws.redshift.subnet_group
    name: ${local.group}
    description: warehouse subnets
    subnet_ids: ["${a.subnet_id}"]
''', 'default', 'h3-warehouse')

# ---- ECS
ECS_ROLE = role('ecs-tasks')
case('ecs-awsvpc-host-port-differs-local', 'ECS', 'aws.ecs.task_definition', 'in awsvpc mode hostPort equals containerPort', 'local (port mapping)',
 'ecs/RegisterTaskDefinition/ContainerDefinitions.PortMappings.HostPort',
 'hostPort: If you use containers in a task with the awsvpc or host network mode, the hostPort can either be left blank or set to the same value as the containerPort.',
 'hostport|host port|containerport|container port',
 '''locals:
  mapping: @V@
resources:
''' + ECS_ROLE + '''  td:
    type: aws.ecs.task_definition
    family: h3-api
    network_mode: awsvpc
    requires_compatibilities: [FARGATE]
    cpu: "256"
    memory: "512"
    execution_role_arn: ${role.arn}
    container_definitions:
      - name: api
        image: public.ecr.aws/nginx/nginx:latest
        essential: true
        portMappings: ["${local.mapping}"]
''', '{ containerPort: 8080, hostPort: 80, protocol: tcp }', '{ containerPort: 8080, hostPort: 8080, protocol: tcp }')

case('ecs-family-with-colon-var', 'ECS', 'aws.ecs.task_definition', 'family: letters, digits, hyphens and underscores, up to 255', 'variable',
 'ecs/RegisterTaskDefinition/family',
 'family: You must specify a family for a task definition. ... Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
 'family|letters|underscore|hyphen',
 '''variables:
  family: { type: string, default: @V@ }
resources:
''' + ECS_ROLE + '''  td:
    type: aws.ecs.task_definition
    family: ${var.family}
    network_mode: awsvpc
    requires_compatibilities: [FARGATE]
    cpu: "256"
    memory: "512"
    execution_role_arn: ${role.arn}
    container_definitions:
      - { name: worker, image: "public.ecr.aws/docker/library/python:3.12", essential: true }
''', '"etl-worker:v2"', 'etl-worker-v2')

case('ecs-container-memory-over-task-var', 'ECS', 'aws.ecs.task_definition', "a container's memory at most the task's", 'variable',
 'ecs/RegisterTaskDefinition/ContainerDefinitions.memory',
 'memory: The amount (in MiB) of memory to present to the container. ... If task-level memory is specified then the container-level memory must not exceed it? (wording not found verbatim)',
 'memory',
 '''variables:
  mem: { type: number, default: @V@ }
resources:
''' + ECS_ROLE + '''  td:
    type: aws.ecs.task_definition
    family: h3-batchy
    network_mode: awsvpc
    requires_compatibilities: [FARGATE]
    cpu: "256"
    memory: "512"
    execution_role_arn: ${role.arn}
    container_definitions:
      - { name: worker, image: "public.ecr.aws/docker/library/python:3.12", essential: true, memory: "${var.mem}" }
''', '1024', '512')

# ---- Batch
BATCH_ROLE = role('ecs-tasks')
case('batch-jobdef-timeout-under-60-var', 'Batch', 'aws.batch.job_definition', 'attemptDurationSeconds at least 60', 'variable',
 'batch/RegisterJobDefinition/timeout.attemptDurationSeconds (JobTimeout)',
 'attemptDurationSeconds: The job timeout time (in seconds) that\'s measured from the job attempt\'s startedAt timestamp. After this time passes, Batch terminates your jobs if they aren\'t finished. The minimum value for the timeout is 60 seconds.',
 'timeout|60|attempt',
 '''variables:
  limit: { type: number, default: @V@ }
resources:
''' + BATCH_ROLE + '''  jd:
    type: aws.batch.job_definition
    name: h3-dbt-run
    platform_capabilities: [FARGATE]
    container_properties:
      image: public.ecr.aws/docker/library/python:3.12
      command: ["python", "-c", "print(1)"]
      executionRoleArn: ${role.arn}
      resourceRequirements: [{ type: VCPU, value: "0.25" }, { type: MEMORY, value: "512" }]
    timeout: { attempt_duration_seconds: "${var.limit}" }
''', '30', '600')

case('batch-ce-fargate-instance-types-local', 'Batch', 'aws.batch.compute_environment', "instanceTypes isn't applicable to Fargate", 'local (the compute kind)',
 'batch/CreateComputeEnvironment/computeResources.instanceTypes',
 'instanceTypes: The instances types that can be launched. ... This parameter isn\'t applicable to jobs that are running on Fargate resources, and shouldn\'t be specified.',
 'instance_type|instance type|instancetypes|fargate',
 '''locals:
  kind: FARGATE
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.42.0.0/16
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.42.1.0/24
  sg:
    type: aws.ec2.security_group
    name: h3-batch
    description: batch jobs
    vpc_id: ${vpc.vpc_id}
  ce:
    type: aws.batch.compute_environment
    name: h3-nightly
    compute_environment_type: MANAGED
    compute_resources:
      type: ${local.kind}
      max_vcpus: 16
      subnets: ["${a.subnet_id}"]
      security_group_ids: ["${sg.group_id}"]
@V@''', '      instance_type: [m6i.large]\n', '')

# ---- EC2 / VPC
case('ec2-sg-rule-ports-reversed-var', 'EC2/VPC', 'aws.ec2.security_group_rule', 'FromPort not above ToPort', 'variable (the port range)',
 'ec2/AuthorizeSecurityGroupIngress/IpPermissions (FromPort, ToPort)',
 'FromPort: If the protocol is TCP or UDP, this is the start of the port range. ToPort: If the protocol is TCP or UDP, this is the end of the port range. (InvalidParameterValue: Invalid TCP/UDP port range)',
 'port|range|from_port',
 '''variables:
  ports: { type: list(number), default: @V@ }
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.43.0.0/16
  sg:
    type: aws.ec2.security_group
    name: h3-db-clients
    description: database clients
    vpc_id: ${vpc.vpc_id}
  pg:
    type: aws.ec2.security_group_rule
    security_group_id: ${sg.group_id}
    direction: ingress
    protocol: tcp
    from_port: ${var.ports[0]}
    to_port: ${var.ports[1]}
    cidr_block: 10.43.0.0/16
''', '[5439, 5432]', '[5432, 5439]')

case('ec2-subnet-prefix-29-local', 'EC2/VPC', 'aws.ec2.subnet', 'a subnet is /16 to /28', 'local (the netmask)',
 'ec2/CreateSubnet/CidrBlock; VPC User Guide: subnet sizing',
 'The allowed block size is between a /28 netmask and /16 netmask.',
 '/28|netmask|block size|28',
 '''locals:
  bits: @V@
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.44.0.0/16
  tiny:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.44.0.0/${local.bits}
''', '29', '28')

case('ec2-gateway-endpoint-for-sqs-var', 'EC2/VPC', 'aws.ec2.vpc_endpoint', 'Gateway endpoints exist only for S3 and DynamoDB', 'variable (service)',
 'ec2/CreateVpcEndpoint/VpcEndpointType; VPC PrivateLink guide: gateway endpoints',
 'Gateway endpoints: Amazon S3 and DynamoDB support gateway endpoints. (VpcEndpointType: The type of endpoint. Default: Gateway)',
 'gateway|interface|service',
 '''variables:
  svc: { type: string, default: @V@ }
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.45.0.0/16
  rt:
    type: aws.ec2.route_table
    vpc_id: ${vpc.vpc_id}
  ep:
    type: aws.ec2.vpc_endpoint
    vpc_id: ${vpc.vpc_id}
    service_name: com.amazonaws.us-east-1.${var.svc}
    vpc_endpoint_type: Gateway
    route_table_ids: ["${rt.route_table_id}"]
''', 'sqs', 's3')

case('ec2-route-nat-is-igw-ref', 'EC2/VPC', 'aws.ec2.route_table', 'NatGatewayId names a NAT gateway (nat-...)', 'reference (nat_gateway_id = ${igw.internet_gateway_id})',
 'ec2/CreateRoute/NatGatewayId',
 'NatGatewayId: [IPv4 traffic only] The ID of a NAT gateway. (GatewayId: The ID of an internet gateway or virtual private gateway attached to your VPC.)',
 'nat|gateway',
 '''resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.46.0.0/16
  igw:
    type: aws.ec2.internet_gateway
    vpc_id: ${vpc.vpc_id}
  public:
    type: aws.ec2.route_table
    vpc_id: ${vpc.vpc_id}
    routes:
      - destination_cidr_block: 0.0.0.0/0
        @V@: ${igw.internet_gateway_id}
''', 'nat_gateway_id', 'gateway_id')

case('ec2-nacl-rule-number-over-32766-var', 'EC2/VPC', 'aws.ec2.network_acl_entry', 'RuleNumber 1..32766', 'variable',
 'ec2/CreateNetworkAclEntry/RuleNumber',
 'RuleNumber: The rule number for the entry (for example, 100). ACL entries are processed in ascending order by rule number. Constraints: Positive integer from 1 to 32766. The range 32767 to 65535 is reserved for internal use.',
 'rule_number|rule number|32766',
 '''variables:
  rule: { type: number, default: @V@ }
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.47.0.0/16
  acl:
    type: awscc.ec2.network_acl
    vpc_id: ${vpc.vpc_id}
  deny_all:
    type: aws.ec2.network_acl_entry
    network_acl_id: ${acl.id}
    rule_number: ${var.rule}
    protocol: -1
    rule_action: deny
    cidr_block: 0.0.0.0/0
''', '40000', '32000')

# ---- KMS
case('kms-symmetric-sign-verify-var', 'KMS', 'aws.kms.key', 'SYMMETRIC_DEFAULT keys are ENCRYPT_DECRYPT', 'variable (key usage)',
 'kms/CreateKey/KeyUsage',
 'KeyUsage: Determines the cryptographic operations for which you can use the KMS key. ... For symmetric encryption KMS keys, omit the parameter or specify ENCRYPT_DECRYPT.',
 'key_usage|keyusage|encrypt_decrypt|symmetric',
 '''variables:
  usage: { type: string, default: @V@ }
resources:
  k:
    type: aws.kms.key
    description: lake data key
    key_usage: ${var.usage}
    customer_master_key_spec: SYMMETRIC_DEFAULT
''', 'SIGN_VERIFY', 'ENCRYPT_DECRYPT')

case('kms-alias-target-is-role-ref', 'KMS', 'aws.kms.alias', 'TargetKeyId is a key id or key ARN', 'reference (target_key_id = ${role.arn})',
 'kms/CreateAlias/TargetKeyId',
 'TargetKeyId: Associates the alias with the specified customer managed key. The KMS key must be in the same Amazon Web Services Region. Specify the key ID or key ARN of the KMS key.',
 'key|target_key_id',
 'resources:\n' + role('glue') + '''  k:
    type: aws.kms.key
    description: lake data key
  a:
    type: aws.kms.alias
    name: alias/h3-lake
    target_key_id: ${@V@}
''', 'role.arn', 'k.key_id')

# ---- Secrets Manager
case('secret-name-space-var', 'Secrets Manager', 'aws.secretsmanager.secret', 'secret name: letters, digits and /_+=.@-', 'variable',
 'secretsmanager/CreateSecret/Name',
 'Name: The name of the new secret. The secret name can contain ASCII letters, numbers, and the following characters: /_+=.@-',
 'name|character',
 '''variables:
  secret: { type: string, default: @V@ }
  pw: { type: string, sensitive: true, default: "s3cret-value" }
resources:
  s:
    type: aws.secretsmanager.secret
    name: ${var.secret}
    value: ${var.pw}
''', '"warehouse loader password"', 'warehouse/loader-password')

# ---- Logs / CloudWatch
case('logs-metric-filter-group-arn-ref', 'CloudWatch Logs', 'aws.logs.metric_filter', 'logGroupName is a name, pattern [\\.\\-_/#A-Za-z0-9]+', 'reference (log_group_name = ${lg.arn})',
 'logs/PutMetricFilter/logGroupName (pattern [\\.\\-_/#A-Za-z0-9]+)',
 'logGroupName: The name of the log group. (LogGroupName: min 1, max 512, pattern [\\.\\-_/#A-Za-z0-9]+)',
 'log_group_name|log group name|loggroupname|pattern',
 '''resources:
  lg:
    type: aws.logs.log_group
    name: /h3/etl
  errors:
    type: aws.logs.metric_filter
    name: etl-errors
    log_group_name: ${lg.@V@}
    pattern: ERROR
    metric_transformation: { name: EtlErrors, namespace: H3, value: "1" }
''', 'arn', 'name')

case('cloudwatch-alarm-operator-invalid-var', 'CloudWatch', 'aws.cloudwatch.metric_alarm', 'ComparisonOperator from its enum', 'variable',
 'monitoring/PutMetricAlarm/ComparisonOperator (enum)',
 'ComparisonOperator: The arithmetic operation to use when comparing the specified statistic and threshold. (GreaterThanOrEqualToThreshold | GreaterThanThreshold | LessThanThreshold | LessThanOrEqualToThreshold | ...)',
 'comparison|operator|threshold',
 '''variables:
  op: { type: string, default: @V@ }
resources:
  a:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h3-dlq-not-empty
    namespace: AWS/SQS
    metric_name: ApproximateNumberOfMessagesVisible
    dimensions: { QueueName: h3-dlq }
    statistic: Maximum
    period: 300
    evaluation_periods: 1
    threshold: 0
    comparison_operator: ${var.op}
''', 'GreaterThan', 'GreaterThanThreshold')

case('cloudwatch-alarm-action-is-queue-ref', 'CloudWatch', 'aws.cloudwatch.metric_alarm', 'alarm actions are SNS topics, EC2 actions, Auto Scaling or SSM ARNs', 'reference (alarm_actions = [${q.arn}])',
 'monitoring/PutMetricAlarm/AlarmActions',
 'AlarmActions: The actions to execute when this alarm transitions to the ALARM state from any other state. Each action is specified as an Amazon Resource Name (ARN). Valid values: EC2 actions: arn:aws:automate:region:ec2:stop ... SNS notification action: arn:aws:sns:region:account-id:sns-topic-name ...',
 'action|sns',
 '''resources:
  q:
    type: aws.sqs.queue
    name: h3-pager
  t:
    type: aws.sns.topic
    name: h3-pager
  a:
    type: aws.cloudwatch.metric_alarm
    alarm_name: h3-lambda-errors
    namespace: AWS/Lambda
    metric_name: Errors
    statistic: Sum
    period: 300
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
    alarm_actions: ["${@V@.arn}"]
''', 'q', 't')

# ---- ECR / SSM
case('ecr-repository-name-uppercase-var', 'ECR', 'aws.ecr.repository', 'repository name lowercase, pattern', 'variable',
 'ecr/CreateRepository/repositoryName (pattern (?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)',
 'repositoryName: The name to use for the repository. ... The repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, and forward slashes.',
 'name|lowercase|pattern',
 '''variables:
  image: { type: string, default: @V@ }
resources:
  r:
    type: aws.ecr.repository
    name: data/${var.image}
''', 'SparkRunner', 'spark-runner')

case('ssm-parameter-ami-type-not-ami-local', 'SSM', 'aws.ssm.parameter', 'data type aws:ec2:image takes an AMI id', 'local (value)',
 'ssm/PutParameter/DataType',
 'DataType: The data type for a String parameter. Supported data types include plain text and Amazon Machine Image (AMI) IDs. The following data type values are supported. text, aws:ec2:image, aws:ssm:integration. When you create a String parameter and specify aws:ec2:image, Amazon Web Services Systems Manager validates the parameter value is in the required format, such as ami-12345abcdeEXAMPLE.',
 'ami|image|data_type|datatype',
 '''locals:
  base_image: @V@
resources:
  p:
    type: aws.ssm.parameter
    name: /h3/batch/base-ami
    parameter_type: String
    data_type: aws:ec2:image
    value: ${local.base_image}
''', 'ubuntu-22.04-lts', 'ami-0abcdef1234567890')
