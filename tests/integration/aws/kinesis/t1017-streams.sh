#!/usr/bin/env bash
# t1017-streams: aws.kinesis.stream against moto — a provisioned stream
# with retention, shard-level metrics and tags, and an on-demand one
# encrypted with KMS: every attribute read back with the AWS CLI, planned
# again as no change, changed in place (shard count by UpdateShardCount,
# retention down, metrics swapped, encryption started and stopped, the
# capacity mode switched), drift made with the AWS CLI shown and undone,
# import by name, refusals at file:line:col, a stream of another stack
# refused, the create through the timing stand-in (CREATING, then UPDATING
# after each change, waited out), destroy, and sweep finding a lab's stream
# by its tags. Tags sent with CreateStream need the moto patch
# kinesis_create_stream_tags.py. run.sh's contract check holds every
# request against the Kinesis model.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
# The roles the Firehose streams deliver with, made first as another stack
# would make them: plan reads that a role's ARN names one (checks/reads.c).
stand_in_roles r lab || test_fail_setup "the roles the streams name could not be made"
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""
kinesis () { s3 kinesis "$@"; }

summary () { # STREAM: DescribeStreamSummary into STREAM.json
	kinesis describe-stream-summary --stream-name "$1" --output json >"$1.json"
}
field () { # STREAM PYTHON-EXPRESSION over s (the summary)
	json_get "$1.json" "(lambda s: $2)(d[\"StreamDescriptionSummary\"])"
}
tags_of () {
	kinesis list-tags-for-stream --stream-name "$1" --output json >tags.json &&
	json_get tags.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}"
}

streams_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  clicks:
	    type: aws.kinesis.stream
	    name: t1017-clicks
	    shard_count: ${SHARDS:-1}
	    retention_period: ${RETENTION:-48}
	    shard_level_metrics: [${METRICS:-OutgoingBytes, IncomingBytes}]
	    encryption_type: ${CLICKS_ENC:-NONE}
	    ${CLICKS_KEY:-}
	    tags: {team: data${EXTRA_TAG:+, $EXTRA_TAG}}
	  events:
	    type: aws.kinesis.stream
	    name: t1017-events
	    ${EVENTS_MODE:-stream_mode_details: {stream_mode: ON_DEMAND\}}
	    encryption_type: ${EVENTS_ENC:-KMS}
	    ${EVENTS_KEY:-kms_key_id: alias/aws/kinesis}
	  lake:
	    type: aws.s3.bucket
	    name: t1017-lake
	    force_destroy: true
	  delivery_role:
	    type: aws.iam.role
	    name: t1017-delivery
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: firehose.amazonaws.com}, Action: sts:AssumeRole}
	    inline_policies:
	      deliver:
	        Version: "2012-10-17"
	        Statement:
	          - {Effect: Allow, Action: [s3:AbortMultipartUpload, s3:GetBucketLocation, s3:GetObject,
	             s3:ListBucket, s3:ListBucketMultipartUploads, s3:PutObject],
	             Resource: ["\${lake.arn}", "\${lake.arn}/*"]}
	          - {Effect: Allow, Action: [kinesis:DescribeStream, kinesis:GetShardIterator,
	             kinesis:GetRecords, kinesis:ListShards], Resource: "\${clicks.arn}"}
	  to_lake:
	    type: aws.firehose.delivery_stream
	    name: t1017-clicks-to-lake
	    extended_s3_configuration:
	      role_arn: \${delivery_role.arn}
	      bucket_arn: \${lake.arn}
	      prefix: ${FH_PREFIX:-clicks/}
	      error_output_prefix: failed/
	      buffering_interval: ${FH_INTERVAL:-60}
	      compression_format: GZIP
	    kinesis_source_configuration:
	      kinesis_stream_arn: \${clicks.arn}
	      role_arn: \${delivery_role.arn}
	  direct:
	    type: aws.firehose.delivery_stream
	    name: t1017-direct
	    extended_s3_configuration: {role_arn: "\${delivery_role.arn}", bucket_arn: "\${lake.arn}"}
	    server_side_encryption: {enabled: ${FH_SSE:-true}}
	    tags: {team: data${FH_TAG:+, $FH_TAG}}
	YAML
}
firehose () { s3 firehose "$@"; }
delivery () { # STREAM: DescribeDeliveryStream into STREAM.json
	firehose describe-delivery-stream --delivery-stream-name "$1" --output json >"$1.json"
}
dfield () { # STREAM PYTHON-EXPRESSION over s (the description)
	json_get "$1.json" "(lambda s: $2)(d[\"DeliveryStreamDescription\"])"
}
S3D='s["Destinations"][0]["ExtendedS3DestinationDescription"]'


