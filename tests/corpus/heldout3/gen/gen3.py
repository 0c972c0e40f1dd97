# tests/corpus/heldout3/gen/gen3.py: awscc.* cases (S3, IAM, Glue, Lambda, EventBridge, DynamoDB, Secrets Manager, CloudWatch, CloudFront, ELBv2, Cognito, Backup, AppConfig, API Gateway, ElastiCache, EC2, RDS, KMS, SQS, Logs, ECS, Step Functions); uses gen1.py's case() and role(); exec'd by build.py.

case('cc-s3-bucket-name-xn-prefix-var', 'S3', 'awscc.s3.bucket', 'bucket names must not start with xn--', 'variable (prefix)',
 'S3 User Guide: general purpose bucket naming rules',
 'Bucket names must not start with the prefix xn--.',
 'xn--|prefix',
 '''variables:
  org: { type: string, default: @V@ }
resources:
  b:
    type: awscc.s3.bucket
    bucket_name: ${var.org}-h3-exports
''', 'xn--mnchen-3ya', 'muenchen')

case('cc-iam-oidc-thumbprint-not-40-local', 'IAM', 'awscc.iam.oidc_provider', 'a thumbprint is 40 hex characters', 'local',
 'schema AWS::IAM::OIDCProvider / ThumbprintList (items: minLength 40, maxLength 40, pattern ^[0-9A-Fa-f]{40}$); iam/CreateOpenIDConnectProvider/ThumbprintList',
 'ThumbprintList: A list of server certificate thumbprints ... The thumbprint is always a 40-character string.',
 'thumbprint|40',
 '''locals:
  ca_thumb: @V@
resources:
  gh:
    type: awscc.iam.oidc_provider
    url: https://token.actions.githubusercontent.com
    client_id_list: [sts.amazonaws.com]
    thumbprint_list: ["${local.ca_thumb}"]
''', '6938fd4d98bab03faadb97b34396831e3780aea', '6938fd4d98bab03faadb97b34396831e3780aea1')

case('cc-glue-job-flex-on-glue-2-var', 'Glue', 'awscc.glue.job', 'FLEX execution class only on Glue 3.0+ glueetl jobs', 'variable (glue_version)',
 'glue/CreateJob/ExecutionClass',
 'ExecutionClass: Indicates whether the job is run with a standard or flexible execution class. ... Only jobs with Glue version 3.0 and above and command type glueetl will be allowed to set ExecutionClass to FLEX.',
 'flex|execution_class|executionclass|glue version|glue_version|3.0',
 '''variables:
  glue: { type: string, default: @V@ }
resources:
''' + role('glue') + '''  job:
    type: awscc.glue.job
    name: h3-flex-backfill
    role: ${role.arn}
    command: { name: glueetl, script_location: "s3://h3-code-bucket/backfill.py" }
    glue_version: ${var.glue}
    worker_type: G.1X
    number_of_workers: 4
    execution_class: FLEX
''', '"2.0"', '"4.0"')

case('cc-lambda-ephemeral-over-10240-var', 'Lambda', 'awscc.lambda.function', 'EphemeralStorage.Size 512..10240', 'variable',
 'lambda/CreateFunction/EphemeralStorage.Size (min 512, max 10240); schema AWS::Lambda::Function / EphemeralStorage.Size',
 'Size: The size of the function\'s /tmp directory. (EphemeralStorageSize min 512, max 10240)',
 'ephemeral|10240|size',
 '''variables:
  tmp_mb: { type: number, default: @V@ }
resources:
''' + role('lambda') + '''  fn:
    type: awscc.lambda.function
    function_name: h3-unzipper
    runtime: python3.12
    handler: app.handler
    role: ${role.arn}
    code: { s3_bucket: h3-code-bucket, s3_key: unzipper.zip }
    ephemeral_storage: { size: "${var.tmp_mb}" }
''', '20480', '10240')

