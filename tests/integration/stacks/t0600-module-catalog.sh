#!/usr/bin/env bash
# t0600-module-catalog: every module of modules/ applied from a small root
# stack of its own that takes it with `source: terrace/NAME`, against moto,
# and for airflow-host also an OpenSSH server and PostgreSQL. For each: the
# plan, the apply, the outputs, what the AWS CLI (or ssh, psql) sees, a
# second plan with no changes, one input changed planning exactly the
# update it should (then applied), and a destroy that leaves nothing.
#
#   medallion-lake    three zone buckets: versioning on raw only, lifecycle
#                     rules, folders, tags merged with the caller's
#   glue-etl-job      two jobs: script artifact, role (glue trust, bucket
#                     access from the bucket lists), arguments merged with
#                     the module's, a scheduled trigger on one and an
#                     "after the first succeeded" trigger on the other
#   scheduled-ingest  the function with its layer and environment, its role,
#                     the schedule invoking it through the scheduler's role
#   glue-catalog      a database over a zone prefix, a Parquet table (with
#                     a partition key) and an Iceberg table from a map
#   airflow-host      DAGs on the host byte for byte, connection, variable
#                     and metadata-database secrets under airflow/, the
#                     backup cron block; the block's command run on the host
#                     puts a pg_dump of the metadata database in S3. The
#                     passwords are in no output, state or crontab.
#
# The cron job goes to the login user's crontab, this file's own
# (own_crontabs: a private cron spool).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

own_crontabs

# The Glue and Lambda roles attach AWS managed policies, which moto knows
# only when asked to load them.
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto
start_postgres || test_fail_setup "postgres did not start"
start_sshd || test_fail_setup "sshd did not start"

printf '%s\n' "# the host's own jobs" "17 4 * * * /usr/bin/true rotate" >"$TRASH/mine.crontab"
own_crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"

# Distinctive secrets, looked for in every output.
export TERRACE_VAR_metadata_password='Meta-Db-Pa55-71c3e0'
export TERRACE_VAR_warehouse_password='Wh-Pa55-2b9f4d'
TEST_SECRETS=("$TERRACE_VAR_metadata_password" "$TERRACE_VAR_warehouse_password" "$PG_PASSWORD")

# The Airflow metadata database the backup dumps: its owner and one table.
psql_test "CREATE ROLE airflow LOGIN PASSWORD '$TERRACE_VAR_metadata_password'" >/dev/null &&
	psql_test "CREATE DATABASE airflow OWNER airflow" >/dev/null &&
	psql_test -d airflow "CREATE TABLE dag_run (id int PRIMARY KEY, dag_id text);
		ALTER TABLE dag_run OWNER TO airflow" >/dev/null ||
	test_fail_setup "cannot make the airflow metadata database"

# module_stack DIR: DIR/stack.yaml with write_stack's header; the module
# calls and resources are appended.
module_stack () {
	mkdir -p "$TRASH/$1" && write_stack "$TRASH/$1/stack.yaml"
}

# plan_changes SUMMARY CHANGE...: the plan (change.out) has the line
# SUMMARY and exactly the changes given ("ADDRESS will be updated in-place").
plan_changes () {
	local want=$1 got
	shift
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >change.out 2>change.err &&
	test_line change.out "$want" &&
	got=$(grep -cE '^ *# .* (will|must) be ' change.out) &&
	test_equal "$#" "$got" || return 1
	for a in "$@"; do
		test_line change.out "# $a" || return 1
	done
}

# ---- medallion-lake --------------------------------------------------------

lake_stack () {
	module_stack lake &&
	cat >>"$TRASH/lake/stack.yaml" <<-EOF
	modules:
	  lake:
	    source: terrace/medallion-lake
	    name_prefix: t0600-lake
	    raw_folders: [movies/, ratings/]
	    silver_folders: [movies/]
	    raw_transition_days: $1
	    force_destroy: true
	    tags: {team: data, zone: mine}
	outputs:
	  raw: \${module.lake.raw_bucket}
	  gold_arn: \${module.lake.gold_arn}
	  names: \${module.lake.bucket_names}
	EOF
}

