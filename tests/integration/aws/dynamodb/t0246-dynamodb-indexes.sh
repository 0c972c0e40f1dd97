#!/usr/bin/env bash
# t0246-dynamodb-indexes: aws.dynamodb.table's secondary indexes against
# moto. What AWS refuses (an index key not declared, an attribute no key
# uses, INCLUDE without non_key_attributes, a PROVISIONED table's index
# without capacities, a local index on a table without range_key) refused
# at validate with file:line:col; a PROVISIONED table with a global index
# (INCLUDE) and a local one, and an on-demand table with a global index,
# made through the timing stand-in (counted: the tables CREATING, the
# indexes added later CREATING and the removed ones DELETING while the
# table is UPDATING, all waited out) and read back with the AWS CLI; planned
# again as no change; a global index added, one removed with its attribute,
# one's capacities changed in place (one UpdateTable an index), an
# on-demand table turned PROVISIONED with its index's capacities; a key
# changing type (the table's: replaced; a global index's: the index); a changed
# local index replaces the table; an index removed with the CLI shown as
# drift and made again; import by name; a table applied by 85f6d4a (before
# indexes) and one dca701f wrote (key_types with the local indexes' keys)
# planned as no change, with -refresh=false too; a table with a
# global and a local index made with the CLI and imported: the stack leaving
# both lists unset plans no change (the lists are optional and computed, as
# they came after the type shipped), global_secondary_index: [] removes the
# global one in place; a local index's key changing type replaces the
# table (its range_key_type); destroy.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ddb () { s3 dynamodb "$@"; }

# indexes TABLE: "NAME:KEYS:PROJECTION[:NONKEY][:R/W]" of its global indexes, sorted
indexes () {
	ddb describe-table --table-name "$1" --output json >"$1.json" &&
	python3 - "$1.json" "${2:-GlobalSecondaryIndexes}" <<-\PY
	import json, sys
	t = json.load(open(sys.argv[1]))["Table"]
	out = []
	for i in t.get(sys.argv[2]) or []:
	    keys = ",".join(k["AttributeName"] for k in i["KeySchema"])
	    p = i["Projection"]
	    s = "%s:%s:%s" % (i["IndexName"], keys, p["ProjectionType"])
	    if p.get("NonKeyAttributes"):
	        s += ":" + ",".join(sorted(p["NonKeyAttributes"]))
	    pt = i.get("ProvisionedThroughput") or {}
	    if pt.get("ReadCapacityUnits"):
	        s += ":%d/%d" % (pt["ReadCapacityUnits"], pt["WriteCapacityUnits"])
	    out.append(s)
	print(" ".join(sorted(out)))
	PY
}

# the_stack: v1 by default; INDEXES=v2 adds by_state, changes by_day's
# capacities, swaps runs' by_owner for by_team; LSI_RANGE changes the local index.
the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  events:
	    type: aws.dynamodb.table
	    name: t0246-events
	    hash_key: pipeline
	    range_key: started
	    read_capacity: 1
	    write_capacity: 1
	    attribute:
	      - {name: pipeline, type: S}
	      - {name: started, type: ${STARTED_TYPE:-N}}
	      - {name: day, type: S}
	      - {name: status, type: ${STATUS_TYPE:-S}}
	    global_secondary_index:
	      - name: by_day
	        hash_key: day
	        range_key: started
	        projection_type: INCLUDE
	        non_key_attributes: [rows, error]
	        read_capacity: ${DAY_CAPACITY:-1}
	        write_capacity: ${DAY_CAPACITY:-1}
	YAML
	if test "${INDEXES:-v1}" = v2; then
		cat >>stack.yaml <<-YAML
		      - {name: by_state, hash_key: status, projection_type: KEYS_ONLY,
		         read_capacity: 1, write_capacity: 1}
		YAML
	fi
	cat >>stack.yaml <<-YAML
	    local_secondary_index:
	      - {name: by_status, range_key: ${LSI_RANGE:-status}, projection_type: KEYS_ONLY}
	  runs:
	    type: aws.dynamodb.table
	    name: t0246-runs
	    billing_mode: PAY_PER_REQUEST
	    hash_key: id
	YAML
	if test -n "${RUNS_PROVISIONED:-}"; then
		cat >>stack.yaml <<-YAML
		    attribute: [{name: id, type: S}, {name: team, type: S}]
		    global_secondary_index: [{name: by_team, hash_key: team, projection_type: ALL,
		                              read_capacity: 3, write_capacity: 2}]
		YAML
		sed -i "s/billing_mode: PAY_PER_REQUEST/billing_mode: PROVISIONED\n    read_capacity: 1\n    write_capacity: 1/" stack.yaml
	elif test "${INDEXES:-v1}" = v2; then
		cat >>stack.yaml <<-YAML
		    attribute: [{name: id, type: S}, {name: team, type: ${TEAM_TYPE:-S}}]
		    global_secondary_index: [{name: by_team, hash_key: team, projection_type: ALL}]
		YAML
	else
		cat >>stack.yaml <<-YAML
		    attribute: [{name: id, type: S}, {name: owner, type: S}]
		    global_secondary_index: [{name: by_owner, hash_key: owner, projection_type: ALL}]
		YAML
	fi
}