case('cc-events-target-input-and-path-local', 'EventBridge', 'awscc.events.rule', 'Input, InputPath and InputTransformer are mutually exclusive', 'local (the target)',
 'events/PutTargets/Targets (Input, InputPath, InputTransformer)',
 'You can customize the text from the event with the Input, InputPath and InputTransformer fields; InputPath and Input are mutually exclusive (ValidationException: Only one of Input, InputPath, or InputTransformer must be provided.)',
 'input|mutually|exclusive|only one',
 '''locals:
  target: @V@
resources:
  q:
    type: aws.sqs.queue
    name: h3-rule-sink
  r:
    type: awscc.events.rule
    name: h3-upload-sink
    event_pattern: { source: ["aws.s3"] }
    targets: ["${local.target}"]
''', '{ id: sink, arn: "${q.arn}", input: "{\\"kind\\":\\"upload\\"}", input_path: "$.detail" }', '{ id: sink, arn: "${q.arn}", input_path: "$.detail" }')

case('cc-dynamodb-lsi-without-sort-key-local', 'DynamoDB', 'awscc.dynamodb.table', 'a local secondary index needs a table with a composite primary key', 'local (key schema)',
 'dynamodb/CreateTable/LocalSecondaryIndexes',
 'LocalSecondaryIndexes: One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. ... (ValidationException: One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex)',
 'range|sort|local secondary|composite',
 '''locals:
  keys: @V@
resources:
  t:
    type: awscc.dynamodb.table
    table_name: h3-events
    billing_mode: PAY_PER_REQUEST
    attribute_definitions:
      - { attribute_name: device, attribute_type: S }
      - { attribute_name: ts, attribute_type: N }
      - { attribute_name: severity, attribute_type: S }
    key_schema: ${local.keys}
    local_secondary_indexes:
      - index_name: by-severity
        key_schema: [{ attribute_name: device, key_type: HASH }, { attribute_name: severity, key_type: RANGE }]
        projection: { projection_type: KEYS_ONLY }
''', '[{ attribute_name: device, key_type: HASH }]', '[{ attribute_name: device, key_type: HASH }, { attribute_name: ts, key_type: RANGE }]')

case('cc-secret-string-and-generate-local', 'Secrets Manager', 'awscc.secretsmanager.secret', 'SecretString and GenerateSecretString are exclusive', 'local',
 'schema AWS::SecretsManager::Secret / GenerateSecretString ("Either GenerateSecretString or SecretString must have a value, but not both.")',
 'GenerateSecretString: A structure that specifies how to generate a password to encrypt and store in the secret. To include a specific string in the secret, use SecretString instead. If you omit both GenerateSecretString and SecretString, you create an empty secret. When you make a change to this property, a new secret version is created. Either GenerateSecretString or SecretString must have a value, but not both.',
 'secret_string|secretstring|generate|not both',
 '''locals:
  initial: @V@
resources:
  s:
    type: awscc.secretsmanager.secret
    name: h3/warehouse/loader
    generate_secret_string: { password_length: 32, exclude_characters: "\\"@/\\\\" }
@F@''', ('"changeme"', '    secret_string: ${local.initial}\n'), ('null', ''))

case('cc-cloudfront-viewer-policy-https-local', 'CloudFront', 'awscc.cloudfront.distribution', 'ViewerProtocolPolicy allow-all, https-only or redirect-to-https', 'local',
 'schema AWS::CloudFront::Distribution / DefaultCacheBehavior.ViewerProtocolPolicy (enum); cloudfront CreateDistribution ViewerProtocolPolicy',
 'ViewerProtocolPolicy: The protocol that viewers can use to access the files in the origin ... You can specify the following options: allow-all, redirect-to-https, https-only.',
 'viewer_protocol_policy|viewerprotocolpolicy|redirect-to-https|https-only|allow-all',
 '''locals:
  viewers: @V@
resources:
  site:
    type: awscc.cloudfront.distribution
    distribution_config:
      enabled: true
      origins:
        - id: docs
          domain_name: h3-docs.s3.us-east-1.amazonaws.com
          s3_origin_config: { origin_access_identity: "" }
      default_cache_behavior:
        target_origin_id: docs
        viewer_protocol_policy: ${local.viewers}
        cache_policy_id: 658327ea-f89d-4fab-a63d-7e88639e58f6
''', 'https', 'redirect-to-https')

