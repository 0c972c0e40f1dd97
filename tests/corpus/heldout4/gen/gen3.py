# tests/corpus/heldout4/gen/gen3.py: the awscc.* cases of heldout4.

case('cc-s3-cors-patch-method-list', 'S3', 'awscc.s3.bucket',
     'a CORS rule allows GET, PUT, HEAD, POST or DELETE (no PATCH)',
     'list element (a variable list, its third element)', 's3/PutBucketCors/CORSRule.AllowedMethods; AWS::S3::Bucket CorsRule.AllowedMethods',
     'An HTTP method that you allow the origin to execute. Valid values are GET, PUT, HEAD, POST, and DELETE.',
     'allowed_methods|AllowedMethods|PATCH|method',
     '''variables:
  methods: {type: list, default: [GET, PUT, @V@]}
resources:
  uploads:
    type: awscc.s3.bucket
    bucket_name: h4-browser-uploads
    cors_configuration:
      cors_rules:
        - allowed_methods: ${var.methods}
          allowed_origins: ["https://app.example.com"]
''', 'PATCH', 'POST')

case('cc-lambda-dlq-is-log-group-ref', 'Lambda', 'awscc.lambda.function',
     "a dead-letter target is an SQS queue's or SNS topic's ARN (a log group's given)",
     "reference (${fail_logs.arn})", 'lambda/CreateFunction/DeadLetterConfig.TargetArn; AWS::Lambda::Function DeadLetterConfig.TargetArn',
     'The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.',
     'dead|queue|topic|target_arn',
     '''resources:
''' + ASSUME_LAMBDA + '''  fail_logs:
    type: aws.logs.log_group
    name: /h4/failed-events
  failed:
    type: aws.sqs.queue
    name: h4-failed-events
  fn:
    type: awscc.lambda.function
    function_name: h4-async-worker
    runtime: python3.12
    handler: index.handler
    role: ${fn_role.arn}
    code: {zip_file: "def handler(e, c):\\n    return 1\\n"}
    dead_letter_config: {target_arn: "${@V@.arn}"}
''', 'fail_logs', 'failed')

case('cc-kms-rotation-period-30-var', 'KMS', 'awscc.kms.key',
     'a rotation period is 90 to 2560 days',
     'variable (rotate_days)', 'kms/EnableKeyRotation/RotationPeriodInDays (min 90, max 2560); AWS::KMS::Key RotationPeriodInDays',
     'Use this parameter to specify a custom period of time between each rotation date. If no value is specified, the default value is 365 days. (min 90, max 2560)',
     'rotation|90|2560',
     '''variables:
  rotate_days: {type: number, default: @V@}
resources:
  lake_key:
    type: awscc.kms.key
    description: lake data key
    enable_key_rotation: true
    rotation_period_in_days: ${var.rotate_days}
''', '30', '90')

case('cc-cognito-callback-http-list', 'Cognito', 'awscc.cognito.user_pool_client',
     'a callback URL is https (http only for localhost)',
     'list element (a variable list, its second element)', 'cognito-idp/CreateUserPoolClient/CallbackURLs',
     'Amazon Cognito requires HTTPS over HTTP except for callback URLs to http://localhost, http://127.0.0.1 and http://[::1].',
     'https|callback',
     '''variables:
  callbacks: {type: list, default: ["https://app.example.com/cb", "@V@"]}
resources:
  pool:
    type: awscc.cognito.user_pool
    user_pool_name: h4-analysts
  web:
    type: awscc.cognito.user_pool_client
    user_pool_id: ${pool.user_pool_id}
    client_name: h4-web
    allowed_o_auth_flows: [code]
    allowed_o_auth_scopes: [openid]
    allowed_o_auth_flows_user_pool_client: true
    supported_identity_providers: [COGNITO]
    callback_ur_ls: ${var.callbacks}
''', 'http://staging.example.com/cb', 'https://staging.example.com/cb')

