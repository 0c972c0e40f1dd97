#!/usr/bin/env bash
# t0290-examples: the two pipeline examples, applied unchanged against moto:
# examples/retail-batch (bucket, secret, roles, script artifacts, Glue jobs,
# Step Functions pipeline, Scheduler schedule) and examples/music-lakehouse
# (two zone buckets, Glue database and Iceberg tables, role, script
# artifacts, Glue jobs). For each: validate, plan, apply, a second plan with
# no changes, the AWS CLI finding what was made, an edited job script planned
# as one replaced artifact and one updated job (nothing else), apply, destroy,
# and the AWS CLI finding nothing of the example left. The retail example's
# database password appears in no output of terrace and not in its state.
#
# Each example is copied to the test folder and run from there, as its README
# says (the scripts' source paths are relative to the current folder); its
# provider takes endpoint and keys from variables, set here with
# TERRACE_VAR_*. Each step makes few CLI calls (one get-jobs answers for
# every job) and checks their answers in one Python run (check_json): a CLI
# call costs about a second.
. "$(dirname "$0")/lib.sh"

# The Glue roles attach the AWS managed policy AWSGlueServiceRole, which moto
# knows only when asked to load AWS's managed policies.
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_VAR_region=us-east-1
# Distinctive secrets, to look for in every output.
export TERRACE_VAR_secret_key='moto-secret-key-4f0b9d2c'
db_password='Retail-Db-Pa55-8c1e7a3f'
export TERRACE_VAR_db_password=$db_password

# The aws CLI against moto, JSON output.
cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# check_json FILE...: runs the Python read from stdin with
#   d      FILE's JSON document (a list of them when several files are named)
#   st     the state's attributes by resource name (terrace.state.json)
#   expect(what, got, want)  records a mismatch
# and fails, printing every mismatch, if there was one (or an exception).
check_json () {
	"$SERVERS_PYTHON" -c '
import json, os, sys
failures = []
def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: expected {want!r}, got {got!r}")
docs = [json.load(open(f)) for f in sys.argv[2:]]
state = json.load(open("terrace.state.json"))
st = {name: r["attributes"] for name, r in state["resources"].items()}
exec(sys.argv[1], {"d": docs[0] if len(docs) == 1 else docs, "st": st, "expect": expect,
                   "json": json, "os": os})
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
' "$(cat)" "$@" >&5 2>&5
}

# artifact_key PREFIX FILE: the key aws.s3.artifact gives FILE under PREFIX:
# its name, "-", the first 16 hex digits of its SHA-256, its extension.
artifact_key () {
	local base=${2##*/} sum
	sum=$(sha256sum "$2" | cut -c1-16) || return 1
	echo "$1${base%.*}-$sum.${base##*.}"
}

# no_secret FILE...: none of the files holds the database password or the
# provider's secret key.
no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$db_password" || return 1
		test_not_contains "$f" "$TERRACE_VAR_secret_key" || return 1
	done
}

# nothing_left CLI_ARGS...: the CLI's answer (a --query selecting a list)
# is empty.
nothing_left () {
	cli "$@" >left.json || return 1
	check_json left.json <<-\PY || { say_fail "left after destroy: aws $*"; return 1; }
	expect("what is left", d or [], [])
	PY
}

# state_attr RESOURCE ATTRIBUTE: one attribute from the state file.
state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

# The example copied to the test folder.
copy_example () {
	cp -R "$REPO_ROOT/examples/$1" "$TRASH/$1" &&
	rm -f "$TRASH/$1"/terrace.state.json* &&
	cd "$TRASH/$1"
}

# ---- retail-batch ----------------------------------------------------------

export TERRACE_VAR_attendee=alice
copy_example retail-batch || test_fail_setup "cannot copy examples/retail-batch"

test_expect_success 'retail-batch: validate' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (13 resources)."
'

