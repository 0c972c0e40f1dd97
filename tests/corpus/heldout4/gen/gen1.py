# tests/corpus/heldout4/gen/gen1.py: the written-type (aws.*) cases of heldout4, part 1.
# Each: (name, service, type, constraint, value arrives, source, AWS's sentence, key words,
#        template with @V@, bad value, good value, extra files {path: text})
ASSUME_LAMBDA = '''  fn_role:
    type: aws.iam.role
    name: h4-fn-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
'''
HANDLER = {'handler.py': 'def handler(event, context):\n    return {"ok": True}\n'}
C = []
def case(*a):
    a = list(a)
    if len(a) == 11:
        a.append({})
    C.append(tuple(a))

case('s3-lifecycle-class-console-name-var', 'S3', 'aws.s3.bucket',
     "a lifecycle transition's storage class is GLACIER, not the console's GLACIER_FLEXIBLE_RETRIEVAL",
     'variable (cold_class)', 's3/PutBucketLifecycleConfiguration/Transition.StorageClass (enum TransitionStorageClass: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR)',
     'The storage class to which you want the object to transition.',
     'storage class|storage_class|GLACIER_FLEXIBLE_RETRIEVAL',
     '''variables:
  cold_class: {type: string, default: @V@}
resources:
  archive:
    type: aws.s3.bucket
    name: h4-archive-lifecycle
    lifecycle_rules:
      - id: to-cold
        enabled: true
        transitions:
          - {days: 90, storage_class: "${var.cold_class}"}
''', 'GLACIER_FLEXIBLE_RETRIEVAL', 'GLACIER')

case('s3-notification-event-without-kind-list', 'S3', 'aws.s3.bucket_notification',
     'a notification event names its kind (s3:ObjectRemoved:*), not the bare s3:ObjectRemoved',
     'list element (a local list, its second element)', 's3/PutBucketNotificationConfiguration/QueueConfiguration.Events (enum Event)',
     'A collection of bucket events for which to send notifications (Event: s3:ObjectCreated:*, s3:ObjectRemoved:*, s3:ObjectRemoved:Delete, ...)',
     'event|s3:ObjectRemoved',
     '''locals:
  events: ["s3:ObjectCreated:*", "@V@"]
resources:
  landing:
    type: aws.s3.bucket
    name: h4-landing-notify
  inbox:
    type: aws.sqs.queue
    name: h4-landing-inbox
    policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: s3.amazonaws.com}
          Action: "sqs:SendMessage"
          Resource: "arn:aws:sqs:us-east-1:123456789012:h4-landing-inbox"
          Condition: {ArnEquals: {"aws:SourceArn": "${landing.arn}"}}
  notify:
    type: aws.s3.bucket_notification
    bucket: ${landing.name}
    queue:
      - queue_arn: ${inbox.arn}
        events: ${local.events}
''', 's3:ObjectRemoved', 's3:ObjectRemoved:*')

case('iam-role-managed-policy-name-mod', 'IAM', 'aws.iam.role',
     "a managed policy is attached by its ARN, not its name",
     'module input (policy: the name of a policy the stack makes)', 'iam/AttachRolePolicy/PolicyArn (arnType, min 20)',
     'The Amazon Resource Name (ARN) of the IAM policy you want to attach.',
     'arn',
     '''resources:
  read_lake:
    type: aws.iam.policy
    name: h4-read-lake
    policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::h4-lake/*"}]
modules:
  reader:
    source: ./mod
    policy: "@V@"
''', 'h4-read-lake', '${read_lake.arn}',
     {'mod/main.yaml': '''variables:
  policy: {type: string}
resources:
  reader:
    type: aws.iam.role
    name: h4-reader
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]
    managed_policy_arns: ["${var.policy}"]
'''})