test_expect_success 'medallion-lake: plan and apply make the three zones' '
	lake_stack 30 && cd "$TRASH/lake" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	test_line plan.out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	terrace output -json >outputs.json &&
	check_json outputs.json <<-\PY
	expect("raw", d["raw"]["value"], "t0600-lake-raw")
	expect("gold arn", d["gold_arn"]["value"], "arn:aws:s3:::t0600-lake-gold")
	expect("names", d["names"]["value"], ["t0600-lake-raw", "t0600-lake-silver", "t0600-lake-gold"])
	PY
'

test_expect_success 'medallion-lake: versioning on raw, lifecycle rules, folders, merged tags' '
	test_equal Enabled "$(bucket_versioning t0600-lake-raw)" &&
	bucket_exists t0600-lake-gold &&
	# negatives: no run of terrace (a setting of the bucket the apply made, there: bucket_exists)
	test_equal "" "$(bucket_versioning t0600-lake-gold)" &&
	printf "%s\n" movies/ ratings/ >expect && bucket_keys t0600-lake-raw >keys && test_cmp expect keys &&
	printf "%s\n" movies/ >expect && bucket_keys t0600-lake-silver >keys && test_cmp expect keys &&
	cli s3api get-bucket-lifecycle-configuration --bucket t0600-lake-raw >raw-rules.json &&
	cli s3api get-bucket-lifecycle-configuration --bucket t0600-lake-gold >gold-rules.json &&
	check_json raw-rules.json gold-rules.json <<-\PY &&
	raw, gold = ({r["ID"]: r for r in x["Rules"]} for x in d)
	expect("raw rules", sorted(raw), ["expire-tmp", "raw-aging"])
	expect("raw transition", [(t["Days"], t["StorageClass"]) for t in raw["raw-aging"]["Transitions"]],
	       [(30, "STANDARD_IA")])
	expect("raw old versions", raw["raw-aging"]["NoncurrentVersionExpiration"]["NoncurrentDays"], 90)
	expect("gold rules", sorted(gold), ["expire-tmp"])
	expect("tmp expiry", gold["expire-tmp"]["Expiration"]["Days"], 7)
	expect("tmp prefix", gold["expire-tmp"].get("Filter", {}).get("Prefix", gold["expire-tmp"].get("Prefix")), "tmp/")
	PY
	bucket_tags t0600-lake-silver >tags &&
	{ printf "%s\n" lake=t0600-lake team=data tier=silver zone=silver && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 'medallion-lake: a second plan is clean; raw_transition_days plans one update' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	lake_stack 60 &&
	plan_changes "Plan: 0 to add, 1 to change, 0 to destroy." "module.lake.raw will be updated in-place" &&
	test_match change.out "^ *\"days\" += 60$" &&
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	cli s3api get-bucket-lifecycle-configuration --bucket t0600-lake-raw >raw-rules.json &&
	check_json raw-rules.json <<-\PY
	rule = [r for r in d["Rules"] if r["ID"] == "raw-aging"][0]
	expect("transition", rule["Transitions"][0]["Days"], 60)
	PY
'

test_expect_success 'medallion-lake: destroy leaves no bucket' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 3 destroyed." &&
	bucket_names >left && test_not_contains left t0600-lake
'

# ---- glue-etl-job ----------------------------------------------------------

etl_stack () {
	module_stack etl &&
	cat >>"$TRASH/etl/stack.yaml" <<-EOF
	resources:
	  src: {type: aws.s3.bucket, name: t0600-etl-src, force_destroy: true}
	  dst: {type: aws.s3.bucket, name: t0600-etl-dst, force_destroy: true}
	modules:
	  clean:
	    source: terrace/glue-etl-job
	    name: t0600-clean
	    description: cleans the day
	    script: jobs/clean.py
	    script_bucket: \${src.name}
	    read_buckets: ["\${src.name}"]
	    write_buckets: ["\${dst.name}"]
	    arguments: {"--mode": "$1", "--target": "s3://\${dst.name}/clean/"}
	    schedule: cron(0 3 * * ? *)
	    tags: {team: data}
	  publish:
	    source: terrace/glue-etl-job
	    name: t0600-publish
	    script: jobs/publish.py
	    script_bucket: \${src.name}
	    read_buckets: ["\${src.name}", "\${dst.name}"]
	    write_buckets: ["\${dst.name}"]
	    number_of_workers: 4
	    after_job: t0600-clean
	    depends_on: [module.clean]
	outputs:
	  clean_job: \${module.clean.job_name}
	  clean_role: \${module.clean.role_arn}
	  clean_script: \${module.clean.script_uri}
	EOF
}

test_expect_success 'glue-etl-job: apply makes two jobs with their scripts, roles and triggers' '
	etl_stack full && cd "$TRASH/etl" && mkdir -p jobs &&
	printf "print(\"clean\")\n" >jobs/clean.py && printf "print(\"publish\")\n" >jobs/publish.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	test_line plan.out "# module.clean.schedule[0] will be created" &&
	test_line plan.out "# module.publish.after[0] will be created" &&
	test_not_contains plan.out "module.clean.after[0]" &&
	test_line plan.out "Plan: 10 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 10 added, 0 changed, 0 destroyed." &&
	test_equal t0600-clean "$(terrace output -raw clean_job)" &&
	test_equal arn:aws:iam::123456789012:role/t0600-clean-role "$(terrace output -raw clean_role)" &&
	test_equal "s3://t0600-etl-src/$(artifact_key glue/scripts/ jobs/clean.py)" \
		"$(terrace output -raw clean_script)"
'

test_expect_success 'glue-etl-job: jobs, arguments, triggers and role policies as the inputs say' '
	cli glue get-jobs >jobs.json && cli glue get-triggers >triggers.json &&
	cli iam get-role-policy --role-name t0600-publish-role --policy-name data-access >policy.json &&
	cli iam get-role --role-name t0600-clean-role >role.json &&
	check_json jobs.json triggers.json policy.json role.json <<-\PY
	jobs, triggers, policy, role = d
	jobs = {j["Name"]: j for j in jobs["Jobs"]}
	expect("jobs", sorted(jobs), ["t0600-clean", "t0600-publish"])
	clean = jobs["t0600-clean"]
	expect("role", clean["Role"], st["module.clean.role"]["arn"])
	expect("script", clean["Command"]["ScriptLocation"], st["module.clean.script_file"]["uri"])
	expect("arguments", clean["DefaultArguments"], {"--job-language": "python",
	       "--TempDir": "s3://t0600-etl-src/glue/tmp/", "--mode": "full",
	       "--target": "s3://t0600-etl-dst/clean/"})
	expect("workers", (jobs["t0600-publish"]["WorkerType"], jobs["t0600-publish"]["NumberOfWorkers"]), ("G.1X", 4))
	triggers = {t["Name"]: t for t in triggers["Triggers"]}
	expect("triggers", sorted(triggers), ["t0600-clean-schedule", "t0600-publish-after"])
	s = triggers["t0600-clean-schedule"]
	expect("scheduled", (s["Type"], s["Schedule"], [a["JobName"] for a in s["Actions"]]),
	       ("SCHEDULED", "cron(0 3 * * ? *)", ["t0600-clean"]))
	a = triggers["t0600-publish-after"]
	expect("conditional", (a["Type"], [(c["JobName"], c["State"]) for c in a["Predicate"]["Conditions"]],
	       [x["JobName"] for x in a["Actions"]]),
	       ("CONDITIONAL", [("t0600-clean", "SUCCEEDED")], ["t0600-publish"]))
	trust = role["Role"]["AssumeRolePolicyDocument"]["Statement"][0]
	expect("trust", trust["Principal"], {"Service": "glue.amazonaws.com"})
	stmts = {s["Sid"]: s["Resource"] for s in policy["PolicyDocument"]["Statement"]}
	expect("read buckets", stmts["ListTheBuckets"], ["arn:aws:s3:::t0600-etl-src", "arn:aws:s3:::t0600-etl-dst"])
	expect("read objects", stmts["ReadTheData"], ["arn:aws:s3:::t0600-etl-src/*", "arn:aws:s3:::t0600-etl-dst/*"])
	expect("write objects", stmts["WriteTheData"], ["arn:aws:s3:::t0600-etl-dst/*"])
	expect("script", stmts["ReadTheScript"], ["arn:aws:s3:::t0600-etl-src/glue/scripts/*"])
	PY
'

test_expect_success 'glue-etl-job: a second plan is clean; an argument plans one job update' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	etl_stack incremental &&
	plan_changes "Plan: 0 to add, 1 to change, 0 to destroy." "module.clean.job will be updated in-place" &&
	test_match change.out "\"--mode\" += \"full\" -> \"incremental\"" &&
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_equal incremental "$(cli glue get-job --job-name t0600-clean --query "Job.DefaultArguments.\"--mode\"" --output text)"
'

