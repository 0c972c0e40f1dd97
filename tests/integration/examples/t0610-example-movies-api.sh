#!/usr/bin/env bash
# t0610-example-movies-api: examples/movies-api applied unchanged against
# moto. It is made only of catalog modules (medallion-lake, scheduled-ingest,
# two glue-etl-job, two glue-catalog): validate, plan, apply, a second plan
# with no changes; then, with the AWS CLI, the three zones (versioned raw,
# folders, lifecycle), the ingest function with its layer, environment and
# schedule, the two Glue jobs running their uploaded scripts (the second
# started when the first succeeded), the two catalog databases and their
# Parquet tables; the analysts' Athena workgroup, its saved query and the two
# views of analysis.yaml (their ViewOriginalText decoded: Athena's JSON; the
# columns of top_rated made by a for expression from a list(string) variable,
# changed by -var as one update; its validation rules). The layer's pinned
# boto3 is installed by pip at plan from a wheelhouse the test builds
# (movies_api_offline_pip: offline), beside the layer's own modules. The ingest code (the function with its layer's modules)
# run locally against a stub API and moto writes the day's JSON lines file
# under raw/movies_api/yyyy/mm/dd/. A CSV export landing under raw/ reaches
# the landed function (landing.yaml: the bucket's notification, the queue
# with its dead-letter queue, the event source mapping; moto invokes the
# function as the message arrives, without running its code), and the
# function's code run locally on such a message starts the day's
# raw_to_trusted run. An edited job script plans as one
# replaced artifact and one updated job. Destroy leaves nothing. A project
# name S3 would refuse is refused first by the variable's validation rules.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

# The Glue and Lambda roles attach AWS managed policies, which moto knows
# only when asked to load them.
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_VAR_region=us-east-1
export TERRACE_VAR_project=alice-movies
copy_example movies-api || test_fail_setup "cannot copy examples/movies-api"
movies_api_offline_pip || test_fail_setup "cannot make the wheelhouse of the ingest layer"
export PYTHONDONTWRITEBYTECODE=1

test_expect_success 'movies-api: validate' '
	terrace validate >out 2>err &&
	test_match out "^Success! The stack is valid \(10 resources, 6 module calls\)\."
'

test_expect_success 'movies-api: a project S3 would refuse is refused by its validation rules, both' '
	test_expect_code 1 terrace validate -var project=Alice_Movies >out 2>err &&
	test_line err "./main.yaml:29:20: error: variable \"project\": project must be lower-case (it starts the bucket names, which S3 wants lower-case)" &&
	test_line err "./main.yaml:31:20: error: variable \"project\": project must not hold \"_\" (it starts the bucket names, which S3 refuses it in)" &&
	TERRACE_VAR_project=alice_movies test_expect_code 1 terrace plan >out 2>err &&
	test_line err "the value TERRACE_VAR_project fails this validation rule; var.project is \"alice_movies\"" &&
	test_not_contains err "lower-case"
'

test_expect_success 'movies-api: plan creates every module resource, script locations known' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	for r in module.lake.raw module.lake.silver module.lake.gold \
		module.movies_ingest.layer module.movies_ingest.function module.movies_ingest.schedule \
		module.raw_to_trusted.job "module.raw_to_trusted.schedule[0]" \
		module.trusted_to_refined.job "module.trusted_to_refined.after[0]" \
		module.trusted_catalog.database "module.trusted_catalog.table[\"ratings\"]" \
		"module.refined_catalog.table[\"movie_ratings\"]" \
		analysts top_rated popularity_trend load_partitions \
		landed_dlq landed landed_notify landed_role landed_fn landed_mapping
	do
		test_line plan.out "# $r will be created" || return 1
	done &&
	for s in raw_to_trusted trusted_to_refined; do
		key=$(artifact_key glue/scripts/ jobs/$s.py) &&
		test_line plan.out "+ key            = \"$key\"" || return 1
	done &&
	test_line plan.out "Plan: 32 to add, 0 to change, 0 to destroy."
'

