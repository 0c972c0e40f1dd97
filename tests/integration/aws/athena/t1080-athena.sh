#!/usr/bin/env bash
# t1080-athena: aws.athena.workgroup and aws.athena.named_query against moto
# (with tests/servers/moto_patches/athena_workgroups_named_queries.py, which
# gives moto UpdateWorkGroup, UpdateNamedQuery, DeleteNamedQuery and
# CreateNamedQuery's ClientRequestToken as Athena has them). A workgroup with
# its result location, SSE_KMS encryption, scan cutoff and tags, and a named
# query in it, read back with the AWS CLI; a second plan clean; settings,
# tags and the query's SQL changed in place; a database change replaces the
# query; drift made with the CLI shown and undone; bad settings refused at
# plan time; import by name and by id; a lost CreateNamedQuery answer still
# makes one query; a workgroup holding a query made outside terrace refuses
# to go without force_destroy; sweep finds the workgroup by its tags and
# deletes it with its query.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""
KEY=arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555

athena () {
	s3 athena "$@"
}

wg_field () {
	athena get-work-group --work-group "${WG:-movies-analysts}" --output json \
		--query "WorkGroup.$1"
}

wg_tags () {
	athena list-tags-for-resource --resource-arn \
		"arn:aws:athena:us-east-1:123456789012:workgroup/${WG:-movies-analysts}" \
		--output json --query Tags |
		python3 -c 'import json,sys
print(json.dumps({t["Key"]: t["Value"] for t in json.load(sys.stdin) or []}, sort_keys=True))'
}

query_id () {
	json_get terrace.state.json "d[\"resources\"][\"${1:-top}\"][\"id\"]"
}

nq_field () {
	athena get-named-query --named-query-id "$(query_id "${2:-top}")" --output text \
		--query "NamedQuery.$1"
}

# Named queries of a workgroup, one id a line.
wg_queries () {
	athena list-named-queries --work-group "$1" --output text --query "NamedQueryIds[]" |
		tr "\t" "\n" | sed "/^$/d"
}

athena_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: movies-analysts
	    description: ${DESC:-queries of the analysts}
	    output_location: ${OUT:-s3://movies-athena/results/}
	    encryption: SSE_KMS
	    kms_key: $KEY
	    bytes_scanned_cutoff_per_query: ${CUTOFF:-10000000000}
	    publish_cloudwatch_metrics: ${METRICS:-true}
	    tags: {team: ${TEAM:-bi}}
	  top:
	    type: aws.athena.named_query
	    name: top-rated
	    workgroup: \${wg.name}
	    database: ${DB:-movies}
	    description: the best films
	    query: ${SQL:-SELECT title FROM films ORDER BY rating DESC LIMIT 10}
	YAML
}

