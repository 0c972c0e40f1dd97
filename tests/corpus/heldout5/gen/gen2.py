# tests/corpus/heldout5/gen/gen2.py: the awscc.* types' cases, each from botocore 1.43.11's model of
# the operation the type's handler calls and/or the CloudFormation registry schema (cfn-lint 1.51.0's
# copy, us-east-1). build.py runs this file after gen1.py (trust() and role() are gen1's).

C += [
('cc-mwaa-webserver-public-var', 'MWAA', 'awscc.mwaa.environment',
 "the web server access mode is PRIVATE_ONLY or PUBLIC_ONLY (PUBLIC)",
 'variable (ui_access)', 'mwaa/CreateEnvironment/WebserverAccessMode (enum WebserverAccessMode); AWS::MWAA::Environment WebserverAccessMode (enum)',
 'Defines the access mode for the Apache Airflow web server. (WebserverAccessMode: PRIVATE_ONLY | PUBLIC_ONLY | PUBLIC_AND_PRIVATE)',
 'webserver_access_mode|PUBLIC_ONLY|PRIVATE_ONLY',
 'variables:\n  ui_access: {type: string, default: @V@}\nresources:\n  airflow:\n    type: awscc.mwaa.environment\n    name: h5-airflow\n'
 '    environment_class: mw1.small\n    webserver_access_mode: ${var.ui_access}\n',
 'PUBLIC', 'PUBLIC_ONLY', {}),

('cc-mwaa-source-bucket-is-name-ref', 'MWAA', 'awscc.mwaa.environment',
 "an environment's source bucket is the bucket's ARN (${dags.name}, its name)",
 "reference (${dags.name}, an aws.s3.bucket's name)", 'mwaa/CreateEnvironment/SourceBucketArn; AWS::MWAA::Environment SourceBucketArn (pattern ^arn:...:s3:::[a-z0-9.\\-]+$)',
 'The Amazon Resource Name (ARN) of the Amazon S3 bucket where your DAG code and supporting files are stored. For example, arn:aws:s3:::my-airflow-bucket-unique-name.',
 'source_bucket_arn|arn|pattern',
 'resources:\n  dags:\n    type: aws.s3.bucket\n    name: h5-airflow-dags\n    versioning: true\n'
 '  airflow:\n    type: awscc.mwaa.environment\n    name: h5-airflow2\n    environment_class: mw1.small\n    source_bucket_arn: @V@\n    dag_s3_path: dags\n',
 '${dags.name}', '${dags.arn}', {}),

('cc-rsl-workgroup-namespace-is-arn-ref', 'Redshift Serverless', 'awscc.redshiftserverless.workgroup',
 "a workgroup's namespace_name is the namespace's name (${marts.namespace.namespace_arn}, its ARN)",
 "reference (${marts.namespace.namespace_arn}, an awscc.redshiftserverless.namespace's ARN)", 'redshift-serverless/CreateWorkgroup/namespaceName (pattern ^[a-z0-9-]+$); AWS::RedshiftServerless::Workgroup NamespaceName',
 'The name of the namespace to associate with the workgroup. (NamespaceName: min 3, max 64, pattern ^[a-z0-9-]+$)',
 'namespace_name|namespace|pattern',
 'resources:\n  marts:\n    type: awscc.redshiftserverless.namespace\n    namespace_name: h5-marts\n    db_name: marts\n'
 '  marts_wg:\n    type: awscc.redshiftserverless.workgroup\n    workgroup_name: h5-marts\n    namespace_name: @V@\n    base_capacity: 8\n',
 '${marts.namespace.namespace_arn}', '${marts.namespace_name}', {}),

('cc-logs-subscription-dest-is-bucket-ref', 'CloudWatch Logs', 'awscc.logs.subscription_filter',
 "a subscription's destination is a Kinesis stream, a Firehose stream, a Lambda function or a logs destination (${archive.arn}, a bucket's)",
 "reference (${archive.arn}, an aws.s3.bucket's ARN)", 'logs/PutSubscriptionFilter/destinationArn',
 'The ARN of the destination to deliver matching log events to. Currently, the supported destinations are: An Amazon Kinesis stream [...] A logical destination [...] A Kinesis Data Firehose delivery stream [...] A Lambda function',
 'destination_arn|destination|kinesis|firehose|lambda',
 'resources:\n  archive:\n    type: aws.s3.bucket\n    name: h5-log-archive\n  job_logs:\n    type: aws.logs.log_group\n    name: /h5/glue/jobs\n'
 '  clicks:\n    type: aws.kinesis.stream\n    name: h5-log-stream\n    shard_count: 1\n'
 + role('to_kinesis', 'h5-logs-to-kinesis', 'logs.amazonaws.com') +
 '  ship_errors:\n    type: awscc.logs.subscription_filter\n    log_group_name: ${job_logs.name}\n    filter_pattern: ERROR\n'
 '    destination_arn: @V@\n    role_arn: ${to_kinesis.arn}\n',
 '${archive.arn}', '${clicks.arn}', {}),

('cc-cloudtrail-bucket-is-arn-ref', 'CloudTrail', 'awscc.cloudtrail.trail',
 "a trail's s3_bucket_name is a bucket's name (${trail_logs.arn}, its ARN)",
 "reference (${trail_logs.arn}, an aws.s3.bucket's ARN)", 'cloudtrail/CreateTrail/S3BucketName',
 'Specifies the name of the Amazon S3 bucket designated for publishing log files.',
 's3_bucket_name|bucket name|bucket',
 'resources:\n  trail_logs:\n    type: aws.s3.bucket\n    name: h5-trail-logs\n'
 '  data_events:\n    type: awscc.cloudtrail.trail\n    trail_name: h5-data-events\n    is_logging: true\n    s3_bucket_name: @V@\n',
 '${trail_logs.arn}', '${trail_logs.name}', {}),

('cc-kda-runtime-dotted-var', 'Managed Service for Apache Flink', 'awscc.kinesisanalyticsv2.application',
 "a runtime environment is written FLINK-1_18 (FLINK-1.18)",
 'variable (flink)', 'kinesisanalyticsv2/CreateApplication/RuntimeEnvironment (enum RuntimeEnvironment)',
 'The runtime environment for the application. (RuntimeEnvironment: SQL-1_0 | FLINK-1_6 | ... | FLINK-1_18 | FLINK-1_19 | FLINK-1_20 | FLINK-2_2)',
 'runtime_environment|FLINK-1_18|RuntimeEnvironment',
 'variables:\n  flink: {type: string, default: @V@}\nresources:\n' + role('flink_role', 'h5-flink', 'kinesisanalytics.amazonaws.com') +
 '  sessionize:\n    type: awscc.kinesisanalyticsv2.application\n    application_name: h5-sessionize\n    runtime_environment: ${var.flink}\n'
 '    service_execution_role: ${flink_role.arn}\n',
 'FLINK-1.18', 'FLINK-1_18', {}),

('cc-s3-tiering-archive-30-mod', 'S3', 'awscc.s3.bucket',
 "Intelligent-Tiering's Archive Access tier is at least 90 days (30)",
 'module input (archive_after)', 's3/PutBucketIntelligentTieringConfiguration/Tierings[].Days',
 'The minimum number of days specified for Archive Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 days. The maximum can be up to 2 years (730 days).',
 'days|90|archive',
 'modules:\n  lake:\n    source: ./mod\n    archive_after: @V@\n',
 '30', '90',
 {'mod/main.yaml': 'variables:\n  archive_after: {type: number}\nresources:\n  cold:\n    type: awscc.s3.bucket\n    bucket_name: h5-cold-lake\n'
  '    intelligent_tiering_configurations:\n      - id: archive-idle\n        status: Enabled\n'
  '        tierings:\n          - {access_tier: ARCHIVE_ACCESS, days: "${var.archive_after}"}\n'}),

('cc-athena-catalog-type-glue-mixed-local', 'Athena', 'awscc.athena.data_catalog',
 "a data catalog's type is LAMBDA, GLUE, HIVE or FEDERATED (Glue)",
 'local (catalog_kind)', 'athena/CreateDataCatalog/Type (enum DataCatalogType); AWS::Athena::DataCatalog Type (enum)',
 'The type of data catalog to create: LAMBDA for a federated catalog, GLUE for an Glue Data Catalog, and HIVE for an external Apache Hive metastore.',
 'data_catalog_type|GLUE|LAMBDA|HIVE',
 'locals:\n  catalog_kind: @V@\nresources:\n  partner:\n    type: awscc.athena.data_catalog\n    name: h5_partner\n    data_catalog_type: ${local.catalog_kind}\n'
 '    parameters: {catalog-id: "123456789012"}\n',
 'Glue', 'GLUE', {}),

('cc-glue-schema-format-json-schema-lit', 'Glue', 'awscc.glue.schema',
 "a schema's data format is AVRO, JSON or PROTOBUF (JSON_SCHEMA)",
 'literal', 'glue/CreateSchema/DataFormat (enum DataFormat); AWS::Glue::Schema DataFormat (enum)',
 'The data format of the schema definition. Currently AVRO, JSON and PROTOBUF are supported.',
 'data_format|AVRO|PROTOBUF|JSON',
 'resources:\n  events:\n    type: awscc.glue.registry\n    name: h5-events\n'
 '  order_placed:\n    type: awscc.glue.schema\n    name: h5-order-placed\n    registry: {arn: "${events.arn}"}\n    data_format: @V@\n'
 '    compatibility: BACKWARD\n    schema_definition: \'{"type": "object", "properties": {"order_id": {"type": "string"}}}\'\n',
 'JSON_SCHEMA', 'JSON', {}),

('cc-kinesis-stream-mode-ondemand-local', 'Kinesis', 'awscc.kinesis.stream',
 "a stream's mode is PROVISIONED or ON_DEMAND (ONDEMAND)",
 'local (capacity)', 'kinesis/CreateStream/StreamModeDetails.StreamMode (enum StreamMode); AWS::Kinesis::Stream StreamModeDetails.StreamMode (enum)',
 'Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an on-demand capacity mode and a provisioned capacity mode for your data streams. (StreamMode: PROVISIONED | ON_DEMAND)',
 'stream_mode|ON_DEMAND|PROVISIONED',
 'locals:\n  capacity: @V@\nresources:\n  cdc:\n    type: awscc.kinesis.stream\n    name: h5-cdc\n    stream_mode_details: {stream_mode: "${local.capacity}"}\n',
 'ONDEMAND', 'ON_DEMAND', {}),

('cc-lambda-url-auth-iam-var', 'Lambda', 'awscc.lambda.url',
 "a function URL's auth type is AWS_IAM or NONE (IAM)",
 'variable (url_auth)', 'lambda/CreateFunctionUrlConfig/AuthType (enum FunctionUrlAuthType); AWS::Lambda::Url AuthType (enum)',
 'Set to AWS_IAM if you want to restrict access to authenticated users only. Set to NONE if you want to bypass IAM authentication to create a public endpoint.',
 'auth_type|AWS_IAM|NONE',
 'variables:\n  url_auth: {type: string, default: @V@}\nresources:\n' + role('hook_role', 'h5-webhook', 'lambda.amazonaws.com') +
 '  hook:\n    type: aws.lambda.function\n    function_name: h5-webhook\n    runtime: python3.12\n    handler: handler.handler\n'
 '    role: ${hook_role.arn}\n    source: handler.py\n'
 '  hook_url:\n    type: awscc.lambda.url\n    target_function_arn: ${hook.arn}\n    auth_type: ${var.url_auth}\n',
 'IAM', 'AWS_IAM', {'handler.py': 'def handler(event, context):\n    return {"ok": True}\n'}),

('cc-sns-tracing-enabled-local', 'SNS', 'awscc.sns.topic',
 "a topic's tracing config is PassThrough or Active (Enabled)",
 'local (tracing)', 'sns/CreateTopic/Attributes TracingConfig; AWS::SNS::Topic TracingConfig',
 'TracingConfig – Tracing mode of an Amazon SNS topic. By default TracingConfig is set to PassThrough, [...] If set to Active, Amazon SNS will vend X-Ray segment data to topic owner account',
 'tracing|PassThrough|Active',
 'locals:\n  tracing: @V@\nresources:\n  landed:\n    type: awscc.sns.topic\n    topic_name: h5-landed\n    tracing_config: ${local.tracing}\n',
 'Enabled', 'Active', {}),

('cc-aoss-collection-type-vector-list', 'OpenSearch Serverless', 'awscc.opensearchserverless.collection',
 "a collection's type is SEARCH, TIMESERIES or VECTORSEARCH (VECTOR)",
 'list element (local.collection_kinds[2])', 'opensearchserverless/CreateCollection/type (enum CollectionType); AWS::OpenSearchServerless::Collection Type (enum)',
 'The type of collection. (CollectionType: SEARCH | TIMESERIES | VECTORSEARCH)',
 'collection_type|VECTORSEARCH|SEARCH|TIMESERIES',
 'locals:\n  collection_kinds: [SEARCH, TIMESERIES, @V@]\nresources:\n  embeddings:\n    type: awscc.opensearchserverless.collection\n    name: h5-embeddings\n'
 '    collection_type: ${local.collection_kinds[2]}\n',
 'VECTOR', 'VECTORSEARCH', {}),

('cc-aoss-collection-name-underscore-var', 'OpenSearch Serverless', 'awscc.opensearchserverless.collection',
 "a collection's name is [a-z][a-z0-9-]+ (an underscore)",
 'variable (collection)', 'opensearchserverless/CreateCollection/name (shape CollectionName, min 3, max 32, pattern [a-z][a-z0-9-]+); AWS::OpenSearchServerless::Collection Name (pattern)',
 'Name of the collection. (CollectionName: min 3, max 32, pattern [a-z][a-z0-9-]+)',
 'name|pattern|a-z',
 'variables:\n  collection: {type: string, default: @V@}\nresources:\n  app_logs:\n    type: awscc.opensearchserverless.collection\n    name: ${var.collection}\n    collection_type: TIMESERIES\n',
 'h5_app_logs', 'h5-app-logs', {}),

('cc-rds-monitoring-interval-45-list', 'RDS', 'awscc.rds.db_instance',
 "Enhanced Monitoring's interval is 0, 1, 5, 10, 15, 30 or 60 (45)",
 'list element (var.intervals[1])', 'rds/CreateDBInstance/MonitoringInterval',
 'The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the DB instance. [...] Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60',
 'monitoring_interval|monitoring|60',
 'variables:\n  intervals: {type: list(number), default: [60, @V@]}\nresources:\n' + role('monitoring', 'h5-rds-monitoring', 'monitoring.rds.amazonaws.com') +
 '  metadata:\n    type: awscc.rds.db_instance\n    db_instance_identifier: h5-metadata\n    engine: postgres\n    db_instance_class: db.t4g.micro\n'
 '    allocated_storage: "20"\n    master_username: airflow\n    manage_master_user_password: true\n'
 '    monitoring_interval: ${var.intervals[1]}\n    monitoring_role_arn: ${monitoring.arn}\n',
 '45', '30', {}),

('cc-rds-pi-retention-30-var', 'RDS', 'awscc.rds.db_instance',
 "Performance Insights retention is 7, a month count times 31, or 731 days (30)",
 'variable (pi_days)', 'rds/CreateDBInstance/PerformanceInsightsRetentionPeriod; AWS::RDS::DBInstance PerformanceInsightsRetentionPeriod (enum)',
 "Valid Values: 7, month * 31, where month is a number of months from 1-23. [...] 731. If you specify a retention period that isn't valid, such as 94, Amazon RDS returns an error.",
 'performance_insights_retention|retention|731',
 'variables:\n  pi_days: {type: number, default: @V@}\nresources:\n  warehouse_meta:\n    type: awscc.rds.db_instance\n    db_instance_identifier: h5-warehouse-meta\n    engine: postgres\n'
 '    db_instance_class: db.t4g.medium\n    allocated_storage: "20"\n    master_username: meta\n    manage_master_user_password: true\n'
 '    enable_performance_insights: true\n    performance_insights_retention_period: ${var.pi_days}\n',
 '30', '31', {}),

('cc-dynamodb-stream-view-new-local', 'DynamoDB', 'awscc.dynamodb.table',
 "a stream's view type is NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY (NEW)",
 'local (stream_view)', 'dynamodb/CreateTable/StreamSpecification.StreamViewType (enum StreamViewType); AWS::DynamoDB::Table StreamSpecification.StreamViewType',
 'When an item in the table is modified, StreamViewType determines what information is written to the stream for this table. Valid values for StreamViewType are: KEYS_ONLY [...] NEW_IMAGE [...] OLD_IMAGE [...] NEW_AND_OLD_IMAGES',
 'stream_view_type|NEW_IMAGE|StreamViewType',
 'locals:\n  stream_view: @V@\nresources:\n  orders:\n    type: awscc.dynamodb.table\n    table_name: h5-orders\n    billing_mode: PAY_PER_REQUEST\n'
 '    attribute_definitions:\n      - {attribute_name: order_id, attribute_type: S}\n    key_schema:\n      - {attribute_name: order_id, key_type: HASH}\n'
 '    stream_specification: {stream_view_type: "${local.stream_view}"}\n',
 'NEW', 'NEW_IMAGE', {}),

('cc-timestream-memory-400-days-local', 'Timestream', 'awscc.timestream.table',
 "the memory store keeps 1 to 8766 hours (400 days, 9600)",
 'local (memory_hours)', 'timestream-write/CreateTable/RetentionProperties.MemoryStoreRetentionPeriodInHours (min 1, max 8766)',
 'The duration for which data must be stored in the memory store. (MemoryStoreRetentionPeriodInHours: min 1, max 8766)',
 'memory_store_retention|memory store|8766',
 'locals:\n  memory_hours: "${24 * @V@}"\nresources:\n  telemetry:\n    type: awscc.timestream.database\n    database_name: h5_telemetry\n'
 '  sensor_readings:\n    type: awscc.timestream.table\n    database_name: ${telemetry.database_name}\n    table_name: sensor_readings\n'
 '    retention_properties:\n      memory_store_retention_period_in_hours: ${local.memory_hours}\n      magnetic_store_retention_period_in_days: "3650"\n',
 '400', '365', {}),

('cc-dms-endpoint-type-upper-lit', 'DMS', 'awscc.dms.endpoint',
 "an endpoint's type is source or target (SOURCE)",
 'literal', 'dms/CreateEndpoint/EndpointType (enum ReplicationEndpointTypeValue)',
 'The type of endpoint. Valid values are source and target.',
 'endpoint_type|source|target',
 'resources:\n  orders_db:\n    type: awscc.dms.endpoint\n    endpoint_identifier: h5-orders-db\n    endpoint_type: @V@\n    engine_name: postgres\n'
 '    server_name: orders.internal\n    port: 5432\n    database_name: orders\n    username: dms\n    password: not-a-real-password\n',
 'SOURCE', 'source', {}),

('cc-secret-password-length-8192-mod', 'Secrets Manager', 'awscc.secretsmanager.secret',
 "a generated password's length is 1 to 4096",
 'module input (length)', 'secretsmanager/GetRandomPassword/PasswordLength (min 1, max 4096); AWS::SecretsManager::Secret GenerateSecretString.PasswordLength',
 "The length of the password. If you don't include this parameter, the default length is 32 characters. (PasswordLengthType: min 1, max 4096)",
 'password_length|length|4096',
 'modules:\n  warehouse_login:\n    source: ./mod\n    length: @V@\n',
 '8192', '64',
 {'mod/main.yaml': 'variables:\n  length: {type: number}\nresources:\n  login:\n    type: awscc.secretsmanager.secret\n    name: h5/warehouse/login\n'
  '    generate_secret_string:\n      secret_string_template: \'{"username": "loader"}\'\n      generate_string_key: password\n'
  '      password_length: ${var.length}\n      exclude_punctuation: true\n'}),

('cc-ssm-tier-uppercase-lit', 'SSM', 'awscc.ssm.parameter',
 "a parameter's tier is Standard, Advanced or Intelligent-Tiering (ADVANCED)",
 'literal', 'ssm/PutParameter/Tier (enum ParameterTier); AWS::SSM::Parameter Tier (enum)',
 'The parameter tier to assign to a parameter. Parameter Store offers a standard tier and an advanced tier for parameters. (ParameterTier: Standard | Advanced | Intelligent-Tiering)',
 'tier|Advanced|Standard',
 'resources:\n  spark_conf:\n    type: awscc.ssm.parameter\n    name: /h5/spark/defaults\n    parameter_type: String\n    tier: @V@\n'
 '    value: spark.sql.shuffle.partitions=400\n',
 'ADVANCED', 'Advanced', {}),

('cc-pipes-desired-state-enabled-var', 'EventBridge Pipes', 'awscc.pipes.pipe',
 "a pipe's desired state is RUNNING or STOPPED (ENABLED, a rule's word)",
 'variable (pipe_state)', 'pipes/CreatePipe/DesiredState (enum RequestedPipeState); AWS::Pipes::Pipe DesiredState (enum)',
 'The state the pipe should be in. (RequestedPipeState: RUNNING | STOPPED)',
 'desired_state|RUNNING|STOPPED',
 'variables:\n  pipe_state: {type: string, default: @V@}\nresources:\n  changes:\n    type: aws.sqs.queue\n    name: h5-changes\n  fanout:\n    type: aws.sns.topic\n    name: h5-fanout\n'
 + role('pipe_role', 'h5-pipe', 'pipes.amazonaws.com') +
 '  changes_to_fanout:\n    type: awscc.pipes.pipe\n    name: h5-changes-to-fanout\n    role_arn: ${pipe_role.arn}\n    source: ${changes.arn}\n'
 '    target: ${fanout.arn}\n    desired_state: ${var.pipe_state}\n',
 'ENABLED', 'RUNNING', {}),
]
