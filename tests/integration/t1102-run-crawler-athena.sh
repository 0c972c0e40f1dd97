#!/usr/bin/env bash
# t1102-run-crawler-athena: `terrace run` on a Glue crawler and an Athena
# named query against moto. A crawl moves RUNNING -> READY under moto's state
# manager (glue::crawl); its last crawl's status and the tables it created
# (moto_patches/glue_crawls.py: a table per S3 target; a crawler described
# "moto-crawl-fails: ..." fails) end the run; an interrupt stops it with
# StopCrawler (CANCELLED). A named query runs as deployed in its workgroup and
# database; its result (moto's result queue) printed as a table, and as
# columns and row events with -json (checked against the schema); a query on
# a table the catalog lacks fails with Athena's TABLE_NOT_FOUND message
# (moto_patches/athena_query_missing_table.py).
. "$(dirname "$0")/lib.sh"

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
	test_contains out "Apply complete! Resources: 7 added"
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

test_done