test_expect_success 'movies-api: apply, its outputs, then a second plan has nothing to do' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 32 added, 0 changed, 0 destroyed." &&
	terrace output -json >outputs.json &&
	check_json outputs.json <<-\PY &&
	out = {k: v["value"] for k, v in d.items()}
	expect("zones", out["zones"], ["alice-movies-raw", "alice-movies-trusted", "alice-movies-refined"])
	expect("api", out["raw_api_location"], "s3://alice-movies-raw/raw/movies_api/")
	expect("function", out["ingest_function"], "alice-movies-movies-ingest")
	expect("jobs", out["jobs"], ["alice-movies-raw-to-trusted", "alice-movies-trusted-to-refined"])
	expect("databases", out["databases"], ["alice_movies_trusted", "alice_movies_refined"])
	expect("workgroup", out["athena_workgroup"], "alice-movies-analysts")
	PY
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'movies-api: the zones, their folders and lifecycle' '
	test_equal Enabled "$(bucket_versioning alice-movies-raw)" &&
	bucket_exists alice-movies-refined &&
	# negatives: no run of terrace (a setting of the bucket the apply made, there: bucket_exists)
	test_equal "" "$(bucket_versioning alice-movies-refined)" &&
	bucket_keys alice-movies-raw >keys &&
	{
		printf "%s\n" glue/scripts/ raw/links/ raw/movies/ raw/movies_api/ raw/ratings/ &&
		for s in raw_to_trusted trusted_to_refined; do artifact_key glue/scripts/ jobs/$s.py; done
	} | sort >expect &&
	test_cmp expect keys &&
	printf "%s\n" api_movies/ movies/ ratings/ >expect &&
	bucket_keys alice-movies-trusted >keys && test_cmp expect keys &&
	cli s3api get-bucket-lifecycle-configuration --bucket alice-movies-raw >rules.json &&
	check_json rules.json <<-\PY &&
	rules = {r["ID"]: r for r in d["Rules"]}
	expect("rules", sorted(rules), ["expire-tmp", "raw-aging"])
	expect("tmp", rules["expire-tmp"].get("Filter", {}).get("Prefix", rules["expire-tmp"].get("Prefix")), "glue/tmp/")
	expect("to IA", rules["raw-aging"]["Transitions"][0]["StorageClass"], "STANDARD_IA")
	PY
	bucket_tags alice-movies-trusted >tags &&
	test_line tags "project=alice-movies" && test_line tags "tier=silver" && test_line tags "zone=trusted"
'

test_expect_success 'movies-api: the ingest function, its layer and its schedule' '
	cli lambda get-function --function-name alice-movies-movies-ingest >fn.json &&
	cli scheduler get-schedule --name alice-movies-movies-ingest >schedule.json &&
	check_json fn.json schedule.json <<-\PY
	fn, schedule = d
	conf = fn["Configuration"]
	expect("layers", [l["Arn"] for l in conf["Layers"]], [st["module.movies_ingest.layer"]["arn"]])
	expect("env", conf["Environment"]["Variables"], {"BUCKET": "alice-movies-raw",
	       "RAW_PREFIX": "raw/movies_api/", "SOURCE_NAME": "movies_api", "MAX_PAGES": "20",
	       "API_URL": "https://movies.example.com/api/v1/movies/popular"})
	expect("timeout", conf["Timeout"], 120)
	expect("schedule", (schedule["ScheduleExpression"], schedule["Target"]["Arn"]),
	       ("cron(0 1 * * ? *)", conf["FunctionArn"]))
	PY
'