test_expect_success 'retail-batch: plan creates everything, script locations known' '
	test_expect_code 2 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	for r in "aws.s3.bucket\" \"bucket" \
		"aws.secretsmanager.secret\" \"db_secret" \
		"aws.iam.role\" \"glue_role" "aws.iam.role\" \"pipeline_role" \
		"aws.iam.role\" \"scheduler_role" \
		"aws.s3.artifact\" \"bronze_script" "aws.s3.artifact\" \"silver_script" \
		"aws.s3.artifact\" \"gold_script" \
		"aws.glue.job\" \"bronze_job" "aws.glue.job\" \"silver_job" \
		"aws.glue.job\" \"gold_job" \
		"aws.sfn.state_machine\" \"pipeline" "aws.scheduler.schedule\" \"daily"
	do
		test_line plan.out "+ resource \"$r\" {" || return 1
	done &&
	for s in bronze silver gold; do
		key=$(artifact_key glue/script/ jobs/$s.py) &&
		test_line plan.out "+ key            = \"$key\"" &&
		test_line plan.out "+ \"script_location\" = \"s3://alice-hist-retail/$key\"" ||
		return 1
	done &&
	test_match plan.out "^ *\+ value += \(sensitive value\)$" &&
	test_line plan.out "Plan: 13 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

test_expect_success 'retail-batch: apply' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 13 added, 0 changed, 0 destroyed." &&
	test_line apply.out "bucket = \"alice-hist-retail\"" &&
	terrace output -raw pipeline_arn >arn.out 2>arn.err &&
	test_equal "$(state_attr pipeline arn)" "$(cat arn.out)" &&
	test_match arn.out "^arn:aws:states:us-east-1:[0-9]{12}:stateMachine:alice-hist-retail-pipeline$" &&
	no_secret apply.out apply.err
'

test_expect_success 'retail-batch: a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret plan2.out plan2.err
'

test_expect_success 'retail-batch: the bucket holds its folders and the three scripts' '
	bucket_keys alice-hist-retail >keys &&
	{
		printf "%s\n" data/dimension/ data/factdata/bronze/ data/factdata/silver/ \
			data/factdata/gold/ glue/tmp/ glue/script/ glue/logs/ &&
		for s in bronze silver gold; do artifact_key glue/script/ jobs/$s.py; done
	} | sort >expect &&
	test_cmp expect keys &&
	s3 s3 cp --quiet --recursive --exclude "*/" s3://alice-hist-retail/glue/script/ got/ &&
	for s in bronze silver gold; do
		test_cmp jobs/$s.py "got/$(basename "$(artifact_key "" jobs/$s.py)")" || return 1
	done
'

test_expect_success 'retail-batch: the secret holds the connection, password included' '
	cli secretsmanager describe-secret --secret-id alice/hist-retail/source-db >secret.json &&
	cli secretsmanager get-secret-value --secret-id alice/hist-retail/source-db \
		--query "{SecretString: SecretString}" >secret-value.cli &&
	check_json secret.json secret-value.cli <<-\PY
	secret, value = d
	expect("secret ARN", secret["ARN"], st["db_secret"]["arn"])
	expect("description", secret["Description"],
	       "connection to the on-premise retail database (read by the bronze Glue job)")
	conn = json.loads(value["SecretString"])
	expect("password is the variable", conn.pop("password") == os.environ["TERRACE_VAR_db_password"], True)
	expect("connection", conn, {"engine": "postgres", "host": "retail-db.onprem.example.internal",
	                            "port": 5432, "dbname": "retail", "username": "glue_reader"})
	PY
'

