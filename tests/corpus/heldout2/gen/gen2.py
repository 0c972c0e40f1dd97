# tests/corpus/heldout2/gen/gen2.py: IAM, Glue, Athena, Kinesis cases. Each case(...) is (name, service, type, constraint, how the value arrives, source, AWS's words, key words, template, bad value, good value); exec'd by build.py.
case('iam-role-name-over-64-local', 'IAM', 'aws.iam.role', 'role name 1..64 characters', 'local (built of join)',
 'iam/CreateRole/RoleName (roleNameType max 64)', 'RoleName: Length Constraints: Minimum length of 1. Maximum length of 64 (shape roleNameType min 1 max 64).', 'name|64|length|role',
 '''locals:
  role_name: ${join("-", ["h2", "analytics", "platform", "ingestion", "pipeline", "@V@"])}
resources:
  r:
    type: aws.iam.role
    name: ${local.role_name}
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "sts:AssumeRole" }
''', 'production-eu-west-execution-role', 'prod')

case('iam-role-max-session-var', 'IAM', 'aws.iam.role', 'MaxSessionDuration 3600..43200', 'variable',
 'iam/CreateRole/MaxSessionDuration', 'This setting can have a value from 1 hour to 12 hours.', 'session|43200|3600|duration',
 '''variables:
  session_seconds: { type: number, default: @V@ }
resources:
  r:
    type: aws.iam.role
    name: h2-analyst
    max_session_duration: ${var.session_seconds}
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }
''', '86400', '43200')

case('iam-policy-path-no-slashes', 'IAM', 'aws.iam.policy', 'path begins and ends with /', 'literal',
 'iam/CreatePolicy/Path', 'a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes.', 'path|slash|/',
 '''resources:
  p:
    type: aws.iam.policy
    name: h2-read-raw
    path: @V@
    policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::h2-raw/*" }
''', 'data-team', '/data-team/')

case('iam-role-trust-principal-wildcard-service', 'IAM', 'aws.iam.role', 'assume role policy: an Action other than sts:AssumeRole* in a trust policy', 'literal',
 'iam/CreateRole/AssumeRolePolicyDocument', 'The trust relationship policy document that grants an entity permission to assume the role.', 'trust|assume|sts:assumerole|principal|action',
 '''resources:
  r:
    type: aws.iam.role
    name: h2-glue-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "@V@" }
''', 's3:GetObject', 'sts:AssumeRole')

GLUEJOB = role('glue') + '''  job:
    type: aws.glue.job
    name: h2-clean
    role: ${role.arn}
    command: { name: glueetl, script_location: "s3://h2-code/clean.py", python_version: "3" }
'''
case('glue-job-maxcapacity-with-workers', 'Glue', 'aws.glue.job', 'MaxCapacity not with WorkerType/NumberOfWorkers', 'literal',
 'glue/CreateJob/MaxCapacity', 'Do not set MaxCapacity if using WorkerType and NumberOfWorkers .', 'maxcapacity|max_capacity|worker',
 'resources:\n' + GLUEJOB + '''    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 5
@V@''', '    max_capacity: 10\n', '')

case('glue-job-workers-without-type-var', 'Glue', 'aws.glue.job', 'NumberOfWorkers requires WorkerType', 'variable (workers)',
 'glue/CreateJob/NumberOfWorkers + WorkerType', 'WorkerType: The type of predefined worker that is allocated when a job runs. ... NumberOfWorkers: The number of workers of a defined workerType that are allocated when a job runs.', 'worker_type|workertype|number_of_workers|numberofworkers',
 'variables:\n  workers: { type: number, default: 4 }\nresources:\n' + GLUEJOB + '''    glue_version: "4.0"
    number_of_workers: ${var.workers}
@V@''', '', '    worker_type: G.1X\n')

case('glue-job-pythonshell-maxcapacity', 'Glue', 'aws.glue.job', 'pythonshell job: MaxCapacity 0.0625 or 1', 'local',
 'glue/CreateJob/MaxCapacity', 'When you specify a Python shell job ( JobCommand.Name ="pythonshell"), you can allocate either 0.0625 or 1 DPU.', 'pythonshell|0.0625|capacity|dpu',
 'locals:\n  dpus: @V@\nresources:\n' + role('glue') + '''  job:
    type: aws.glue.job
    name: h2-shell
    role: ${role.arn}
    command: { name: pythonshell, script_location: "s3://h2-code/shell.py", python_version: "3.9" }
    max_capacity: ${local.dpus}
''', '2', '1')