test_expect_success 'movies-api: the layer holds the pinned boto3 pip installed and the layer'"'"'s modules' '
	layer=$(echo .terrace/build/[0-9a-f]*/python-*/python) &&
	test -d "$layer" &&
	test_contains "$layer/boto3/__init__.py" "boto3 stand-in" &&
	test -d "$layer/boto3-$(sed -n "s/^boto3==//p" ingest/requirements.txt).dist-info" &&
	test_cmp ingest/layer/python/movies_ingest/api.py "$layer/movies_ingest/api.py" &&
	test_cmp ingest/layer/python/movies_ingest/partition.py "$layer/movies_ingest/partition.py" &&
	cli lambda get-layer-version --layer-name alice-movies-movies-ingest-lib \
		--version-number "$(json_get terrace.state.json \
		"d[\"resources\"][\"module.movies_ingest.layer\"][\"attributes\"][\"version\"]")" >layer.json &&
	check_json layer.json <<-\PY
	expect("content", d["Content"]["CodeSha256"], st["module.movies_ingest.layer"]["code_sha256"])
	build = st["module.movies_ingest.layer"]["build"]
	expect("inputs", sorted(k for k in build["input_digests"] if not k.startswith("(")),
	       ["ingest/layer/python/movies_ingest/__init__.py",
	        "ingest/layer/python/movies_ingest/api.py",
	        "ingest/layer/python/movies_ingest/partition.py", "ingest/requirements.txt"])
	PY
'

test_expect_success 'movies-api: the two jobs run their uploaded scripts, the second after the first' '
	cli glue get-jobs >jobs.json && cli glue get-triggers >triggers.json &&
	check_json jobs.json triggers.json <<-\PY &&
	jobs, triggers = d
	jobs = {j["Name"]: j for j in jobs["Jobs"]}
	expect("jobs", sorted(jobs), ["alice-movies-raw-to-trusted", "alice-movies-trusted-to-refined"])
	r2t = jobs["alice-movies-raw-to-trusted"]
	expect("script", r2t["Command"]["ScriptLocation"], st["module.raw_to_trusted.script_file"]["uri"])
	expect("args", r2t["DefaultArguments"], {"--job-language": "python",
	       "--raw_bucket": "alice-movies-raw", "--trusted_bucket": "alice-movies-trusted",
	       "--run_date": "yesterday", "--TempDir": "s3://alice-movies-raw/glue/tmp/"})
	expect("role", r2t["Role"], st["module.raw_to_trusted.role"]["arn"])
	triggers = {t["Name"]: t for t in triggers["Triggers"]}
	expect("schedule", triggers["alice-movies-raw-to-trusted-schedule"]["Schedule"], "cron(0 3 * * ? *)")
	after = triggers["alice-movies-trusted-to-refined-after"]
	expect("after", [c["JobName"] for c in after["Predicate"]["Conditions"]], ["alice-movies-raw-to-trusted"])
	PY
	s3 s3 cp --quiet "$(state_attr module.trusted_to_refined.script_file uri)" got.py &&
	test_cmp jobs/trusted_to_refined.py got.py
'

test_expect_success 'movies-api: the catalog over the trusted and refined zones' '
	cli glue get-tables --database-name alice_movies_trusted >trusted.json &&
	cli glue get-tables --database-name alice_movies_refined >refined.json &&
	check_json trusted.json refined.json <<-\PY
	trusted, refined = ({t["Name"]: t for t in x["TableList"]} for x in d)
	expect("trusted", sorted(trusted), ["api_movies", "movies", "ratings"])
	expect("refined", sorted(refined), ["movie_ratings", "popularity_trend", "top_rated"])
	views = {n: refined.pop(n) for n in ("popularity_trend", "top_rated")}
	for name, t in list(trusted.items()) + list(refined.items()):
	    expect(name + " format", t["Parameters"].get("classification"), "parquet")
	    expect(name + " partition", [k["Name"] for k in t["PartitionKeys"]], ["ingest_date"])
	expect("ratings", trusted["ratings"]["StorageDescriptor"]["Location"], "s3://alice-movies-trusted/ratings")
	expect("movie_ratings", [c["Name"] for c in refined["movie_ratings"]["StorageDescriptor"]["Columns"]],
	       ["movie_id", "title", "ratings_count", "average_rating", "popularity"])
	import base64
	for name, t in views.items():
	    expect(name + " type", t["TableType"], "VIRTUAL_VIEW")
	    expect(name + " params", t["Parameters"], {"presto_view": "true", "comment": "Presto View"})
	    expect(name + " expanded", t["ViewExpandedText"], "/* Presto View */")
	    text = t["ViewOriginalText"]
	    expect(name + " text", (text[:16], text[-3:]), ("/* Presto View: ", " */"))
	    view = json.loads(base64.b64decode(text[16:-3]))
	    expect(name + " keys", list(view), ["originalSql", "catalog", "schema", "columns"])
	    expect(name + " schema", (view["catalog"], view["schema"]), ("awsdatacatalog", "alice_movies_refined"))
	    expect(name + " from", "FROM movie_ratings" in view["originalSql"], True)
	expect("top_rated columns", json.loads(base64.b64decode(views["top_rated"]["ViewOriginalText"][16:-3]))["columns"],
	       [{"name": "title", "type": "varchar"}, {"name": "average_rating", "type": "double"},
	        {"name": "ratings_count", "type": "bigint"}])
	expect("top_rated hive columns", [(c["Name"], c["Type"]) for c in views["top_rated"]["StorageDescriptor"]["Columns"]],
	       [("title", "string"), ("average_rating", "double"), ("ratings_count", "bigint")])
	PY
