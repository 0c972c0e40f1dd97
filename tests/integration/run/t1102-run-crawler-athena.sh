#!/usr/bin/env bash
# t1102-run-crawler-athena: `terrace run` on a Glue crawler, a Glue trigger and an Athena
# named query against moto. A crawl moves RUNNING -> READY under moto's state
# manager (glue::crawl); its last crawl's status and the tables it created
# (moto_patches/glue_crawls.py: a table per S3 target; a crawler described
# "moto-crawl-fails: ..." fails) end the run; an interrupt stops it with
# StopCrawler (CANCELLED). A named query runs as deployed in its workgroup and
# database; its result (moto's result queue) printed as a table, and as
# columns and row events with -json (checked against the schema); a query on
# a table the catalog lacks fails with Athena's TABLE_NOT_FOUND message
# (moto_patches/athena_query_missing_table.py). An ON_DEMAND Glue trigger
# starts its jobs' runs (moto_patches/glue_job_runs.py) and each is followed
# to its end; one that fails fails the run; a SCHEDULED trigger is refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ROLE=arn:aws:iam::123456789012:role/glue-crawler

write_stack stack.yaml
cat >>stack.yaml <<YAML
resources:
  lake_db:
    type: aws.glue.database
    name: lake
  films:
    type: aws.glue.table
    database: \${lake_db.name}
    name: films
    table_type: EXTERNAL_TABLE
    storage_descriptor:
      location: "s3://movies/films/"
      columns:
        - {name: title, type: string}
        - {name: rating, type: double}
  orders_crawler:
    type: aws.glue.crawler
    name: orders-crawler
    role: "$ROLE"
    database_name: \${lake_db.name}
    s3_targets:
      - {path: "s3://lake/raw/orders/"}
      - {path: "s3://lake/raw/customers/"}
  broken_crawler:
    type: aws.glue.crawler
    name: broken-crawler
    role: "$ROLE"
    database_name: \${lake_db.name}
    description: "moto-crawl-fails: Insufficient Lake Formation permission(s) on lake"
    s3_targets:
      - {path: "s3://lake/raw/broken/"}
  extract:
    type: aws.glue.job
    name: extract-orders
    role: "$ROLE"
    command: {script_location: "s3://lake/jobs/extract.py"}
  load:
    type: aws.glue.job
    name: load-orders
    role: "$ROLE"
    command: {script_location: "s3://lake/jobs/load.py"}
  kick:
    type: aws.glue.trigger
    name: kick-orders
    trigger_type: ON_DEMAND
    actions:
      - job_name: \${extract.name}
        arguments: {"--day": "2024-01-31"}
      - job_name: \${load.name}
  kick_broken:
    type: aws.glue.trigger
    name: kick-broken
    trigger_type: ON_DEMAND
    actions:
      - job_name: \${load.name}
        arguments: {"--moto-final-state": "FAILED", "--moto-error-message": "no orders for 2024-01-31"}
  nightly:
    type: aws.glue.trigger
    name: nightly-orders
    trigger_type: SCHEDULED
    schedule: "cron(0 2 * * ? *)"
    actions:
      - job_name: \${extract.name}
  wg:
    type: aws.athena.workgroup
    name: analysts
    output_location: s3://movies/athena/
  top:
    type: aws.athena.named_query
    name: top-rated
    workgroup: \${wg.name}
    database: \${lake_db.name}
    query: SELECT title, rating FROM films ORDER BY rating DESC LIMIT 2
  missing:
    type: aws.athena.named_query
    name: missing-table
    workgroup: \${wg.name}
    database: \${lake_db.name}
    query: SELECT count(*) FROM lake.ratings
YAML

test_expect_success 'apply' '
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 12 added"
'

test_expect_success 'a crawl runs to its end: SUCCEEDED and the tables it created' '
	moto_transition glue::crawl "{\"progression\": \"time\", \"seconds\": 1}" &&
	terrace run orders_crawler >out 2>err &&
	test_line err "orders_crawler: RUNNING" &&
	test_line err "orders_crawler: SUCCEEDED" &&
	test_match err "^orders_crawler: orders-crawler SUCCEEDED in [0-9]* s$" &&
	terrace run orders_crawler -json >crawl.jsonl 2>err &&
	check_run_events crawl.jsonl &&
	test_contains crawl.jsonl "{\"name\":\"tables_created\",\"time\":" &&
	test_contains crawl.jsonl "\"details\":{\"tables_created\":2,\"tables_deleted\":0,\"tables_updated\":0}"
