# tests/corpus/heldout3/gen/gen1.py: common role/code snippets; S3, IAM, Glue, Athena, Lambda, Step Functions cases (aws.* types). Each case(...) is (name, service, type, constraint, how the value arrives, source, AWS's words, key words, template, bad value, good value); exec'd by build.py.
C = []
def case(*a): C.append(a)
ROLE = '''  role:
    type: aws.iam.role
    name: h3-exec-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: @SVC@.amazonaws.com }, Action: "sts:AssumeRole" }
'''
def role(svc, extra=''): return ROLE.replace('@SVC@', svc) + extra
CODE = '''  code:
    type: aws.s3.bucket
    name: h3-code-bucket
'''
LAMBDA = '''  fn:
    type: aws.lambda.function
    function_name: @NAME@
    runtime: @RT@
    handler: app.handler
    role: ${role.arn}
    s3_bucket: ${code.name}
    s3_key: fn.zip
'''
def lam(extra='', name='h3-fn', policy='', rt='python3.12'):
    return role('lambda', policy) + CODE + LAMBDA.replace('@NAME@', name).replace('@RT@', rt) + extra

# ---- S3
case('s3-bucket-name-over-63-local', 'S3', 'aws.s3.bucket', 'bucket names are 3 to 63 characters long', 'local (name built of locals)',
 'schema AWS::S3::Bucket / BucketName (maxLength 63); S3 User Guide: bucket naming rules',
 'Bucket names must be between 3 (min) and 63 (max) characters long.',
 '63|long|length|characters',
 '''locals:
  domain: @V@
  zone: curated-parquet-partitioned
resources:
  lake:
    type: aws.s3.bucket
    name: h3-${local.domain}-${local.zone}
''', 'customer-behaviour-analytics-eu-west', 'cust-analytics')

case('s3-notification-lambda-arn-is-queue-ref', 'S3', 'aws.s3.bucket_notification', 'a Lambda function configuration names a Lambda function ARN', 'reference (lambda_function_arn = ${q.arn}, a queue)',
 's3/PutBucketNotificationConfiguration/LambdaFunctionConfiguration.LambdaFunctionArn',
 'LambdaFunctionArn: The Amazon Resource Name (ARN) of the Lambda function that Amazon S3 invokes when the specified event type occurs.',
 'lambda function|lambda:|function arn|lambda_function_arn: ',
 'resources:\n' + lam() + '''  q:
    type: aws.sqs.queue
    name: h3-landing-events
  landing:
    type: aws.s3.bucket
    name: h3-landing-zone
  allow:
    type: aws.lambda.permission
    function_name: ${fn.function_name}
    statement_id: s3-invoke
    action: lambda:InvokeFunction
    principal: s3.amazonaws.com
    source_arn: ${landing.arn}
  notify:
    type: aws.s3.bucket_notification
    bucket: ${landing.name}
    lambda_function:
      - lambda_function_arn: ${@V@.arn}
        events: ["s3:ObjectCreated:*"]
''', 'q', 'fn')

case('s3-lifecycle-expiration-before-transition-var', 'S3', 'aws.s3.bucket', "expiration days after the transition's days", 'variable (expire_after)',
 's3/PutBucketLifecycleConfiguration (LifecycleRule: Expiration, Transitions); S3 User Guide: lifecycle configuration elements',
 "'Days' in the Expiration action for filter '' must be greater than 'Days' in the Transition action",
 'expiration|transition|greater',
 '''variables:
  expire_after: { type: number, default: @V@ }
resources:
  archive:
    type: aws.s3.bucket
    name: h3-archive-zone
    lifecycle_rules:
      - id: cold-then-gone
        expiration_days: ${var.expire_after}
        transitions: [{ days: 90, storage_class: GLACIER }]
''', '60', '365')

# ---- IAM
case('iam-inline-policy-group-is-arn-ref', 'IAM', 'aws.iam.inline_policy', 'GroupName is a group name, not its ARN', 'reference (groups = [${analysts.arn}])',
 'iam/PutGroupPolicy/GroupName (pattern [\\w+=,.@-]+)',
 'GroupName: The name of the group to associate the policy with. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-.',
 'group name|groupname|pattern|[\\w+=,.@-]|characters',
 '''resources:
  analysts:
    type: aws.iam.group
    name: h3-analysts
  read_curated:
    type: aws.iam.inline_policy
    name: read-curated
    groups: ["${analysts.@V@}"]
    policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::h3-curated/*" }
''', 'arn', 'name')

case('iam-policy-with-principal-local', 'IAM', 'aws.iam.policy', 'an identity-based policy has no Principal', 'local (the statement)',
 'iam/CreatePolicy/PolicyDocument; IAM User Guide: policy grammar (Principal only in resource-based and trust policies)',
 'MalformedPolicyDocument: Policy document should not specify a principal.',
 'principal',
 '''locals:
  read_stmt: @V@
resources:
  reader:
    type: aws.iam.policy
    name: h3-read-curated
    policy:
      Version: "2012-10-17"
      Statement: ["${local.read_stmt}"]
''', '{ Effect: Allow, Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::h3-curated/*" }',
 '{ Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::h3-curated/*" }')