'

test_expect_success 'movies-api: the view'"'"'s columns from a list variable: the for expression makes its blocks, one update' '
	terrace plan -no-color -var "top_rated_columns=[\"title\", \"popularity\"]" \
		-var top_rated_min_ratings=100 >cols.out 2>cols.err &&
	test_line cols.out "# top_rated will be updated in-place" &&
	test_line cols.out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match cols.out "SELECT title, popularity FROM movie_ratings" &&
	test_match cols.out "ratings_count >= 100" &&
	terrace apply -auto-approve -var "top_rated_columns=[\"title\", \"popularity\"]" \
		-var top_rated_min_ratings=100 >cols-apply.out 2>cols-apply.err &&
	cli glue get-table --database-name alice_movies_refined --name top_rated >view.json &&
	check_json view.json <<-\PY &&
	import base64
	t = d["Table"]
	expect("columns", json.loads(base64.b64decode(t["ViewOriginalText"][16:-3]))["columns"],
	       [{"name": "title", "type": "varchar"}, {"name": "popularity", "type": "double"}])
	expect("hive columns", [(c["Name"], c["Type"]) for c in t["StorageDescriptor"]["Columns"]],
	       [("title", "string"), ("popularity", "double")])
	PY
	terrace apply -auto-approve >back.out 2>back.err &&
	test_line back.out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan3.out 2>plan3.err
'

test_expect_success 'movies-api: the view'"'"'s variables are refused by their validation rules, naming the bad column' '
	test_expect_code 1 terrace validate -var "top_rated_columns=[\"title\", \"rating\"]" \
		-var top_rated_min_ratings=0.5 >out 2>err &&
	test_match err "^\./main\.yaml:[0-9]+:[0-9]+: error: variable \"top_rated_columns\": top_rated_columns: rating is not a column of movie_ratings\$" &&
	test_match err "^\./main\.yaml:[0-9]+:[0-9]+: error: variable \"top_rated_min_ratings\": top_rated_min_ratings must be a whole number of at least 1, not 0\.5\$" &&
	test_expect_code 1 terrace plan -var "top_rated_columns=[]" >out 2>err &&
	test_match err "top_rated_columns must name at least one column"
'

test_expect_success 'movies-api: the Athena workgroup of the analysts and its saved query' '
	cli athena get-work-group --work-group alice-movies-analysts >wg.json &&
	cli athena get-named-query --named-query-id "$(json_get terrace.state.json "d[\"resources\"][\"load_partitions\"][\"id\"]")" >nq.json &&
	check_json wg.json nq.json <<-\PY
	wg, nq = d
	conf = wg["WorkGroup"]["Configuration"]
	expect("results", conf["ResultConfiguration"], {"OutputLocation": "s3://alice-movies-refined/athena-results/",
	       "EncryptionConfiguration": {"EncryptionOption": "SSE_S3"}})
	expect("cutoff", conf["BytesScannedCutoffPerQuery"], 10000000000)
	expect("enforced", conf["EnforceWorkGroupConfiguration"], True)
	nq = nq["NamedQuery"]
	expect("query", (nq["Name"], nq["WorkGroup"], nq["Database"], nq["QueryString"]),
	       ("load new partitions", "alice-movies-analysts", "alice_movies_refined", "MSCK REPAIR TABLE movie_ratings"))
	PY