'

test_expect_success 'a failed crawl exits 1 with its error message' '
	test_expect_code 1 terrace run broken_crawler >out 2>err &&
	test_match err "^Error: broken_crawler: broken-crawler FAILED in [0-9]* s: crawler broken-crawler: last crawl FAILED: Insufficient Lake Formation permission\(s\) on lake$"
'

test_expect_success 'an interrupt stops the crawl (StopCrawler): CANCELLED, exit 1' '
	moto_transition glue::crawl "{\"progression\": \"manual\", \"times\": 1000000}" &&
	rm -f out err &&
	{ "$TERRACE" run orders_crawler >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "orders_crawler: RUNNING" $pid &&
	kill -INT $pid &&
	wait_for_line err "Interrupt received: stopping the run" $pid &&
	moto_transition glue::crawl "{\"progression\": \"immediate\"}" &&
	test_expect_code 1 wait $pid &&
	test_match err "^Error: orders_crawler: orders-crawler CANCELLED in [0-9]* s: crawler orders-crawler: last crawl CANCELLED$"
'

test_expect_success 'a named query runs in its workgroup: its result as a table' '
	result="{\"rows\": [
		{\"Data\": [{\"VarCharValue\": \"title\"}, {\"VarCharValue\": \"rating\"}]},
		{\"Data\": [{\"VarCharValue\": \"Alien\"}, {\"VarCharValue\": \"8.5\"}]},
		{\"Data\": [{\"VarCharValue\": \"Heat\"}, {}]}],
		\"column_info\": [{\"Name\": \"title\", \"Type\": \"varchar\"}, {\"Name\": \"rating\", \"Type\": \"double\"}]}" &&
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/static/athena/query-results" \
		-d "{\"results\": [$result, $result]}" >/dev/null &&
	terrace run top >out 2>err &&
	printf "title | rating\nAlien | 8.5\nHeat | NULL\n" >expect &&
	test_cmp expect out &&
	test_match err "^top: [0-9a-f-]* SUCCEEDED in [0-9]* s$" &&
	qid=$(sed -n "s/^top: started //p" err) &&
	s3 athena get-query-execution --query-execution-id "$qid" --output json >q.json &&
	test_contains q.json "\"WorkGroup\": \"analysts\"" &&
	test_contains q.json "\"Database\": \"lake\"" &&
	terrace run top -json >q.jsonl 2>err &&
	check_run_events q.jsonl &&
	test_contains q.jsonl "{\"names\":[\"title\",\"rating\"],\"time\":" &&
	test_contains q.jsonl "\"type\":\"row\",\"values\":[\"Alien\",\"8.5\"]}"
'

test_expect_success 'a query on a table the catalog lacks exits 1 with Athena'"'"'s message' '
	test_expect_code 1 terrace run missing >out 2>err &&
	test_match err "^Error: missing: [0-9a-f-]* FAILED in [0-9]* s: athena query [0-9a-f-]* FAILED: TABLE_NOT_FOUND: line 1:22: Table .awsdatacatalog.lake.ratings. does not exist$"
'

test_expect_success 'an ON_DEMAND trigger: the runs it started, each followed to its end' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1}" &&
	terrace run kick >out 2>err &&
	test_match err "^kick-orders started extract-orders run jr_[0-9a-f]*$" &&
	test_match err "^kick-orders started load-orders run jr_[0-9a-f]*$" &&
	test_match err "^kick: kick-orders SUCCEEDED in [0-9]* s" &&
	run_id=$(sed -n "s/^kick-orders started extract-orders run //p" err) &&
	s3 glue get-job-run --job-name extract-orders --run-id "$run_id" --output json >run.json &&
	test_contains run.json "\"--day\": \"2024-01-31\"" &&
	test_contains run.json "\"TriggerName\": \"kick-orders\""
'

test_expect_success 'a run the trigger started fails: exit 1 with its message; a SCHEDULED trigger is refused' '
	test_expect_code 1 terrace run kick_broken >out 2>err &&
	test_match err "^Error: kick_broken: kick-broken FAILED in [0-9]* s, .*: glue job run jr_[0-9a-f]* FAILED: no orders for 2024-01-31$" &&
	test_expect_code 1 terrace run nightly >out 2>err &&
	test_contains err "trigger nightly-orders is SCHEDULED: only an ON_DEMAND trigger starts its jobs when started"
'

test_done