case('iam-policy-name-with-space-local', 'IAM', 'aws.iam.policy',
     'a policy name holds no space ([\\w+=,.@-]+)',
     'local (team)', 'iam/CreatePolicy/PolicyName (policyNameType pattern [\\w+=,.@-]+); the sentence is the model\'s at the same policyNameType of PutRolePolicy, DeleteRolePolicy ... PolicyName',
     'This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-',
     'policy name|pattern|space|character',
     '''locals:
  team: "@V@"
resources:
  readers:
    type: aws.iam.policy
    name: "${local.team}-readers"
    policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::h4-lake/*"}]
''', 'data platform', 'data-platform')

case('lambda-architecture-amd64-var', 'Lambda', 'aws.lambda.function',
     'the architecture is x86_64 or arm64 (not amd64)',
     'variable (arch)', 'lambda/CreateFunction/Architectures (enum Architecture)',
     'Enter a string array with one of the valid values (arm64 or x86_64). The default value is x86_64.',
     'architecture|x86_64|arm64',
     '''variables:
  arch: {type: string, default: @V@}
resources:
''' + ASSUME_LAMBDA + '''  fn:
    type: aws.lambda.function
    function_name: h4-arch
    runtime: python3.12
    handler: handler.handler
    role: ${fn_role.arn}
    source: handler.py
    architectures: ["${var.arch}"]
''', 'amd64', 'x86_64', HANDLER)

case('lambda-layer-without-version-local', 'Lambda', 'aws.lambda.function',
     "a layer is named by its ARN with the version (...:layer:NAME:N)",
     'local (layer)', 'lambda/CreateFunction/Layers (LayerVersionArn pattern ...:layer:[a-zA-Z0-9-_]+:[0-9]+)',
     "A list of function layers to add to the function's execution environment. Specify each layer by its ARN, including the version.",
     'layer|version',
     '''locals:
  layer: "@V@"
resources:
''' + ASSUME_LAMBDA + '''  fn:
    type: aws.lambda.function
    function_name: h4-layered
    runtime: python3.12
    handler: handler.handler
    role: ${fn_role.arn}
    source: handler.py
    layers: ["${local.layer}"]
''', 'arn:aws:lambda:us-east-1:123456789012:layer:pandas', 'arn:aws:lambda:us-east-1:123456789012:layer:pandas:3', HANDLER)

case('lambda-esm-response-type-singular-var', 'Lambda', 'aws.lambda.event_source_mapping',
     'the response type is ReportBatchItemFailures (plural)',
     'variable (response_type)', 'lambda/CreateEventSourceMapping/FunctionResponseTypes (enum FunctionResponseType: ReportBatchItemFailures)',
     '(Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.',
     'response|ReportBatchItemFailures',
     '''variables:
  response_type: {type: string, default: @V@}
resources:
''' + ASSUME_LAMBDA + '''    inline_policies:
      read_jobs:
        Version: "2012-10-17"
        Statement: [{Effect: Allow, Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource: "${jobs.arn}"}]
  jobs:
    type: aws.sqs.queue
    name: h4-esm-jobs
    visibility_timeout_seconds: 60
  fn:
    type: aws.lambda.function
    function_name: h4-esm-worker
    runtime: python3.12
    handler: handler.handler
    role: ${fn_role.arn}
    source: handler.py
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${jobs.arn}
    function_name: ${fn.function_name}
    batch_size: 10
    function_response_types: ["${var.response_type}"]
''', 'ReportBatchItemFailure', 'ReportBatchItemFailures', HANDLER)

case('glue-trigger-conditional-without-predicate-local', 'Glue', 'aws.glue.trigger',
     'a CONDITIONAL trigger needs a predicate',
     'local (trigger_type)', 'glue/CreateTrigger/Predicate',
     'A predicate to specify when the new trigger should fire. This field is required when the trigger type is CONDITIONAL.',
     'predicate|conditional',
     '''locals:
  trigger_type: @V@
resources:
  run_after:
    type: aws.glue.trigger
    name: h4-after-load
    trigger_type: ${local.trigger_type}
    actions:
      - job_name: h4-curate
''', 'CONDITIONAL', 'ON_DEMAND')

