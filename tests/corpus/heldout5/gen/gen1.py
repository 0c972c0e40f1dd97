# tests/corpus/heldout5/gen/gen1.py: the written aws.* types' cases, each from botocore 1.43.11's
# model (operation, member: its documentation, enum, pattern, min/max). build.py runs this file.
# A case: (name, service, type, constraint, how the value arrives, source, AWS's sentence,
#          key words |-separated, template with @V@ (and @F@), bad value, good value, own files)

def trust(svc):
    return ('    assume_role_policy:\n'
            '      Version: "2012-10-17"\n'
            '      Statement:\n'
            '        - Effect: Allow\n'
            '          Principal: {Service: %s}\n'
            '          Action: sts:AssumeRole\n' % svc)

def role(key, name, svc):
    return ('  %s:\n    type: aws.iam.role\n    name: %s\n' % (key, name)) + trust(svc)

NET = ('  net:\n    type: aws.ec2.vpc\n    cidr_block: 10.40.0.0/16\n'
       '  private_a:\n    type: aws.ec2.subnet\n    vpc_id: ${net.vpc_id}\n    cidr_block: 10.40.1.0/24\n'
       '  jobs_sg:\n    type: aws.ec2.security_group\n    name: h5-jobs\n    description: batch jobs\n'
       '    vpc_id: ${net.vpc_id}\n')

HANDLER = {'handler.py': 'def handler(event, context):\n    return {"ok": True}\n'}