case('cc-cloudfront-cache-default-over-max-var', 'CloudFront', 'awscc.cloudfront.cache_policy', 'DefaultTTL not above MaxTTL', 'variable',
 'cloudfront/CreateCachePolicy/CachePolicyConfig.DefaultTTL',
 'DefaultTTL: The default amount of time, in seconds, that you want objects to stay in the CloudFront cache before CloudFront sends another request to the origin ... The default value for this field is 86400 seconds (one day). If the value of MinTTL is more than 86400 seconds, then the default value for this field is the same as the value of MinTTL. (InvalidArgument: DefaultTTL must be less than or equal to MaxTTL)',
 'ttl|default',
 '''variables:
  default_ttl: { type: number, default: @V@ }
resources:
  cp:
    type: awscc.cloudfront.cache_policy
    cache_policy_config:
      name: h3-reports
      min_ttl: 0
      default_ttl: ${var.default_ttl}
      max_ttl: 3600
      parameters_in_cache_key_and_forwarded_to_origin:
        enable_accept_encoding_gzip: true
        cookies_config: { cookie_behavior: none }
        headers_config: { header_behavior: none }
        query_strings_config: { query_string_behavior: none }
''', '86400', '600')

TGVPC = '''  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.50.0.0/16
'''
case('cc-elbv2-tg-timeout-not-under-interval-var', 'ELBv2', 'awscc.elasticloadbalancingv2.target_group', 'HealthCheckTimeoutSeconds below HealthCheckIntervalSeconds', 'variable',
 'elbv2/CreateTargetGroup/HealthCheckTimeoutSeconds',
 'HealthCheckTimeoutSeconds: The amount of time, in seconds, during which no response from a target means a failed health check. (ValidationError: Health check timeout must be smaller than the interval)',
 'timeout|interval',
 '''variables:
  hc_timeout: { type: number, default: @V@ }
resources:
''' + TGVPC + '''  tg:
    type: awscc.elasticloadbalancingv2.target_group
    name: h3-api
    protocol: HTTP
    port: 8080
    target_type: ip
    vpc_id: ${vpc.vpc_id}
    health_check_interval_seconds: 10
    health_check_timeout_seconds: ${var.hc_timeout}
''', '30', '5')

case('cc-elbv2-tg-name-over-32-local', 'ELBv2', 'awscc.elasticloadbalancingv2.target_group', 'target group name at most 32 characters', 'local (name parts)',
 'elbv2/CreateTargetGroup/Name',
 'Name: The name of the target group. This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen.',
 '32|name|long|length',
 '''locals:
  svc: @V@
resources:
''' + TGVPC + '''  tg:
    type: awscc.elasticloadbalancingv2.target_group
    name: h3-${local.svc}-tg
    protocol: HTTP
    port: 8080
    target_type: ip
    vpc_id: ${vpc.vpc_id}
''', 'customer-profile-enrichment-api', 'profile-api')

case('cc-elbv2-lb-name-internal-prefix-var', 'ELBv2', 'awscc.elasticloadbalancingv2.load_balancer', 'a load balancer name must not begin with internal-', 'variable',
 'elbv2/CreateLoadBalancer/Name',
 'Name: The name of the load balancer. This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with "internal-".',
 'internal',
 '''variables:
  lb: { type: string, default: @V@ }
resources:
''' + TGVPC + '''  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.50.1.0/24
    availability_zone: us-east-1a
  b:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.50.2.0/24
    availability_zone: us-east-1b
  lb:
    type: awscc.elasticloadbalancingv2.load_balancer
    name: ${var.lb}
    scheme: internal
    load_balancer_type: application
    subnets: ["${a.subnet_id}", "${b.subnet_id}"]
''', 'internal-api', 'h3-private-api')

case('cc-cognito-password-min-5-var', 'Cognito', 'awscc.cognito.user_pool', 'PasswordPolicy.MinimumLength 6..99', 'variable',
 'cognito-idp/CreateUserPool/Policies.PasswordPolicy.MinimumLength (min 6, max 99)',
 'MinimumLength: The minimum length of the password in the policy that you have set. This value can\'t be less than 6.',
 'minimum_length|minimumlength|6',
 '''variables:
  min_len: { type: number, default: @V@ }
resources:
  pool:
    type: awscc.cognito.user_pool
    user_pool_name: h3-analysts
    policies:
      password_policy: { minimum_length: "${var.min_len}", require_numbers: true }
''', '5', '12')

