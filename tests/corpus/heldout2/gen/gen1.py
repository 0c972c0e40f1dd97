# tests/corpus/heldout2/gen/gen1.py: common role/code snippets; S3, SQS, SNS, Lambda cases. Each case(...) is (name, service, type, constraint, how the value arrives, source, AWS's words, key words, template, bad value, good value); exec'd by build.py.
# cases: (name, service, type, constraint, arrival, source, quote, keywords, template, bad, good)
ROLE = '''  role:
    type: aws.iam.role
    name: h2-exec-role
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - { Effect: Allow, Principal: { Service: @SVC@.amazonaws.com }, Action: "sts:AssumeRole" }
'''
def role(svc, extra=''): return ROLE.replace('@SVC@', svc) + extra
CODE = '''  code:
    type: aws.s3.bucket
    name: h2-code-bucket
'''
C = []
def case(*a): C.append(a)

case('s3-bucket-name-uppercase-var', 'S3', 'aws.s3.bucket', 'bucket name: lowercase letters, digits, dots and hyphens', 'variable (team) interpolated into the name',
 'schema AWS::S3::Bucket / BucketName (pattern ^([a-z0-9][a-z0-9.-]*[a-z0-9])?$); s3 CreateBucket Bucket -> Bucket naming rules',
 'BucketName pattern "^([a-z0-9][a-z0-9.-]*[a-z0-9])?$", maxLength 63',
 'bucket|name|lowercase|pattern|a-z0-9',
 '''variables:
  team: { type: string, default: @V@ }
resources:
  raw:
    type: aws.s3.bucket
    name: ${var.team}-raw-zone
''', 'DataEng', 'dataeng')

case('sqs-fifo-name-suffix-local', 'SQS', 'aws.sqs.queue', 'a FIFO queue name ends in .fifo', 'local (queue name)',
 'sqs/CreateQueue/QueueName', 'A FIFO queue name must end with the .fifo suffix.', 'fifo|.fifo|suffix',
 '''locals:
  orders_queue: @V@
resources:
  orders:
    type: aws.sqs.queue
    name: ${local.orders_queue}
    fifo_queue: true
''', 'orders-events', 'orders-events.fifo')

case('sqs-visibility-timeout-var', 'SQS', 'aws.sqs.queue', 'VisibilityTimeout 0..43200', 'variable',
 'sqs/CreateQueue/Attributes (VisibilityTimeout)', 'VisibilityTimeout – The visibility timeout for the queue, in seconds. Valid values: An integer from 0 to 43,200 (12 hours).',
 'visibility|43200|43,200|timeout',
 '''variables:
  visibility: { type: number, default: @V@ }
resources:
  jobs:
    type: aws.sqs.queue
    name: h2-jobs
    visibility_timeout_seconds: ${var.visibility}
''', '86400', '43200')

case('sqs-retention-too-short', 'SQS', 'aws.sqs.queue', 'MessageRetentionPeriod 60..1209600', 'literal',
 'sqs/CreateQueue/Attributes (MessageRetentionPeriod)', 'MessageRetentionPeriod – ... Valid values: An integer from 60 seconds (1 minute) to 1,209,600 seconds (14 days).',
 'retention|60|1209600|1,209,600',
 '''resources:
  q:
    type: aws.sqs.queue
    name: h2-short
    message_retention_seconds: @V@
''', '30', '60')

case('sqs-fifo-dlq-standard-ref', 'SQS', 'aws.sqs.queue', "a FIFO queue's dead-letter queue must be FIFO", 'reference (deadLetterTargetArn = ${dlq.arn} of a standard queue)',
 'sqs/CreateQueue/Attributes (RedrivePolicy)', "The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
 'dead-letter|fifo|standard',
 '''resources:
  dlq:
    type: aws.sqs.queue
    name: @V@
    fifo_queue: @F@
  main:
    type: aws.sqs.queue
    name: h2-main.fifo
    fifo_queue: true
    redrive_policy: { deadLetterTargetArn: "${dlq.arn}", maxReceiveCount: 5 }
''', ('h2-dlq', 'false'), ('h2-dlq.fifo', 'true'))

case('sns-fifo-topic-name-var', 'SNS', 'aws.sns.topic', 'FIFO topic name ends in .fifo', 'variable',
 'sns/CreateTopic/Name', 'For a FIFO (first-in-first-out) topic, the name must end with the .fifo suffix.', 'fifo|.fifo|suffix',
 '''variables:
  topic: { type: string, default: @V@ }
resources:
  t:
    type: aws.sns.topic
    name: ${var.topic}
    fifo_topic: true
''', 'h2-orders', 'h2-orders.fifo')