'

test_expect_success 'movies-api: the ingest code puts a pull of the API under raw/movies_api/yyyy/mm/dd/' '
	mkdir -p api &&
	printf "%s\n" "{\"page\": 1, \"total_pages\": 1, \"results\": [{\"id\": 949, \"title\": \"Heat\", \"popularity\": 41.5}, {\"id\": 862, \"title\": \"Toy Story\", \"popularity\": 88.2}]}" >api/popular &&
	servers_start_static api api &&
	api_pid=$SERVERS_STARTED_PID port=$SERVERS_STARTED_PORT &&
	json_get fn.json "\"\\n\".join(\"export %s=%s\" % (k, __import__(\"shlex\").quote(v))
		for k, v in d[\"Configuration\"][\"Environment\"][\"Variables\"].items())" >env.sh &&
	(
		. ./env.sh &&
		export API_URL=http://127.0.0.1:$port/popular AWS_ENDPOINT_URL=$MOTO_ENDPOINT \
			AWS_ACCESS_KEY_ID=$MOTO_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_SECRET_KEY \
			AWS_DEFAULT_REGION=us-east-1 PYTHONPATH=ingest/layer/python:ingest/function &&
		python3 -c "import handler; handler.handler({\"run_date\": \"2024-03-01\"}, None)"
	) >run.out 2>run.err &&
	servers_stop "$api_pid" &&
	bucket_keys alice-movies-raw >keys &&
	test_match keys "^raw/movies_api/2024/03/01/movies_api-[0-9]{6}\.jsonl$" &&
	s3 s3 cp --quiet "s3://alice-movies-raw/$(grep "^raw/movies_api/2024/" keys)" pulled.jsonl &&
	python3 -c "import json
rows = [json.loads(line) for line in open(\"pulled.jsonl\")]
assert [(r[\"id\"], r[\"title\"]) for r in rows] == [(949, \"Heat\"), (862, \"Toy Story\")], rows"
'

test_expect_success 'movies-api: a CSV export landing under raw/ goes through the queue to the landed function, which starts the day'"'"'s job' '
	cli s3api get-bucket-notification-configuration --bucket alice-movies-raw >notify.json &&
	cli lambda get-event-source-mapping --uuid "$(state_attr landed_mapping uuid)" >mapping.json &&
	cli sqs get-queue-attributes --queue-url "$(state_attr landed url)" --attribute-names All >landed.json &&
	check_json notify.json mapping.json landed.json <<-\PY &&
	notify, mapping, landed = d
	q = notify["QueueConfigurations"][0]
	expect("queue", [q["Id"], q["QueueArn"], q["Events"]], ["csv-landed", st["landed"]["arn"], ["s3:ObjectCreated:*"]])
	expect("filter", sorted((r["Name"].lower(), r["Value"]) for r in q["Filter"]["Key"]["FilterRules"]),
	       [("prefix", "raw/"), ("suffix", ".csv")])
	expect("mapping", [mapping["EventSourceArn"], mapping["FunctionArn"], mapping["State"], mapping["BatchSize"],
	                   mapping["FunctionResponseTypes"], mapping["ScalingConfig"]["MaximumConcurrency"]],
	       [st["landed"]["arn"], st["landed_fn"]["arn"], "Enabled", 10, ["ReportBatchItemFailures"], 2])
	expect("redrive", json.loads(landed["Attributes"]["RedrivePolicy"]),
	       {"deadLetterTargetArn": st["landed_dlq"]["arn"], "maxReceiveCount": 5})
	expect("visibility", landed["Attributes"]["VisibilityTimeout"], "360")
	PY
	printf "userId,movieId,rating,timestamp\n1,949,4.5,1709251200\n" >ratings.csv &&
	s3 s3 cp --quiet ratings.csv s3://alice-movies-raw/raw/ratings/2024/03/02/ratings.csv &&
	for q in landed landed_dlq; do
		# negatives: no run of terrace (the queues the apply made answer: without one the CLI fails, no 0)
		test_equal 0 "$(cli sqs get-queue-attributes --queue-url "$(state_attr $q url)" \
			--attribute-names ApproximateNumberOfMessages --query Attributes.ApproximateNumberOfMessages --output text)" || return 1
	done &&
	(
		export JOB_NAME=alice-movies-raw-to-trusted AWS_ENDPOINT_URL=$MOTO_ENDPOINT \
			AWS_ACCESS_KEY_ID=$MOTO_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_SECRET_KEY \
			AWS_DEFAULT_REGION=us-east-1 PYTHONPATH=ingest/landed &&
		python3 -c "import json, handler
s3 = {\"Records\": [{\"s3\": {\"object\": {\"key\": \"raw/ratings/2024/03/02/ratings.csv\"}}},
                    {\"s3\": {\"object\": {\"key\": \"raw/movies/2024/03/02/movies.csv\"}}}]}
event = {\"Records\": [{\"messageId\": \"m1\", \"body\": json.dumps(s3)},
                       {\"messageId\": \"m2\", \"body\": json.dumps({\"Event\": \"s3:TestEvent\"})}]}
print(json.dumps(handler.handler(event, None)))"
	) >landed-run.out 2>landed-run.err &&
	test_line landed-run.out "{\"batchItemFailures\": []}" &&
	test_equal 1 "$(grep -c "\"started\": \"alice-movies-raw-to-trusted\", \"run_date\": \"2024-03-02\"" landed-run.out)" &&
	cli glue get-job-runs --job-name alice-movies-raw-to-trusted >runs.json &&
	test_equal "[\"2024-03-02\"]" "$(json_get runs.json "[r[\"Arguments\"][\"--run_date\"] for r in d[\"JobRuns\"] if r[\"Arguments\"].get(\"--run_date\") == \"2024-03-02\"]")"
'

test_expect_success 'movies-api: an edited job script replaces its artifact and updates its job, nothing else' '
	old_key=$(artifact_key glue/scripts/ jobs/trusted_to_refined.py) &&
	printf "\n# v2: round the averages to 2 digits\n" >>jobs/trusted_to_refined.py &&
	new_key=$(artifact_key glue/scripts/ jobs/trusted_to_refined.py) &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >edit.out 2>edit.err &&
	test_line edit.out "# module.trusted_to_refined.script_file must be replaced" &&
	test_line edit.out "~ key            = \"$old_key\" -> \"$new_key\" # forces replacement" &&
	test_line edit.out "# module.trusted_to_refined.job will be updated in-place" &&
	test_equal 2 "$(grep -cE "^ *# [^ ]+ (will|must) be" edit.out)" &&
	test_line edit.out "Plan: 1 to add, 1 to change, 1 to destroy." &&
	terrace apply -auto-approve >edit-apply.out 2>edit-apply.err &&
	test_equal "s3://alice-movies-raw/$new_key" \
		"$(cli glue get-job --job-name alice-movies-trusted-to-refined --query Job.Command.ScriptLocation --output text)"
'

test_expect_success 'movies-api: destroy leaves nothing in S3, Lambda, Scheduler, Glue or IAM' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 32 destroyed." &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	nothing_left lambda list-functions --query "Functions[].FunctionName" &&
	nothing_left lambda list-layers --query "Layers[].LayerName" &&
	nothing_left scheduler list-schedules --query "Schedules[].Name" &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left glue get-triggers --query "Triggers[].Name" &&
	nothing_left glue get-databases --query "DatabaseList[].Name" &&
	nothing_left athena list-work-groups --query "WorkGroups[?Name!=\`primary\`].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	nothing_left sqs list-queues --query "QueueUrls" &&
	nothing_left lambda list-event-source-mappings --query "EventSourceMappings[].UUID"
'

test_done
