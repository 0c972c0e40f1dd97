#!/usr/bin/env bash
# t1019-esm: aws.lambda.event_source_mapping against moto — one function fed
# by an SQS queue (batch size and window, a filter, partial batch
# responses, maximum concurrency, its metrics), a Kinesis stream (a starting
# position and a failure destination), a DynamoDB stream and an Amazon MQ
# broker (its queue and credentials secret): each mapping read back with the
# AWS CLI, planned again as no change, changed in place (paused, its
# filter taken away), drift made with the AWS CLI shown and undone, import
# by UUID, a mapping of the same function and source made elsewhere
# refused, the rules of the Lambda API reference, the function role's
# access to its source and a queue's visibility timeout under the
# function's timeout refused at file:line:col, a file landing in a bucket
# reaching the function through its queue (S3 notification -> SQS ->
# mapping -> Invoke, all inside moto; the function's code is not run, see
# lambda_invoke_without_docker.py), the create and change through the
# timing stand-in (Creating, Updating, waited out), destroy, and sweep
# finding a lab's mapping by its tags. moto needs
# tests/servers/moto_patches/lambda_event_source_mappings.py (one mapping a
# function and source; a deleted mapping stops polling). One apply serves
# most checks. run.sh's contract check holds every request against the
# Lambda model.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""
lam () { s3 lambda "$@"; }
sqs () { s3 sqs "$@"; }
QURL=$TEST_ENDPOINT/$ACCOUNT/t1019-inbox

mapping () { # NAME: GetEventSourceMapping of the state's NAME into NAME.json
	lam get-event-source-mapping --uuid "$(uuid_of "$1")" --output json >"$1.json"
}
uuid_of () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"uuid\"]"
}
field () { # NAME PYTHON-EXPRESSION over m (the mapping)
	json_get "$1.json" "(lambda m: $2)(d)"
}
queued () { # the messages visible in the inbox queue
	sqs get-queue-attributes --queue-url "$QURL" --attribute-names ApproximateNumberOfMessages \
		--query Attributes.ApproximateNumberOfMessages --output text
}

esm_stack () {
	local filter='filter_criteria: {filter: [{pattern: "{\"body\": {\"kind\": [\"csv\"]}}"}]}'
	test -z "${NOFILTER:-}" || filter=
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  exec:
	    type: aws.iam.role
	    name: t1019-exec
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
	    inline_policies:
	      read:
	        Version: "2012-10-17"
	        Statement:
	          - {Effect: Allow, Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes${SQS_EXTRA:-}],
	             Resource: "*"}
	          - {Effect: Allow, Action: [kinesis:GetRecords, kinesis:GetShardIterator, kinesis:DescribeStream,
	             kinesis:DescribeStreamSummary, kinesis:ListShards], Resource: "\${clicks.arn}"}
	          - {Effect: Allow, Action: [dynamodb:GetRecords, dynamodb:GetShardIterator, dynamodb:DescribeStream,
	             dynamodb:ListStreams], Resource: "*"}
	  ingest:
	    type: aws.lambda.function
	    function_name: t1019-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: \${exec.arn}
	    source: fn
	  dead:
	    type: aws.sqs.queue
	    name: t1019-dead
	  inbox:
	    type: aws.sqs.queue
	    name: t1019-inbox
	    redrive_policy: {deadLetterTargetArn: "\${dead.arn}", maxReceiveCount: 3}
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: sqs:SendMessage,
	           Resource: "*", Condition: {ArnLike: {"aws:SourceArn": "\${landing.arn}"}}}
	  landing:
	    type: aws.s3.bucket
	    name: t1019-landing
	    force_destroy: true
	  notify:
	    type: aws.s3.bucket_notification
	    bucket: \${landing.name}
	    queue:
	      - {queue_arn: "\${inbox.arn}", events: ["s3:ObjectCreated:*"]}
	  clicks:
	    type: aws.kinesis.stream
	    name: t1019-clicks
	    shard_count: 1
	  watermarks:
	    type: aws.dynamodb.table
	    name: t1019-watermarks
	    billing_mode: PAY_PER_REQUEST
	    hash_key: id
	    attribute: [{name: id, type: S}]
	    stream_enabled: true
	    stream_view_type: NEW_IMAGE
	  from_inbox:
	    type: aws.lambda.event_source_mapping
	    event_source_arn: \${inbox.arn}
	    function_name: \${ingest.function_name}
	    batch_size: ${BATCH:-20}
	    maximum_batching_window_in_seconds: ${WINDOW:-2}
	    enabled: ${ENABLED:-true}
	    $filter
	    function_response_types: [${FRT-ReportBatchItemFailures}]
	    scaling_config: {maximum_concurrency: ${CONCURRENCY:-5}}
	    metrics_config: {metrics: [EventCount]}
	    tags: {team: data${EXTRA_TAG:+, $EXTRA_TAG}}
	  from_clicks:
	    type: aws.lambda.event_source_mapping
	    event_source_arn: \${clicks.arn}
	    function_name: \${ingest.arn}
	    starting_position: TRIM_HORIZON
	    batch_size: 100
	    destination_config: {on_failure: {destination_arn: "\${dead.arn}"}}
	  from_watermarks:
	    type: aws.lambda.event_source_mapping
	    event_source_arn: \${watermarks.stream_arn}
	    function_name: \${ingest.function_name}
	    starting_position: LATEST
	YAML
}