case('cc-cognito-access-token-over-day-var', 'Cognito', 'awscc.cognito.user_pool_client', 'access token validity 5 minutes to 1 day', 'variable (hours)',
 'cognito-idp/CreateUserPoolClient/AccessTokenValidity',
 'AccessTokenValidity: The access token time limit. ... Valid range is displayed below in seconds. (TokenValidityUnits hours: 1 day maximum; "Access Token validity must be between 5 minutes and 1 day")',
 'access_token|accesstoken|access token|validity',
 '''variables:
  hours: { type: number, default: @V@ }
resources:
  pool:
    type: awscc.cognito.user_pool
    user_pool_name: h3-analysts
  app:
    type: awscc.cognito.user_pool_client
    user_pool_id: ${pool.user_pool_id}
    client_name: h3-dashboards
    access_token_validity: ${var.hours}
    token_validity_units: { access_token: hours }
''', '48', '12')

case('cc-cognito-domain-reserved-word-local', 'Cognito', 'awscc.cognito.user_pool_domain', "a domain prefix can't hold aws, amazon or cognito", 'local',
 'cognito-idp/CreateUserPoolDomain/Domain; Cognito Developer Guide: using the Amazon Cognito prefix domain',
 'The prefix domain can contain only lowercase letters, numbers, and hyphens. ... You can\'t use the text aws, amazon, or cognito in the domain prefix.',
 'domain|reserved|cognito|aws|amazon',
 '''locals:
  prefix: @V@
resources:
  pool:
    type: awscc.cognito.user_pool
    user_pool_name: h3-analysts
  d:
    type: awscc.cognito.user_pool_domain
    user_pool_id: ${pool.user_pool_id}
    domain: ${local.prefix}
''', 'h3-cognito-login', 'h3-analysts-login')

case('cc-backup-cold-under-90-days-local', 'Backup', 'awscc.backup.backup_plan', 'DeleteAfterDays at least 90 days after MoveToColdStorageAfterDays', 'local (lifecycle)',
 'backup/CreateBackupPlan/Rules.Lifecycle',
 'Lifecycle: ... Backups transitioned to cold storage must be stored in cold storage for a minimum of 90 days. Therefore, the "retention" setting must be 90 days greater than the "transition to cold after days" setting.',
 '90|cold',
 '''locals:
  keep: @V@
resources:
  plan:
    type: awscc.backup.backup_plan
    backup_plan:
      backup_plan_name: h3-daily
      backup_plan_rule:
        - rule_name: daily
          target_backup_vault: Default
          schedule_expression: cron(0 3 * * ? *)
          lifecycle: ${local.keep}
''', '{ move_to_cold_storage_after_days: 30, delete_after_days: 60 }', '{ move_to_cold_storage_after_days: 30, delete_after_days: 120 }')

case('cc-backup-selection-role-is-vault-ref', 'Backup', 'awscc.backup.backup_selection', 'IamRoleArn is an IAM role ARN', 'reference (iam_role_arn = ${vault.backup_vault_arn})',
 'backup/CreateBackupSelection/BackupSelection.IamRoleArn',
 'IamRoleArn: The ARN of the IAM role that Backup uses to authenticate when backing up the target resource; for example, arn:aws:iam::123456789012:role/S3Access.',
 'role|iam',
 'resources:\n' + role('backup') + '''  vault:
    type: awscc.backup.backup_vault
    backup_vault_name: h3-vault
  plan:
    type: awscc.backup.backup_plan
    backup_plan:
      backup_plan_name: h3-weekly
      backup_plan_rule:
        - { rule_name: weekly, target_backup_vault: "${vault.backup_vault_name}", schedule_expression: "cron(0 4 ? * SUN *)" }
  sel:
    type: awscc.backup.backup_selection
    backup_plan_id: ${plan.backup_plan_id}
    backup_selection:
      selection_name: h3-tables
      iam_role_arn: ${@V@}
      resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/*"]
''', 'vault.backup_vault_arn', 'role.arn')