case('glue-crawler-database-ref-table-prefix-long', 'Glue', 'aws.glue.crawler', 'crawler needs a target; S3 target path', 'reference (database_name = ${db.name})',
 'glue/CreateCrawler/Targets', 'Targets: A list of collection of targets to crawl. (CreateCrawler requires Targets)', 'target|s3_targets|targets',
 role('glue').join(['resources:\n', '''  db:
    type: aws.glue.database
    name: h2_raw
  crawler:
    type: aws.glue.crawler
    name: h2-raw-crawler
    role: ${role.arn}
    database_name: ${db.name}
@V@''']), '', '    s3_targets: [{ path: "s3://h2-raw/events/" }]\n')

case('athena-workgroup-name-space-local', 'Athena', 'aws.athena.workgroup', 'workgroup name [a-zA-Z0-9._-]{1,128}', 'local',
 'athena/CreateWorkGroup/Name (pattern)', 'WorkGroupName pattern [a-zA-Z0-9._-]{1,128}', 'name|pattern|workgroup',
 '''locals:
  wg: @V@
resources:
  wg:
    type: aws.athena.workgroup
    name: ${local.wg}
    output_location: s3://h2-results/
''', '"analysts team"', 'analysts-team')

case('athena-cutoff-under-10mb-var', 'Athena', 'aws.athena.workgroup', 'BytesScannedCutoffPerQuery minimum 10000000', 'variable',
 'athena/WorkGroupConfiguration/BytesScannedCutoffPerQuery (BytesScannedCutoffValue min 10000000)', 'The upper data usage limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to scan. (shape BytesScannedCutoffValue min 10000000)', 'cutoff|bytes|10000000|scanned',
 '''variables:
  cutoff: { type: number, default: @V@ }
resources:
  wg:
    type: aws.athena.workgroup
    name: h2-capped
    output_location: s3://h2-results/
    bytes_scanned_cutoff_per_query: ${var.cutoff}
''', '1000000', '10000000')

case('athena-output-location-not-s3-ref', 'Athena', 'aws.athena.workgroup', 'OutputLocation is an s3:// path', 'reference (${bucket.arn} used where s3://bucket/ is meant)',
 'athena/ResultConfiguration/OutputLocation', 'The location in Amazon S3 where your query and calculation results are stored, such as s3://path/to/query/bucket/.', 's3://|output|location',
 '''resources:
  results:
    type: aws.s3.bucket
    name: h2-athena-results
  wg:
    type: aws.athena.workgroup
    name: h2-wg
    output_location: @V@
''', '${results.arn}', 's3://${results.name}/')

case('kinesis-retention-over-8760-var', 'Kinesis', 'aws.kinesis.stream', 'retention 24..8760 hours', 'variable',
 'kinesis/IncreaseStreamRetentionPeriod/RetentionPeriodHours; schema AWS::Kinesis::Stream RetentionPeriodHours maximum 8760', 'RetentionPeriodHours maximum 8760 (365 days)', 'retention|8760|hours',
 '''variables:
  keep_hours: { type: number, default: @V@ }
resources:
  s:
    type: aws.kinesis.stream
    name: h2-events
    shard_count: 1
    retention_period: ${var.keep_hours}
''', '10000', '8760')

case('kinesis-ondemand-with-shards', 'Kinesis', 'aws.kinesis.stream', 'ShardCount only in provisioned mode', 'local',
 'kinesis/CreateStream/ShardCount', 'The number of shards that the stream will use. ... This parameter is required if you specify the provisioned capacity mode.', 'shard|on_demand|on-demand|provisioned',
 '''locals:
  mode: @V@
resources:
  s:
    type: aws.kinesis.stream
    name: h2-ondemand
    stream_mode_details: { stream_mode: "${local.mode}" }
''', 'PROVISIONED', 'ON_DEMAND')