test_expect_success 'setup: the function folder, a role for the lab' '
	mkdir fn && printf "def handler(event, context):\n    return {}\n" >fn/main.py &&
	s3 iam create-role --role-name t1019-lab --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" >/dev/null
'

test_expect_success 'validate refuses what Lambda refuses, at file:line:col' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	Q=arn:aws:sqs:us-east-1:$ACCOUNT:q K=arn:aws:kinesis:us-east-1:$ACCOUNT:stream/s &&
	cat >>bad/bad.yaml <<-YAML &&
	resources:
	  b1: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$K"}
	  b2: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", starting_position: LATEST}
	  b3: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q.fifo", batch_size: 11}
	  b4: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", batch_size: 50}
	  b5: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", scaling_config: {maximum_concurrency: 1}}
	  b6: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$K", starting_position: AT_TIMESTAMP}
	  b7: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", destination_config: {on_failure: {destination_arn: "$Q"}}}
	  b8: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "arn:aws:dynamodb:us-east-1:$ACCOUNT:table/t"}
	  b9: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$K", starting_position: LATEST, scaling_config: {maximum_concurrency: 5}}
	  b10: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", function_response_types: [ReportEverything]}
	  b11: {type: aws.lambda.event_source_mapping, function_name: f, event_source_arn: "$Q", maximum_batching_window_in_seconds: 301}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./bad.yaml:14:3: error: resource \"b1\" .*a Kinesis stream needs starting_position \(TRIM_HORIZON, LATEST or AT_TIMESTAMP\)" &&
	test_match err "^./bad.yaml:15:3: error: resource \"b2\" .*starting_position is for streams: an SQS queue takes none" &&
	test_match err "^./bad.yaml:16:3: error: resource \"b3\" .*batch_size 11 is over 10, the most for a FIFO queue" &&
	test_match err "^./bad.yaml:17:3: error: resource \"b4\" .*batch_size 50 over 10 for an SQS queue needs maximum_batching_window_in_seconds of at least 1" &&
	test_match err "^./bad.yaml:18:[0-9]+: error: resource \"b5\" .*maximum_concurrency: 1, where AWS takes 2 to 1000" &&
	test_match err "^./bad.yaml:19:3: error: resource \"b6\" .*starting_position AT_TIMESTAMP needs starting_position_timestamp" &&
	test_match err "^./bad.yaml:20:3: error: resource \"b7\" .*destination_config is for stream sources only" &&
	test_match err "^./bad.yaml:21:3: error: resource \"b8\" .*is a DynamoDB table, not its stream" &&
	test_match err "^./bad.yaml:22:3: error: resource \"b9\" .*scaling_config \(maximum_concurrency\) is for SQS sources only" &&
	test_match err "^./bad.yaml:23:[0-9]+: error: resource \"b10\" .*ReportEverything" &&
	test_match err "^./bad.yaml:24:[0-9]+: error: resource \"b11\" .*maximum_batching_window_in_seconds: 301, where AWS takes 0 to 300"
'

