#!/usr/bin/env bash
# t1490-bucket-requests-each-path: the S3 requests of every path of a
# bucket's create and update, in order, as the debug log records them (one
# "[debug] s3 OPERATION" line per call), held when aws.s3.bucket moved onto
# the create/update contract (issue 70 point 2): a first create (eu-west-1
# with every subresource; us-east-1 bare, HeadBucket first), an apply with
# nothing to change (no write), an update (-refresh=false: the read whole
# without HeadBucket, the puts of what differs, the read back), and a
# CreateBucket answered BucketAlreadyOwnedByYou: on a first attempt (refused,
# nothing read), resent with this stack's tags (adopted by them), resent
# untagged and empty (ListObjectsV2, ListBuckets: adopted), resent with
# another stack's tags or untagged holding an object (refused), and
# us-east-1's HeadBucket finding one on a first attempt (refused).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# ops LOG [BUCKET]: the operations of the S3 calls LOG records (for BUCKET
# only, when given), in order, each followed by a space.
ops () {
	grep -E "^\[debug\] s3 [A-Za-z0-9]+ [A-Z]+${2:+ bucket $2}:? " "$1" |
		awk "{print \$3}" | tr "\n" " "
}

# expect_ops LOG BUCKET OPERATIONS: what ops LOG BUCKET gives is OPERATIONS
# (BUCKET "": every call).
expect_ops () {
	local got
	got=$(ops "$1" "$2")
	test "$got" = "$3" || { echo "${2:-all} sent: $got"; echo "expected:  $3"; return 1; }
}

# resources: a stack of this test's with the resources given on stdin.
resources () {
	write_stack stack.yaml && echo "resources:" >>stack.yaml && cat >>stack.yaml
}

read_whole="GetBucketLocation GetBucketTagging GetBucketVersioning GetBucketPolicy GetBucketLifecycleConfiguration GetBucketEncryption GetPublicAccessBlock"

test_expect_success 'a first create: CreateBucket, the puts, the read back of what they do not say' '
	resources <<-YAML &&
	  full:
	    type: aws.s3.bucket
	    name: t1490-full
	    region: eu-west-1
	    versioning: true
	    tags: {env: dev}
	    folders: [raw/, curated/]
	    lifecycle_rules: [{id: old, prefix: raw/, expiration_days: 90}]
	    encryption: {sse_algorithm: AES256}
	    public_access_block: {block_public_acls: true}
	  bare: {type: aws.s3.bucket, name: t1490-bare}
	YAML
	TERRACE_LOG=debug terrace apply -auto-approve >create.out 2>create.err &&
	test_line create.out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	expect_ops create.err t1490-full "CreateBucket PutBucketTagging PutBucketVersioning PutPublicAccessBlock PutBucketLifecycleConfiguration PutBucketEncryption PutObject PutObject GetBucketLocation GetBucketLifecycleConfiguration GetBucketEncryption GetPublicAccessBlock " &&
	expect_ops create.err t1490-bare "HeadBucket CreateBucket PutBucketTagging GetBucketEncryption GetPublicAccessBlock "
'

test_expect_success 'an apply with nothing to change reads and writes nothing' '
	TERRACE_LOG=debug terrace apply -auto-approve >same.out 2>same.err &&
	test_line same.out "No changes. Your infrastructure matches the configuration." &&
	test "$(ops same.err t1490-full | wc -w)" = 10 &&
	ops same.err "" >same.ops &&
	grep -q HeadBucket same.ops &&
	! grep -qE "Put|Delete|Create" same.ops
'

test_expect_success 'an update reads the bucket whole (no HeadBucket), puts what differs, reads back' '
	sed -i "s/versioning: true/versioning: false/; s/env: dev/env: prod/; s|folders: \[raw/, curated/\]|folders: [raw/, new/]|" stack.yaml &&
	TERRACE_LOG=debug terrace apply -refresh=false -auto-approve >update.out 2>update.err &&
	test_line update.out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	expect_ops update.err t1490-full "$read_whole HeadObject HeadObject HeadObject PutBucketTagging PutBucketVersioning PutObject DeleteObject $read_whole HeadObject HeadObject "
'