case('iam-user-name-space-var', 'IAM', 'aws.iam.user', 'user name pattern [\\w+=,.@-]+', 'variable',
 'iam/CreateUser/UserName (pattern [\\w+=,.@-]+, 1..64)',
 'UserName: The name of the user to create. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-',
 'user name|username|pattern|[\\w+=,.@-]|space',
 '''variables:
  bot: { type: string, default: @V@ }
resources:
  bot:
    type: aws.iam.user
    name: ${var.bot}
''', '"airflow loader"', 'airflow-loader')

case('iam-role-trust-with-resource-local', 'IAM', 'aws.iam.role', 'a trust policy has no Resource element', 'local (the trust statement)',
 'iam/CreateRole/AssumeRolePolicyDocument; IAM User Guide: role trust policy (a resource-based policy: Principal, no Resource)',
 'MalformedPolicyDocument: Has prohibited field Resource',
 'resource|prohibited',
 '''locals:
  trust: @V@
resources:
  r:
    type: aws.iam.role
    name: h3-glue-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement: ["${local.trust}"]
''', '{ Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "sts:AssumeRole", Resource: "*" }',
 '{ Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "sts:AssumeRole" }')

# ---- Glue
case('glue-trigger-scheduled-without-schedule-var', 'Glue', 'aws.glue.trigger', 'a SCHEDULED trigger has a Schedule', 'variable (trigger_type)',
 'glue/CreateTrigger/Schedule',
 'Schedule: A cron expression used to specify the schedule. This field is required when the trigger type is SCHEDULED.',
 'schedule',
 '''variables:
  kind: { type: string, default: SCHEDULED }
resources:
''' + role('glue') + CODE + '''  job:
    type: aws.glue.job
    name: h3-nightly
    role: ${role.arn}
    command: { name: glueetl, script_location: "s3://${code.name}/nightly.py" }
    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 2
  t:
    type: aws.glue.trigger
    name: h3-nightly-trigger
    trigger_type: ${var.kind}
@V@    actions: [{ job_name: "${job.name}" }]
''', '', '    schedule: "cron(0 2 * * ? *)"\n')

case('glue-job-command-name-spark-var', 'Glue', 'aws.glue.job', 'command name glueetl, gluestreaming, pythonshell or glueray', 'variable',
 'glue/CreateJob/Command.Name (JobCommand)',
 'Name: The name of the job command. For an Apache Spark ETL job, this must be glueetl. For a Python shell job, it must be pythonshell. For an Apache Spark streaming ETL job, this must be gluestreaming. For a Ray job, this must be glueray.',
 'glueetl|command|pythonshell',
 '''variables:
  engine: { type: string, default: @V@ }
resources:
''' + role('glue') + CODE + '''  job:
    type: aws.glue.job
    name: h3-dedupe
    role: ${role.arn}
    command: { name: "${var.engine}", script_location: "s3://${code.name}/dedupe.py" }
    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 2
''', 'spark', 'glueetl')

case('glue-job-timeout-over-7-days-local', 'Glue', 'aws.glue.job', 'a batch job timeout at most 10080 minutes (7 days)', 'local',
 'glue/CreateJob/Timeout',
 'Timeout: The job timeout in minutes. ... Jobs must have timeout values less than 7 days or 10080 minutes. Otherwise, the jobs will throw an exception.',
 'timeout|10080|10,080|7 days',
 '''locals:
  two_weeks: @V@
resources:
''' + role('glue') + CODE + '''  job:
    type: aws.glue.job
    name: h3-backfill
    role: ${role.arn}
    command: { name: glueetl, script_location: "s3://${code.name}/backfill.py" }
    glue_version: "4.0"
    worker_type: G.1X
    number_of_workers: 10
    timeout: ${local.two_weeks}
''', '20160', '10080')

# ---- Athena
case('athena-workgroup-sse-kms-without-key-var', 'Athena', 'aws.athena.workgroup', 'SSE_KMS and CSE_KMS need a KMS key', 'variable (encryption option)',
 'athena/CreateWorkGroup/Configuration.ResultConfiguration.EncryptionConfiguration.KmsKey',
 'KmsKey: For SSE_KMS and CSE_KMS, this is the KMS key ARN or ID.',
 'kms|key',
 '''variables:
  enc: { type: string, default: SSE_KMS }
resources:
  wg:
    type: aws.athena.workgroup
    name: h3-analysts
    output_location: s3://h3-athena-results/out/
    encryption: ${var.enc}
@V@''', '', '    kms_key: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\n')

# ---- Lambda
case('lambda-runtime-python27-var', 'Lambda', 'aws.lambda.function', 'a deprecated runtime cannot be used to create a function', 'variable',
 'lambda/CreateFunction/Runtime',
 'The following list includes deprecated runtimes. Lambda blocks creating new functions and updating existing functions shortly after each runtime is deprecated.',
 'runtime|deprecated|python2.7|supported',
 'variables:\n  rt: { type: string, default: @V@ }\nresources:\n' + lam(rt='${var.rt}'), 'python2.7', 'python3.12')