test_expect_success 'glue-etl-job: destroy leaves no job, trigger, role or bucket' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 10 destroyed." &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left glue get-triggers --query "Triggers[].Name" &&
	nothing_left iam list-roles --query "Roles[?starts_with(RoleName, \`t0600-\`)].RoleName" &&
	bucket_names >left && test_not_contains left t0600-etl
'

# ---- scheduled-ingest ------------------------------------------------------

ingest_stack () {
	module_stack ingest &&
	cat >>"$TRASH/ingest/stack.yaml" <<-EOF
	resources:
	  raw: {type: aws.s3.bucket, name: t0600-ingest-raw, force_destroy: true}
	modules:
	  pull:
	    source: terrace/scheduled-ingest
	    name: t0600-pull
	    source_name: movies
	    api_url: https://api.example.com/v1/movies
	    bucket: \${raw.name}
	    function_source: fn
	    layer_source: lib
	    schedule_expression: $1
	    environment: {PAGE_SIZE: "100"}
	    tags: {team: data}
	outputs:
	  function: \${module.pull.function_arn}
	  layer: \${module.pull.layer_arn}
	  raw: \${module.pull.raw_location}
	EOF
}

test_expect_success 'scheduled-ingest: apply makes the function, its layer, roles and schedule' '
	ingest_stack "rate(1 hour)" && cd "$TRASH/ingest" && mkdir -p fn lib/python/ingestlib &&
	printf "import ingestlib\n\ndef handler(event, context):\n    return ingestlib.VERSION\n" >fn/handler.py &&
	printf "VERSION = 1\n" >lib/python/ingestlib/__init__.py &&
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	test_equal arn:aws:lambda:us-east-1:123456789012:function:t0600-pull "$(terrace output -raw function)" &&
	test_equal arn:aws:lambda:us-east-1:123456789012:layer:t0600-pull-lib:1 "$(terrace output -raw layer)" &&
	test_equal s3://t0600-ingest-raw/raw/movies/ "$(terrace output -raw raw)"