test_expect_success 'apply creates the workgroup and the query; the AWS CLI reads them back' '
	athena_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "\"s3://movies-athena/results/\"" "$(wg_field Configuration.ResultConfiguration.OutputLocation)" &&
	test_equal "\"SSE_KMS\"" "$(wg_field Configuration.ResultConfiguration.EncryptionConfiguration.EncryptionOption)" &&
	test_equal "\"$KEY\"" "$(wg_field Configuration.ResultConfiguration.EncryptionConfiguration.KmsKey)" &&
	test_equal 10000000000 "$(wg_field Configuration.BytesScannedCutoffPerQuery)" &&
	test_equal true "$(wg_field Configuration.EnforceWorkGroupConfiguration)" &&
	test_equal true "$(wg_field Configuration.PublishCloudWatchMetricsEnabled)" &&
	test_equal "\"queries of the analysts\"" "$(wg_field Description)" &&
	test_equal "{\"team\": \"bi\", $TT}" "$(wg_tags)" &&
	test_equal top-rated "$(nq_field Name)" &&
	test_equal movies-analysts "$(nq_field WorkGroup)" &&
	test_equal movies "$(nq_field Database)" &&
	test_equal "SELECT title FROM films ORDER BY rating DESC LIMIT 10" "$(nq_field QueryString)" &&
	test_equal "the best films" "$(nq_field Description)" &&
	test_equal "$(query_id)" "$(wg_queries movies-analysts)" &&
	test_equal "arn:aws:athena:us-east-1:123456789012:workgroup/movies-analysts" \
		"$(json_get terrace.state.json "d[\"resources\"][\"wg\"][\"attributes\"][\"arn\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'settings, tags and the SQL change in place' '
	CUTOFF=20000000 METRICS=false TEAM=ops OUT=s3://movies-athena/v2/ \
		SQL="SELECT title FROM films LIMIT 5" athena_stack &&
	old=$(query_id) &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ bytes_scanned_cutoff_per_query *= 10000000000 -> 20000000" &&
	test_match out "~ query *= \"SELECT title FROM films ORDER BY rating DESC LIMIT 10\" -> \"SELECT title FROM films LIMIT 5\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_equal 20000000 "$(wg_field Configuration.BytesScannedCutoffPerQuery)" &&
	test_equal false "$(wg_field Configuration.PublishCloudWatchMetricsEnabled)" &&
	test_equal "\"s3://movies-athena/v2/\"" "$(wg_field Configuration.ResultConfiguration.OutputLocation)" &&
	test_equal "{\"team\": \"ops\", $TT}" "$(wg_tags)" &&
	test_equal "SELECT title FROM films LIMIT 5" "$(nq_field QueryString)" &&
	test_equal "$old" "$(query_id)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new database replaces the query: one query in the workgroup after' '
	export CUTOFF=20000000 METRICS=false TEAM=ops OUT=s3://movies-athena/v2/ \
		SQL="SELECT title FROM films LIMIT 5" &&
	DB=movies_gold athena_stack &&
	old=$(query_id) &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# top must be replaced" &&
	test_match out "database *= \"movies\" -> \"movies_gold\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal movies_gold "$(nq_field Database)" &&
	test "$old" != "$(query_id)" &&
	test_equal "$(query_id)" "$(wg_queries movies-analysts)"
'

test_expect_success 'drift made with the aws CLI is shown and undone' '
	export CUTOFF=20000000 METRICS=false TEAM=ops OUT=s3://movies-athena/v2/ \
		SQL="SELECT title FROM films LIMIT 5" DB=movies_gold &&
	athena update-work-group --work-group movies-analysts --state DISABLED \
		--configuration-updates "{\"RemoveBytesScannedCutoffPerQuery\": true, \"ResultConfigurationUpdates\": {\"RemoveEncryptionConfiguration\": true}}" &&
	athena tag-resource --resource-arn arn:aws:athena:us-east-1:123456789012:workgroup/movies-analysts \
		--tags Key=extra,Value=x &&
	athena update-named-query --named-query-id "$(query_id)" --name top-rated \
		--query-string "SELECT 1" --description "the best films" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ state *= \"DISABLED\" -> \"ENABLED\"" &&
	test_match out "~ bytes_scanned_cutoff_per_query *= null -> 20000000" &&
	test_match out "~ encryption *= null -> \"SSE_KMS\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	test_match out "~ query *= \"SELECT 1\" -> \"SELECT title FROM films LIMIT 5\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "\"ENABLED\"" "$(wg_field State)" &&
	test_equal 20000000 "$(wg_field Configuration.BytesScannedCutoffPerQuery)" &&
	test_equal "\"SSE_KMS\"" "$(wg_field Configuration.ResultConfiguration.EncryptionConfiguration.EncryptionOption)" &&
	test_equal "{\"team\": \"ops\", $TT}" "$(wg_tags)" &&
	test_equal "SELECT title FROM films LIMIT 5" "$(nq_field QueryString)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# Issue 59's one update contract: an update converges from a live read, not
# from the state. The aws CLI adds a tag the state does not hold; the stack
# changes the description, and apply -refresh=false (the state as it was)
# must take the tag away as well: a diff of the state's tags against the
# stack's would send no tag call.
test_expect_success 'an update with -refresh=false corrects what changed outside terrace as well' '
	export CUTOFF=20000000 METRICS=false TEAM=ops OUT=s3://movies-athena/v2/ \
		SQL="SELECT title FROM films LIMIT 5" DB=movies_gold &&
	athena tag-resource --resource-arn arn:aws:athena:us-east-1:123456789012:workgroup/movies-analysts \
		--tags Key=extra,Value=x &&
	DESC="ad hoc queries" athena_stack &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "\"ad hoc queries\"" "$(wg_field Description)" &&
	test_equal "{\"team\": \"ops\", $TT}" "$(wg_tags)" &&
	athena_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'bad settings are refused at plan time, naming the resource and attribute' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: bad-wg
	    encryption: SSE_KMS
	YAML
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "kms_key must be set with encryption SSE_KMS" &&
	test_contains err "wg" &&
	sed -i "s/encryption: SSE_KMS/encryption: AES256/" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "encryption: \"AES256\" is not one of SSE_S3, SSE_KMS, CSE_KMS" &&
	sed -i "s/encryption: AES256/bytes_scanned_cutoff_per_query: 100/" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "bytes_scanned_cutoff_per_query: 100, where AWS takes at least 10000000" &&
	sed -i "s/bytes_scanned_cutoff_per_query: 100/output_location: \/tmp\/results/" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "output_location: \"/tmp/results\" is not an s3:// URI"
'

test_expect_success 'destroy refuses to take a query made outside terrace without force_destroy' '
	export CUTOFF=20000000 METRICS=false TEAM=ops OUT=s3://movies-athena/v2/ \
		SQL="SELECT title FROM films LIMIT 5" DB=movies_gold &&
	athena create-named-query --name by-hand --database movies --query-string "SELECT 2" \
		--work-group movies-analysts --output text --query NamedQueryId >hand.id &&
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "set force_destroy: true to delete its named queries and query history with it" &&
	test_equal "$(cat hand.id)" "$(wg_queries movies-analysts)" &&
	athena delete-named-query --named-query-id "$(cat hand.id)" &&
	terrace destroy -auto-approve >out 2>err &&
	test_expect_code 255 athena get-work-group --work-group movies-analysts >out 2>err &&
	test_contains err "is not found"
'

test_expect_success 'force_destroy deletes the workgroup with a query made outside terrace' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: scratch
	    force_destroy: true
	YAML
	terrace apply -auto-approve >out 2>err &&
	athena create-named-query --name by-hand --database movies --query-string "SELECT 2" \
		--work-group scratch --output text --query NamedQueryId >hand.id &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_expect_code 255 athena get-named-query --named-query-id "$(cat hand.id)" >out 2>err
'

test_expect_success 'a workgroup and a query made with the aws CLI are imported, then no changes' '
	rm -f terrace.state.json* &&
	athena create-work-group --name imported-wg --description "made by hand" \
		--configuration "{\"ResultConfiguration\": {\"OutputLocation\": \"s3://hand/out/\"}, \"EnforceWorkGroupConfiguration\": false, \"PublishCloudWatchMetricsEnabled\": true}" &&
	athena create-named-query --name daily --database movies --query-string "SELECT 3" \
		--work-group imported-wg --output text --query NamedQueryId >imp.id &&
	mkdir imp &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: imported-wg
	    description: made by hand
	    output_location: s3://hand/out/
	    enforce_workgroup_configuration: false
	    force_destroy: true
	  q:
	    type: aws.athena.named_query
	    name: daily
	    workgroup: \${wg.name}
	    database: movies
	    query: SELECT 3
	YAML
	cd imp &&
	terrace import wg imported-wg >../out 2>../err &&
	terrace import q "$(cat ../imp.id)" >../out 2>../err &&
	terrace plan >../out 2>../err; cd .. &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\+ \"terrace:stack\" *= \"$TEST_NAME\"" &&
	test_not_contains out "output_location" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_expect_code 255 athena get-work-group --work-group imported-wg >out 2>err
'

test_expect_success 'a lost CreateNamedQuery answer: the retry gets the same query, not a second' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: lossy
	  q:
	    type: aws.athena.named_query
	    name: once
	    workgroup: \${wg.name}
	    database: movies
	    query: SELECT 4
	YAML
	start_fault_proxy TERRACE_VAR_endpoint lost --match "AmazonAthena.CreateNamedQuery" \
		--fault drop_after --count 1 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 0 $rc &&
	test_match lost.log "^[0-9]+ drop_after .*AmazonAthena.CreateNamedQuery" &&
	test_equal 2 "$(grep -c "AmazonAthena.CreateNamedQuery" lost.log)" &&
	test_equal "$(query_id q)" "$(wg_queries lossy)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a lost CreateWorkGroup answer: the retry finds it made and adopts it' '
	mkdir lostwg &&
	write_stack lostwg/stack.yaml &&
	cat >>lostwg/stack.yaml <<-YAML &&
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: lost-answer
	    output_location: s3://movies-athena/lost/
	    tags: {team: bi}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint lostwg --match "AmazonAthena.CreateWorkGroup" \
		--fault drop_after --count 1 &&
	(cd lostwg && terrace apply -auto-approve >../out 2>../err);
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 0 $rc &&
	test_match lostwg.log "^[0-9]+ drop_after .*AmazonAthena.CreateWorkGroup" &&
	test_equal "{\"team\": \"bi\", $TT}" "$(WG=lost-answer wg_tags)" &&
	(cd lostwg && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'an apply interrupted after CreateNamedQuery adopts the query it made' '
	printf "  again:\n    type: aws.athena.named_query\n    name: twice\n    workgroup: lossy\n    database: movies\n    query: SELECT 5\n    depends_on: [wg]\n" >>stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint cut --match "AmazonAthena.CreateNamedQuery" \
		--fault drop_after --count 100 &&
	AWS_MAX_ATTEMPTS=1 terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 1 $rc &&
	test_equal pending "$(json_get terrace.state.json "d[\"resources\"][\"again\"][\"status\"]")" &&
	test_equal 2 "$(wg_queries lossy | wc -l)" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(wg_queries lossy | wc -l)" &&
	test_equal "SELECT 5" "$(nq_field QueryString again)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed."
'

test_expect_success 'sweep finds a lab workgroup by its tags and deletes it with its query' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1080
	resources:
	  wg:
	    type: aws.athena.workgroup
	    name: t1080-lab
	  q:
	    type: aws.athena.named_query
	    name: t1080-lab-query
	    workgroup: \${wg.name}
	    database: movies
	    query: SELECT 6
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	(cd lab && query_id q) >lab.id &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.athena.workgroup" &&
	test_contains found "t1080-lab" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_expect_code 255 athena get-work-group --work-group t1080-lab >out 2>err &&
	test_expect_code 255 athena get-named-query --named-query-id "$(cat lab.id)" >out 2>err
'

test_done