case('glue-connection-type-postgresql-var', 'Glue', 'aws.glue.connection',
     'a PostgreSQL connection is of type JDBC (there is no POSTGRESQL type)',
     'variable (conn_type)', 'glue/CreateConnection/ConnectionInput.ConnectionType (enum ConnectionType: JDBC, SFTP, MONGODB, KAFKA, NETWORK, ...)',
     'The type of the connection. Currently, these types are supported: JDBC - Designates a connection to a database through Java Database Connectivity (JDBC).',
     'connection_type|connection type|JDBC|POSTGRESQL',
     '''variables:
  conn_type: {type: string, default: @V@}
resources:
  warehouse:
    type: aws.glue.connection
    name: h4-warehouse
    connection_type: ${var.conn_type}
    connection_properties:
      JDBC_CONNECTION_URL: "jdbc:postgresql://db.internal:5432/lake"
      USERNAME: loader
''', 'POSTGRESQL', 'JDBC')

case('glue-job-version-without-dot-mod', 'Glue', 'aws.glue.job',
     'a Glue version is written MAJOR.MINOR (4.0, not 4)',
     'module input (glue_version)', 'glue/CreateJob/GlueVersion (GlueVersionString pattern ^(\\w+\\.)+\\w+$)',
     'GlueVersion determines the versions of Apache Spark and Python that Glue available in a job. (pattern ^(\\w+\\.)+\\w+$)',
     'glue_version|glue version|GlueVersion|pattern',
     '''resources:
  etl_role:
    type: aws.iam.role
    name: h4-etl
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]
modules:
  curate:
    source: ./mod
    role: ${etl_role.arn}
    glue_version: "@V@"
''', '4', '4.0',
     {'mod/main.yaml': '''variables:
  role: {type: string}
  glue_version: {type: string}
resources:
  job:
    type: aws.glue.job
    name: h4-curate
    role: ${var.role}
    glue_version: ${var.glue_version}
    worker_type: G.1X
    number_of_workers: 2
    command: {name: glueetl, script_location: "s3://h4-scripts/curate.py"}
'''})

case('glue-job-role-is-policy-arn-ref', 'Glue', 'aws.glue.job',
     "a job's role is an IAM role's name or ARN (a managed policy's ARN given)",
     "reference (${etl_policy.arn})", 'glue/CreateJob/Role',
     'The name or Amazon Resource Name (ARN) of the IAM role associated with this job.',
     'role',
     '''resources:
  etl_policy:
    type: aws.iam.policy
    name: h4-etl-access
    policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]
  etl_role:
    type: aws.iam.role
    name: h4-etl-runner
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]
    managed_policy_arns: ["${etl_policy.arn}"]
  job:
    type: aws.glue.job
    name: h4-ingest
    role: "${@V@.arn}"
    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 2
    command: {name: glueetl, script_location: "s3://h4-scripts/ingest.py"}
''', 'etl_policy', 'etl_role')

case('athena-workgroup-state-lowercase-var', 'Athena', 'aws.athena.workgroup',
     'a workgroup state is ENABLED or DISABLED',
     'variable (wg_state)', 'athena/CreateWorkGroup (WorkGroup.State, enum WorkGroupState: ENABLED, DISABLED)',
     'The state of the workgroup: ENABLED or DISABLED.',
     'state|ENABLED',
     '''variables:
  wg_state: {type: string, default: @V@}
resources:
  analysts:
    type: aws.athena.workgroup
    name: h4-analysts
    state: ${var.wg_state}
    output_location: "s3://h4-athena-results/analysts/"
''', 'enabled', 'ENABLED')

case('sfn-type-mixed-case-var', 'Step Functions', 'aws.sfn.state_machine',
     'a state machine type is STANDARD or EXPRESS',
     'variable (flow_type)', 'stepfunctions/CreateStateMachine/type (enum StateMachineType: STANDARD, EXPRESS)',
     'Determines whether a Standard or Express state machine is created. The default is STANDARD.',
     'type|STANDARD|EXPRESS',
     '''variables:
  flow_type: {type: string, default: @V@}
resources:
  sfn_role:
    type: aws.iam.role
    name: h4-sfn
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: "sts:AssumeRole"}]
  flow:
    type: aws.sfn.state_machine
    name: h4-ingest-flow
    role_arn: ${sfn_role.arn}
    state_machine_type: ${var.flow_type}
    definition:
      StartAt: Done
      States: {Done: {Type: Succeed}}
''', 'Express', 'EXPRESS')

