#!/usr/bin/env bash
# t0840-type-change-and-limits: a resource whose type changes at the same
# address is replaced (the old object deleted with its own type's API, the
# new one created); input that used to slip through is refused with a clear
# message: a count too large, negative or not a whole number, a plan file of
# another format version or with an unknown action.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

thing_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  thing:
	    type: $1
	    name: acmeshift
	YAML
}

test_expect_success 'setup: a bucket at address thing' '
	thing_stack aws.s3.bucket &&
	terrace apply -auto-approve >out 2>err &&
	bucket_exists acmeshift
'

test_expect_success 'a new type at the same address plans a replacement, not an update' '
	thing_stack aws.glue.database &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# thing must be replaced (its type changes from aws.s3.bucket)" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy."
'

test_expect_success 'apply deletes the bucket with S3 and creates the database with Glue' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	! bucket_exists acmeshift &&
	s3 glue get-database --name acmeshift >db.json &&
	terrace state pull >st.json &&
	test_equal aws.glue.database "$(json_get st.json "d[\"resources\"][\"thing\"][\"type\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy after a type change in the stack uses the type in the state' '
	thing_stack aws.s3.bucket &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	! s3 glue get-database --name acmeshift >out 2>err
'

count_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  many:
	    type: aws.s3.bucket
	    count: $1
	    name: acme-many-\${count.index}
	YAML
}

test_expect_success 'count: a huge number is refused at once, with the limit' '
	count_stack 100000000 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: count of resource \"many\" is 100000000; one resource or module has at most 10000 instances" &&
	count_stack 1e308 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "one resource or module has at most 10000 instances"
'

test_expect_success 'count: a negative or fractional number names the value' '
	count_stack -1 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "must be a whole number of at least 0, got -1" &&
	count_stack 1.5 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "must be a whole number of at least 0, got 1.5"
'

test_expect_success 'a plan file of another format version or with an unknown action is refused' '
	count_stack 1 &&
	terrace plan -out=p.plan >out 2>err &&
	python3 -c "import json; d = json.load(open(\"p.plan\")); d[\"format_version\"] = 2; json.dump(d, open(\"v2.plan\", \"w\"))" &&
	test_expect_code 1 terrace apply v2.plan >out 2>err &&
	test_contains err "plan file v2.plan has format version 2; this terrace reads version 1" &&
	python3 -c "import json; d = json.load(open(\"p.plan\")); d[\"changes\"][0][\"action\"] = \"obliterate\"; json.dump(d, open(\"bad.plan\", \"w\"))" &&
	test_expect_code 1 terrace apply bad.plan >out 2>err &&
	test_contains err "plan file bad.plan: many[0]: unknown action \"obliterate\"" &&
	bucket_names >names && test_empty names
'

test_done