case('cc-cognito-client-credentials-with-code-local', 'Cognito', 'awscc.cognito.user_pool_client',
     'client_credentials is the only OAuth flow of its client',
     'local (flows)', 'cognito-idp/CreateUserPoolClient/AllowedOAuthFlows',
     'To create an app client that generates client credentials grants, you must add client_credentials as the only allowed OAuth flow.',
     'client_credentials|flow',
     '''locals:
  flows: [@V@]
resources:
  pool:
    type: awscc.cognito.user_pool
    user_pool_name: h4-machines
  api:
    type: awscc.cognito.user_pool_client
    user_pool_id: ${pool.user_pool_id}
    client_name: h4-batch-caller
    generate_secret: true
    allowed_o_auth_flows: ${local.flows}
    allowed_o_auth_flows_user_pool_client: true
    allowed_o_auth_scopes: ["https://api.example.com/read"]
''', 'code, client_credentials', 'client_credentials')

case('cc-backup-start-window-30-local', 'Backup', 'awscc.backup.backup_plan',
     'a rule start window is at least 60 minutes',
     'local (start_window)', 'backup/CreateBackupPlan/BackupRuleInput.StartWindowMinutes; AWS::Backup::BackupPlan BackupRuleResourceType.StartWindowMinutes',
     'A value in minutes after a backup is scheduled before a job will be canceled if it doesn\'t start successfully. ... If this value is included, it must be at least 60 minutes to avoid errors.',
     'start window|start_window|60',
     '''locals:
  start_window: @V@
resources:
  vault:
    type: awscc.backup.backup_vault
    backup_vault_name: h4-nightly
  plan:
    type: awscc.backup.backup_plan
    backup_plan:
      backup_plan_name: h4-nightly
      backup_plan_rule:
        - rule_name: nightly
          target_backup_vault: ${vault.backup_vault_name}
          schedule_expression: "cron(0 3 * * ? *)"
          start_window_minutes: ${local.start_window}
          completion_window_minutes: 480
''', '30', '60')

case('cc-backup-rule-vault-is-arn-ref', 'Backup', 'awscc.backup.backup_plan',
     "a rule's target vault is a vault name ([a-zA-Z0-9-_]{2,50}; its ARN given)",
     "reference (${vault.backup_vault_arn})", 'backup/CreateBackupPlan/BackupRuleInput.TargetBackupVaultName (pattern ^[a-zA-Z0-9\\-\\_]{2,50}$)',
     'The name of a logical container where backups are stored. Backup vaults are identified by names that are unique to the account used to create them and the Amazon Web Services Region where they are created.',
     'vault|name|pattern',
     '''resources:
  vault:
    type: awscc.backup.backup_vault
    backup_vault_name: h4-weekly
  plan:
    type: awscc.backup.backup_plan
    backup_plan:
      backup_plan_name: h4-weekly
      backup_plan_rule:
        - rule_name: weekly
          target_backup_vault: ${vault.@V@}
          schedule_expression: "cron(0 4 ? * SUN *)"
''', 'backup_vault_arn', 'backup_vault_name')

case('cc-elasticache-auth-without-transit-var', 'ElastiCache', 'awscc.elasticache.replication_group',
     'an AuthToken needs TransitEncryptionEnabled true',
     'variable (tls)', 'elasticache/CreateReplicationGroup/AuthToken',
     'AuthToken can be specified only on replication groups where TransitEncryptionEnabled is true.',
     'transit|auth',
     '''variables:
  tls: {type: bool, default: @V@}
  token: {type: string, sensitive: true, default: "a-long-enough-auth-token-0123"}
resources:
  cache:
    type: awscc.elasticache.replication_group
    replication_group_description: lake lookups
    replication_group_id: h4-lookups
    engine: redis
    cache_node_type: cache.t3.micro
    num_cache_clusters: 1
    transit_encryption_enabled: ${var.tls}
    auth_token: ${var.token}
''', 'false', 'true')

case('cc-elasticache-group-id-starts-digit-list', 'ElastiCache', 'awscc.elasticache.replication_group',
     "a replication group id's first character is a letter",
     'list element (a local list, its first element)', 'elasticache/CreateReplicationGroup/ReplicationGroupId',
     'Constraints: A name must contain from 1 to 40 alphanumeric characters or hyphens. The first character must be a letter. A name cannot end with a hyphen or contain two consecutive hyphens.',
     'letter|replication_group_id|replication group',
     '''locals:
  ids: ["@V@", sessions-b]
resources:
  cache:
    type: awscc.elasticache.replication_group
    replication_group_description: sessions
    replication_group_id: ${local.ids[0]}
    engine: redis
    cache_node_type: cache.t3.micro
    num_cache_clusters: 1
''', '1st-sessions', 'sessions-a')

