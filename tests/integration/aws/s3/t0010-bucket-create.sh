#!/usr/bin/env bash
# t0010-bucket-create: create a bucket with tags, versioning and folders
# against moto; the state holds the defaults the stack leaves unset (policy
# null, no lifecycle rules); the aws CLI sees what terrace made; a second plan has nothing
# to do; show and state still read the state of a stack with a mistake in
# one resource, not with one in its top level.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

write_stack stack.yaml
cat >>stack.yaml <<-'YAML'
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
    versioning: true
    tags:
      env: dev
      team: data
    folders:
      - data/factdata/bronze/
      - glue/script/
YAML

test_expect_success 'plan on an empty state shows one create' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "terrace will perform the following actions:" &&
	test_line out "# lake will be created" &&
	test_line out "+ resource \"aws.s3.bucket\" \"lake\" {" &&
	test_match out "^ *\+ name *= \"acme-lake\"$" &&
	test_match out "^ *\+ arn *= \(known after apply\)$" &&
	test_match out "^ *\+ \"env\" *= \"dev\"$" &&
	test_match out "^ *\+ \"terrace:stack\" *= \"t0010-bucket-create\"$" &&
	test_match out "^ *\+ \"terrace:workspace\" *= \"default\"$" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'plan makes no change on the server' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	s3 s3api list-buckets --query "Buckets[].Name" --output text >buckets &&
	! grep -w acme-lake buckets &&
	! bucket_exists acme-lake
'

test_expect_success 'the JSON plan has the create in Terraform plan shape' '
	json_plan plan.json 2>err &&
	test_equal "1.2" "$(json_get plan.json "d[\"format_version\"]")" &&
	test_equal "[\"create\"]" "$(json_get plan.json "[r[\"change\"][\"actions\"] for r in d[\"resource_changes\"] if r[\"address\"] == \"lake\"][0]")" &&
	test_equal "aws.s3.bucket" "$(json_get plan.json "d[\"resource_changes\"][0][\"type\"]")" &&
	test_equal "acme-lake" "$(json_get plan.json "d[\"resource_changes\"][0][\"change\"][\"after\"][\"name\"]")"
'

test_expect_success 'apply creates the bucket, reading back neither the versioning, tags nor folders it put' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>create.err &&
	test_line out "lake: Creating..." &&
	test_match out "^lake: Creation complete after [0-9]+s \[id=acme-lake\]$" &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	! grep -E "^\[debug\] s3 (GetBucketVersioning|GetBucketTagging|HeadObject) " create.err
'

# A create reads back only what it did not send (issue 70 point 6,
# s3/bucket.c read_created): the encryption and public access block S3
# gives a new bucket after CreateBucket, not the versioning and tags it put
# (t1370 counts every request and compares the state with a refresh).
test_expect_success 'a create reads back what it did not send: GetBucketEncryption and GetPublicAccessBlock after CreateBucket' '
	made=$(grep -n "^\[debug\] s3 CreateBucket [^:]*: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	for call in GetBucketEncryption GetPublicAccessBlock
	do
		read=$(grep -n "^\[debug\] s3 $call [^:]*: HTTP" create.err | head -1 | cut -d: -f1) &&
		test -n "$made" && test -n "$read" && test "$made" -lt "$read" || {
			echo "no $call after CreateBucket in create.err"; return 1; }
	done
'

test_expect_success 'the state holds the defaults the stack leaves unset; plan -refresh=false has nothing to do' '
	python3 - <<-\PY &&
	import json
	a = json.load(open("terrace.state.json"))["resources"]["lake"]["attributes"]
	assert a["lifecycle_rules"] == [] and a["force_destroy"] is False, a
	assert "policy" in a and a["policy"] is None, a
	assert a["versioning"] is True and a["folders"] == ["data/factdata/bronze/", "glue/script/"], a
	PY
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err
'

test_expect_success 'the aws CLI sees the bucket, its tags, versioning and folders' '
	bucket_exists acme-lake &&
	bucket_tags acme-lake >tags &&
	{ printf "%s\n" env=dev team=data && stack_tags; } >expect &&
	test_cmp expect tags &&
	test_equal Enabled "$(bucket_versioning acme-lake)" &&
	bucket_keys acme-lake >keys &&
	printf "%s\n" data/factdata/bronze/ glue/script/ >expect &&
	test_cmp expect keys
'

test_expect_success 'the state records the bucket' '
	terrace state list >out &&
	echo lake >expect &&
	test_cmp expect out &&
	terrace state show lake >out &&
	test_contains out "acme-lake" &&
	test_contains out "arn:aws:s3:::acme-lake"
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a second apply changes nothing' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	test_not_contains out "Creating..." &&
	test_not_contains out "Modifying..." &&
	bucket_names >names &&
	echo acme-lake >expect &&
	test_cmp expect names
'

test_expect_success 'show, output and state read only the top level of the stack' '
	cp stack.yaml stack.good &&
	printf "  typo:\n    type: aws.s3.buckt\n" >>stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "unknown resource type \"aws.s3.buckt\"" &&
	terrace show -json >out 2>err &&
	test_contains out "\"address\": \"lake\"" &&
	terrace state list >out &&
	echo lake >expect &&
	test_cmp expect out &&
	printf "bakend: {type: local}\n" >>stack.yaml &&
	test_expect_code 1 terrace show -json >out 2>err &&
	test_contains err "stack.yaml:$(grep -c "" stack.yaml):1: error: unknown top-level key \"bakend\"" &&
	mv stack.good stack.yaml
'

test_done