case('events-rule-name-slash-local', 'EventBridge', 'aws.events.rule',
     'a rule name holds letters, digits, . - _ only (no /)',
     'local (team)', 'events/PutRule/Name (RuleName pattern [\\.\\-_A-Za-z0-9]+, max 64)',
     'The name of the rule that you are creating or updating. (pattern [\\.\\-_A-Za-z0-9]+)',
     'name|pattern|character',
     '''locals:
  team: @V@
resources:
  nightly:
    type: aws.events.rule
    name: "${local.team}-nightly"
    schedule_expression: "cron(0 2 * * ? *)"
''', 'lake/ingest', 'lake-ingest')

case('sqs-retention-30-days-mod', 'SQS', 'aws.sqs.queue',
     'message retention is 60 to 1,209,600 seconds (14 days)',
     'module input (retention)', 'sqs/CreateQueue/Attributes MessageRetentionPeriod',
     'Valid values: An integer from 60 seconds (1 minute) to 1,209,600 seconds (14 days).',
     'retention|1209600|1,209,600|14 days',
     '''modules:
  events:
    source: ./mod
    retention: @V@
''', '2592000', '1209600',
     {'mod/main.yaml': '''variables:
  retention: {type: number}
resources:
  q:
    type: aws.sqs.queue
    name: h4-events-buffer
    message_retention_seconds: ${var.retention}
'''})

case('sns-https-endpoint-http-mod', 'SNS', 'aws.sns.subscription',
     'an https subscription endpoint is a URL beginning with https://',
     'module input (endpoint)', 'sns/Subscribe/Endpoint',
     'For the https protocol, the (public) endpoint is a URL beginning with https://.',
     'https|endpoint',
     '''resources:
  alerts:
    type: aws.sns.topic
    name: h4-alerts
modules:
  hook:
    source: ./mod
    topic: ${alerts.arn}
    endpoint: "@V@"
''', 'http://hooks.example.com/lake', 'https://hooks.example.com/lake',
     {'mod/main.yaml': '''variables:
  topic: {type: string}
  endpoint: {type: string}
resources:
  sub:
    type: aws.sns.subscription
    topic_arn: ${var.topic}
    protocol: https
    endpoint: ${var.endpoint}
'''})

case('kinesis-shard-metric-iterator-age-list', 'Kinesis', 'aws.kinesis.stream',
     'a shard-level metric is one of the listed names (IteratorAgeMilliseconds, not IteratorAge)',
     'list element (a local list)', 'kinesis/EnableEnhancedMonitoring/ShardLevelMetrics (enum MetricsName)',
     'List of shard-level metrics to enable. The following are the valid shard-level metrics. The value "ALL" enables every metric. IncomingBytes IncomingRecords OutgoingBytes OutgoingRecords WriteProvisionedThroughputExceeded ReadProvisionedThroughputExceeded IteratorAgeMilliseconds ALL',
     'metric|IteratorAge',
     '''locals:
  metrics: [IncomingRecords, @V@]
resources:
  clicks:
    type: aws.kinesis.stream
    name: h4-clicks
    shard_count: 1
    shard_level_metrics: ${local.metrics}
''', 'IteratorAge', 'IteratorAgeMilliseconds')