test_expect_success 'a function role that may not read the source, a queue hiding messages for less than the function runs: refused at file:line:col' '
	SQS_EXTRA=" " esm_stack &&
	sed -i "s/sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes /sqs:GetQueueAttributes/; s/kinesis:GetRecords, kinesis:GetShardIterator, //; s/^    handler: main.handler\$/    handler: main.handler\n    timeout: 60/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_match err "^./stack.yaml:[0-9]+:5: error: resource \"from_inbox\" \(aws.lambda.event_source_mapping\): event_source_arn: Lambda polls the SQS queue inbox as function \"ingest\"'"'"'s role \"exec\", but no policy the stack writes for it allows sqs:ReceiveMessage and sqs:DeleteMessage: CreateEventSourceMapping refuses a role that cannot read its source" &&
	test_match err "^./stack.yaml:[0-9]+:5: error: resource \"from_clicks\" .*Lambda polls the Kinesis stream clicks .* allows kinesis:GetRecords and kinesis:GetShardIterator" &&
	test_contains err "resource \"exec\" inline_policies is at ./stack.yaml:21:5" &&
	test_match err "^./stack.yaml:[0-9]+:5: error: resource \"from_inbox\" .*queue \"inbox\"'"'"'s visibility_timeout_seconds \(30, the default\) is less than function \"ingest\"'"'"'s timeout \(60\): CreateEventSourceMapping refuses it" &&
	test_not_contains err "from_watermarks"
'

