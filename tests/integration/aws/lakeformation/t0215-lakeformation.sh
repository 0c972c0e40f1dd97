#!/usr/bin/env bash
# t0215-lakeformation: aws.lakeformation.permissions against moto: what
# Lake Formation refuses, refused at validate with the attribute's
# position; grants on the catalog, a database, every table of a database,
# a table's columns and a data location made, read back with the aws CLI
# and planned again as no change; permissions and grant options changed in
# place; a permission revoked outside terrace shown and granted again, all
# of a grant's revoked made again; a principal that already holds
# permissions there refused before any grant is sent, then imported by its
# id; destroy revokes what the stack granted and no one else's; sweep
# revokes a lab's grants. moto 5.2.1 lists a table's column grants only
# through moto_patches/lakeformation_list_permissions_table.py.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

lf () { s3 lakeformation "$@"; }

ROLE=arn:aws:iam::123456789012:role/t0215-analyst
OTHER=arn:aws:iam::123456789012:role/t0215-someone

held () { # PRINCIPAL RESOURCE-JSON: the permissions it holds there, sorted, one line
	lf list-permissions --principal DataLakePrincipalIdentifier="$1" --resource "$2" \
		--output json >held.json &&
	json_get held.json "\" \".join(sorted(set(p for e in d[\"PrincipalResourcePermissions\"] for p in e[\"Permissions\"]))) + \" / \" + \" \".join(sorted(set(p for e in d[\"PrincipalResourcePermissions\"] for p in e[\"PermissionsWithGrantOption\"])))"
}

DB='{"Database": {"Name": "t0215_lake"}}'
TABLES='{"Table": {"DatabaseName": "t0215_lake", "TableWildcard": {}}}'
ORDERS='{"Table": {"DatabaseName": "t0215_lake", "Name": "orders"}}'
LOCATION='{"DataLocation": {"ResourceArn": "arn:aws:s3:::t0215-lake"}}'
CATALOG='{"Catalog": {}}'

the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  on_db:
	    type: aws.lakeformation.permissions
	    principal: $ROLE
	    permissions: [${DB_PERMS:-DESCRIBE, CREATE_TABLE}]
	    permissions_with_grant_option: [${DB_GRANT:-DESCRIBE}]
	    database: {name: t0215_lake}
	  on_tables:
	    type: aws.lakeformation.permissions
	    principal: $ROLE
	    permissions: SELECT
	    table: {database_name: t0215_lake, wildcard: true}
	  on_columns:
	    type: aws.lakeformation.permissions
	    principal: $ROLE
	    permissions: [SELECT]
	    table_with_columns: {database_name: t0215_lake, name: orders, column_names: [total, id]}
	  on_location:
	    type: aws.lakeformation.permissions
	    principal: $ROLE
	    permissions: [DATA_LOCATION_ACCESS]
	    data_location: {arn: "arn:aws:s3:::t0215-lake"}
	  on_catalog:
	    type: aws.lakeformation.permissions
	    principal: $ROLE
	    permissions: [CREATE_DATABASE]
	    catalog_resource: true
	YAML
}

test_expect_success 'validate refuses what Lake Formation refuses, at the attribute' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  two:
	    type: aws.lakeformation.permissions
	    principal: p
	    permissions: [SELECT]
	    database: {name: d}
	    catalog_resource: true
	  none: {type: aws.lakeformation.permissions, principal: p, permissions: [SELECT]}
	  word: {type: aws.lakeformation.permissions, principal: p, permissions: [READ],
	         database: {name: d}}
	  option: {type: aws.lakeformation.permissions, principal: p, permissions: [SELECT],
	           permissions_with_grant_option: [DROP], database: {name: d}}
	  both: {type: aws.lakeformation.permissions, principal: p, permissions: [SELECT],
	         table: {database_name: d, name: t, wildcard: true}}
	  neither: {type: aws.lakeformation.permissions, principal: p, permissions: [SELECT],
	            table: {database_name: d}}
	  excluded: {type: aws.lakeformation.permissions, principal: p, permissions: [SELECT],
	             table_with_columns: {database_name: d, name: t, column_names: [a],
	                                  excluded_column_names: [b]}}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*two.*catalog_resource and database both name the resource" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*none.*no resource to grant on" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*word.*permissions.*\"READ\"" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*option.*permissions_with_grant_option has DROP, which permissions does not" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*both.*name and wildcard: true both set" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*neither.*neither name nor wildcard: true" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*excluded.*excluded_column_names leaves columns out of wildcard"