test_expect_success 'validate refuses what AWS refuses, at the attribute' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  b1: {type: aws.kinesis.stream, name: b1}
	  b2: {type: aws.kinesis.stream, name: b2, stream_mode_details: {stream_mode: ON_DEMAND}, shard_count: 2}
	  b3: {type: aws.kinesis.stream, name: b3, shard_count: 1, retention_period: 23}
	  b4: {type: aws.kinesis.stream, name: b4, shard_count: 1, encryption_type: KMS}
	  b5: {type: aws.kinesis.stream, name: "b/5", shard_count: 1}
	  b6: {type: aws.kinesis.stream, name: b6, shard_count: 1, shard_level_metrics: [Bytes]}
	  b7: {type: aws.kinesis.stream, name: b7, shard_count: 1, retention_period: 8761}
	  f1: {type: aws.firehose.delivery_stream, name: f1, server_side_encryption: {enabled: true},
	       extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/r", bucket_arn: "arn:aws:s3:::b"},
	       kinesis_source_configuration: {kinesis_stream_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/s",
	                                      role_arn: "arn:aws:iam::123456789012:role/r"}}
	  f2: {type: aws.firehose.delivery_stream, name: f2,
	       server_side_encryption: {enabled: true, key_type: CUSTOMER_MANAGED_CMK},
	       extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/r", bucket_arn: "arn:aws:s3:::b"}}
	  f3: {type: aws.firehose.delivery_stream, name: f3, destination: s3,
	       extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/r", bucket_arn: "arn:aws:s3:::b"}}
	  f4: {type: aws.firehose.delivery_stream, name: f4,
	       extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/r", bucket_arn: "b"}}
	  f5: {type: aws.firehose.delivery_stream, name: f5,
	       extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/r", bucket_arn: "arn:aws:s3:::b", buffering_size: 129}}
	  c1: {type: awscc.kinesis.stream, name: c1, shard_count: 1, retention_period_hours: 12}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./bad.yaml:34:[0-9]+: error: resource \"c1\" .*retention_period_hours: 12, where AWS takes 24 to 8760" &&
	test_match err "^./bad.yaml:14:3: error: resource \"b1\" .*stream_mode PROVISIONED \(the default\) needs shard_count" &&
	test_match err "^./bad.yaml:15:3: error: resource \"b2\" .*stream_mode ON_DEMAND takes no shard_count" &&
	test_match err "^./bad.yaml:16:[0-9]+: error: resource \"b3\" .*retention_period: 23, where AWS takes 24 to 8760" &&
	test_match err "^./bad.yaml:17:3: error: resource \"b4\" .*encryption_type KMS needs kms_key_id" &&
	test_match err "^./bad.yaml:18:[0-9]+: error: resource \"b5\" .*name: \"b/5\" does not match" &&
	test_match err "^./bad.yaml:19:[0-9]+: error: resource \"b6\" .*shard_level_metrics.*\"Bytes\"" &&
	test_match err "^./bad.yaml:20:[0-9]+: error: resource \"b7\" .*retention_period: 8761" &&
	test_match err "^./bad.yaml:21:3: error: resource \"f1\" .*server_side_encryption is for a stream fed directly" &&
	test_match err "^./bad.yaml:25:3: error: resource \"f2\" .*key_type CUSTOMER_MANAGED_CMK needs key_arn" &&
	test_match err "^./bad.yaml:28:[0-9]+: error: resource \"f3\" .*destination: \"s3\" is not one of extended_s3" &&
	test_match err "^./bad.yaml:31:[0-9]+: error: resource \"f4\" .*bucket_arn: \"b\" does not match" &&
	test_match err "^./bad.yaml:33:[0-9]+: error: resource \"f5\" .*buffering_size: 129, where AWS takes 1 to 128"
'

test_expect_success 'a Firehose role that may not write the bucket or read the stream: warnings at file:line' '
	mkdir warn &&
	write_stack warn/stack.yaml &&
	cat >>warn/stack.yaml <<-\YAML &&
	resources:
	  s: {type: aws.kinesis.stream, name: s, shard_count: 1}
	  b: {type: aws.s3.bucket, name: t1017-warn}
	  r:
	    type: aws.iam.role
	    name: r
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: firehose.amazonaws.com}, Action: sts:AssumeRole}
	    inline_policies:
	      w: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: s3:PutObject, Resource: "*"}]}
	  f:
	    type: aws.firehose.delivery_stream
	    name: f
	    extended_s3_configuration:
	      role_arn: ${r.arn}
	      bucket_arn: ${b.arn}
	    kinesis_source_configuration:
	      kinesis_stream_arn: ${s.arn}
	      role_arn: ${r.arn}
	YAML
	(cd warn && terrace validate -no-color >../out 2>../err) &&
	test_contains out "Success! The stack is valid (4 resources)." &&
	test_line err "./stack.yaml:29:7: warning: resource \"f\" (aws.firehose.delivery_stream): extended_s3_configuration.role_arn: Firehose assumes role \"r\" to write its bucket, but no policy the stack writes for it allows s3:AbortMultipartUpload, s3:GetBucketLocation, s3:GetObject, s3:ListBucket and s3:ListBucketMultipartUploads: Firehose takes the role, and every delivery to the bucket fails (e.g. an inline policy {\"Effect\": \"Allow\", \"Action\": [\"s3:AbortMultipartUpload\", ...], \"Resource\": ...})" &&
	test_match err "^./stack.yaml:33:7: warning: resource \"f\" .*kinesis_source_configuration.role_arn: Firehose assumes role \"r\" to read its Kinesis stream, but no policy the stack writes for it allows kinesis:DescribeStream, kinesis:GetShardIterator, kinesis:GetRecords and kinesis:ListShards" &&
	test_contains err "resource \"r\" inline_policies is at ./stack.yaml:23:5" &&
	test_not_contains err "does not trust"