test_expect_success 'apply creates the mappings, read back with the AWS CLI; no change planned again' '
	esm_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 11 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 11 added, 0 changed, 0 destroyed." &&
	mapping from_inbox &&
	test_equal "[\"arn:aws:sqs:us-east-1:$ACCOUNT:t1019-inbox\", \"arn:aws:lambda:us-east-1:$ACCOUNT:function:t1019-ingest\", 20, 2, \"Enabled\", [\"ReportBatchItemFailures\"], 5]" \
		"$(field from_inbox "[m[\"EventSourceArn\"], m[\"FunctionArn\"], m[\"BatchSize\"], m[\"MaximumBatchingWindowInSeconds\"], m[\"State\"], m[\"FunctionResponseTypes\"], m[\"ScalingConfig\"][\"MaximumConcurrency\"]]")" &&
	test_equal "[\"{\\\"body\\\": {\\\"kind\\\": [\\\"csv\\\"]}}\"]" \
		"$(field from_inbox "[f[\"Pattern\"] for f in m[\"FilterCriteria\"][\"Filters\"]]")" &&
	test_equal "[\"EventCount\"]" "$(field from_inbox "m[\"MetricsConfig\"][\"Metrics\"]")" &&
	lam list-tags --resource "$(field from_inbox "m[\"EventSourceMappingArn\"]")" --output json >tags.json &&
	test_equal "{\"team\": \"data\", $TT}" "$(json_get tags.json "d[\"Tags\"]")" &&
	mapping from_clicks &&
	test_equal "[\"arn:aws:kinesis:us-east-1:$ACCOUNT:stream/t1019-clicks\", \"TRIM_HORIZON\", 100, \"arn:aws:sqs:us-east-1:$ACCOUNT:t1019-dead\"]" \
		"$(field from_clicks "[m[\"EventSourceArn\"], m[\"StartingPosition\"], m[\"BatchSize\"], m[\"DestinationConfig\"][\"OnFailure\"][\"Destination\"]]")" &&
	test_equal null "$(field from_clicks "m.get(\"FunctionResponseTypes\")")" &&
	mapping from_watermarks &&
	test_match from_watermarks.json "arn:aws:dynamodb:us-east-1:$ACCOUNT:table/t1019-watermarks/stream/" &&
	test_equal LATEST "$(field from_watermarks "m[\"StartingPosition\"]")" &&
	test_equal "arn:aws:lambda:us-east-1:$ACCOUNT:function:t1019-ingest" \
		"$(json_get terrace.state.json "d[\"resources\"][\"from_clicks\"][\"attributes\"][\"function_name\"]")" &&
	test_equal "[\"Enabled\", \"$(field from_inbox "m[\"StateTransitionReason\"]")\"]" \
		"$(json_get terrace.state.json "[d[\"resources\"][\"from_inbox\"][\"attributes\"][k] for k in (\"state\", \"state_transition_reason\")]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a file landing in the bucket reaches the function through the queue' '
	s3 s3api put-object --bucket t1019-landing --key incoming/a.csv --body fn/main.py >/dev/null &&
	# negatives: no run of terrace (the queue the apply made answers: without it the CLI fails, no 0)
	test_equal 0 "$(queued)"
'

test_expect_success 'changes in place: paused, its filter and partial batch responses taken away, batch and concurrency, tags' '
	FRT= ENABLED=false NOFILTER=1 BATCH=10 WINDOW=0 CONCURRENCY=10 EXTRA_TAG="owner: bi" esm_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	mapping from_inbox &&
	test_equal "[10, 0, \"Disabled\", 10, [], []]" \
		"$(field from_inbox "[m[\"BatchSize\"], m[\"MaximumBatchingWindowInSeconds\"], m[\"State\"], m[\"ScalingConfig\"][\"MaximumConcurrency\"], m.get(\"FilterCriteria\", {}).get(\"Filters\", []), m.get(\"FunctionResponseTypes\", [])]")" &&
	lam list-tags --resource "$(field from_inbox "m[\"EventSourceMappingArn\"]")" --output json >tags.json &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" "$(json_get tags.json "d[\"Tags\"]")" &&
	test_equal Disabled \
		"$(json_get terrace.state.json "d[\"resources\"][\"from_inbox\"][\"attributes\"][\"state\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	s3 s3api put-object --bucket t1019-landing --key incoming/b.csv --body fn/main.py >/dev/null &&
	test_equal 1 "$(queued)"
'

test_expect_success 'drift made with the AWS CLI shows in plan and apply undoes it' '
	lam update-event-source-mapping --uuid "$(uuid_of from_inbox)" --batch-size 7 --enabled >/dev/null &&
	ENABLED=false NOFILTER=1 BATCH=10 WINDOW=0 CONCURRENCY=10 EXTRA_TAG="owner: bi" esm_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ batch_size *= 7 -> 10" &&
	test_match out "~ enabled *= true -> false" &&
	terrace apply -auto-approve >out 2>err &&
	mapping from_inbox &&
	test_equal "[10, \"Disabled\"]" "$(field from_inbox "[m[\"BatchSize\"], m[\"State\"]]")"
'

test_expect_success 'enabled again, the waiting file and a new one reach the function' '
	esm_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	s3 s3api put-object --bucket t1019-landing --key incoming/c.csv --body fn/main.py >/dev/null &&
	test_equal 0 "$(queued)"
'

test_expect_success 'import by UUID plans no change' '
	esm_stack &&
	for r in from_inbox from_clicks from_watermarks; do
		echo "$r $(uuid_of $r)" >>uuids || return 1
	done &&
	while read r u; do
		terrace state rm $r >out 2>err && terrace import $r "$u" >out 2>err || return 1
	done <uuids &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a mapping of the function and source made elsewhere is refused, left as it was' '
	mkdir theirs &&
	write_stack theirs/stack.yaml &&
	printf "resources:\n  m: {type: aws.lambda.event_source_mapping, function_name: t1019-ingest, event_source_arn: \"arn:aws:sqs:us-east-1:$ACCOUNT:t1019-inbox\"}\n" >>theirs/stack.yaml &&
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_line err "Error: m: an event source mapping of arn:aws:sqs:us-east-1:$ACCOUNT:t1019-inbox to t1019-ingest already exists but is not in this state: import it or choose another function or source (lambda CreateEventSourceMapping: ResourceConflictException)" &&
	test_equal 1 "$(lam list-event-source-mappings --event-source-arn arn:aws:sqs:us-east-1:$ACCOUNT:t1019-inbox --query "length(EventSourceMappings)")"
'

test_expect_success 'destroy deletes the mappings' '
	esm_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 11 destroyed." &&
	test_equal 0 "$(lam list-event-source-mappings --query "length(EventSourceMappings)")"
'

test_expect_success 'timing stand-in: a new mapping Creating, then Updating after a change, is waited for' '
	mkdir slow &&
	write_stack slow/stack.yaml &&
	cat >>slow/stack.yaml <<-YAML &&
	resources:
	  exec:
	    type: aws.iam.role
	    name: t1019-slow
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
	    inline_policies: {read: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes], Resource: "*"}]}}
	  fn: {type: aws.lambda.function, function_name: t1019-slow, runtime: python3.12, handler: main.handler, role: "\${exec.arn}", source: ../fn}
	  q: {type: aws.sqs.queue, name: t1019-slow}
	  m: {type: aws.lambda.event_source_mapping, event_source_arn: "\${q.arn}", function_name: "\${fn.function_name}", batch_size: "\${var.batch}"}
	YAML
	sed -i "s/^variables:/variables:\n  batch: {type: number, default: 5}/" slow/stack.yaml &&
	start_reality TERRACE_VAR_endpoint reality --counted --async-window 2 &&
	(cd slow && TERRACE_LOG=debug terrace apply -auto-approve >../out 2>../slow.err &&
	 TERRACE_LOG=debug terrace apply -auto-approve -var batch=6 >../out2 2>../slow2.err &&
	 terrace destroy -auto-approve >../out3 2>../err3);
	rc=$?; stop_reality TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_line out2 "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_line out3 "Destroy complete! Resources: 4 destroyed." &&
	grep -q "creating lambda:GetEventSourceMapping" reality.log &&
	grep -q "updating lambda:GetEventSourceMapping" reality.log &&
	test_match slow.err "waiting for event source mapping [-0-9a-f]+ to be Enabled or Disabled" &&
	test_match slow2.err "waiting for event source mapping [-0-9a-f]+ to be Enabled or Disabled" &&
	test_equal 0 "$(lam list-event-source-mappings --query "length(EventSourceMappings)")"
'

test_expect_success 'sweep finds a lab mapping by its tags and deletes it' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1019
	resources:
	  fn: {type: aws.lambda.function, function_name: t1019-lab, runtime: python3.12, handler: main.handler, role: "arn:aws:iam::$ACCOUNT:role/t1019-lab", source: ../fn}
	  q: {type: aws.sqs.queue, name: t1019-lab}
	  m: {type: aws.lambda.event_source_mapping, event_source_arn: "\${q.arn}", function_name: "\${fn.function_name}"}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out >found &&
	test_contains found "aws.lambda.event_source_mapping" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal 0 "$(lam list-event-source-mappings --query "length(EventSourceMappings)")"
'

test_expect_success 'an Amazon MQ broker source: its queue and credentials secret sent, read back, no change planned again, its virtual host changed only by a replacement (AWS takes none in an update), another change in place' '
	mkdir mq &&
	s3 mq create-broker --broker-name t1019-mq --engine-type RABBITMQ --engine-version 3.12.13 \
		--host-instance-type mq.t3.micro --deployment-mode SINGLE_INSTANCE --no-publicly-accessible \
		--no-auto-minor-version-upgrade --users Username=lab,Password=Lab-password-123 \
		--query BrokerArn --output text >broker &&
	mq_stack () {
		write_stack mq/stack.yaml &&
		cat >>mq/stack.yaml <<-YAML
		resources:
		  exec:
		    type: aws.iam.role
		    name: t1019-mq
		    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
		    inline_policies: {read: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: [mq:DescribeBroker, secretsmanager:GetSecretValue], Resource: "*"}]}}
		  fn: {type: aws.lambda.function, function_name: t1019-mq, runtime: python3.12, handler: main.handler, role: "\${exec.arn}", source: ../fn}
		  creds: {type: aws.secretsmanager.secret, name: t1019-mq-$1, value: "{\"username\": \"lab\", \"password\": \"Lab-password-123\"}", recovery_window_in_days: 0}
		  m:
		    type: aws.lambda.event_source_mapping
		    event_source_arn: $(cat broker)
		    function_name: \${fn.function_name}
		    queues: [orders]
		    source_access_configuration:
		      - {type: BASIC_AUTH, uri: "\${creds.arn}"}
		      - {type: VIRTUAL_HOST, uri: "${2:-/}"}
		YAML
	} &&
	mq_stack a &&
	(cd mq && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	lam get-event-source-mapping --uuid "$(json_get mq/terrace.state.json "d[\"resources\"][\"m\"][\"attributes\"][\"uuid\"]")" --output json >m.json &&
	test_equal "[[\"orders\"], [\"BASIC_AUTH\", \"VIRTUAL_HOST\"], [\"/\"]]" \
		"$(json_get m.json "[d[\"Queues\"], [a[\"Type\"] for a in d[\"SourceAccessConfigurations\"]], [a[\"URI\"] for a in d[\"SourceAccessConfigurations\"] if a[\"Type\"] == \"VIRTUAL_HOST\"]]")" &&
	test_match m.json "arn:aws:secretsmanager:us-east-1:$ACCOUNT:secret:t1019-mq-a" &&
	(cd mq && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	# a list holding the virtual host is not sent changed by an update
	# (AWS: "This property cannot be specified in an UpdateEventSourceMapping
	# API call"): refused at plan, and made anew with -replace
	mq_stack a /prod &&
	(cd mq && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "cannot be specified in an UpdateEventSourceMapping API call" &&
	(cd mq && terrace apply -auto-approve -replace=m >../out 2>../err) &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	lam get-event-source-mapping --uuid "$(json_get mq/terrace.state.json "d[\"resources\"][\"m\"][\"attributes\"][\"uuid\"]")" --output json >m.json &&
	test_match m.json "/prod" &&
	# another change goes in place, the list not sent again
	sed -i "s/^    queues: \[orders\]/    queues: [orders]\n    batch_size: 5/" mq/stack.yaml &&
	(cd mq && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	(cd mq && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 4 destroyed."
'

test_done
