#!/usr/bin/env bash
# t1430-glue-database-catalog: a Glue database in another account's catalog
# (catalog_id 111111111111), made outside terrace and imported into a stack
# that leaves catalog_id unset: the state's computed catalog_id says where
# the update's read looks and the converge writes (docs/design.md's
# exception (b), carried in the read's `have` on the create/update
# contract), so a description changed in place is written to that catalog
# and the database stays there. moto keeps the CatalogId an UpdateDatabase
# sends and answers the caller's account when it sends none, so an update
# that forgot the catalog shows as a catalog_id that changes.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

FAR=111111111111
s3 glue create-database --catalog-id "$FAR" \
	--database-input Name=t1430_far,Description=first >/dev/null ||
	test_fail_setup "the database in catalog $FAR could not be made"

catalog_of () { # NAME: the CatalogId Glue answers for the database
	s3 glue get-database --name "$1" --query Database.CatalogId --output text
}

stack_with () { # DESCRIPTION
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML
	resources:
	  far:
	    type: aws.glue.database
	    name: t1430_far
	    description: $1
	YAML
}

test_expect_success 'imported, the database keeps the catalog it is in' '
	test "$(catalog_of t1430_far)" = "$FAR" &&
	stack_with first &&
	terrace import far t1430_far >out 2>err &&
	json_get terrace.state.json "d[\"resources\"][\"far\"][\"attributes\"][\"catalog_id\"]" >catalog &&
	test "$(cat catalog)" = "$FAR" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a description changed in place is written to the catalog the state names' '
	stack_with second &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test "$(s3 glue get-database --name t1430_far --query Database.Description --output text)" = second &&
	test "$(catalog_of t1430_far)" = "$FAR" &&
	json_get terrace.state.json "d[\"resources\"][\"far\"][\"attributes\"][\"catalog_id\"]" >catalog &&
	test "$(cat catalog)" = "$FAR" &&
	json_get terrace.state.json "d[\"resources\"][\"far\"][\"attributes\"][\"arn\"]" >arn &&
	test "$(cat arn)" = "arn:aws:glue:us-east-1:$FAR:database/t1430_far" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy removes it' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	! s3 glue get-database --name t1430_far >db.out 2>db.err &&
	test_contains db.err "EntityNotFoundException"
'

test_done