'

test_expect_success 'apply creates the streams and deliveries, read back with the AWS CLI' '
	streams_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 6 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "warning" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	summary t1017-clicks &&
	test_equal ACTIVE "$(field t1017-clicks "s[\"StreamStatus\"]")" &&
	test_equal PROVISIONED "$(field t1017-clicks "s[\"StreamModeDetails\"][\"StreamMode\"]")" &&
	test_equal 1 "$(field t1017-clicks "s[\"OpenShardCount\"]")" &&
	test_equal 48 "$(field t1017-clicks "s[\"RetentionPeriodHours\"]")" &&
	test_equal "[\"IncomingBytes\", \"OutgoingBytes\"]" \
		"$(field t1017-clicks "sorted(s[\"EnhancedMonitoring\"][0][\"ShardLevelMetrics\"])")" &&
	test_equal NONE "$(field t1017-clicks "s[\"EncryptionType\"]")" &&
	test_equal "{\"team\": \"data\", $TT}" "$(tags_of t1017-clicks)" &&
	summary t1017-events &&
	test_equal ON_DEMAND "$(field t1017-events "s[\"StreamModeDetails\"][\"StreamMode\"]")" &&
	test_equal KMS "$(field t1017-events "s[\"EncryptionType\"]")" &&
	test_equal alias/aws/kinesis "$(field t1017-events "s[\"KeyId\"]")" &&
	test_equal "arn:aws:kinesis:us-east-1:$ACCOUNT:stream/t1017-clicks" \
		"$(json_get terrace.state.json "d[\"resources\"][\"clicks\"][\"attributes\"][\"arn\"]")" &&
	delivery t1017-clicks-to-lake &&
	test_equal ACTIVE "$(dfield t1017-clicks-to-lake "s[\"DeliveryStreamStatus\"]")" &&
	test_equal KinesisStreamAsSource "$(dfield t1017-clicks-to-lake "s[\"DeliveryStreamType\"]")" &&
	test_equal "arn:aws:kinesis:us-east-1:$ACCOUNT:stream/t1017-clicks" \
		"$(dfield t1017-clicks-to-lake "s[\"Source\"][\"KinesisStreamSourceDescription\"][\"KinesisStreamARN\"]")" &&
	test_equal "[\"arn:aws:s3:::t1017-lake\", \"arn:aws:iam::$ACCOUNT:role/t1017-delivery\", \"clicks/\", \"failed/\", 5, 60, \"GZIP\"]" \
		"$(dfield t1017-clicks-to-lake "[$S3D[\"BucketARN\"], $S3D[\"RoleARN\"], $S3D[\"Prefix\"], $S3D[\"ErrorOutputPrefix\"], $S3D[\"BufferingHints\"][\"SizeInMBs\"], $S3D[\"BufferingHints\"][\"IntervalInSeconds\"], $S3D[\"CompressionFormat\"]]")" &&
	delivery t1017-direct &&
	test_equal DirectPut "$(dfield t1017-direct "s[\"DeliveryStreamType\"]")" &&
	test_equal "[\"ENABLED\", \"AWS_OWNED_CMK\"]" \
		"$(dfield t1017-direct "[s[\"DeliveryStreamEncryptionConfiguration\"][k] for k in (\"Status\", \"KeyType\")]")" &&
	firehose list-tags-for-delivery-stream --delivery-stream-name t1017-direct --output json >ft.json &&
	test_equal "{\"team\": \"data\", $TT}" "$(json_get ft.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'changes in place: shards, retention, metrics, encryption, mode, tags' '
	SHARDS=2 RETENTION=24 METRICS=IteratorAgeMilliseconds EXTRA_TAG="owner: bi" \
		CLICKS_ENC=KMS CLICKS_KEY="kms_key_id: alias/aws/kinesis" \
		EVENTS_MODE="shard_count: 3" EVENTS_ENC=NONE EVENTS_KEY=" " \
		FH_PREFIX=clicks/v2/ FH_INTERVAL=120 FH_SSE=false FH_TAG="owner: bi" streams_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 4 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	version=$(json_get terrace.state.json "d[\"resources\"][\"to_lake\"][\"attributes\"][\"version_id\"]") &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 4 changed, 0 destroyed." &&
	delivery t1017-clicks-to-lake &&
	test_equal "[\"clicks/v2/\", 120]" \
		"$(dfield t1017-clicks-to-lake "[$S3D[\"Prefix\"], $S3D[\"BufferingHints\"][\"IntervalInSeconds\"]]")" &&
	test_equal $((version + 1)) "$(dfield t1017-clicks-to-lake "s[\"VersionId\"]")" &&
	delivery t1017-direct &&
	test_equal DISABLED "$(dfield t1017-direct "s[\"DeliveryStreamEncryptionConfiguration\"][\"Status\"]")" &&
	summary t1017-clicks &&
	test_equal 2 "$(field t1017-clicks "s[\"OpenShardCount\"]")" &&
	test_equal 24 "$(field t1017-clicks "s[\"RetentionPeriodHours\"]")" &&
	test_equal "[\"IteratorAgeMilliseconds\"]" \
		"$(field t1017-clicks "sorted(s[\"EnhancedMonitoring\"][0][\"ShardLevelMetrics\"])")" &&
	test_equal KMS "$(field t1017-clicks "s[\"EncryptionType\"]")" &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" "$(tags_of t1017-clicks)" &&
	summary t1017-events &&
	test_equal PROVISIONED "$(field t1017-events "s[\"StreamModeDetails\"][\"StreamMode\"]")" &&
	test_equal 3 "$(field t1017-events "s[\"OpenShardCount\"]")" &&
	test_equal NONE "$(field t1017-events "s[\"EncryptionType\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the AWS CLI shows in plan and apply undoes it' '
	kinesis increase-stream-retention-period --stream-name t1017-clicks --retention-period-hours 72 &&
	kinesis add-tags-to-stream --stream-name t1017-clicks --tags team=finance &&
	kinesis disable-enhanced-monitoring --stream-name t1017-clicks --shard-level-metrics ALL >/dev/null &&
	firehose untag-delivery-stream --delivery-stream-name t1017-direct --tag-keys team &&
	streams_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ retention_period *= 72 -> 48" &&
	test_match out "~ \"team\" *= \"finance\" -> \"data\"" &&
	terrace apply -auto-approve >out 2>err &&
	summary t1017-clicks &&
	test_equal 48 "$(field t1017-clicks "s[\"RetentionPeriodHours\"]")" &&
	test_equal "[\"IncomingBytes\", \"OutgoingBytes\"]" \
		"$(field t1017-clicks "sorted(s[\"EnhancedMonitoring\"][0][\"ShardLevelMetrics\"])")" &&
	test_equal "{\"team\": \"data\", $TT}" "$(tags_of t1017-clicks)" &&
	firehose list-tags-for-delivery-stream --delivery-stream-name t1017-direct --output json >ft.json &&
	test_equal "{\"team\": \"data\", $TT}" "$(json_get ft.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name plans no change' '
	streams_stack &&
	for r in clicks events to_lake direct; do
		terrace state rm $r >out 2>err || return 1
	done &&
	terrace import clicks t1017-clicks >out 2>err &&
	terrace import events t1017-events >out 2>err &&
	terrace import to_lake t1017-clicks-to-lake >out 2>err &&
	terrace import direct t1017-direct >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a stream of the name made elsewhere is refused, left as it was' '
	mkdir theirs &&
	write_stack theirs/stack.yaml &&
	printf "resources:\n  s: {type: aws.kinesis.stream, name: t1017-clicks, shard_count: 1}\n" >>theirs/stack.yaml &&
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_line err "Error: s: Kinesis stream t1017-clicks already exists but is not in this state: import it or choose another name (kinesis CreateStream: ResourceInUseException)" &&
	test_equal 48 "$(kinesis describe-stream-summary --stream-name t1017-clicks --query StreamDescriptionSummary.RetentionPeriodHours --output text)"
'

test_expect_success 'destroy deletes the streams and deliveries' '
	streams_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_equal 0 "$(kinesis list-streams --query "length(StreamNames)")" &&
	test_equal 0 "$(firehose list-delivery-streams --query "length(DeliveryStreamNames)")"
'

test_expect_success 'timing stand-in: a new stream CREATING, then UPDATING after each change, is waited for' '
	mkdir slow &&
	write_stack slow/stack.yaml &&
	printf "resources:\n  s: {type: aws.kinesis.stream, name: t1017-slow, shard_count: 1, retention_period: 30}\n" >>slow/stack.yaml &&
	printf "  f: {type: aws.firehose.delivery_stream, name: t1017-slow-f, extended_s3_configuration: {role_arn: \"arn:aws:iam::$ACCOUNT:role/r\", bucket_arn: \"arn:aws:s3:::b\"}}\n" >>slow/stack.yaml &&
	start_reality TERRACE_VAR_endpoint reality --counted --async-window 2 &&
	(cd slow && TERRACE_LOG=debug terrace apply -auto-approve >../out 2>../slow.err &&
	 terrace destroy -auto-approve >../out2 2>../err2);
	rc=$?; stop_reality TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_line out2 "Destroy complete! Resources: 2 destroyed." &&
	reality_met reality.log creating updating &&
	grep -q "creating firehose:DescribeDeliveryStream t1017-slow-f" reality.log &&
	test_match slow.err "Kinesis stream t1017-slow to be ACTIVE" &&
	test_match slow.err "Firehose stream t1017-slow-f to be ACTIVE" &&
	test_equal 0 "$(kinesis list-streams --query "length(StreamNames)")"
'

test_expect_success 'sweep finds a lab stream by its tags and deletes it' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1017
	resources:
	  s: {type: aws.kinesis.stream, name: t1017-lab, shard_count: 1}
	  f: {type: aws.firehose.delivery_stream, name: t1017-lab-f, extended_s3_configuration: {
	      role_arn: "arn:aws:iam::$ACCOUNT:role/lab", bucket_arn: "arn:aws:s3:::lab"}}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.kinesis.stream t1017-lab" &&
	test_contains found "aws.firehose.delivery_stream t1017-lab-f" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal 0 "$(kinesis list-streams --query "length(StreamNames)")" &&
	test_equal 0 "$(firehose list-delivery-streams --query "length(DeliveryStreamNames)")"
'

test_done
