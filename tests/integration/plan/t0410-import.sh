#!/usr/bin/env bash
# t0410-import: `terrace import ADDRESS ID` adopts objects made with the aws
# CLI against moto, one per AWS resource type; after each import the next
# plan is "No changes" (or shows exactly the difference made on purpose).
# Refusals leave the state untouched: an address already in state, one not
# in the stack, an id that does not exist, a type that cannot be imported.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
ACCOUNT=123456789012
# terrace's own tags (terrace:stack, terrace:workspace), on the objects made
# here so that importing them plans no tag change: in the aws CLI's forms.
TAGS_KV="Key=terrace:stack,Value=$TEST_NAME Key=terrace:workspace,Value=default"
TAGS_SET="{Key=terrace:stack,Value=$TEST_NAME},{Key=terrace:workspace,Value=default}"
TAGS_QUERY="terrace%3Astack=$TEST_NAME&terrace%3Aworkspace=default"

# state_sum: a fingerprint of the state file (missing: "none").
state_sum () {
	if test -f terrace.state.json; then sha256sum <terrace.state.json; else echo none; fi
}

# no_changes: the plan is clean and says so.
no_changes () {
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_contains plan.out "No changes."
}

import_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: imp-lake
	    versioning: true
	    force_destroy: true
	    tags:
	      team: data
	  etl:
	    type: aws.iam.role
	    name: imp-etl
	    description: runs the jobs
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: glue.amazonaws.com}
	          Action: sts:AssumeRole
	    tags: {team: data}
	  reader:
	    type: aws.iam.policy
	    name: imp-read
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Action: ["s3:GetObject"]
	          Resource: "*"
	  bronze:
	    type: aws.glue.database
	    name: imp_bronze
	    description: raw data
	  api:
	    type: aws.secretsmanager.secret
	    name: imp/api
	    description: partner api
	    value: s3cr3t-imp-4a1b
	    recovery_window_in_days: 0
	  readme:
	    type: aws.s3.object
	    bucket: \${lake.name}
	    key: docs/README.txt
	    content: hello import
	    content_type: text/plain
	${EXTRA_RESOURCES:-}
	YAML
}

test_expect_success 'objects made with the aws CLI' '
	s3 s3api create-bucket --bucket imp-lake >/dev/null &&
	s3 s3api put-bucket-versioning --bucket imp-lake --versioning-configuration Status=Enabled &&
	s3 s3api put-bucket-tagging --bucket imp-lake --tagging "TagSet=[{Key=team,Value=data},$TAGS_SET]" &&
	s3 iam create-role --role-name imp-etl --description "runs the jobs" \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		--tags Key=team,Value=data $TAGS_KV >/dev/null &&
	s3 iam create-policy --policy-name imp-read \
		--policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"*\"}]}" \
		--tags $TAGS_KV >/dev/null &&
	s3 glue create-database --database-input "{\"Name\":\"imp_bronze\",\"Description\":\"raw data\"}" &&
	s3 secretsmanager create-secret --name imp/api --description "partner api" --secret-string s3cr3t-imp-4a1b \
		--tags $TAGS_KV >/dev/null &&
	printf "hello import" >readme.txt &&
	s3 s3api put-object --bucket imp-lake --key docs/README.txt --body readme.txt --content-type text/plain \
		--tagging "$TAGS_QUERY" >/dev/null
'

test_expect_success 'import refuses an address that is not in the stack' '
	import_stack &&
	test_expect_code 1 terrace import nothere imp-lake >out 2>err &&
	test_contains err "cannot import nothere: there is no resource of that name in the stack" &&
	test_equal none "$(state_sum)"
'

test_expect_success 'import refuses an object that does not exist' '
	test_expect_code 1 terrace import lake imp-no-such-bucket >out 2>err &&
	test_contains err "cannot import lake: no aws.s3.bucket with id \"imp-no-such-bucket\" exists" &&
	test_equal none "$(state_sum)"
'

test_expect_success 'import adopts the bucket; the plan shows the rest to create' '
	terrace import lake imp-lake >out 2>err &&
	test_contains out "Import successful!" &&
	test_contains out "The resources that were imported are shown above." &&
	test_equal imp-lake "$(json_get terrace.state.json "d[\"resources\"][\"lake\"][\"id\"]")" &&
	test_equal true "$(json_get terrace.state.json "d[\"resources\"][\"lake\"][\"attributes\"][\"force_destroy\"]")" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_not_contains out "resource \"aws.s3.bucket\" \"lake\"" &&
	test_line out "Plan: 5 to add, 0 to change, 0 to destroy."
'

test_expect_success 'import refuses an address already in state, state untouched' '
	before=$(state_sum) &&
	test_expect_code 1 terrace import lake imp-lake >out 2>err &&
	test_contains err "cannot import lake: it is already managed by terrace" &&
	test_equal "$before" "$(state_sum)"
'

test_expect_success 'import of every other object, then no changes' '
	terrace import etl imp-etl >out 2>err &&
	terrace import reader arn:aws:iam::$ACCOUNT:policy/imp-read >out 2>err &&
	terrace import bronze imp_bronze >out 2>err &&
	arn=$(s3 secretsmanager describe-secret --secret-id imp/api --query ARN --output text) &&
	terrace import api "$arn" >out 2>err &&
	terrace import readme imp-lake/docs/README.txt >out 2>err &&
	test_not_contains terrace.state.json s3cr3t-imp-4a1b &&
	test_not_contains out s3cr3t-imp-4a1b &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "~ content_sha256 = null -> \"[0-9a-f]{64}\"$"
'

# An object written outside terrace lacks terrace's checksum metadata: the
# one real difference, which apply adds; the bytes stay the same.
test_expect_success 'apply adds the checksum metadata; then no changes anywhere' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	s3 s3api head-object --bucket imp-lake --key docs/README.txt --output json >head.json &&
	test_equal 1c3fb3fbc7609129fe5c8b39751a3a04ab76a9949442dbb6ffa5198c25ab7fe8 \
		"$(json_get head.json "d[\"Metadata\"][\"content-sha256\"]")" &&
	test_equal "$(s3 secretsmanager get-secret-value --secret-id imp/api --query SecretString --output text)" s3cr3t-imp-4a1b &&
	no_changes
'

test_expect_success 'import refuses a type that cannot be imported, state untouched' '
	printf "print(1)\\n" >job.py &&
	EXTRA_RESOURCES="  script: {type: aws.s3.artifact, bucket: imp-lake, prefix: glue/, source: job.py}" &&
	import_stack &&
	before=$(state_sum) &&
	test_expect_code 1 terrace import script imp-lake/glue/job.py >out 2>err &&
	test_contains err "cannot import script: aws.s3.artifact cannot be imported: its key is derived from the local file" &&
	test_equal "$before" "$(state_sum)"
'

test_done