test_expect_success 'retail-batch: the three roles, their trust and their policies' '
	cli iam get-account-authorization-details --filter Role >iam.json &&
	check_json iam.json <<-\PY
	roles = {r["RoleName"]: r for r in d["RoleDetailList"]}
	expect("roles", sorted(n for n in roles if "hist-retail" in n),
	       ["alice-hist-retail-glue", "alice-hist-retail-pipeline", "alice-hist-retail-scheduler"])
	for name, service in (("glue", "glue"), ("pipeline", "states"), ("scheduler", "scheduler")):
	    r = roles["alice-hist-retail-" + name]
	    expect(name + " arn", r["Arn"], st[name + "_role"]["arn"])
	    trust = r["AssumeRolePolicyDocument"]["Statement"]
	    expect(name + " trust", [(s["Principal"], s["Action"]) for s in trust],
	           [({"Service": service + ".amazonaws.com"}, "sts:AssumeRole")])
	glue = roles["alice-hist-retail-glue"]
	expect("glue managed policies", [p["PolicyArn"] for p in glue["AttachedManagedPolicies"]],
	       ["arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"])
	expect("glue inline policies", [p["PolicyName"] for p in glue["RolePolicyList"]], ["hist-retail-data"])
	resources = [s["Resource"] for s in glue["RolePolicyList"][0]["PolicyDocument"]["Statement"]]
	expect("glue policy resources", resources,
	       ["arn:aws:s3:::alice-hist-retail", "arn:aws:s3:::alice-hist-retail/*", st["db_secret"]["arn"]])
	pipeline = roles["alice-hist-retail-pipeline"]["RolePolicyList"][0]["PolicyDocument"]["Statement"][0]
	expect("pipeline may run", pipeline["Resource"], [st[s + "_job"]["arn"] for s in ("bronze", "silver", "gold")])
	scheduler = roles["alice-hist-retail-scheduler"]["RolePolicyList"][0]["PolicyDocument"]["Statement"][0]
	expect("scheduler may start", (scheduler["Action"], scheduler["Resource"]),
	       ("states:StartExecution", st["pipeline"]["arn"]))
	PY
'

test_expect_success 'retail-batch: the three Glue jobs run their uploaded scripts' '
	cli glue get-jobs >jobs.json &&
	check_json jobs.json <<-\PY
	jobs = {j["Name"]: j for j in d["Jobs"]}
	expect("jobs", sorted(jobs), ["alice-hist-retail-bronze", "alice-hist-retail-gold",
	                              "alice-hist-retail-silver"])
	for s in ("bronze", "silver", "gold"):
	    j = jobs["alice-hist-retail-" + s]
	    expect(s + " script", j["Command"]["ScriptLocation"], st[s + "_script"]["uri"])
	    expect(s + " command", (j["Command"]["Name"], j["Command"]["PythonVersion"]), ("glueetl", "3"))
	    expect(s + " role", j["Role"], st["glue_role"]["arn"])
	    expect(s + " workers", (j["GlueVersion"], j["WorkerType"], j["NumberOfWorkers"]), ("4.0", "G.1X", 2))
	    expect(s + " --bucket", j["DefaultArguments"]["--bucket"], "alice-hist-retail")
	    expect(s + " --TempDir", j["DefaultArguments"]["--TempDir"], "s3://alice-hist-retail/glue/tmp/")
	expect("bronze --secret_id", jobs["alice-hist-retail-bronze"]["DefaultArguments"]["--secret_id"],
	       st["db_secret"]["arn"])
	PY
'

test_expect_success 'retail-batch: the pipeline runs bronze, silver, gold in order' '
	cli stepfunctions list-state-machines >machines.json &&
	cli stepfunctions describe-state-machine \
		--state-machine-arn "$(state_attr pipeline arn)" >sm.json &&
	check_json machines.json sm.json <<-\PY
	machines, sm = d
	expect("state machines", [m["name"] for m in machines["stateMachines"]], ["alice-hist-retail-pipeline"])
	expect("arn", sm["stateMachineArn"], st["pipeline"]["arn"])
	expect("role", sm["roleArn"], st["pipeline_role"]["arn"])
	definition = json.loads(sm["definition"])
	expect("StartAt", definition["StartAt"], "Bronze")
	states = definition["States"]
	steps = [(n, s["Resource"], s["Parameters"]["JobName"], s.get("Next"), s.get("End"))
	         for n, s in states.items()]
	expect("steps", sorted(steps), sorted([
	    ("Bronze", "arn:aws:states:::glue:startJobRun.sync", "alice-hist-retail-bronze", "Silver", None),
	    ("Silver", "arn:aws:states:::glue:startJobRun.sync", "alice-hist-retail-silver", "Gold", None),
	    ("Gold", "arn:aws:states:::glue:startJobRun.sync", "alice-hist-retail-gold", None, True)]))
	PY