case('cc-appconfig-growth-over-100-var', 'AppConfig', 'awscc.appconfig.deployment_strategy', 'GrowthFactor 1..100', 'variable',
 'appconfig/CreateDeploymentStrategy/GrowthFactor (min 1.0, max 100.0)',
 'GrowthFactor: The percentage of targets to receive a deployed configuration during each interval.',
 'growth|100',
 '''variables:
  step: { type: number, default: @V@ }
resources:
  ds:
    type: awscc.appconfig.deployment_strategy
    name: h3-canary
    deployment_duration_in_minutes: 20
    growth_factor: ${var.step}
    replicate_to: NONE
''', '150', '25')

case('cc-appconfig-location-is-bucket-arn-ref', 'AppConfig', 'awscc.appconfig.configuration_profile', 'LocationUri is hosted, an s3:// object, an SSM parameter or document', 'reference (location_uri = ${cfg.arn}, a bucket ARN)',
 'appconfig/CreateConfigurationProfile/LocationUri',
 'LocationUri: A URI to locate the configuration. You can specify the following: For the AppConfig hosted configuration store and for feature flags, specify hosted. For an Amazon Web Services Systems Manager Parameter Store parameter, specify either the parameter name in the format ssm-parameter://<parameter name> or the ARN. ... For an Amazon S3 object, specify the URI in the following format: s3://<bucket>/<objectKey>. Here is an example: s3://amzn-s3-demo-bucket/my-app/us-east-1/my-config.json',
 'location|s3://|uri',
 '''resources:
''' + role('appconfig', '    inline_policies:\n      read-config:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Action: ["s3:GetObject", "s3:GetObjectVersion"], Resource: "*" }\n') + '''  cfg:
    type: aws.s3.bucket
    name: h3-app-config
  app:
    type: awscc.appconfig.application
    name: h3-pipelines
  prof:
    type: awscc.appconfig.configuration_profile
    application_id: ${app.application_id}
    name: thresholds
    location_uri: @V@
    retrieval_role_arn: ${role.arn}
''', '${cfg.arn}', 's3://${cfg.name}/thresholds.json')

case('cc-apigw-usage-plan-period-daily-local', 'API Gateway', 'awscc.apigateway.usage_plan', 'quota period DAY, WEEK or MONTH', 'local',
 'apigateway/CreateUsagePlan/quota.period (enum QuotaPeriodType DAY, WEEK, MONTH)',
 'period: The time period in which the limit applies. Valid values are "DAY", "WEEK" or "MONTH".',
 'period|day|week|month',
 '''locals:
  per: @V@
resources:
  plan:
    type: awscc.apigateway.usage_plan
    usage_plan_name: h3-partners
    quota: { limit: 10000, period: "${local.per}" }
''', 'DAILY', 'DAY')

case('cc-apigwv2-websocket-no-route-selection-var', 'API Gateway', 'awscc.apigatewayv2.api', 'a WebSocket API needs a RouteSelectionExpression', 'variable (protocol)',
 'apigatewayv2/CreateApi/RouteSelectionExpression',
 'RouteSelectionExpression: The route selection expression for the API. For HTTP APIs, the routeSelectionExpression must be ${request.method} ${request.path}. If not provided, this will be the default for HTTP APIs. This property is required for WebSocket APIs.',
 'route_selection|routeselection|route selection',
 '''variables:
  proto: { type: string, default: WEBSOCKET }
resources:
  api:
    type: awscc.apigatewayv2.api
    name: h3-live-status
    protocol_type: ${var.proto}
@V@''', '', '    route_selection_expression: $${request.body.action}\n')