'

test_expect_success 'scheduled-ingest: the function has its layer and environment, the schedule invokes it' '
	cli lambda get-function --function-name t0600-pull >fn.json &&
	cli scheduler get-schedule --name t0600-pull >schedule.json &&
	cli iam get-role-policy --role-name t0600-pull-role --policy-name write-raw >policy.json &&
	cli iam get-role-policy --role-name t0600-pull-scheduler --policy-name invoke >invoke.json &&
	cli lambda get-layer-version --layer-name t0600-pull-lib --version-number 1 >layer.json &&
	check_json fn.json schedule.json policy.json invoke.json layer.json <<-\PY
	fn, schedule, policy, invoke, layer = d
	conf = fn["Configuration"]
	expect("layers", [l["Arn"] for l in conf["Layers"]], [st["module.pull.layer"]["arn"]])
	expect("role", conf["Role"], st["module.pull.role"]["arn"])
	expect("environment", conf["Environment"]["Variables"], {"BUCKET": "t0600-ingest-raw",
	       "RAW_PREFIX": "raw/movies/", "SOURCE_NAME": "movies",
	       "API_URL": "https://api.example.com/v1/movies", "PAGE_SIZE": "100"})
	expect("handler", (conf["Handler"], conf["Runtime"]), ("handler.handler", "python3.12"))
	expect("tags", fn["Tags"]["team"], "data")
	expect("expression", schedule["ScheduleExpression"], "rate(1 hour)")
	expect("target", (schedule["Target"]["Arn"], schedule["Target"]["RoleArn"]),
	       (conf["FunctionArn"], st["module.pull.scheduler_role"]["arn"]))
	expect("input", json.loads(schedule["Target"]["Input"]), {"source": "movies"})
	expect("write", policy["PolicyDocument"]["Statement"][0]["Resource"],
	       ["arn:aws:s3:::t0600-ingest-raw/raw/movies/*"])
	expect("invoke", invoke["PolicyDocument"]["Statement"][0]["Resource"], conf["FunctionArn"])
	expect("layer runtimes", layer["CompatibleRuntimes"], ["python3.12"])
	expect("layer sha", layer["Content"]["CodeSha256"], st["module.pull.layer"]["code_sha256"])
	PY