case('sns-sqs-subscription-endpoint-topic-ref', 'SNS', 'aws.sns.subscription', 'sqs protocol endpoint is an SQS queue ARN', 'reference (endpoint = ${other.arn}, a topic)',
 'sns/Subscribe/Endpoint', 'For the sqs protocol, the endpoint is the ARN of an Amazon SQS queue.', 'sqs|queue|endpoint',
 '''resources:
  t:
    type: aws.sns.topic
    name: h2-alerts
  q:
    type: aws.sqs.queue
    name: h2-alerts-q
  other:
    type: aws.sns.topic
    name: h2-other
  sub:
    type: aws.sns.subscription
    topic_arn: ${t.arn}
    protocol: sqs
    endpoint: ${@V@.arn}
''', 'other', 'q')

LAMBDA = '''  fn:
    type: aws.lambda.function
    function_name: @NAME@
    runtime: python3.12
    handler: app.handler
    role: ${role.arn}
    s3_bucket: ${code.name}
    s3_key: fn.zip
'''
def lam(extra='', name='h2-fn', policy=''):
    return role('lambda', policy) + CODE + LAMBDA.replace('@NAME@', name) + extra

case('lambda-timeout-over-900-var', 'Lambda', 'aws.lambda.function', 'Timeout at most 900', 'variable',
 'lambda/CreateFunction/Timeout', 'The maximum allowed value is 900 seconds.', 'timeout|900',
 'variables:\n  timeout: { type: number, default: @V@ }\nresources:\n' + lam('    timeout: ${var.timeout}\n'), '1800', '900')

case('lambda-memory-under-128', 'Lambda', 'aws.lambda.function', 'MemorySize 128..10240', 'literal',
 'schema AWS::Lambda::Function / MemorySize; lambda/CreateFunction/MemorySize (min 128, max 32768 in the model)', 'The default value is 128 MB. The value can be any multiple of 1 MB. (shape MemorySize min 128)', 'memory|128',
 'resources:\n' + lam('    memory_size: @V@\n'), '64', '128')

case('lambda-function-name-dot-local', 'Lambda', 'aws.lambda.function', 'function name letters, digits, hyphens, underscores', 'local',
 'lambda/CreateFunction/FunctionName (pattern)', 'FunctionName pattern (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?', 'function|name|pattern',
 'locals:\n  fn_name: @V@\nresources:\n' + lam(name='${local.fn_name}'), 'etl.loader.v2', 'etl-loader-v2')

case('lambda-esm-kinesis-batch-over-10000-ref', 'Lambda', 'aws.lambda.event_source_mapping', 'Kinesis batch size max 10,000', 'reference (event_source_arn = ${stream.arn}) and variable (batch)',
 'lambda/CreateEventSourceMapping/BatchSize', 'Amazon Kinesis – Default 100. Max 10,000.', 'batch|10000|10,000|kinesis',
 'variables:\n  batch: { type: number, default: @V@ }\nresources:\n' + lam() + '''  stream:
    type: aws.kinesis.stream
    name: h2-clicks
    shard_count: 1
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${stream.arn}
    function_name: ${fn.arn}
    starting_position: LATEST
    batch_size: ${var.batch}
''', '20000', '10000')

case('lambda-esm-kinesis-no-starting-position-ref', 'Lambda', 'aws.lambda.event_source_mapping', 'StartingPosition required for Kinesis', 'reference (event_source_arn = ${stream.arn})',
 'lambda/CreateEventSourceMapping/StartingPosition', 'Required for Amazon Kinesis and Amazon DynamoDB Stream event sources.', 'starting_position|startingposition|starting position|required',
 'resources:\n' + lam(policy='    inline_policies:\n      read-stream:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Action: ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:ListShards", "kinesis:ListStreams"], Resource: "*" }\n') + '''  stream:
    type: aws.kinesis.stream
    name: h2-clicks
    shard_count: 1
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${stream.arn}
    function_name: ${fn.arn}
@V@''', '', '    starting_position: TRIM_HORIZON\n')

case('lambda-esm-dynamodb-stream-disabled-ref', 'Lambda', 'aws.lambda.event_source_mapping', 'event source must be a stream ARN; a table ARN is not one', 'reference (event_source_arn = ${table.arn}, not ${table.stream_arn})',
 'lambda/CreateEventSourceMapping/EventSourceArn', 'Amazon DynamoDB Streams – The ARN of the stream.', 'stream|dynamodb|event_source_arn|eventsourcearn',
 'resources:\n' + lam(policy='    inline_policies:\n      read-stream:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Action: ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream", "dynamodb:ListStreams"], Resource: "*" }\n') + '''  table:
    type: aws.dynamodb.table
    name: h2-orders
    billing_mode: PAY_PER_REQUEST
    hash_key: id
    attribute: [{ name: id, type: S }]
    stream_enabled: true
    stream_view_type: NEW_IMAGE
  esm:
    type: aws.lambda.event_source_mapping
    event_source_arn: ${table.@V@}
    function_name: ${fn.arn}
    starting_position: LATEST
''', 'arn', 'stream_arn')