test_expect_success 'a lost CreateBucket answer, resent: the untagged, empty bucket just made is adopted' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  lost: {type: aws.s3.bucket, name: t1490-lost, region: eu-west-1, tags: {case: lost}}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --each \
		--match "^PUT./t1490-lost.\$" &&
	TERRACE_LOG=debug terrace apply -auto-approve >lost.out 2>lost.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line lost.out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	expect_ops lost.err "" "CreateBucket GetBucketTagging ListObjectsV2 ListBuckets $read_whole PutBucketTagging $read_whole "
'

# Buckets of this account made outside terrace: one with this stack's
# tags, one with another stack's, one untagged holding an object.
test_expect_success 'setup: buckets already there' '
	rm -f terrace.state.json* &&
	for b in tagged other full2
	do
		s3 s3api create-bucket --bucket t1490-$b \
			--create-bucket-configuration LocationConstraint=eu-west-1 >/dev/null || return 1
	done &&
	s3 s3api put-bucket-tagging --bucket t1490-tagged --tagging \
		"TagSet=[{Key=terrace:stack,Value=$TEST_NAME},{Key=terrace:workspace,Value=default}]" &&
	s3 s3api put-bucket-tagging --bucket t1490-other --tagging \
		"TagSet=[{Key=terrace:stack,Value=other},{Key=terrace:workspace,Value=default}]" &&
	s3 s3api put-object --bucket t1490-full2 --key x --body stack.yaml >/dev/null
'

test_expect_success 'a first attempt meeting a bucket of ours is refused: nothing read, nothing kept' '
	resources <<-YAML &&
	  tagged: {type: aws.s3.bucket, name: t1490-tagged, region: eu-west-1, tags: {case: t}}
	YAML
	TERRACE_LOG=debug test_expect_code 1 terrace apply -auto-approve -no-color >first.out 2>first.err &&
	test_contains first.err "bucket t1490-tagged already exists but is not in this state: import it or choose another name (owned by you: s3 CreateBucket: HTTP 409 BucketAlreadyOwnedByYou)" &&
	expect_ops first.err "" "CreateBucket " &&
	test "$(terrace state list | wc -l)" = 0
'

test_expect_success 'resent, with this stack'"'"'s tags: adopted by them, then converged' '
	start_fault_proxy TERRACE_VAR_endpoint tagged --fault drop_after --each \
		--match "^PUT./t1490-tagged.\$" &&
	TERRACE_LOG=debug terrace apply -auto-approve >tagged.out 2>tagged.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line tagged.out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	expect_ops tagged.err "" "CreateBucket GetBucketTagging $read_whole PutBucketTagging $read_whole "
'

test_expect_success 'resent, with another stack'"'"'s tags or untagged holding objects: refused' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  other: {type: aws.s3.bucket, name: t1490-other, region: eu-west-1}
	  full2: {type: aws.s3.bucket, name: t1490-full2, region: eu-west-1}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint theirs --fault drop_after --each \
		--match "^PUT./t1490-(other|full2).\$" &&
	TERRACE_LOG=debug terrace apply -auto-approve -no-color >theirs.out 2>theirs.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 1 &&
	test_contains theirs.err "bucket t1490-other already exists and is stack \"other\"'"'"'s (workspace \"default\"), not this one'"'"'s: import it or choose another name" &&
	test_contains theirs.err "bucket t1490-full2 already exists and no attempt of this create made it (it has no terrace tags and holds objects): import it or choose another name" &&
	expect_ops theirs.err t1490-other "CreateBucket GetBucketTagging " &&
	expect_ops theirs.err t1490-full2 "CreateBucket GetBucketTagging ListObjectsV2 " &&
	test "$(terrace state list | wc -l)" = 0
'

test_expect_success 'us-east-1: HeadBucket finds one of ours on a first attempt: refused, no CreateBucket' '
	resources <<-YAML &&
	  east: {type: aws.s3.bucket, name: t1490-bare}
	YAML
	TERRACE_LOG=debug test_expect_code 1 terrace apply -auto-approve -no-color >east.out 2>east.err &&
	test_contains east.err "bucket t1490-bare already exists but is not in this state: import it or choose another name (owned by you: s3 HeadBucket: HTTP 200)" &&
	expect_ops east.err "" "HeadBucket "
'

test_done