test_expect_success 'validate refuses what AWS refuses of indexes, at file:line:col' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  i1: {type: aws.dynamodb.table, name: i1, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}],
	       global_secondary_index: [{name: gsi, hash_key: day, projection_type: ALL}]}
	  i2: {type: aws.dynamodb.table, name: i2, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}, {name: day, type: S}, {name: at, type: N}],
	       global_secondary_index: [{name: gsi, hash_key: day, projection_type: ALL}]}
	  i3: {type: aws.dynamodb.table, name: i3, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}, {name: day, type: S}],
	       global_secondary_index: [{name: gsi, hash_key: day, projection_type: INCLUDE}]}
	  i4: {type: aws.dynamodb.table, name: i4, hash_key: id, read_capacity: 1, write_capacity: 1,
	       attribute: [{name: id, type: S}, {name: day, type: S}],
	       global_secondary_index: [{name: gsi, hash_key: day, projection_type: ALL}]}
	  i5: {type: aws.dynamodb.table, name: i5, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}, {name: day, type: S}],
	       local_secondary_index: [{name: lsi, range_key: day, projection_type: ALL}]}
	  i6: {type: aws.dynamodb.table, name: i6, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}, {name: day, type: S}],
	       global_secondary_index: [{name: gsi, hash_key: day, projection_type: EVERYTHING}]}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i1.*hash_key \"day\" of global_secondary_index\[0\] is not among attribute" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i2.*attribute \"at\" is neither hash_key nor range_key of the table or of an index" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i3.*projection_type INCLUDE needs non_key_attributes" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i4.*global_secondary_index\[0\] \(gsi\) of a PROVISIONED table needs read_capacity and write_capacity" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i5.*local_secondary_index needs a table with range_key" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*i6.*projection_type: \"EVERYTHING\" is not one of"
'

test_expect_success 'timing stand-in: tables with indexes made, an index added, one removed, capacities changed' '
	the_stack &&
	start_reality TERRACE_VAR_endpoint reality --counted --async-window 2 &&
	{ TERRACE_LOG=debug terrace apply -auto-approve >out 2>make.err &&
	  terrace plan -detailed-exitcode >plan1.out 2>&1 &&
	  INDEXES=v2 DAY_CAPACITY=2 the_stack &&
	  { INDEXES=v2 DAY_CAPACITY=2 terrace plan -detailed-exitcode >plan2.out 2>&1; test $? = 2; } &&
	  TERRACE_LOG=debug terrace apply -auto-approve >out2 2>change.err &&
	  terrace plan -detailed-exitcode >plan3.out 2>&1; };
	rc=$?; stop_reality TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_line plan1.out "No changes. Your infrastructure matches the configuration." &&
	test_line plan2.out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	test_not_contains plan2.out "must be replaced" &&
	test_line out2 "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_line plan3.out "No changes. Your infrastructure matches the configuration." &&
	reality_met reality.log creating deleting &&
	grep -q "creating dynamodb:DescribeTable t0246-events/by_state" reality.log &&
	grep -q "deleting dynamodb:DescribeTable t0246-runs/by_owner" reality.log &&
	test_match change.err "DynamoDB index by_state of table t0246-events to be ACTIVE" &&
	test_match change.err "DynamoDB index by_owner of table t0246-runs to be deleted" &&
	test_equal "by_day:day,started:INCLUDE:error,rows:2/2 by_state:status:KEYS_ONLY:1/1" "$(indexes t0246-events)" &&
	test_equal "by_status:pipeline,status:KEYS_ONLY" "$(indexes t0246-events LocalSecondaryIndexes)" &&
	test_equal "by_team:team:ALL" "$(indexes t0246-runs)" &&
	test_equal "id team" "$(json_get t0246-runs.json "\" \".join(sorted(a[\"AttributeName\"] for a in d[\"Table\"][\"AttributeDefinitions\"]))")"
