#!/usr/bin/env bash
# t1370-s3-create-requests: what an S3 create sends (issue 70 point 6). A
# bucket just made reads back only what CreateBucket's answer and what the
# create put do not say (s3/bucket.c read_created): the encryption and
# public access block S3 gives a new bucket, the policy and lifecycle rules
# when set; its tags, versioning, region and folders are what was sent.
# Counted from the debug log (one "[debug] s3 OPERATION" line per request):
# an apply of 250 resources (50 tagged buckets, 4 objects in each) sends 5
# requests per bucket (HeadBucket, CreateBucket, PutBucketTagging,
# GetBucketEncryption, GetPublicAccessBlock) and 1 per object, 450 in all
# (700 with the whole read back). What the create stores is what a refresh
# reads: a bucket with every attribute set and one with none, applied, then
# refreshed (apply -refresh-only) and shown: same attributes, same `state
# show`, and a plan with no change. A bucket whose lost CreateBucket answer
# made the create adopt it still reads back whole.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

buckets=50 per_bucket=4
write_stack stack.yaml
{
	echo "resources:"
	for b in $(seq -w 1 "$buckets"); do
		echo "  b$b: {type: aws.s3.bucket, name: t1370-bucket-$b, tags: {n: \"$b\", team: bench}}"
		for o in $(seq 1 "$per_bucket"); do
			echo "  o${b}_$o: {type: aws.s3.object, bucket: \"\${b$b.name}\", key: data/part-$o.csv, content: \"id,value\\n$o,$b\\n\"}"
		done
	done
} >>stack.yaml

# requests LOG [WORD]: the S3 requests LOG records (those naming WORD).
requests () {
	grep -E "^\[debug\] s3 [A-Za-z]+ " "$1" | grep -e "${2:-}" | wc -l
}

# expect_sent LOG BUCKET OPERATIONS: the requests LOG records for BUCKET are
# OPERATIONS (sorted, each followed by a space).
expect_sent () {
	local ops
	ops=$(sent "$1" "$2")
	test "$ops" = "$3" || { echo "$2 sent: $ops"; echo "expected:  $3"; return 1; }
}

# sent LOG BUCKET: the operations of the requests LOG records for BUCKET,
# sorted, on one line.
sent () {
	grep -E "^\[debug\] s3 [A-Za-z]+ [A-Z]+ bucket $2: " "$1" | awk "{print \$3}" | sort | tr "\n" " "
}

test_expect_success 'an apply of 250 resources: 5 requests per bucket, 1 per object, 450 in all' '
	TERRACE_LOG=debug terrace apply -auto-approve >many.out 2>many.err &&
	test_line many.out "Apply complete! Resources: 250 added, 0 changed, 0 destroyed." &&
	for b in $(seq -w 1 $buckets)
	do
		expect_sent many.err t1370-bucket-$b "CreateBucket GetBucketEncryption GetPublicAccessBlock HeadBucket PutBucketTagging PutObject PutObject PutObject PutObject " ||
			return 1
	done &&
	echo "S3 requests: $(requests many.err)" &&
	test "$(requests many.err)" = 450 &&
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >many.plan 2>&1 &&
	test_expect_code 0 terrace plan -detailed-exitcode >many.plan 2>&1
'

mkdir each && write_stack each/stack.yaml && cat >>each/stack.yaml <<-'YAML'
resources:
  full:
    type: aws.s3.bucket
    name: t1370-full
    versioning: true
    tags: {env: dev}
    folders: [raw/, curated/]
    policy:
      Version: "2012-10-17"
      Statement:
        - Sid: AccountReads
          Effect: Allow
          Principal: {AWS: "arn:aws:iam::123456789012:root"}
          Action: "s3:GetObject"
          Resource: "arn:aws:s3:::t1370-full/*"
    lifecycle_rules:
      - id: old-raw
        prefix: raw/
        expiration_days: 90
        transitions: [{days: 30, storage_class: STANDARD_IA}]
      - {id: versions, noncurrent_version_expiration_days: 7, enabled: false}
    encryption: {sse_algorithm: AES256}
    public_access_block:
      block_public_acls: true
      ignore_public_acls: true
      block_public_policy: true
      restrict_public_buckets: true
  bare: {type: aws.s3.bucket, name: t1370-bare}
  eu: {type: aws.s3.bucket, name: t1370-eu, region: eu-west-1}
YAML

# attributes STATE: each resource's attributes in STATE, one JSON line, keys
# sorted.
attributes () {
	python3 -c "import json, sys
for k, e in sorted(json.load(open(sys.argv[1]))[\"resources\"].items()):
    print(k, json.dumps(e[\"attributes\"], sort_keys=True))" "$1"
}

test_expect_success 'every attribute set, none set, another region: the create reads back what it did not send' '
	(cd each && TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err) &&
	test_line each/apply.out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	expect_sent each/apply.err t1370-full "CreateBucket GetBucketEncryption GetBucketLifecycleConfiguration GetBucketPolicy GetPublicAccessBlock HeadBucket PutBucketEncryption PutBucketLifecycleConfiguration PutBucketPolicy PutBucketTagging PutBucketVersioning PutObject PutObject PutPublicAccessBlock " &&
	expect_sent each/apply.err t1370-bare "CreateBucket GetBucketEncryption GetPublicAccessBlock HeadBucket PutBucketTagging " &&
	expect_sent each/apply.err t1370-eu "CreateBucket GetBucketEncryption GetBucketLocation GetPublicAccessBlock PutBucketTagging "
'

test_expect_success 'what the creates stored is what a refresh reads: same attributes, same state show, no change' '
	(cd each &&
	 attributes terrace.state.json >applied &&
	 for r in full bare eu; do terrace state show -no-color $r; done >applied.show &&
	 test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>&1 &&
	 test_line plan.out "No changes. Your infrastructure matches the configuration." &&
	 terrace apply -refresh-only -auto-approve >refresh.out 2>&1 &&
	 attributes terrace.state.json >refreshed &&
	 for r in full bare eu; do terrace state show -no-color $r; done >refreshed.show &&
	 test_cmp applied refreshed &&
	 test_cmp applied.show refreshed.show &&
	 grep -q "\"region\": \"eu-west-1\"" refreshed &&
	 grep -q "\"folders\": \[\"raw/\", \"curated/\"\]" refreshed)
'

test_expect_success 'a bucket adopted after a lost CreateBucket answer still reads back whole' '
	mkdir lost && write_stack lost/stack.yaml &&
	printf "%s\n" "resources:" "  lost: {type: aws.s3.bucket, name: t1370-lost, region: eu-west-1, tags: {case: lost}}" >>lost/stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --each \
		--match "^PUT./t1370-lost.\$" &&
	(cd lost && TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err);
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " lost.log)" = 1 &&
	ops=" $(sent lost/apply.err t1370-lost)" &&
	for op in GetBucketLocation GetBucketVersioning GetBucketPolicy GetBucketLifecycleConfiguration
	do
		case "$ops" in *" $op "*) ;; *) echo "lost: no $op in$ops"; return 1 ;; esac
	done &&
	(cd lost && test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>&1)
'

test_done