case('firehose-compression-snappy-uppercase-var', 'Firehose', 'aws.firehose.delivery_stream',
     "the compression format is Snappy (AWS's spelling), not SNAPPY",
     'variable (compression)', 'firehose/CreateDeliveryStream/ExtendedS3DestinationConfiguration.CompressionFormat (enum CompressionFormat: UNCOMPRESSED, GZIP, ZIP, Snappy, HADOOP_SNAPPY)',
     'The compression format. If no value is specified, the default is UNCOMPRESSED. (enum UNCOMPRESSED, GZIP, ZIP, Snappy, HADOOP_SNAPPY)',
     'compression|Snappy',
     '''variables:
  compression: {type: string, default: @V@}
resources:
  raw:
    type: aws.s3.bucket
    name: h4-firehose-raw
  fh_role:
    type: aws.iam.role
    name: h4-firehose
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: firehose.amazonaws.com}, Action: "sts:AssumeRole"}]
  stream:
    type: aws.firehose.delivery_stream
    name: h4-clicks-to-s3
    extended_s3_configuration:
      role_arn: ${fh_role.arn}
      bucket_arn: ${raw.arn}
      compression_format: ${var.compression}
''', 'SNAPPY', 'Snappy')

case('dynamodb-attribute-type-string-var', 'DynamoDB', 'aws.dynamodb.table',
     'an attribute type is S, N or B',
     'variable (key_type)', 'dynamodb/CreateTable/AttributeDefinitions.AttributeType (enum ScalarAttributeType: S, N, B)',
     'The data type for the attribute, where: S - the attribute is of type String N - the attribute is of type Number B - the attribute is of type Binary',
     'type|S, N|attribute',
     '''variables:
  key_type: {type: string, default: @V@}
resources:
  orders:
    type: aws.dynamodb.table
    name: h4-orders
    billing_mode: PAY_PER_REQUEST
    hash_key: order_id
    attribute:
      - {name: order_id, type: "${var.key_type}"}
''', 'STRING', 'S')

case('rds-engine-postgresql-var', 'RDS', 'aws.rds.instance',
     "PostgreSQL's engine name is postgres",
     'variable (engine)', 'rds/CreateDBInstance/Engine',
     'The database engine to use for this DB instance. ... Valid Values: ... postgres ...',
     'engine|postgres',
     '''variables:
  engine: {type: string, default: @V@}
  db_password: {type: string, sensitive: true, default: "Sup3r-secret-pass"}
resources:
  db:
    type: aws.rds.instance
    identifier: h4-orders-db
    engine: ${var.engine}
    instance_class: db.t3.micro
    allocated_storage: 20
    master_username: lakeadmin
    master_password: ${var.db_password}
    skip_final_snapshot: true
''', 'postgresql', 'postgres')

case('rds-subnet-group-vpc-id-ref', 'RDS', 'aws.rds.subnet_group',
     "a DB subnet group lists subnet ids (a VPC's id given)",
     "reference (${vpc.vpc_id})", 'rds/CreateDBSubnetGroup/SubnetIds',
     'The EC2 Subnet IDs for the DB subnet group.',
     'subnet',
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
    availability_zone: us-east-1b
  dbnet:
    type: aws.rds.subnet_group
    name: h4-dbnet
    description: lake databases
    subnet_ids: [@V@]
''', '"${a.subnet_id}", "${vpc.vpc_id}"', '"${a.subnet_id}", "${b.subnet_id}"')

case('redshift-identifier-starts-digit-mod', 'Redshift', 'aws.redshift.cluster',
     "a cluster identifier's first character is a letter",
     'module input (name)', 'redshift/CreateCluster/ClusterIdentifier',
     'Constraints: Must contain from 1 to 63 alphanumeric characters or hyphens. Alphabetic characters must be lowercase. First character must be a letter.',
     'letter|identifier',
     '''modules:
  wh:
    source: ./mod
    name: "@V@"
''', '2026-warehouse', 'wh-2026',
     {'mod/main.yaml': '''variables:
  name: {type: string}
  password: {type: string, sensitive: true, default: "Wareh0use-pass"}
resources:
  cluster:
    type: aws.redshift.cluster
    cluster_identifier: ${var.name}
    node_type: ra3.xlplus
    number_of_nodes: 2
    master_username: whadmin
    master_password: ${var.password}
    skip_final_snapshot: true
'''})