case('lambda-env-reserved-key-local', 'Lambda', 'aws.lambda.function', 'reserved environment variable keys cannot be set', 'local (environment map)',
 'lambda/CreateFunction/Environment; Lambda Developer Guide: defined runtime environment variables (reserved)',
 'InvalidParameterValueException: Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION',
 'reserved|aws_region',
 'locals:\n  env: @V@\nresources:\n' + lam('    environment: ${local.env}\n'), '{ AWS_REGION: eu-west-1, STAGE: prod }', '{ TARGET_REGION: eu-west-1, STAGE: prod }')

case('lambda-permission-function-is-role-ref', 'Lambda', 'aws.lambda.permission', 'FunctionName is a function name or ARN', 'reference (function_name = ${role.arn})',
 'lambda/AddPermission/FunctionName (pattern ...(function:)?([a-zA-Z0-9-_]+)...)',
 'FunctionName: The name or ARN of the Lambda function, version, or alias. Name formats: Function name, Function ARN, Partial ARN.',
 'function|pattern',
 'resources:\n' + lam() + '''  allow:
    type: aws.lambda.permission
    function_name: ${@V@.arn}
    statement_id: events-invoke
    action: lambda:InvokeFunction
    principal: events.amazonaws.com
''', 'role', 'fn')

READ_SQS = '    inline_policies:\n      read-queue:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource: "*" }\n'
case('lambda-esm-sqs-starting-position-ref', 'Lambda', 'aws.lambda.event_source_mapping', 'StartingPosition only for stream sources', 'reference (event_source_arn = ${q.arn}, an SQS queue)',
 'lambda/CreateEventSourceMapping/StartingPosition',
 'StartingPosition: The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. AT_TIMESTAMP is supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.',
 'starting_position|startingposition|starting position',
 'resources:\n' + lam(policy=READ_SQS) + '''  q:
    type: aws.sqs.queue
    name: h3-work
    visibility_timeout_seconds: 60
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${q.arn}
    function_name: ${fn.arn}
@V@''', '    starting_position: LATEST\n', '')

case('lambda-esm-batching-window-over-300-var', 'Lambda', 'aws.lambda.event_source_mapping', 'MaximumBatchingWindowInSeconds 0..300', 'variable',
 'lambda/CreateEventSourceMapping/MaximumBatchingWindowInSeconds (max 300)',
 'MaximumBatchingWindowInSeconds: The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure MaximumBatchingWindowInSeconds to any value from 0 seconds to 300 seconds in increments of seconds.',
 'window|300|batching',
 'variables:\n  window: { type: number, default: @V@ }\nresources:\n' + lam(policy=READ_SQS) + '''  q:
    type: aws.sqs.queue
    name: h3-work
    visibility_timeout_seconds: 900
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${q.arn}
    function_name: ${fn.arn}
    batch_size: 100
    maximum_batching_window_in_seconds: ${var.window}
''', '600', '300')

case('lambda-two-architectures-local', 'Lambda', 'aws.lambda.function', 'Architectures holds one value', 'local',
 'lambda/CreateFunction/Architectures (ArchitecturesList min 1, max 1)',
 'Architectures: The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86_64).',
 'architecture|one|1 item|at most 1',
 'locals:\n  arch: @V@\nresources:\n' + lam('    architectures: ${local.arch}\n'), '[x86_64, arm64]', '[arm64]')

# ---- Step Functions
SFN_ROLE = role('states')
case('sfn-next-names-missing-state-local', 'Step Functions', 'aws.sfn.state_machine', "a state's Next names a state of the machine", 'local (the definition)',
 'stepfunctions/CreateStateMachine/definition; InvalidDefinition',
 'InvalidDefinition: The provided Amazon States Language definition is invalid. (MISSING_TRANSITION_TARGET: Missing \'Next\' target)',
 'next|transition|missing|not exist|non-existent|target',
 '''locals:
  flow:
    StartAt: Extract
    States:
      Extract: { Type: Pass, Next: @V@ }
      Load: { Type: Pass, End: true }
resources:
''' + SFN_ROLE + '''  sm:
    type: aws.sfn.state_machine
    name: h3-etl
    role_arn: ${role.arn}
    definition: ${local.flow}
''', 'Transform', 'Load')

case('sfn-type-lowercase-var', 'Step Functions', 'aws.sfn.state_machine', 'type STANDARD or EXPRESS', 'variable',
 'stepfunctions/CreateStateMachine/type (enum STANDARD, EXPRESS)',
 'type: Determines whether a Standard or Express state machine is created. The default is STANDARD. You cannot update the type of a state machine once it has been created. (enum STANDARD | EXPRESS)',
 'express|standard|type',
 '''variables:
  flavour: { type: string, default: @V@ }
resources:
''' + SFN_ROLE + '''  sm:
    type: aws.sfn.state_machine
    name: h3-fanout
    role_arn: ${role.arn}
    state_machine_type: ${var.flavour}
    definition: { StartAt: Go, States: { Go: { Type: Pass, End: true } } }
''', 'express', 'EXPRESS')