case('cc-elasticache-failover-one-cluster-var', 'ElastiCache', 'awscc.elasticache.replication_group', 'automatic failover needs at least 2 clusters', 'variable (node count)',
 'elasticache/CreateReplicationGroup/AutomaticFailoverEnabled, NumCacheClusters',
 'NumCacheClusters: The number of clusters this replication group initially has. This parameter is not used if there is more than one node group (shard). You should use ReplicasPerNodeGroup instead. If AutomaticFailoverEnabled is true, the value of this parameter must be at least 2.',
 'failover|num_cache_clusters|numcacheclusters|at least 2',
 '''variables:
  nodes: { type: number, default: @V@ }
resources:
  rg:
    type: awscc.elasticache.replication_group
    replication_group_description: h3 session cache
    engine: redis
    cache_node_type: cache.t4g.micro
    num_cache_clusters: ${var.nodes}
    automatic_failover_enabled: true
''', '1', '2')

case('cc-elasticache-redis-three-nodes-var', 'ElastiCache', 'awscc.elasticache.cache_cluster', 'a Redis cache cluster has one node', 'variable',
 'elasticache/CreateCacheCluster/NumCacheNodes',
 'NumCacheNodes: The initial number of cache nodes that the cluster has. For clusters running Redis OSS or Valkey, this value must be 1. For clusters running Memcached, this value must be between 1 and 40.',
 'num_cache_nodes|numcachenodes|must be 1|redis',
 '''variables:
  nodes: { type: number, default: @V@ }
resources:
  c:
    type: awscc.elasticache.cache_cluster
    cluster_name: h3-lookup
    engine: redis
    cache_node_type: cache.t4g.micro
    num_cache_nodes: ${var.nodes}
''', '3', '1')

case('cc-elasticache-auth-token-short-var', 'ElastiCache', 'awscc.elasticache.replication_group', 'AuthToken 16..128 printable characters', 'variable (sensitive)',
 'elasticache/CreateReplicationGroup/AuthToken',
 'AuthToken: Reserved parameter. The password used to access a password protected server. AuthToken can be specified only on replication groups where TransitEncryptionEnabled is true. ... Password constraints: Must be only printable ASCII characters. Must be at least 16 characters and no more than 128 characters in length.',
 'auth_token|authtoken|16',
 '''variables:
  token: { type: string, sensitive: true, default: @V@ }
resources:
  rg:
    type: awscc.elasticache.replication_group
    replication_group_description: h3 rate limiter
    engine: redis
    cache_node_type: cache.t4g.micro
    num_cache_clusters: 2
    automatic_failover_enabled: true
    transit_encryption_enabled: true
    auth_token: ${var.token}
''', '"short-token1"', '"long-enough-token-2024"')

case('cc-flow-log-s3-destination-is-log-group-ref', 'EC2/VPC', 'awscc.ec2.flow_log', 'an s3 LogDestination is a bucket ARN', 'reference (log_destination = ${lg.arn}, a log group)',
 'ec2/CreateFlowLogs/LogDestination',
 'LogDestination: The destination for the flow log data. The meaning of this parameter depends on the destination type. If the destination type is s3, specify the ARN of the S3 bucket.',
 'bucket|s3|log_destination|logdestination',
 '''resources:
  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.51.0.0/16
  lg:
    type: aws.logs.log_group
    name: /h3/flow
  b:
    type: aws.s3.bucket
    name: h3-flow-logs
  fl:
    type: awscc.ec2.flow_log
    resource_id: ${vpc.vpc_id}
    resource_type: VPC
    traffic_type: REJECT
    log_destination_type: s3
    log_destination: ${@V@.arn}
''', 'lg', 'b')

case('cc-rds-aurora-retention-zero-var', 'RDS', 'awscc.rds.db_cluster', 'Aurora BackupRetentionPeriod 1..35', 'variable',
 'rds/CreateDBCluster/BackupRetentionPeriod',
 'BackupRetentionPeriod: The number of days for which automated backups are retained. Default: 1. Constraints: Must be a value from 1 to 35.',
 'backup_retention|backupretention|retention|1 to 35',
 '''variables:
  keep_days: { type: number, default: @V@ }
  pw: { type: string, sensitive: true, default: "Aurora-Secret-2024" }
resources:
  db:
    type: awscc.rds.db_cluster
    db_cluster_identifier: h3-orders
    engine: aurora-postgresql
    master_username: app_admin
    master_user_password: ${var.pw}
    backup_retention_period: ${var.keep_days}
''', '0', '7')