'

test_expect_success 'retail-batch: the daily schedule starts the pipeline' '
	cli scheduler list-schedules >schedules.json &&
	cli scheduler get-schedule --name alice-hist-retail-daily >schedule.json &&
	check_json schedules.json schedule.json <<-\PY
	schedules, s = d
	expect("schedules", [x["Name"] for x in schedules["Schedules"]], ["alice-hist-retail-daily"])
	expect("expression", (s["ScheduleExpression"], s["ScheduleExpressionTimezone"]),
	       ("cron(0 2 * * ? *)", "UTC"))
	expect("window", s["FlexibleTimeWindow"], {"Mode": "OFF"})
	expect("target", (s["Target"]["Arn"], s["Target"]["RoleArn"]),
	       (st["pipeline"]["arn"], st["scheduler_role"]["arn"]))
	expect("input", json.loads(s["Target"]["Input"]), {"run_date": "yesterday"})
	PY
'

test_expect_success 'retail-batch: an edited script replaces its artifact and updates its job, nothing else' '
	old_key=$(artifact_key glue/script/ jobs/silver.py) &&
	printf "\n# v2: quarantine rows with a negative discount too\n" >>jobs/silver.py &&
	new_key=$(artifact_key glue/script/ jobs/silver.py) &&
	test_expect_code 2 terrace plan -detailed-exitcode >edit.out 2>edit.err &&
	test_line edit.out "# silver_script must be replaced" &&
	test_line edit.out "~ key            = \"$old_key\" -> \"$new_key\" # forces replacement" &&
	test_line edit.out "# silver_job will be updated in-place" &&
	test_line edit.out "~ \"script_location\" = \"s3://alice-hist-retail/$old_key\" -> \"s3://alice-hist-retail/$new_key\"" &&
	test_equal 2 "$(grep -cE "^ *# [a-z_]+ (will|must) be" edit.out)" &&
	test_line edit.out "Plan: 1 to add, 1 to change, 1 to destroy." &&
	no_secret edit.out edit.err
'

test_expect_success 'retail-batch: apply uploads the new script and points the job at it' '
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_line apply2.out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	bucket_keys alice-hist-retail >keys &&
	test_line keys "$new_key" &&
	test_not_contains keys "$old_key" &&
	s3 s3 cp --quiet "s3://alice-hist-retail/$new_key" got.py &&
	test_cmp jobs/silver.py got.py &&
	cli glue get-job --job-name alice-hist-retail-silver >job.json &&
	NEW_URI=s3://alice-hist-retail/$new_key check_json job.json <<-\PY &&
	expect("script", d["Job"]["Command"]["ScriptLocation"], os.environ["NEW_URI"])
	expect("state", st["silver_script"]["uri"], os.environ["NEW_URI"])
	PY
	test_expect_code 0 terrace plan -detailed-exitcode >plan3.out 2>plan3.err &&
	no_secret apply2.out apply2.err plan3.out plan3.err
'

test_expect_success 'retail-batch: show, state and the debug log hide the password' '
	terrace show >show.out 2>show.err &&
	terrace show -json >show.json 2>show2.err &&
	terrace state show db_secret >state.out 2>state.err &&
	test_match state.out "^ *value += \(sensitive value\)$" &&
	TERRACE_LOG=debug terrace plan >debug.out 2>debug.err &&
	test_contains debug.err "[debug] secretsmanager GetSecretValue" &&
	no_secret show.out show.err show.json show2.err state.out state.err debug.out debug.err
'

test_expect_success 'retail-batch: destroy' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 13 destroyed." &&
	no_secret destroy.out destroy.err
'