'

export INDEXES=v2 DAY_CAPACITY=2

test_expect_success 'a changed local index replaces the table' '
	LSI_RANGE=day the_stack &&
	{ terrace plan -detailed-exitcode >out 2>err; rc=$?; the_stack; test $rc = 2; } &&
	test_line out "# events must be replaced" &&
	test_match out "~ local_secondary_index *= \[" &&
	test_match out "^ *\] # forces replacement" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy."
'

test_expect_success 'a key of the table changing type replaces it; a global index'"'"'s key, the index' '
	STARTED_TYPE=S the_stack &&
	{ terrace plan -detailed-exitcode >out 2>err; rc=$?; the_stack; test $rc = 2; } &&
	test_line out "# events must be replaced" &&
	test_match out "~ key_types *= \"pipeline:S,started:N\" -> \"pipeline:S,started:S\" # forces replacement" &&
	STATUS_TYPE=N the_stack &&
	{ terrace plan -detailed-exitcode >out 2>err; rc=$?; the_stack; test $rc = 2; } &&
	test_line out "# events must be replaced" &&
	test_match out "^ *~ name = \"by_status\" {$" &&
	test_match out "^ *~ \"range_key_type\" *= \"S\" -> \"N\"$" &&
	test_match out "^ *\] # forces replacement" &&
	test_not_contains out "key_types" &&
	TEAM_TYPE=N the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	TEAM_TYPE=N terrace apply -auto-approve >out 2>err &&
	test_equal N "$(ddb describe-table --table-name t0246-runs --query "Table.AttributeDefinitions[?AttributeName==\`team\`].AttributeType" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	the_stack &&
	terrace apply -auto-approve >out 2>err
'

test_expect_success 'an index removed outside terrace is drift, made again by apply' '
	ddb update-table --table-name t0246-events \
		--global-secondary-index-updates "[{\"Delete\": {\"IndexName\": \"by_state\"}}]" >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "by_state" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "by_day:day,started:INCLUDE:error,rows:2/2 by_state:status:KEYS_ONLY:1/1" "$(indexes t0246-events)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'an on-demand table turned PROVISIONED: its index gets its capacities in the same UpdateTable' '
	RUNS_PROVISIONED=1 the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_equal "by_team:team:ALL:3/2" "$(indexes t0246-runs)" &&
	test_equal PROVISIONED "$(json_get t0246-runs.json "d[\"Table\"][\"BillingModeSummary\"][\"BillingMode\"]")" &&
	test_equal 1 "$(grep -c "dynamodb UpdateTable" err)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_equal PAY_PER_REQUEST "$(ddb describe-table --table-name t0246-runs --query Table.BillingModeSummary.BillingMode --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name reads the indexes: no change' '
	terrace state rm events >out 2>err &&
	terrace import events t0246-events >out 2>err &&
	test_equal "[\"by_day\", \"by_state\"]" "$(json_get terrace.state.json "[i[\"name\"] for i in d[\"resources\"][\"events\"][\"attributes\"][\"global_secondary_index\"]]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a state dca701f wrote (key_types with the local keys, no range_key_type) plans no change, -refresh=false too' '
	cp terrace.state.json current.json &&
	python3 - <<-\PY &&
	import json
	d = json.load(open("terrace.state.json"))
	a = d["resources"]["events"]["attributes"]
	assert a["key_types"] == "pipeline:S,started:N"
	a["key_types"] = "pipeline:S,started:N,status:S"
	for i in a["local_secondary_index"]:
	    del i["range_key_type"]
	json.dump(d, open("terrace.state.json", "w"))
	PY
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	mv current.json terrace.state.json
'

test_expect_success 'a table applied by 85f6d4a (before indexes) plans no change, with -refresh=false too' '
	mkdir older &&
	ddb create-table --table-name t0246-older --billing-mode PAY_PER_REQUEST \
		--attribute-definitions AttributeName=id,AttributeType=S \
		--key-schema AttributeName=id,KeyType=HASH \
		--tags Key=terrace:stack,Value=t0246-older Key=terrace:workspace,Value=default >/dev/null &&
	write_stack older/stack.yaml && sed -i "s/^stack: .*/stack: t0246-older/" older/stack.yaml &&
	printf "resources:\n  older:\n    type: aws.dynamodb.table\n    name: t0246-older\n    billing_mode: PAY_PER_REQUEST\n    hash_key: id\n    attribute: [{name: id, type: S}]\n" >>older/stack.yaml &&
	# the state main at 85f6d4a writes for it (without the index lists and key_types)
	cat >older/terrace.state.json <<-EOF &&
	{"format_version": 1, "functions": "terraform", "lineage": "3010fa15-07bd-42c1-9429-43164aef3fcf",
	 "outputs": {}, "serial": 2, "terrace_version": "0.1.0",
	 "resources": {"older": {"type": "aws.dynamodb.table", "provider": "aws", "id": "t0246-older",
	  "status": "created", "created_at": "2026-11-26T05:42:09Z", "dependencies": [],
	  "sensitive_attributes": [],
	  "attributes": {"arn": "arn:aws:dynamodb:us-east-1:123456789012:table/t0246-older",
	   "attribute": [{"name": "id", "type": "S"}], "billing_mode": "PAY_PER_REQUEST",
	   "hash_key": "id", "name": "t0246-older", "point_in_time_recovery": {"enabled": false},
	   "stream_enabled": false,
	   "tags": {"terrace:stack": "t0246-older", "terrace:workspace": "default"}}}}}
	EOF
	(cd older && test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	(cd older && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'a table with indexes made outside terrace, imported: unset lists keep them; [] removes the global ones' '
	mkdir outside &&
	ddb create-table --table-name t0246-outside --billing-mode PAY_PER_REQUEST \
		--attribute-definitions AttributeName=id,AttributeType=S AttributeName=at,AttributeType=N \
			AttributeName=owner,AttributeType=S AttributeName=kind,AttributeType=S \
		--key-schema AttributeName=id,KeyType=HASH AttributeName=at,KeyType=RANGE \
		--global-secondary-indexes "[{\"IndexName\": \"by_owner\", \"KeySchema\": [{\"AttributeName\": \"owner\", \"KeyType\": \"HASH\"}], \"Projection\": {\"ProjectionType\": \"ALL\"}}]" \
		--local-secondary-indexes "[{\"IndexName\": \"by_kind\", \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}, {\"AttributeName\": \"kind\", \"KeyType\": \"RANGE\"}], \"Projection\": {\"ProjectionType\": \"KEYS_ONLY\"}}]" \
		--tags Key=terrace:stack,Value=t0246-outside Key=terrace:workspace,Value=default >/dev/null &&
	write_stack outside/stack.yaml && sed -i "s/^stack: .*/stack: t0246-outside/" outside/stack.yaml &&
	printf "resources:\n  outside:\n    type: aws.dynamodb.table\n    name: t0246-outside\n    billing_mode: PAY_PER_REQUEST\n    hash_key: id\n    range_key: at\n    attribute: [{name: id, type: S}, {name: at, type: N}]\n" >>outside/stack.yaml &&
	(cd outside && terrace import outside t0246-outside >../out 2>../err) &&
	(cd outside && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	(cd outside && test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	printf "    global_secondary_index: []\n" >>outside/stack.yaml &&
	(cd outside && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "by_owner" &&
	test_not_contains out "must be replaced" &&
	(cd outside && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete!" &&
	test_equal "" "$(indexes t0246-outside)" &&
	test_equal "by_kind:id,kind:KEYS_ONLY" "$(indexes t0246-outside LocalSecondaryIndexes)" &&
	(cd outside && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'destroy deletes both tables' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(ddb list-tables --query "length(TableNames)")"
'

test_done