case('cc-rds-multiaz-with-az-var', 'RDS', 'awscc.rds.db_instance',
     'a Multi-AZ instance names no availability zone',
     'variable (ha)', 'rds/CreateDBInstance/AvailabilityZone and MultiAZ',
     "You can't set the AvailabilityZone parameter if the DB instance is a Multi-AZ deployment.",
     'availability|multi',
     '''variables:
  ha: {type: bool, default: @V@}
  pw: {type: string, sensitive: true, default: "Sup3r-secret-pass"}
resources:
  db:
    type: awscc.rds.db_instance
    db_instance_identifier: h4-ledger
    engine: postgres
    db_instance_class: db.t3.micro
    allocated_storage: "20"
    master_username: ledger
    master_user_password: ${var.pw}
    multi_az: ${var.ha}
    availability_zone: us-east-1a
''', 'true', 'false')

case('cc-rds-backup-window-overlaps-maintenance-local', 'RDS', 'awscc.rds.db_instance',
     'the backup window does not overlap the maintenance window',
     'local (backup_window)', 'rds/CreateDBInstance/PreferredBackupWindow',
     'Must not conflict with the preferred maintenance window.',
     'window|maintenance|backup',
     '''locals:
  backup_window: "@V@"
variables:
  pw: {type: string, sensitive: true, default: "Sup3r-secret-pass"}
resources:
  db:
    type: awscc.rds.db_instance
    db_instance_identifier: h4-catalog
    engine: postgres
    db_instance_class: db.t3.micro
    allocated_storage: "20"
    master_username: catalog
    master_user_password: ${var.pw}
    preferred_backup_window: ${local.backup_window}
    preferred_maintenance_window: "sun:03:30-sun:04:00"
''', '03:00-04:00', '01:00-02:00')

case('cc-msk-instance-type-no-kafka-prefix-var', 'MSK', 'awscc.msk.cluster',
     'a broker instance type is kafka.* (m5.large given)',
     'variable (broker_type)', 'kafka/CreateCluster/BrokerNodeGroupInfo.InstanceType',
     'The type of Amazon EC2 instances to use for Apache Kafka brokers. The following instance types are allowed: kafka.m5.large, kafka.m5.xlarge, kafka.m5.2xlarge, kafka.m5.4xlarge, kafka.m5.12xlarge, and kafka.m5.24xlarge.',
     'instance type|instance_type|kafka.',
     '''variables:
  broker_type: {type: string, default: @V@}
resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.44.0.0/16
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.44.1.0/24
    availability_zone: us-east-1a
  b:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.44.2.0/24
    availability_zone: us-east-1b
  events:
    type: awscc.msk.cluster
    cluster_name: h4-events
    kafka_version: 3.6.0
    number_of_broker_nodes: 2
    broker_node_group_info:
      instance_type: ${var.broker_type}
      client_subnets: ["${a.subnet_id}", "${b.subnet_id}"]
''', 'm5.large', 'kafka.m5.large')

case('cc-opensearch-domain-uppercase-lit', 'OpenSearch', 'awscc.opensearchservice.domain',
     'a domain name is lowercase ([a-z][a-z0-9-]+)',
     'literal', 'opensearch/CreateDomain/DomainName (pattern [a-z][a-z0-9\\-]+, 3 to 28)',
     'Name of the OpenSearch Service domain to create. (pattern [a-z][a-z0-9\\-]+, min 3, max 28)',
     'domain name|domain_name|pattern|lowercase',
     '''resources:
  search:
    type: awscc.opensearchservice.domain
    domain_name: @V@
    engine_version: OpenSearch_2.13
    cluster_config: {instance_type: t3.small.search, instance_count: 1}
    ebs_options: {ebs_enabled: true, volume_size: 10}
''', 'Logs-Search', 'logs-search')

case('cc-opensearch-two-dedicated-masters-mod', 'OpenSearch', 'awscc.opensearchservice.domain',
     'dedicated master count is greater than 2 and not 4',
     'module input (masters)', 'opensearch/CreateDomain/ClusterConfig.DedicatedMasterCount',
     'Number of dedicated master nodes in the cluster. This number must be greater than 2 and not 4, otherwise you receive a validation exception.',
     'master|dedicated',
     '''modules:
  search:
    source: ./mod
    masters: @V@
''', '2', '3',
     {'mod/main.yaml': '''variables:
  masters: {type: number}
resources:
  domain:
    type: awscc.opensearchservice.domain
    domain_name: h4-audit-search
    engine_version: OpenSearch_2.13
    cluster_config:
      instance_type: r6g.large.search
      instance_count: 2
      dedicated_master_enabled: true
      dedicated_master_type: m6g.large.search
      dedicated_master_count: ${var.masters}
    ebs_options: {ebs_enabled: true, volume_size: 20}
'''})