test_expect_success 'retail-batch: nothing is left in S3, Secrets Manager, IAM, Glue, Step Functions, Scheduler' '
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	nothing_left secretsmanager list-secrets --include-planned-deletion \
		--query "SecretList[].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left stepfunctions list-state-machines --query "stateMachines[].name" &&
	nothing_left scheduler list-schedules --query "Schedules[].Name"
'

test_expect_success 'retail-batch: the password is in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err *.json; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

# ---- music-lakehouse -------------------------------------------------------

export TERRACE_VAR_project=acme-music
copy_example music-lakehouse || test_fail_setup "cannot copy examples/music-lakehouse"

test_expect_success 'music-lakehouse: validate' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (11 resources)."
'

test_expect_success 'music-lakehouse: plan creates everything' '
	test_expect_code 2 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	for r in "aws.s3.bucket\" \"landing" "aws.s3.bucket\" \"transformation" \
		"aws.glue.database\" \"catalog" "aws.glue.table\" \"users" \
		"aws.glue.table\" \"sessions" "aws.glue.table\" \"songs" \
		"aws.iam.role\" \"glue_role" \
		"aws.s3.artifact\" \"extract_script" "aws.s3.artifact\" \"transform_script" \
		"aws.glue.job\" \"extract_job" "aws.glue.job\" \"transform_job"
	do
		test_line plan.out "+ resource \"$r\" {" || return 1
	done &&
	test_line plan.out "Plan: 11 to add, 0 to change, 0 to destroy."
'

test_expect_success 'music-lakehouse: apply, then a second plan has nothing to do' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 11 added, 0 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret apply.out apply.err plan2.out plan2.err
'

test_expect_success 'music-lakehouse: the two zones and the scripts' '
	bucket_names >buckets &&
	printf "%s\n" acme-music-landing-zone acme-music-transformation-zone >expect &&
	test_cmp expect buckets &&
	test_equal Enabled "$(bucket_versioning acme-music-landing-zone)" &&
	s3 s3 cp --quiet --recursive --exclude "*/" s3://acme-music-landing-zone/glue/script/ got/ &&
	for s in extract transform; do
		test_cmp jobs/$s.py "got/$(basename "$(artifact_key "" jobs/$s.py)")" || return 1
	done
'

test_expect_success 'music-lakehouse: the database and its three Iceberg tables' '
	cli glue get-databases >dbs.json &&
	cli glue get-tables --database-name music_lakehouse >tables.json &&
	check_json dbs.json tables.json <<-\PY
	dbs, tables = d
	expect("databases", [(x["Name"], x.get("LocationUri")) for x in dbs["DatabaseList"]],
	       [("music_lakehouse", "s3://acme-music-transformation-zone/music_lakehouse/")])
	tables = {t["Name"]: t for t in tables["TableList"]}
	expect("tables", sorted(tables), ["sessions", "songs", "users"])
	for name, t in tables.items():
	    expect(name + " format", (t["TableType"], t["Parameters"]), ("EXTERNAL_TABLE", {"table_type": "ICEBERG"}))
	    expect(name + " location", t["StorageDescriptor"]["Location"],
	           "s3://acme-music-transformation-zone/music_lakehouse/" + name)
	columns = [(c["Name"], c["Type"]) for c in tables["sessions"]["StorageDescriptor"]["Columns"]]
	expect("sessions columns", columns, [
	    ("session_id", "string"), ("user_id", "string"), ("song_id", "string"),
	    ("played_at", "timestamp"), ("liked", "boolean"), ("price", "double"), ("ingest_on", "date")])
	# The transform job creates the Iceberg tables with the same columns
	# and comments (its TABLES), or Iceberg would rewrite them on its
	# first commit and the next plan would show a change.
	import ast
	source = ast.parse(open("jobs/transform.py").read())
	job_tables = next(ast.literal_eval(n.value) for n in source.body
	                  if isinstance(n, ast.Assign) and n.targets[0].id == "TABLES")
	for name, t in tables.items():
	    expect(name + " columns as the job creates them",
	           [(c["Name"], c["Type"], c.get("Comment")) for c in t["StorageDescriptor"]["Columns"]],
	           [tuple(c) for c in job_tables[name][0]])
	PY