'

test_expect_success 'scheduled-ingest: a second plan is clean; a new schedule plans one update' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	ingest_stack "cron(0 6 * * ? *)" &&
	plan_changes "Plan: 0 to add, 1 to change, 0 to destroy." "module.pull.schedule will be updated in-place" &&
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_equal "cron(0 6 * * ? *)" "$(cli scheduler get-schedule --name t0600-pull --query ScheduleExpression --output text)"
'

test_expect_success 'scheduled-ingest: destroy leaves no function, layer, schedule or role' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 6 destroyed." &&
	nothing_left lambda list-functions --query "Functions[].FunctionName" &&
	nothing_left lambda list-layers --query "Layers[].LayerName" &&
	nothing_left scheduler list-schedules --query "Schedules[].Name" &&
	nothing_left iam list-roles --query "Roles[?starts_with(RoleName, \`t0600-\`)].RoleName"
'

# ---- glue-catalog ----------------------------------------------------------

catalog_stack () {
	module_stack catalog &&
	cat >>"$TRASH/catalog/stack.yaml" <<-EOF
	modules:
	  trusted:
	    source: terrace/glue-catalog
	    database: t0600_trusted
	    description: the trusted zone
	    bucket: t0600-lake-trusted
	    prefix: trusted/
	    tables:
	      movies:
	        format: parquet
	        description: one row per movie
	        columns: [{name: movie_id, type: bigint}, {name: title, type: string, comment: as released}]
	        partition_keys: [{name: ingest_date, type: date}]
	      ratings:
	        format: iceberg
	        path: ratings_v1
	        columns: [{name: user_id, type: bigint}, {name: movie_id, type: bigint}$1]
	outputs:
	  database: \${module.trusted.database}
	  location: \${module.trusted.location}
	EOF
}