C += [
('athena-encryption-aes256-var', 'Athena', 'aws.athena.workgroup',
 "a workgroup's result encryption option is SSE_S3, SSE_KMS or CSE_KMS (AES256, S3's word for SSE-S3)",
 'variable (results_encryption)', 'athena/CreateWorkGroup/ResultConfiguration.EncryptionConfiguration.EncryptionOption (enum EncryptionOption)',
 'Indicates whether Amazon S3 server-side encryption with Amazon S3-managed keys (SSE_S3), server-side encryption with KMS-managed keys (SSE_KMS), or client-side encryption with KMS-managed keys (CSE_KMS) is used.',
 'encryption|SSE_S3|EncryptionOption',
 'variables:\n  results_encryption: {type: string, default: @V@}\nresources:\n  analysts:\n    type: aws.athena.workgroup\n    name: h5-analysts\n    output_location: s3://h5-athena-results/analysts/\n    encryption: ${var.results_encryption}\n',
 'AES256', 'SSE_S3', {}),

('batch-queue-ce-is-job-definition-ref', 'Batch', 'aws.batch.job_queue',
 "a queue's compute environment is a compute environment's ARN (${nightly.arn}, a job definition's)",
 "reference (${nightly.arn}, an aws.batch.job_definition's ARN)", 'batch/CreateJobQueue/computeEnvironmentOrder[].computeEnvironment',
 'The Amazon Resource Name (ARN) of the compute environment.',
 'compute_environment|compute environment|job-definition|job definition',
 'resources:\n  own_hosts:\n    type: aws.batch.compute_environment\n    name: h5-own-hosts\n    compute_environment_type: UNMANAGED\n'
 '  nightly:\n    type: aws.batch.job_definition\n    name: h5-nightly\n    container_properties:\n      image: public.ecr.aws/docker/library/python:3.12\n      command: [python, -c, "print(1)"]\n'
 '      resourceRequirements:\n        - {type: VCPU, value: "1"}\n        - {type: MEMORY, value: "2048"}\n'
 '  queue:\n    type: aws.batch.job_queue\n    name: h5-nightly\n    priority: 1\n    compute_environment_order:\n      - order: 1\n        compute_environment: @V@\n',
 '${nightly.arn}', '${own_hosts.arn}', {}),

('batch-ce-instance-role-is-role-arn-ref', 'Batch', 'aws.batch.compute_environment',
 "an EC2 compute environment's instance role is an instance profile (name or ARN), not a role's ARN",
 "reference (${ecs_instance.arn}, an aws.iam.role's ARN)", 'batch/CreateComputeEnvironment/computeResources.instanceRole',
 'The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment. [...] You can specify the short name or full Amazon Resource Name (ARN) of an instance profile.',
 'instance_role|instance profile|instance-profile',
 'resources:\n' + NET + role('ecs_instance', 'h5-ecs-instance', 'ec2.amazonaws.com') +
 '  ecs_profile:\n    type: aws.iam.instance_profile\n    name: h5-ecs-instance\n    role: ${ecs_instance.name}\n'
 '  spark_hosts:\n    type: aws.batch.compute_environment\n    name: h5-spark-hosts\n    compute_environment_type: MANAGED\n'
 '    compute_resources:\n      type: EC2\n      max_vcpus: 64\n      subnets: ["${private_a.subnet_id}"]\n      security_group_ids: ["${jobs_sg.group_id}"]\n'
 '      instance_type: [optimal]\n      instance_role: @V@\n',
 '${ecs_instance.arn}', '${ecs_profile.arn}', {}),

('batch-ce-allocation-lowest-price-local', 'Batch', 'aws.batch.compute_environment',
 "a Spot compute environment's allocation strategy is one of CRAllocationStrategy's (lowest-price is EC2 Fleet's word)",
 'local (spot_strategy)', 'batch/CreateComputeEnvironment/computeResources.allocationStrategy (enum CRAllocationStrategy)',
 'BEST_FIT (default) [...] BEST_FIT_PROGRESSIVE [...] SPOT_CAPACITY_OPTIMIZED [...] SPOT_PRICE_CAPACITY_OPTIMIZED',
 'allocation_strategy|allocation strategy|SPOT_CAPACITY_OPTIMIZED|CRAllocationStrategy',
 'locals:\n  spot_strategy: @V@\nresources:\n' + NET + role('ecs_instance', 'h5-spot-instance', 'ec2.amazonaws.com') +
 '  ecs_profile:\n    type: aws.iam.instance_profile\n    name: h5-spot-instance\n    role: ${ecs_instance.name}\n'
 '  spot_hosts:\n    type: aws.batch.compute_environment\n    name: h5-spot-hosts\n    compute_environment_type: MANAGED\n'
 '    compute_resources:\n      type: SPOT\n      max_vcpus: 64\n      subnets: ["${private_a.subnet_id}"]\n      security_group_ids: ["${jobs_sg.group_id}"]\n'
 '      instance_type: [optimal]\n      instance_role: ${ecs_profile.arn}\n      allocation_strategy: ${local.spot_strategy}\n',
 'LOWEST_PRICE', 'SPOT_PRICE_CAPACITY_OPTIMIZED', {}),

('cloudwatch-statistic-avg-local', 'CloudWatch', 'aws.cloudwatch.metric_alarm',
 "an alarm's statistic is SampleCount, Average, Sum, Minimum or Maximum (Avg)",
 'local (stat)', 'monitoring/PutMetricAlarm/Statistic (enum Statistic)',
 'The statistic for the metric specified in MetricName, other than percentile.',
 'statistic|Average|SampleCount',
 'locals:\n  stat: @V@\nresources:\n  slow_loads:\n    type: aws.cloudwatch.metric_alarm\n    alarm_name: h5-slow-loads\n    namespace: AWS/Lambda\n'
 '    metric_name: Duration\n    dimensions: {FunctionName: h5-loader}\n    statistic: ${local.stat}\n    period: 300\n    evaluation_periods: 3\n'
 '    threshold: 60000\n    comparison_operator: GreaterThanThreshold\n',
 'Avg', 'Average', {}),

('cloudwatch-anomaly-operator-static-mod', 'CloudWatch', 'aws.cloudwatch.metric_alarm',
 'LessThanLowerOrGreaterThanUpperThreshold is for alarms on anomaly detection models only (a static threshold alarm)',
 'module input (operator)', 'monitoring/PutMetricAlarm/ComparisonOperator',
 'The values LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, and GreaterThanUpperThreshold are used only for alarms based on anomaly detection models.',
 'comparison_operator|anomaly|LessThanLowerOrGreaterThanUpperThreshold',
 'modules:\n  ingest_alarm:\n    source: ./mod\n    operator: @V@\n',
 'LessThanLowerOrGreaterThanUpperThreshold', 'GreaterThanThreshold',
 {'mod/main.yaml': 'variables:\n  operator: {type: string}\nresources:\n  records_in:\n    type: aws.cloudwatch.metric_alarm\n'
  '    alarm_name: h5-records-in\n    namespace: AWS/Kinesis\n    metric_name: IncomingRecords\n    dimensions: {StreamName: h5-clicks}\n'
  '    statistic: Sum\n    period: 300\n    evaluation_periods: 2\n    threshold: 100000\n    comparison_operator: ${var.operator}\n'}),

('codebuild-environment-type-linux-var', 'CodeBuild', 'aws.codebuild.project',
 "a build environment's type is one of EnvironmentType's (LINUX; Linux is LINUX_CONTAINER)",
 'variable (build_env)', 'codebuild/CreateProject/environment.type (enum EnvironmentType)',
 'The type of build environment to use for related builds.',
 'environment|type|LINUX_CONTAINER|EnvironmentType',
 'variables:\n  build_env: {type: string, default: @V@}\nresources:\n' + role('builds', 'h5-builds', 'codebuild.amazonaws.com') +
 '  dbt_tests:\n    type: aws.codebuild.project\n    name: h5-dbt-tests\n    service_role: ${builds.arn}\n    source: {type: NO_SOURCE, buildspec: "version: 0.2"}\n'
 '    artifacts: {type: NO_ARTIFACTS}\n    environment:\n      type: ${var.build_env}\n      image: aws/codebuild/amazonlinux2-x86_64-standard:5.0\n      compute_type: BUILD_GENERAL1_SMALL\n',
 'LINUX', 'LINUX_CONTAINER', {}),

('codebuild-service-role-is-profile-ref', 'CodeBuild', 'aws.codebuild.project',
 "a project's service role is an IAM role's ARN (${builds_profile.arn}, an instance profile's)",
 "reference (${builds_profile.arn}, an aws.iam.instance_profile's ARN)", 'codebuild/CreateProject/serviceRole',
 'The ARN of the IAM role that enables CodeBuild to interact with dependent Amazon Web Services services on behalf of the Amazon Web Services account.',
 'service_role|service role|instance-profile|instance profile|role',
 'resources:\n' + role('builds', 'h5-builds2', 'codebuild.amazonaws.com') +
 '  builds_profile:\n    type: aws.iam.instance_profile\n    name: h5-builds2\n    role: ${builds.name}\n'
 '  dbt_docs:\n    type: aws.codebuild.project\n    name: h5-dbt-docs\n    service_role: @V@\n    source: {type: NO_SOURCE, buildspec: "version: 0.2"}\n'
 '    artifacts: {type: NO_ARTIFACTS}\n    environment:\n      type: LINUX_CONTAINER\n      image: aws/codebuild/amazonlinux2-x86_64-standard:5.0\n      compute_type: BUILD_GENERAL1_SMALL\n',
 '${builds_profile.arn}', '${builds.arn}', {}),

('codecommit-name-dot-git-var', 'CodeCommit', 'aws.codecommit.repository',
 'a repository name may not end in .git',
 'variable (repo)', 'codecommit/CreateRepository/repositoryName',
 'The suffix .git is prohibited.',
 '.git|repository_name|repository name',
 'variables:\n  repo: {type: string, default: @V@}\nresources:\n  etl:\n    type: aws.codecommit.repository\n    repository_name: ${var.repo}\n',
 'h5-etl-jobs.git', 'h5-etl-jobs', {}),

('dynamodb-billing-on-demand-var', 'DynamoDB', 'aws.dynamodb.table',
 "billing mode is PROVISIONED or PAY_PER_REQUEST (ON_DEMAND, the console's name)",
 'variable (billing)', 'dynamodb/CreateTable/BillingMode (enum BillingMode)',
 'PAY_PER_REQUEST sets the billing mode to On-demand capacity mode.',
 'billing|PAY_PER_REQUEST|BillingMode',
 'variables:\n  billing: {type: string, default: @V@}\nresources:\n  watermarks:\n    type: aws.dynamodb.table\n    name: h5-watermarks\n    billing_mode: ${var.billing}\n'
 '    hash_key: pipeline\n    attribute:\n      - {name: pipeline, type: S}\n',
 'ON_DEMAND', 'PAY_PER_REQUEST', {}),

('ec2-nacl-rule-number-32767-var', 'EC2/VPC', 'aws.ec2.default_network_acl',
 'a network ACL rule number is 1 to 32766 (32767 and up are reserved)',
 'variable (deny_rule)', 'ec2/CreateNetworkAclEntry/RuleNumber',
 'Constraints: Positive integer from 1 to 32766. The range 32767 to 65535 is reserved for internal use.',
 'rule_no|rule number|32766|32767',
 'variables:\n  deny_rule: {type: number, default: @V@}\nresources:\n  net:\n    type: aws.ec2.vpc\n    cidr_block: 10.41.0.0/16\n'
 '  acl:\n    type: aws.ec2.default_network_acl\n    vpc_id: ${net.vpc_id}\n    ingress:\n      - {rule_no: 100, action: allow, protocol: tcp, cidr_block: 10.0.0.0/8, from_port: 443, to_port: 443}\n'
 '      - {rule_no: "${var.deny_rule}", action: deny, protocol: "-1", cidr_block: 0.0.0.0/0}\n'
 '    egress:\n      - {rule_no: 100, action: allow, protocol: "-1", cidr_block: 0.0.0.0/0}\n',
 '32767', '32766', {}),

('ec2-instance-subnet-is-vpc-ref', 'EC2/VPC', 'aws.ec2.instance',
 "an instance's subnet_id is a subnet's id (${net.vpc_id}, a VPC's)",
 "reference (${net.vpc_id}, an aws.ec2.vpc's id)", 'ec2/RunInstances/SubnetId (shape SubnetId)',
 'The ID of the subnet to launch the instance into.',
 'subnet_id|subnet|vpc-',
 'data:\n  al2023: {type: aws.ec2.ami, owners: [amazon], name: "al2023-ami-*", architecture: x86_64}\n'
 'resources:\n  net:\n    type: aws.ec2.vpc\n    cidr_block: 10.42.0.0/16\n  private_a:\n    type: aws.ec2.subnet\n    vpc_id: ${net.vpc_id}\n    cidr_block: 10.42.1.0/24\n'
 '  bastion:\n    type: aws.ec2.instance\n    ami: ${data.al2023.id}\n    instance_type: t3.micro\n    subnet_id: @V@\n',
 '${net.vpc_id}', '${private_a.subnet_id}', {}),

('ec2-nat-allocation-is-public-ip-ref', 'EC2/VPC', 'aws.ec2.nat_gateway',
 "a public NAT gateway's allocation_id is an Elastic IP's allocation id (${egress_ip.public_ip}, its address)",
 "reference (${egress_ip.public_ip}, an aws.ec2.eip's public IP)", 'ec2/CreateNatGateway/AllocationId (shape AllocationId)',
 '[Public NAT gateways only] The allocation ID of an Elastic IP address to associate with the NAT gateway.',
 'allocation_id|allocation id|eipalloc',
 'resources:\n  net:\n    type: aws.ec2.vpc\n    cidr_block: 10.43.0.0/16\n  public_a:\n    type: aws.ec2.subnet\n    vpc_id: ${net.vpc_id}\n    cidr_block: 10.43.0.0/24\n'
 '  egress_ip:\n    type: aws.ec2.eip\n  nat:\n    type: aws.ec2.nat_gateway\n    subnet_id: ${public_a.subnet_id}\n    allocation_id: @V@\n',
 '${egress_ip.public_ip}', '${egress_ip.allocation_id}', {}),

('ec2-sg-rule-ipv6-cidr-list', 'EC2/VPC', 'aws.ec2.security_group_rule',
 "a rule's cidr_block is an IPv4 range (an IPv6 range goes in ipv6_cidr_block / CidrIpv6)",
 'list element (local.office_ranges[1])', 'ec2/AuthorizeSecurityGroupIngress/IpPermissions[].IpRanges[].CidrIp',
 'The IPv4 address range, in CIDR format.',
 'cidr_block|ipv4|ipv6|cidr',
 'locals:\n  office_ranges: ["10.20.0.0/16", "@V@"]\nresources:\n  net:\n    type: aws.ec2.vpc\n    cidr_block: 10.44.0.0/16\n'
 '  warehouse_sg:\n    type: aws.ec2.security_group\n    name: h5-warehouse\n    description: warehouse clients\n    vpc_id: ${net.vpc_id}\n'
 '  office_in:\n    type: aws.ec2.security_group_rule\n    security_group_id: ${warehouse_sg.group_id}\n    direction: ingress\n    protocol: tcp\n'
 '    from_port: 5439\n    to_port: 5439\n    cidr_block: ${local.office_ranges[1]}\n',
 '2001:db8:1234::/48', '10.30.0.0/16', {}),

('ecr-encryption-sse-kms-var', 'ECR', 'aws.ecr.repository',
 "a repository's encryption type is AES256, KMS or KMS_DSSE (SSE-KMS)",
 'variable (image_encryption)', 'ecr/CreateRepository/encryptionConfiguration.encryptionType (enum EncryptionType)',
 'The encryption type to use. If you use the KMS encryption type, the contents of the repository will be encrypted using server-side encryption with Key Management Service key stored in KMS.',
 'encryption_type|encryption type|KMS_DSSE|AES256',
 'variables:\n  image_encryption: {type: string, default: @V@}\nresources:\n  spark_images:\n    type: aws.ecr.repository\n    name: h5-spark-images\n'
 '    encryption_configuration:\n      encryption_type: ${var.image_encryption}\n',
 'SSE-KMS', 'KMS', {}),

('ecs-cluster-insights-true-local', 'ECS', 'aws.ecs.cluster',
 "the containerInsights setting's value is enhanced, enabled or disabled (true)",
 'local (insights)', 'ecs/CreateCluster/settings[].value',
 'The value to set for the cluster setting. The supported values are enhanced, enabled, and disabled.',
 'containerInsights|enabled|disabled|setting',
 'locals:\n  insights: "@V@"\nresources:\n  etl:\n    type: aws.ecs.cluster\n    name: h5-etl\n    setting:\n      - {name: containerInsights, value: "${local.insights}"}\n',
 'true', 'enabled', {}),

('ecs-family-with-dot-var', 'ECS', 'aws.ecs.task_definition',
 "a task definition family is letters, numbers, underscores and hyphens (a dot)",
 'variable (family)', 'ecs/RegisterTaskDefinition/family',
 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
 'family|letters|hyphens',
 'variables:\n  family: {type: string, default: @V@}\nresources:\n  loader:\n    type: aws.ecs.task_definition\n    family: ${var.family}\n'
 '    requires_compatibilities: [FARGATE]\n    network_mode: awsvpc\n    cpu: "256"\n    memory: "512"\n'
 '    container_definitions:\n      - {name: loader, image: "public.ecr.aws/docker/library/python:3.12", essential: true}\n',
 'h5-loader.v2', 'h5-loader-v2', {}),

('ecs-task-role-is-profile-ref', 'ECS', 'aws.ecs.task_definition',
 "a task role is an IAM role's name or ARN (${task_profile.arn}, an instance profile's)",
 "reference (${task_profile.arn}, an aws.iam.instance_profile's ARN)", 'ecs/RegisterTaskDefinition/taskRoleArn',
 'The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.',
 'task_role_arn|task role|role|instance-profile|instance profile',
 'resources:\n' + role('task', 'h5-exporter-task', 'ecs-tasks.amazonaws.com') +
 '  task_profile:\n    type: aws.iam.instance_profile\n    name: h5-exporter-task\n    role: ${task.name}\n'
 '  exporter:\n    type: aws.ecs.task_definition\n    family: h5-exporter\n    requires_compatibilities: [FARGATE]\n    network_mode: awsvpc\n'
 '    cpu: "256"\n    memory: "512"\n    task_role_arn: @V@\n'
 '    container_definitions:\n      - {name: exporter, image: "public.ecr.aws/docker/library/python:3.12", essential: true}\n',
 '${task_profile.arn}', '${task.arn}', {}),

('emrs-name-with-space-mod', 'EMR Serverless', 'aws.emrserverless.application',
 "an application's name is [A-Za-z0-9._/#-]+ (a space)",
 'module input (app_name)', 'emr-serverless/CreateApplication/name (shape ApplicationName, pattern [A-Za-z0-9._/#-]+)',
 'The name of the application. (ApplicationName: min 1, max 64, pattern [A-Za-z0-9._/#-]+)',
 'name|pattern|A-Za-z0-9',
 'modules:\n  spark:\n    source: ./mod\n    app_name: "@V@"\n',
 'h5 nightly spark', 'h5-nightly-spark',
 {'mod/main.yaml': 'variables:\n  app_name: {type: string}\nresources:\n  app:\n    type: aws.emrserverless.application\n'
  '    name: ${var.app_name}\n    release_label: emr-7.1.0\n    application_type: SPARK\n'}),

('events-rule-bus-is-topic-ref', 'EventBridge', 'aws.events.rule',
 "a rule's event_bus_name is an event bus's name or ARN (${alerts.arn}, a topic's)",
 "reference (${alerts.arn}, an aws.sns.topic's ARN)", 'events/PutRule/EventBusName (shape EventBusNameOrArn, pattern)',
 'The name or ARN of the event bus to associate with this rule.',
 'event_bus_name|event bus|bus',
 'resources:\n  alerts:\n    type: aws.sns.topic\n    name: h5-alerts\n'
 '  failed_jobs:\n    type: aws.events.rule\n    name: h5-failed-glue-jobs\n    event_bus_name: @V@\n'
 '    event_pattern:\n      source: [aws.glue]\n      detail-type: [Glue Job State Change]\n      detail: {state: [FAILED]}\n'
 '    targets:\n      - {id: alerts, arn: "${alerts.arn}"}\n',
 '${alerts.arn}', 'default', {}),

('firehose-buffer-interval-3600-local', 'Firehose', 'aws.firehose.delivery_stream',
 "an S3 destination's buffering interval is 0 to 900 seconds (an hour)",
 'local (flush_seconds)', 'firehose/CreateDeliveryStream/ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds (min 0, max 900)',
 'Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. (IntervalInSeconds: min 0, max 900)',
 'buffering_interval|interval|900',
 'locals:\n  flush_seconds: @V@\nresources:\n  raw:\n    type: aws.s3.bucket\n    name: h5-clickstream-raw\n' + role('delivery', 'h5-clicks-delivery', 'firehose.amazonaws.com') +
 '  clicks:\n    type: aws.firehose.delivery_stream\n    name: h5-clicks\n    destination: extended_s3\n'
 '    extended_s3_configuration:\n      role_arn: ${delivery.arn}\n      bucket_arn: ${raw.arn}\n      prefix: clicks/\n'
 '      buffering_size: 64\n      buffering_interval: ${local.flush_seconds}\n',
 '3600', '900', {}),

('glue-crawler-delete-behavior-delete-var', 'Glue', 'aws.glue.crawler',
 "a crawler's delete behavior is LOG, DELETE_FROM_DATABASE or DEPRECATE_IN_DATABASE (DELETE)",
 'variable (on_delete)', 'glue/CreateCrawler/SchemaChangePolicy.DeleteBehavior (enum DeleteBehavior)',
 'The deletion behavior when the crawler finds a deleted object.',
 'delete_behavior|DeleteBehavior|DELETE_FROM_DATABASE',
 'variables:\n  on_delete: {type: string, default: @V@}\nresources:\n' + role('crawl', 'h5-crawl', 'glue.amazonaws.com') +
 '  lake:\n    type: aws.glue.database\n    name: h5_lake\n'
 '  raw_orders:\n    type: aws.glue.crawler\n    name: h5-raw-orders\n    role: ${crawl.arn}\n    database_name: ${lake.name}\n'
 '    s3_targets:\n      - path: s3://h5-lake-raw/orders/\n    schema_change_policy:\n      update_behavior: UPDATE_IN_DATABASE\n      delete_behavior: ${var.on_delete}\n',
 'DELETE', 'DELETE_FROM_DATABASE', {}),

('glue-job-command-spark-local', 'Glue', 'aws.glue.job',
 "a Spark ETL job's command name is glueetl (spark)",
 'local (job_kind)', 'glue/CreateJob/Command.Name',
 'The name of the job command. For an Apache Spark ETL job, this must be glueetl. For a Python shell job, it must be pythonshell. For an Apache Spark streaming ETL job, this must be gluestreaming. For a Ray job, this must be glueray.',
 'glueetl|command|pythonshell',
 'locals:\n  job_kind: @V@\nresources:\n' + role('etl', 'h5-etl', 'glue.amazonaws.com') +
 '  orders_clean:\n    type: aws.glue.job\n    name: h5-orders-clean\n    role: ${etl.arn}\n    command:\n      name: ${local.job_kind}\n'
 '      script_location: s3://h5-glue-scripts/orders_clean.py\n      python_version: "3"\n    glue_version: "4.0"\n    worker_type: G.1X\n    number_of_workers: 2\n',
 'spark', 'glueetl', {}),

('glue-job-worker-type-lowercase-list', 'Glue', 'aws.glue.job',
 "a job's worker type is one of WorkerType's (g.2x, lower case)",
 'list element (local.worker_sizes[1])', 'glue/CreateJob/WorkerType (enum WorkerType)',
 'Accepts a value of G.1X, G.2X, G.4X, G.8X or G.025X for Spark jobs. Accepts the value Z.2X for Ray jobs.',
 'worker_type|G.2X|WorkerType|G.1X',
 'locals:\n  worker_sizes: [G.1X, @V@]\nresources:\n' + role('etl', 'h5-etl2', 'glue.amazonaws.com') +
 '  sessions_join:\n    type: aws.glue.job\n    name: h5-sessions-join\n    role: ${etl.arn}\n    command:\n      name: glueetl\n'
 '      script_location: s3://h5-glue-scripts/sessions_join.py\n    glue_version: "4.0"\n    worker_type: ${local.worker_sizes[1]}\n    number_of_workers: 10\n',
 'g.2x', 'G.2X', {}),

('glue-trigger-type-ondemand-lit', 'Glue', 'aws.glue.trigger',
 "a trigger's type is SCHEDULED, CONDITIONAL, ON_DEMAND or EVENT (ONDEMAND)",
 'literal', 'glue/CreateTrigger/Type (enum TriggerType)',
 'The type of the new trigger. (TriggerType: SCHEDULED | CONDITIONAL | ON_DEMAND | EVENT)',
 'trigger_type|ON_DEMAND|TriggerType',
 'resources:\n' + role('etl', 'h5-etl3', 'glue.amazonaws.com') +
 '  backfill:\n    type: aws.glue.job\n    name: h5-backfill\n    role: ${etl.arn}\n    command:\n      name: glueetl\n'
 '      script_location: s3://h5-glue-scripts/backfill.py\n    glue_version: "4.0"\n    worker_type: G.1X\n    number_of_workers: 2\n'
 '  run_backfill:\n    type: aws.glue.trigger\n    name: h5-run-backfill\n    trigger_type: @V@\n    actions:\n      - job_name: ${backfill.name}\n',
 'ONDEMAND', 'ON_DEMAND', {}),

('iam-instance-profile-role-is-arn-ref', 'IAM', 'aws.iam.instance_profile',
 "an instance profile's role is the role's name (${emr_nodes.arn}, its ARN)",
 "reference (${emr_nodes.arn}, an aws.iam.role's ARN)", 'iam/AddRoleToInstanceProfile/RoleName (shape roleNameType, pattern [\\w+=,.@-]+)',
 'The name of the role to add. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces.',
 'role|name|pattern|arn:',
 'resources:\n' + role('emr_nodes', 'h5-emr-nodes', 'ec2.amazonaws.com') +
 '  emr_nodes_profile:\n    type: aws.iam.instance_profile\n    name: h5-emr-nodes\n    role: @V@\n',
 '${emr_nodes.arn}', '${emr_nodes.name}', {}),

('iam-user-name-with-space-list', 'IAM', 'aws.iam.user',
 "a user name is [\\w+=,.@-]+ (a space)",
 'list element (var.service_users[0])', 'iam/CreateUser/UserName (shape userNameType, pattern [\\w+=,.@-]+)',
 'The name of the user to create. (userNameType: min 1, max 64, pattern [\\w+=,.@-]+)',
 'name|pattern|user',
 'variables:\n  service_users: {type: list(string), default: ["@V@", h5-airflow]}\nresources:\n  dbt_user:\n    type: aws.iam.user\n    name: ${var.service_users[0]}\n',
 'h5 dbt runner', 'h5-dbt-runner', {}),

('kinesis-encryption-type-sse-var', 'Kinesis', 'aws.kinesis.stream',
 "a stream's encryption type is NONE or KMS (SSE)",
 'variable (stream_encryption)', 'kinesis/StartStreamEncryption/EncryptionType (enum EncryptionType)',
 'The encryption type to use. The only valid value is KMS.',
 'encryption_type|KMS|EncryptionType',
 'variables:\n  stream_encryption: {type: string, default: @V@}\nresources:\n  clicks:\n    type: aws.kinesis.stream\n    name: h5-clicks\n    shard_count: 2\n'
 '    encryption_type: ${var.stream_encryption}\n    kms_key_id: alias/aws/kinesis\n',
 'SSE', 'KMS', {}),

('kms-hmac-key-encrypt-usage-local', 'KMS', 'aws.kms.key',
 'an HMAC key\'s usage is GENERATE_VERIFY_MAC (ENCRYPT_DECRYPT)',
 'local (usage)', 'kms/CreateKey/KeyUsage',
 'For HMAC KMS keys (symmetric), specify GENERATE_VERIFY_MAC.',
 'key_usage|GENERATE_VERIFY_MAC|HMAC',
 'locals:\n  usage: @V@\nresources:\n  tokens:\n    type: aws.kms.key\n    description: h5 pseudonymisation of customer ids\n'
 '    customer_master_key_spec: HMAC_256\n    key_usage: ${local.usage}\n',
 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', {}),

('kms-alias-target-is-alias-ref', 'KMS', 'aws.kms.alias',
 "an alias's target is a key's id or ARN (${lake_alias.name}, another alias)",
 "reference (${lake_alias.name}, an aws.kms.alias's name)", 'kms/CreateAlias/TargetKeyId',
 'Associates the alias with the specified customer managed key. [...] Specify the key ID or key ARN of the KMS key.',
 'target_key_id|key id|key ARN|alias',
 'resources:\n  lake_key:\n    type: aws.kms.key\n    description: h5 lake\n  lake_alias:\n    type: aws.kms.alias\n    name: alias/h5-lake\n    target_key_id: ${lake_key.key_id}\n'
 '  curated_alias:\n    type: aws.kms.alias\n    name: alias/h5-curated\n    target_key_id: @V@\n',
 '${lake_alias.name}', '${lake_key.key_id}', {}),

('lakeformation-permission-read-list', 'Lake Formation', 'aws.lakeformation.permissions',
 "a permission is one of Lake Formation's (READ; reading a table is SELECT)",
 'list element (var.analyst_permissions[0])', 'lakeformation/GrantPermissions/Permissions[] (enum Permission)',
 'The permissions granted to the principal on the resource. (Permission: ALL | SELECT | ALTER | DROP | DELETE | INSERT | DESCRIBE | ...)',
 'permissions|SELECT|Permission',
 'variables:\n  analyst_permissions: {type: list(string), default: [@V@, DESCRIBE]}\nresources:\n' + role('analysts', 'h5-analysts', 'athena.amazonaws.com') +
 '  lake:\n    type: aws.glue.database\n    name: h5_curated\n'
 '  analysts_read:\n    type: aws.lakeformation.permissions\n    principal: ${analysts.arn}\n    permissions: ["${var.analyst_permissions[0]}", DESCRIBE]\n'
 '    table:\n      database_name: ${lake.name}\n      wildcard: true\n',
 'READ', 'SELECT', {}),

('lambda-esm-batching-window-600-var', 'Lambda', 'aws.lambda.event_source_mapping',
 "a mapping's batching window is 0 to 300 seconds (ten minutes)",
 'variable (gather_seconds)', 'lambda/CreateEventSourceMapping/MaximumBatchingWindowInSeconds (min 0, max 300)',
 'You can configure MaximumBatchingWindowInSeconds to any value from 0 seconds to 300 seconds in increments of seconds.',
 'maximum_batching_window|batching window|300',
 'variables:\n  gather_seconds: {type: number, default: @V@}\nresources:\n  events:\n    type: aws.sqs.queue\n    name: h5-events\n    visibility_timeout_seconds: 900\n'
 + role('loader_role', 'h5-loader', 'lambda.amazonaws.com') +
 '    inline_policies:\n      read_events:\n        Version: "2012-10-17"\n        Statement:\n          - {Effect: Allow, Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource: "${events.arn}"}\n'
 '  loader:\n    type: aws.lambda.function\n    function_name: h5-loader\n    runtime: python3.12\n    handler: handler.handler\n'
 '    role: ${loader_role.arn}\n    source: handler.py\n    timeout: 60\n'
 '  from_events:\n    type: aws.lambda.event_source_mapping\n    event_source_arn: ${events.arn}\n    function_name: ${loader.function_name}\n'
 '    batch_size: 100\n    maximum_batching_window_in_seconds: ${var.gather_seconds}\n',
 '600', '300', HANDLER),

('lambda-layer-name-dot-var', 'Lambda', 'aws.lambda.layer_version',
 "a layer name is [a-zA-Z0-9-_]+ or a layer's ARN (a dot)",
 'variable (layer)', 'lambda/PublishLayerVersion/LayerName (shape LayerName, pattern)',
 'The name or Amazon Resource Name (ARN) of the layer. (LayerName pattern (arn:...:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+)',
 'layer_name|layer name|pattern',
 'variables:\n  layer: {type: string, default: @V@}\nresources:\n  pandas:\n    type: aws.lambda.layer_version\n    layer_name: ${var.layer}\n'
 '    compatible_runtimes: [python3.12]\n    source: layer\n',
 'h5-pandas2.2', 'h5-pandas2-2',
 {'layer/python/h5_helpers.py': 'def ping():\n    return "pong"\n'}),

('lambda-env-key-hyphen-mod', 'Lambda', 'aws.lambda.function',
 "an environment variable's name is [a-zA-Z]([a-zA-Z0-9_])+ (a hyphen)",
 'module input (env)', 'lambda/CreateFunction/Environment.Variables (key shape EnvironmentVariableName, pattern [a-zA-Z]([a-zA-Z0-9_])+)',
 'Environment variable key-value pairs. (EnvironmentVariableName pattern [a-zA-Z]([a-zA-Z0-9_])+)',
 'environment|variable|pattern',
 'modules:\n  exporter:\n    source: ./mod\n    env: {@V@: warehouse.internal, TARGET_SCHEMA: marts}\n',
 'WAREHOUSE-HOST', 'WAREHOUSE_HOST',
 {'mod/main.yaml': 'variables:\n  env: {type: map(string)}\nresources:\n  exporter_role:\n    type: aws.iam.role\n    name: h5-exporter\n'
  + trust('lambda.amazonaws.com') +
  '  exporter:\n    type: aws.lambda.function\n    function_name: h5-exporter\n    runtime: python3.12\n    handler: handler.handler\n'
  '    role: ${exporter_role.arn}\n    source: ${path.module}/handler.py\n    environment: ${var.env}\n',
  'mod/handler.py': HANDLER['handler.py']}),

('rds-identifier-starts-digit-var', 'RDS', 'aws.rds.instance',
 "a DB instance identifier's first character is a letter (a digit)",
 'variable (db_id)', 'rds/CreateDBInstance/DBInstanceIdentifier',
 'Must contain from 1 to 63 letters, numbers, or hyphens. First character must be a letter.',
 'identifier|first character|letter',
 'variables:\n  db_id: {type: string, default: @V@}\nresources:\n  metadata_db:\n    type: aws.rds.instance\n    identifier: ${var.db_id}\n    engine: postgres\n'
 '    instance_class: db.t4g.micro\n    allocated_storage: 20\n    master_username: airflow\n    manage_master_user_password: true\n    skip_final_snapshot: true\n',
 '2026-airflow-meta', 'airflow-meta-2026', {}),

('redshift-node-type-ds2-var', 'Redshift', 'aws.redshift.cluster',
 'a node type is one of dc2.large, dc2.8xlarge, rg.*, ra3.* (ds2.xlarge is retired)',
 'variable (node)', 'redshift/CreateCluster/NodeType',
 'Valid Values: dc2.large | dc2.8xlarge| rg.xlarge | rg.4xlarge | ra3.large | ra3.xlplus | ra3.4xlarge | ra3.16xlarge',
 'node_type|node type|ra3|dc2',
 'variables:\n  node: {type: string, default: @V@}\nresources:\n  warehouse:\n    type: aws.redshift.cluster\n    cluster_identifier: h5-warehouse\n    node_type: ${var.node}\n'
 '    number_of_nodes: 2\n    database_name: marts\n    master_username: admin\n    master_password: Sup3rSecret-pass\n    skip_final_snapshot: true\n',
 'ds2.xlarge', 'ra3.xlplus', {}),

('redshift-iam-role-is-policy-ref', 'Redshift', 'aws.redshift.cluster',
 "a cluster's iam_roles are IAM roles' ARNs (${copy_from_lake.arn}, a policy's)",
 "reference (${copy_from_lake.arn}, an aws.iam.policy's ARN, in a list)", 'redshift/CreateCluster/IamRoles',
 'A list of Identity and Access Management (IAM) roles that can be used by the cluster to access other Amazon Web Services services. You must supply the IAM roles in their Amazon Resource Name (ARN) format.',
 'iam_roles|role|policy',
 'resources:\n' + role('copy_role', 'h5-redshift-copy', 'redshift.amazonaws.com') +
 '  copy_from_lake:\n    type: aws.iam.policy\n    name: h5-copy-from-lake\n    policy:\n      Version: "2012-10-17"\n'
 '      Statement:\n        - {Effect: Allow, Action: ["s3:GetObject", "s3:ListBucket"], Resource: "*"}\n'
 '  warehouse:\n    type: aws.redshift.cluster\n    cluster_identifier: h5-warehouse2\n    node_type: ra3.xlplus\n    number_of_nodes: 2\n'
 '    database_name: marts\n    master_username: admin\n    master_password: Sup3rSecret-pass\n    skip_final_snapshot: true\n    iam_roles: ["@V@"]\n',
 '${copy_from_lake.arn}', '${copy_role.arn}', {}),

('route53-record-type-alias-lit', 'Route 53', 'aws.route53.record',
 'a record type is one of RRType\'s (ALIAS is not a type; an alias is an A or AAAA record with an alias block)',
 'literal', 'route53/ChangeResourceRecordSets/ResourceRecordSet.Type (enum RRType)',
 'The DNS record type. [...] Valid values for basic resource record sets: A | AAAA | CAA | CNAME | DS |MX | NAPTR | NS | PTR | SOA | SPF | SRV | TXT',
 'record_type|RRType|type',
 'resources:\n  zone:\n    type: awscc.route53.hosted_zone\n    name: data.h5.example.com\n'
 '  airflow:\n    type: aws.route53.record\n    zone_id: ${zone.id}\n    name: airflow.data.h5.example.com\n    record_type: @V@\n'
 '    alias:\n      name: h5-airflow-123456.us-east-1.elb.amazonaws.com\n      zone_id: Z35SXDOTRQ7X7K\n      evaluate_target_health: false\n',
 'ALIAS', 'A', {}),

('s3-bucket-kms-key-is-signing-key-ref', 'S3', 'aws.s3.bucket',
 "a bucket's default encryption key is a symmetric encryption key (${signing.arn} is an RSA SIGN_VERIFY key)",
 "reference (${signing.arn}, an aws.kms.key whose written key spec is RSA_2048, usage SIGN_VERIFY)", 's3/PutBucketEncryption/ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.KMSMasterKeyID',
 'Amazon S3 only supports symmetric encryption KMS keys.',
 'symmetric|kms_key_id|SIGN_VERIFY|RSA',
 'resources:\n  signing:\n    type: aws.kms.key\n    description: h5 export manifests signing\n    key_usage: SIGN_VERIFY\n    customer_master_key_spec: RSA_2048\n'
 '  lake_key:\n    type: aws.kms.key\n    description: h5 lake objects\n'
 '  exports:\n    type: aws.s3.bucket\n    name: h5-partner-exports\n    encryption:\n      sse_algorithm: aws:kms\n      kms_key_id: @V@\n',
 '${signing.arn}', '${lake_key.arn}', {}),

('scheduler-retry-attempts-200-var', 'EventBridge Scheduler', 'aws.scheduler.schedule',
 "a target's retry attempts are 0 to 185",
 'variable (retries)', 'scheduler/CreateSchedule/Target.RetryPolicy.MaximumRetryAttempts (min 0, max 185)',
 'The maximum number of retry attempts to make before the request fails. (MaximumRetryAttempts: min 0, max 185)',
 'maximum_retry_attempts|retry|185',
 'variables:\n  retries: {type: number, default: @V@}\nresources:\n  kick:\n    type: aws.sqs.queue\n    name: h5-kick\n' + role('sched', 'h5-scheduler', 'scheduler.amazonaws.com') +
 '  nightly_kick:\n    type: aws.scheduler.schedule\n    name: h5-nightly-kick\n    schedule_expression: cron(0 2 * * ? *)\n'
 '    flexible_time_window: {mode: "OFF"}\n    target:\n      arn: ${kick.arn}\n      role_arn: ${sched.arn}\n      input: "{}"\n'
 '      retry_policy:\n        maximum_retry_attempts: ${var.retries}\n',
 '200', '185', {}),

('secretsmanager-name-with-space-local', 'Secrets Manager', 'aws.secretsmanager.secret',
 "a secret's name is ASCII letters, numbers and /_+=.@- (a space)",
 'local (secret_name)', 'secretsmanager/CreateSecret/Name',
 'The secret name can contain ASCII letters, numbers, and the following characters: /_+=.@-',
 'name|characters|letters',
 'locals:\n  secret_name: "@V@"\nresources:\n  warehouse_login:\n    type: aws.secretsmanager.secret\n    name: ${local.secret_name}\n    value: not-a-real-password\n',
 'h5/warehouse loader', 'h5/warehouse-loader', {}),

('sfn-log-level-info-var', 'Step Functions', 'aws.sfn.state_machine',
 "a state machine's log level is ALL, ERROR, FATAL or OFF (INFO)",
 'variable (log_level)', 'stepfunctions/CreateStateMachine/loggingConfiguration.level (enum LogLevel)',
 'Defines which category of execution history events are logged. (LogLevel: ALL | ERROR | FATAL | OFF)',
 'level|LogLevel|ERROR|FATAL',
 'variables:\n  log_level: {type: string, default: @V@}\nresources:\n  runs:\n    type: aws.logs.log_group\n    name: /aws/vendedlogs/states/h5-pipeline\n'
 + role('flow', 'h5-pipeline', 'states.amazonaws.com') +
 '  pipeline:\n    type: aws.sfn.state_machine\n    name: h5-pipeline\n    role_arn: ${flow.arn}\n'
 '    definition: {StartAt: Done, States: {Done: {Type: Succeed}}}\n'
 '    logging_configuration:\n      level: ${var.log_level}\n      include_execution_data: false\n      log_group_arn: "${runs.arn}:*"\n',
 'INFO', 'ERROR', {}),

('sns-topic-policy-topic-is-queue-ref', 'SNS', 'aws.sns.topic_policy',
 "a topic policy is set on a topic's ARN (${landing.arn}, a queue's)",
 "reference (${landing.arn}, an aws.sqs.queue's ARN, in topics)", 'sns/SetTopicAttributes/TopicArn (shape topicARN)',
 'The ARN of the topic to modify.',
 'topic|topics|sqs|arn',
 'resources:\n  landing:\n    type: aws.sqs.queue\n    name: h5-landing\n  landed:\n    type: aws.sns.topic\n    name: h5-landed\n'
 '  landed_policy:\n    type: aws.sns.topic_policy\n    topics: ["@V@"]\n    policy:\n      Version: "2012-10-17"\n'
 '      Statement:\n        - Effect: Allow\n          Principal: {Service: s3.amazonaws.com}\n          Action: sns:Publish\n          Resource: "*"\n',
 '${landing.arn}', '${landed.arn}', {}),

('sqs-queue-policy-url-is-arn-ref', 'SQS', 'aws.sqs.queue_policy',
 "a queue policy is set on a queue's URL (${landing.arn}, its ARN)",
 "reference (${landing.arn}, an awscc.sqs.queue's ARN, in queues)", 'sqs/SetQueueAttributes/QueueUrl',
 'The URL of the Amazon SQS queue whose attributes are set. Queue URLs and names are case-sensitive.',
 'url|queues|queue',
 'resources:\n  landing:\n    type: awscc.sqs.queue\n    queue_name: h5-landing2\n'
 '  landing_policy:\n    type: aws.sqs.queue_policy\n    queues: ["@V@"]\n    policy:\n      Version: "2012-10-17"\n'
 '      Statement:\n        - Effect: Allow\n          Principal: {Service: s3.amazonaws.com}\n          Action: sqs:SendMessage\n          Resource: ${landing.arn}\n',
 '${landing.arn}', '${landing.queue_url}', {}),

('sqs-receive-wait-30-mod', 'SQS', 'aws.sqs.queue',
 "a queue's receive wait time is 0 to 20 seconds",
 'module input (long_poll)', 'sqs/CreateQueue/Attributes ReceiveMessageWaitTimeSeconds',
 'ReceiveMessageWaitTimeSeconds – The length of time, in seconds, for which a ReceiveMessage action waits for a message to arrive. Valid values: An integer from 0 to 20 (seconds). Default: 0.',
 'receive_wait|wait|20',
 'modules:\n  intake:\n    source: ./mod\n    long_poll: @V@\n',
 '30', '20',
 {'mod/main.yaml': 'variables:\n  long_poll: {type: number}\nresources:\n  q:\n    type: aws.sqs.queue\n    name: h5-intake\n'
  '    receive_wait_time_seconds: ${var.long_poll}\n'}),

('ssm-value-double-brackets-local', 'SSM', 'aws.ssm.parameter',
 "a parameter's value may not hold {{...}} (a reference to another parameter)",
 'local (dsn)', 'ssm/PutParameter/Value',
 "Parameters can't be referenced or nested in the values of other parameters. You can't include values wrapped in double brackets {{}} or {{ssm:parameter-name}} in a parameter value.",
 'value|brackets|{{',
 'locals:\n  dsn: "@V@"\nresources:\n  warehouse_dsn:\n    type: aws.ssm.parameter\n    name: /h5/warehouse/dsn\n    parameter_type: String\n    value: ${local.dsn}\n',
 'postgresql://{{ssm:/h5/warehouse/host}}:5439/marts', 'postgresql://warehouse.internal:5439/marts', {}),
]