case('cc-efs-provisioned-without-throughput-var', 'EFS', 'awscc.efs.file_system',
     'provisioned throughput mode needs ProvisionedThroughputInMibps',
     'variable (mode)', 'efs/CreateFileSystem/ProvisionedThroughputInMibps',
     'Required if ThroughputMode is set to provisioned.',
     'provisioned|throughput',
     '''variables:
  mode: {type: string, default: @V@}
resources:
  shared:
    type: awscc.efs.file_system
    encrypted: true
    throughput_mode: ${var.mode}
''', 'provisioned', 'elastic')

case('cc-events-bus-named-default-local', 'EventBridge', 'awscc.events.event_bus',
     'a custom event bus is not named default',
     'local (bus)', 'events/CreateEventBus/Name',
     "You can't use the name default for a custom event bus, as this name is already used for your account's default event bus.",
     'default|name',
     '''locals:
  bus: @V@
resources:
  bus:
    type: awscc.events.event_bus
    name: ${local.bus}
''', 'default', 'lake-events')

case('cc-secret-rotation-days-and-schedule-local', 'Secrets Manager', 'awscc.secretsmanager.rotation_schedule',
     'rotation rules set AutomaticallyAfterDays or ScheduleExpression, not both',
     'local (rules)', 'secretsmanager/RotateSecret/RotationRules.AutomaticallyAfterDays',
     'In RotateSecret, you can set the rotation schedule in RotationRules with AutomaticallyAfterDays or ScheduleExpression, but not both.',
     'automatically_after_days|AutomaticallyAfterDays|schedule|both',
     '''locals:
  rules: {@V@}
variables:
  pw: {type: string, sensitive: true, default: "x-secret-value"}
resources:
''' + ASSUME_LAMBDA + '''  rotator:
    type: aws.lambda.function
    function_name: h4-rotator
    runtime: python3.12
    handler: handler.handler
    role: ${fn_role.arn}
    source: handler.py
  db_secret:
    type: aws.secretsmanager.secret
    name: h4/db/loader
    value: ${var.pw}
  rotation:
    type: awscc.secretsmanager.rotation_schedule
    secret_id: ${db_secret.arn}
    rotation_lambda_arn: ${rotator.arn}
    rotation_rules: ${local.rules}
''', 'automatically_after_days: 30, schedule_expression: "rate(30 days)"', 'schedule_expression: "rate(30 days)"', HANDLER)

case('cc-sqs-dlq-is-topic-ref', 'SQS', 'awscc.sqs.queue',
     "a dead-letter target is a queue's ARN (a topic's given)",
     "reference (${alerts.topic_arn})", 'sqs/CreateQueue/Attributes RedrivePolicy.deadLetterTargetArn',
     'deadLetterTargetArn – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of maxReceiveCount is exceeded.',
     'deadLetterTargetArn|dead-letter|dead letter|queue',
     '''resources:
  alerts:
    type: awscc.sns.topic
    topic_name: h4-poison
  poison:
    type: awscc.sqs.queue
    queue_name: h4-poison
  work:
    type: awscc.sqs.queue
    queue_name: h4-work
    redrive_policy:
      deadLetterTargetArn: ${@V@}
      maxReceiveCount: 5
''', 'alerts.topic_arn', 'poison.arn')

case('cc-dynamodb-table-class-ia-lit', 'DynamoDB', 'awscc.dynamodb.table',
     'a table class is STANDARD or STANDARD_INFREQUENT_ACCESS',
     'literal', 'dynamodb/CreateTable/TableClass (enum TableClass)',
     'The table class of the new table. Valid values are STANDARD and STANDARD_INFREQUENT_ACCESS.',
     'table_class|table class|STANDARD_INFREQUENT_ACCESS',
     '''resources:
  history:
    type: awscc.dynamodb.table
    table_name: h4-order-history
    billing_mode: PAY_PER_REQUEST
    attribute_definitions: [{attribute_name: id, attribute_type: S}]
    key_schema: [{attribute_name: id, key_type: HASH}]
    table_class: @V@
''', 'STANDARD_IA', 'STANDARD_INFREQUENT_ACCESS')