test_expect_success 'glue-catalog: apply makes the database and a Parquet and an Iceberg table' '
	catalog_stack "" && cd "$TRASH/catalog" &&
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal t0600_trusted "$(terrace output -raw database)" &&
	test_equal s3://t0600-lake-trusted/trusted/ "$(terrace output -raw location)" &&
	cli glue get-database --name t0600_trusted >db.json &&
	cli glue get-tables --database-name t0600_trusted >tables.json &&
	check_json db.json tables.json <<-\PY
	db, tables = d
	expect("location", db["Database"]["LocationUri"], "s3://t0600-lake-trusted/trusted/")
	t = {x["Name"]: x for x in tables["TableList"]}
	expect("tables", sorted(t), ["movies", "ratings"])
	m, r = t["movies"], t["ratings"]
	expect("parquet", (m["Parameters"], m["StorageDescriptor"]["InputFormat"],
	       m["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]),
	       ({"classification": "parquet", "EXTERNAL": "TRUE"},
	        "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
	        "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"))
	expect("movies location", m["StorageDescriptor"]["Location"], "s3://t0600-lake-trusted/trusted/movies")
	expect("partition", [(k["Name"], k["Type"]) for k in m["PartitionKeys"]], [("ingest_date", "date")])
	expect("columns", [(c["Name"], c["Type"], c.get("Comment")) for c in m["StorageDescriptor"]["Columns"]],
	       [("movie_id", "bigint", None), ("title", "string", "as released")])
	expect("iceberg", r["Parameters"], {"table_type": "ICEBERG"})
	expect("ratings location", r["StorageDescriptor"]["Location"], "s3://t0600-lake-trusted/trusted/ratings_v1")
	expect("ratings partitions", r.get("PartitionKeys", []), [])
	PY
'

test_expect_success 'glue-catalog: a second plan is clean; a new column plans one table update' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	catalog_stack ", {name: rating, type: double}" &&
	plan_changes "Plan: 0 to add, 1 to change, 0 to destroy." \
		"module.trusted.table[\"ratings\"] will be updated in-place" &&
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_equal "user_id movie_id rating" "$(cli glue get-table --database-name t0600_trusted --name ratings \
		--query "Table.StorageDescriptor.Columns[].Name" --output text | tr "\t" " ")"
'

test_expect_success 'glue-catalog: destroy leaves no database' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 3 destroyed." &&
	nothing_left glue get-databases --query "DatabaseList[].Name"
'

# ---- airflow-host ----------------------------------------------------------

dags=$TRASH/host/airflow/dags/lab

airflow_stack () {
	module_stack airflow &&
	cat >>"$TRASH/airflow/stack.yaml" <<-EOF
	  ssh:
	    host: 127.0.0.1
	    port: $SSHD_PORT
	    user: $SSHD_USER
	    private_key_file: $SSHD_KEY
	    known_hosts_file: $SSHD_KNOWN_HOSTS
	resources:
	  backups: {type: aws.s3.bucket, name: t0600-airflow-backups, force_destroy: true}
	modules:
	  airflow:
	    source: terrace/airflow-host
	    dags_source: dags
	    dags_folder: $dags
	    connections:
	      warehouse: {conn_type: postgres, host: wh.internal, port: 5439, login: etl,
	                  password: "\${var.warehouse_password}", schema: analytics}
	    variables: {lab_env: workshop}
	    recovery_window_in_days: 0
	    metadata_db_port: $PG_PORT
	    metadata_db_password: \${var.metadata_password}
	    backup_bucket: \${backups.name}
	    backup_schedule: "$1"
	    backup_name: t0600-backup
	    aws_region: us-east-1
	    backup_environment:
	      PATH: $(dirname "$SERVERS_PYTHON"):/usr/bin:/bin
	      AWS_ENDPOINT_URL: $MOTO_ENDPOINT
	      AWS_ACCESS_KEY_ID: $MOTO_ACCESS_KEY
	      AWS_SECRET_ACCESS_KEY: $MOTO_SECRET_KEY
	outputs:
	  dags: \${module.airflow.dag_files}
	  kwargs: \${module.airflow.secrets_backend_kwargs}
	  backups: \${module.airflow.backup_location}
	EOF
	sed -i "s/^variables:/variables:\n  warehouse_password: {type: string, sensitive: true}\n  metadata_password: {type: string, sensitive: true}/" \
		"$TRASH/airflow/stack.yaml"
}

test_expect_success 'airflow-host: apply uploads the DAGs, writes the secrets and the backup job' '
	airflow_stack "15 2 * * *" && cd "$TRASH/airflow" && mkdir -p dags/sql &&
	printf "from airflow import DAG\n# load\n" >dags/load.py &&
	printf "SELECT 1;\n" >dags/sql/check.sql &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	test_line plan.out "# module.airflow.connection[\"warehouse\"] will be created" &&
	test_line plan.out "Plan: 6 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	terrace output -json >outputs.json &&
	check_json outputs.json <<-\PY &&
	expect("dags", d["dags"]["value"], ["load.py", "sql/check.sql"])
	expect("kwargs", json.loads(d["kwargs"]["value"]),
	       {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"})
	expect("backups", d["backups"]["value"], "s3://t0600-airflow-backups/airflow/metadata-db/")
	PY
	ssh_test "cd '\''$dags'\'' && sha256sum load.py sql/check.sql" >remote &&
	(cd dags && sha256sum load.py sql/check.sql) >expect &&
	test_cmp expect remote &&
	no_secret plan.out plan.err apply.out apply.err outputs.json
'

test_expect_success 'airflow-host: connections and variables are secrets under airflow/' '
	cli secretsmanager get-secret-value --secret-id airflow/connections/warehouse >conn.json &&
	cli secretsmanager get-secret-value --secret-id airflow/variables/lab_env >var.json &&
	cli secretsmanager get-secret-value --secret-id airflow/connections/airflow_db >meta.json &&
	PG_PORT=$PG_PORT check_json conn.json var.json meta.json <<-\PY
	conn, var, meta = d
	expect("warehouse", json.loads(conn["SecretString"]),
	       {"conn_type": "postgres", "host": "wh.internal", "port": 5439, "login": "etl",
	        "password": os.environ["TERRACE_VAR_warehouse_password"], "schema": "analytics"})
	expect("variable", var["SecretString"], "workshop")
	expect("metadata db", json.loads(meta["SecretString"]),
	       {"conn_type": "postgres", "host": "127.0.0.1", "port": int(os.environ["PG_PORT"]),
	        "schema": "airflow", "login": "airflow",
	        "password": os.environ["TERRACE_VAR_metadata_password"]})
	PY
'

# The backup block's lines, and a script that runs its command as cron would
# (its environment, \% read as %).
backup_block () {
	crontab -l | sed -n "/^# BEGIN terrace t0600-backup$/,/^# END terrace t0600-backup$/p"
}

test_expect_success 'airflow-host: the backup job, run on the host, puts a dump of the metadata database in S3' '
	backup_block >block &&
	test_match block "^15 2 \* \* \* f=\\\$\(mktemp\) && PGPASSWORD=" &&
	test_line block "PGDATABASE=airflow" && test_line block "PGUSER=airflow" &&
	test_line block "PGPORT=$PG_PORT" && test_line block "AWS_DEFAULT_REGION=us-east-1" &&
	crontab -l | sed "/^# BEGIN terrace t0600-backup$/,/^# END terrace t0600-backup$/d" >rest &&
	test_cmp "$TRASH/mine.crontab" rest &&
	{
		sed -n "/^[A-Z_]*=/s/^/export /p" block &&
		sed -n "/^15 2 /{s/^15 2 \* \* \* //;s/\\\\%/%/g;p}" block
	} >backup-run.sh &&
	ssh_test "sh '\''$TRASH/airflow/backup-run.sh'\''" >run.out 2>run.err &&
	bucket_keys t0600-airflow-backups >dumps &&
	test_equal 1 "$(wc -l <dumps)" &&
	test_match dumps "^airflow/metadata-db/[0-9]{4}-[0-9]{2}-[0-9]{2}/airflow\.dump$" &&
	s3 s3 cp --quiet "s3://t0600-airflow-backups/$(cat dumps)" airflow.dump &&
	pg_restore -l airflow.dump >toc &&
	test_match toc "TABLE public dag_run airflow" &&
	crontab -l >crontab.now && no_secret crontab.now run.out run.err
'

test_expect_success 'airflow-host: a second plan is clean; a new backup time plans one update' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	airflow_stack "30 1 * * *" &&
	plan_changes "Plan: 0 to add, 1 to change, 0 to destroy." "module.airflow.backup will be updated in-place" &&
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	backup_block >block && test_match block "^30 1 \* \* \* f=" &&
	no_secret plan2.out change.out apply2.out apply2.err
'

test_expect_success 'airflow-host: destroy leaves no secret, DAG or cron block, the other crontab lines untouched' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 6 destroyed." &&
	nothing_left secretsmanager list-secrets --include-planned-deletion --query "SecretList[].Name" &&
	! test -e "$dags" &&
	crontab -l >after && test_cmp "$TRASH/mine.crontab" after &&
	bucket_names >left && test_not_contains left t0600-airflow
'

test_expect_success 'airflow-host: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