case('cc-kms-alias-without-prefix-local', 'KMS', 'awscc.kms.alias', 'alias names begin with alias/', 'local',
 'kms/CreateAlias/AliasName; schema AWS::KMS::Alias / AliasName (pattern ^alias/[a-zA-Z0-9/_-]+$)',
 'AliasName: Specifies the alias name. This value must begin with alias/ followed by a name, such as alias/ExampleAlias.',
 'alias/',
 '''locals:
  alias: @V@
resources:
  k:
    type: aws.kms.key
    description: h3 exports key
  a:
    type: awscc.kms.alias
    alias_name: ${local.alias}
    target_key_id: ${k.key_id}
''', 'h3-exports', 'alias/h3-exports')

case('cc-sqs-dedup-scope-on-standard-local', 'SQS', 'awscc.sqs.queue', 'DeduplicationScope only on FIFO queues', 'local (queue settings)',
 'sqs/CreateQueue/Attributes ("The following attributes apply only to high throughput for FIFO queues: DeduplicationScope ...")',
 'The following attributes apply only to high throughput for FIFO queues: DeduplicationScope – Specifies whether message deduplication occurs at the message group or queue level. Valid values are messageGroup and queue.',
 'fifo|deduplication',
 '''locals:
  fifo: @V@
resources:
  q:
    type: awscc.sqs.queue
    queue_name: 'h3-payments${local.fifo ? ".fifo" : ""}'
    fifo_queue: ${local.fifo}
    deduplication_scope: messageGroup
    fifo_throughput_limit: perMessageGroupId
''', 'false', 'true')

case('cc-ecs-service-fargate-placement-strategy-ref', 'ECS', 'awscc.ecs.service', 'Fargate services take no placement strategies', 'reference (task definition requires FARGATE; launch_type by variable)',
 'ecs/CreateService/placementStrategy',
 'placementStrategy: The placement strategy objects to use for tasks in your service. You can specify a maximum of 5 strategy rules for each service. (Fargate: "Task placement strategies and constraints aren\'t supported for tasks running on Fargate.")',
 'placement|fargate',
 '''variables:
  launch: { type: string, default: FARGATE }
resources:
''' + role('ecs-tasks') + '''  vpc:
    type: aws.ec2.vpc
    cidr_block: 10.52.0.0/16
  a:
    type: aws.ec2.subnet
    vpc_id: ${vpc.vpc_id}
    cidr_block: 10.52.1.0/24
  cluster:
    type: awscc.ecs.cluster
    cluster_name: h3-apis
  td:
    type: aws.ecs.task_definition
    family: h3-api
    network_mode: awsvpc
    requires_compatibilities: [FARGATE]
    cpu: "256"
    memory: "512"
    execution_role_arn: ${role.arn}
    container_definitions:
      - { name: api, image: "public.ecr.aws/nginx/nginx:latest", essential: true }
  svc:
    type: awscc.ecs.service
    service_name: h3-api
    cluster: ${cluster.arn}
    task_definition: ${td.arn}
    launch_type: ${var.launch}
    desired_count: 2
    network_configuration:
      awsvpc_configuration: { subnets: ["${a.subnet_id}"] }
@V@''', '    placement_strategies: [{ type: spread, field: "attribute:ecs.availability-zone" }]\n', '')

case('cc-sfn-definition-without-startat-local', 'Step Functions', 'awscc.stepfunctions.state_machine', 'a definition has StartAt', 'local (the definition)',
 'Amazon States Language: top-level fields ("StartAt (Required)"); stepfunctions CreateStateMachine definition',
 'A state machine MUST have a string field named "StartAt", whose value MUST exactly match one of names of the "States" fields. (InvalidDefinition: SCHEMA_VALIDATION_FAILED: These fields are required: [StartAt])',
 'startat|start_at|start at',
 '''locals:
  flow: @V@
resources:
''' + role('states') + '''  sm:
    type: awscc.stepfunctions.state_machine
    state_machine_name: h3-refresh
    role_arn: ${role.arn}
    definition: ${local.flow}
''', '{ States: { Refresh: { Type: Pass, End: true } } }', '{ StartAt: Refresh, States: { Refresh: { Type: Pass, End: true } } }')