case('cc-logs-class-infrequent-var', 'CloudWatch Logs', 'awscc.logs.log_group',
     'a log group class is STANDARD, INFREQUENT_ACCESS or DELIVERY',
     'variable (log_class)', 'logs/CreateLogGroup/logGroupClass (enum LogGroupClass); AWS::Logs::LogGroup LogGroupClass',
     'Use this parameter to specify the log group class for this log group. There are three classes: The Standard log class ... The Infrequent Access log class ... The Delivery log class ... (enum STANDARD, INFREQUENT_ACCESS, DELIVERY)',
     'class|INFREQUENT_ACCESS',
     '''variables:
  log_class: {type: string, default: @V@}
resources:
  debug_logs:
    type: awscc.logs.log_group
    log_group_name: /h4/debug
    log_group_class: ${var.log_class}
''', 'INFREQUENT', 'INFREQUENT_ACCESS')

case('cc-batch-fargate-memory-not-for-vcpu-local', 'Batch', 'awscc.batch.job_definition',
     "a Fargate job's memory is one its VCPU allows (1 vCPU: 2048 to 8192 MiB)",
     'local (memory)', 'batch/RegisterJobDefinition/ResourceRequirement.value',
     'value = 1 MEMORY = 2048, 3072, 4096, 5120, 6144, 7168, or 8192 (for jobs that are running on Fargate resources ... the MEMORY values must be one of the values supported for that VCPU value)',
     'memory|vcpu',
     '''locals:
  memory: "@V@"
resources:
  exec_role:
    type: aws.iam.role
    name: h4-batch-exec2
    assume_role_policy:
      Version: "2012-10-17"
      Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: "sts:AssumeRole"}]
  job:
    type: awscc.batch.job_definition
    job_definition_name: h4-compact
    job_definition_type: container
    platform_capabilities: [FARGATE]
    container_properties:
      image: public.ecr.aws/docker/library/python:3.12
      execution_role_arn: ${exec_role.arn}
      resource_requirements:
        - {type: VCPU, value: "1"}
        - {type: MEMORY, value: "${local.memory}"}
''', '1024', '2048')

case('cc-apigwv2-cors-on-websocket-var', 'API Gateway', 'awscc.apigatewayv2.api',
     'CORS configuration is for HTTP APIs only (a WEBSOCKET API given one)',
     'variable (protocol)', 'apigatewayv2/CreateApi/CorsConfiguration (Cors.AllowOrigins, AllowCredentials)',
     'Represents a collection of allowed origins. Supported only for HTTP APIs.',
     'cors|http api|HTTP',
     '''variables:
  protocol: {type: string, default: @V@}
resources:
  api:
    type: awscc.apigatewayv2.api
    name: h4-feed
    protocol_type: ${var.protocol}
@F@    cors_configuration:
      allow_origins: ["https://app.example.com"]
      allow_methods: [GET]
''', ('WEBSOCKET', '    route_selection_expression: "$request.body.action"\n'), ('HTTP', ''))

case('cc-apigw-rest-two-endpoint-types-local', 'API Gateway', 'awscc.apigateway.rest_api',
     'a REST API has one endpoint type',
     'local (types)', 'apigateway/CreateRestApi/EndpointConfiguration.types',
     'A list of endpoint types of an API (RestApi) or its custom domain name (DomainName).',
     'endpoint',
     '''locals:
  types: [@V@]
resources:
  api:
    type: awscc.apigateway.rest_api
    name: h4-rest
    endpoint_configuration: {types: "${local.types}"}
''', 'EDGE, REGIONAL', 'REGIONAL')

case('cc-emrs-release-label-no-prefix-local', 'EMR Serverless', 'awscc.emrserverless.application',
     'a release label is emr-X.Y.Z',
     'local (release)', 'emr-serverless/CreateApplication/releaseLabel',
     'The Amazon EMR release associated with the application.',
     'release',
     '''locals:
  release: "@V@"
resources:
  app:
    type: awscc.emrserverless.application
    name: h4-hive
    application_type: HIVE
    release_label: ${local.release}
''', '7.1.0', 'emr-7.1.0')