'

test_expect_success 'music-lakehouse: the role and the two jobs' '
	cli iam get-account-authorization-details --filter Role >iam.json &&
	cli glue get-jobs >jobs.json &&
	check_json iam.json jobs.json <<-\PY
	iam, jobs = d
	roles = {r["RoleName"]: r for r in iam["RoleDetailList"]}
	role = roles["acme-music-glue"]
	expect("trust", role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"],
	       {"Service": "glue.amazonaws.com"})
	expect("managed policies", [p["PolicyArn"] for p in role["AttachedManagedPolicies"]],
	       ["arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"])
	expect("inline policies", [p["PolicyName"] for p in role["RolePolicyList"]], ["lakehouse-data"])
	jobs = {j["Name"]: j for j in jobs["Jobs"]}
	expect("jobs", sorted(jobs), ["acme-music-extract", "acme-music-transform"])
	for s in ("extract", "transform"):
	    expect(s + " script", jobs["acme-music-" + s]["Command"]["ScriptLocation"], st[s + "_script"]["uri"])
	    expect(s + " role", jobs["acme-music-" + s]["Role"], role["Arn"])
	extract, transform = jobs["acme-music-extract"], jobs["acme-music-transform"]
	expect("extract kind", (extract["Command"]["Name"], extract["Command"]["PythonVersion"],
	                        extract["MaxCapacity"]), ("pythonshell", "3.9", 0.0625))
	expect("transform kind", (transform["Command"]["Name"], transform["WorkerType"],
	                          transform["NumberOfWorkers"]), ("glueetl", "G.1X", 4))
	args = transform["DefaultArguments"]
	expect("transform arguments", (args["--datalake-formats"], args["--database"], args["--warehouse"]),
	       ("iceberg", "music_lakehouse", "s3://acme-music-transformation-zone/music_lakehouse/"))
	PY
'

test_expect_success 'music-lakehouse: an edited script replaces its artifact and updates its job, nothing else' '
	old_key=$(artifact_key glue/script/ jobs/transform.py) &&
	printf "\n# v2: also merge the artists table\n" >>jobs/transform.py &&
	new_key=$(artifact_key glue/script/ jobs/transform.py) &&
	test_expect_code 2 terrace plan -detailed-exitcode >edit.out 2>edit.err &&
	test_line edit.out "# transform_script must be replaced" &&
	test_line edit.out "~ key            = \"$old_key\" -> \"$new_key\" # forces replacement" &&
	test_line edit.out "# transform_job will be updated in-place" &&
	test_line edit.out "~ \"script_location\" = \"s3://acme-music-landing-zone/$old_key\" -> \"s3://acme-music-landing-zone/$new_key\"" &&
	test_equal 2 "$(grep -cE "^ *# [a-z_]+ (will|must) be" edit.out)" &&
	test_line edit.out "Plan: 1 to add, 1 to change, 1 to destroy."
'

test_expect_success 'music-lakehouse: apply uploads the new script and points the job at it' '
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_line apply2.out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	bucket_keys acme-music-landing-zone >keys &&
	test_line keys "$new_key" &&
	test_not_contains keys "$old_key" &&
	cli glue get-job --job-name acme-music-transform >job.json &&
	NEW_URI=s3://acme-music-landing-zone/$new_key check_json job.json <<-\PY &&
	expect("script", d["Job"]["Command"]["ScriptLocation"], os.environ["NEW_URI"])
	PY
	test_expect_code 0 terrace plan -detailed-exitcode >plan3.out 2>plan3.err
'

test_expect_success 'music-lakehouse: destroy leaves nothing in S3, Glue or IAM' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 11 destroyed." &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	nothing_left glue get-databases --query "DatabaseList[].Name" &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	no_secret destroy.out destroy.err
'

test_done