'

test_expect_success 'apply grants on the catalog, a database, its tables, columns and a location' '
	the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	test_equal "CREATE_TABLE DESCRIBE / DESCRIBE" "$(held $ROLE "$DB")" &&
	test_equal "SELECT / " "$(held $ROLE "$TABLES")" &&
	test_equal "SELECT / " "$(held $ROLE "$ORDERS")" &&
	test_equal "[\"id\", \"total\"]" "$(json_get held.json "sorted(d[\"PrincipalResourcePermissions\"][0][\"Resource\"][\"TableWithColumns\"][\"ColumnNames\"])")" &&
	test_equal "DATA_LOCATION_ACCESS / " "$(held $ROLE "$LOCATION")" &&
	test_equal "CREATE_DATABASE / " "$(held $ROLE "$CATALOG")" &&
	test_equal "$ROLE|database|t0215_lake" "$(json_get terrace.state.json "d[\"resources\"][\"on_db\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'permissions and grant options change in place' '
	DB_PERMS="DESCRIBE, ALTER" DB_GRANT=" " the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "ALTER DESCRIBE / " "$(held $ROLE "$DB")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "CREATE_TABLE DESCRIBE / DESCRIBE" "$(held $ROLE "$DB")"
'

test_expect_success 'a permission revoked outside terrace is granted again; a grant revoked whole, made again' '
	lf revoke-permissions --principal DataLakePrincipalIdentifier=$ROLE --resource "$DB" \
		--permissions CREATE_TABLE &&
	lf revoke-permissions --principal DataLakePrincipalIdentifier=$ROLE --resource "$LOCATION" \
		--permissions DATA_LOCATION_ACCESS &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ permissions" &&
	test_line out "Plan: 1 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "CREATE_TABLE DESCRIBE / DESCRIBE" "$(held $ROLE "$DB")" &&
	test_equal "DATA_LOCATION_ACCESS / " "$(held $ROLE "$LOCATION")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'permissions held there already are refused before any grant, then imported' '
	lf grant-permissions --principal DataLakePrincipalIdentifier=$OTHER --resource "$DB" \
		--permissions DESCRIBE &&
	mkdir other &&
	write_stack other/stack.yaml &&
	cat >>other/stack.yaml <<-YAML &&
	resources:
	  theirs:
	    type: aws.lakeformation.permissions
	    principal: $OTHER
	    permissions: [DESCRIBE, DROP]
	    database: {name: t0215_lake}
	YAML
	(cd other && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_match err "Lake Formation grant $OTHER\|database\|t0215_lake already exists but is not in this state: import it" &&
	test_equal "DESCRIBE / " "$(held $OTHER "$DB")" &&
	(cd other && terrace import theirs "$OTHER|database|t0215_lake" >../out 2>../err) &&
	(cd other && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	(cd other && terrace apply -auto-approve >../out 2>../err) &&
	test_equal "DESCRIBE DROP / " "$(held $OTHER "$DB")" &&
	terrace state rm on_columns >out 2>err &&
	terrace import on_columns "$ROLE|table_with_columns|t0215_lake|orders" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy revokes what the stack granted, and no one else'"'"'s' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 5 destroyed." &&
	for r in "$DB" "$TABLES" "$ORDERS" "$LOCATION" "$CATALOG"; do
		test_equal " / " "$(held $ROLE "$r")" || return 1
	done &&
	test_equal "DESCRIBE DROP / " "$(held $OTHER "$DB")" &&
	(cd other && terrace destroy -auto-approve >../out 2>../err) &&
	test_equal " / " "$(held $OTHER "$DB")"
'

test_expect_success 'sweep finds a lab'"'"'s grants by its role'"'"'s name and revokes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t0215-lab
	resources:
	  g:
	    type: aws.lakeformation.permissions
	    principal: arn:aws:iam::123456789012:role/t0215-lab-etl
	    permissions: [SELECT]
	    table: {database_name: t0215_lake, name: orders}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	lf grant-permissions --principal DataLakePrincipalIdentifier=$OTHER --resource "$ORDERS" \
		--permissions SELECT &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.lakeformation.permissions t0215-lab-etl" &&
	test_not_contains found "t0215-someone" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal " / " "$(held arn:aws:iam::123456789012:role/t0215-lab-etl "$ORDERS")" &&
	test_equal "SELECT / " "$(held $OTHER "$ORDERS")"
'

test_done
