#!/usr/bin/env bash
# t0290-examples: examples/music-lakehouse applied unchanged against moto
# (two zone buckets, Glue database and Iceberg tables, role, script
# artifacts, Glue jobs): validate, plan, apply, a second plan with no
# changes, the AWS CLI finding what was made, an edited job script planned
# as one replaced artifact and one updated job (nothing else), apply,
# destroy, and the AWS CLI finding nothing of the example left.
# (examples/retail-batch, which also needs PostgreSQL behind a bastion, is
# t0330.)
#
# Each example is copied to the test folder and run from there, as its README
# says (the scripts' source paths are relative to the current folder); its
# provider takes endpoint and keys from variables, set here with
# TERRACE_VAR_*. Each step makes few CLI calls (one get-jobs answers for
# every job) and checks their answers in one Python run (check_json): a CLI
# call costs about a second.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

# The Glue roles attach the AWS managed policy AWSGlueServiceRole, which moto
# knows only when asked to load AWS's managed policies.
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_VAR_region=us-east-1
# Distinctive secrets, to look for in every output.
export TERRACE_VAR_secret_key='moto-secret-key-4f0b9d2c'
TEST_SECRETS=("$TERRACE_VAR_secret_key")

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
	import re
	for name, t in tables.items():
	    location = "s3://acme-music-transformation-zone/music_lakehouse/" + name
	    params = dict(t["Parameters"])
	    metadata = params.pop("metadata_location", "")
	    # open_table_format_input reached Glue: the table is Iceberg with the
	    # metadata location Glue writes at creation
	    expect(name + " format", (t["TableType"], params), ("EXTERNAL_TABLE", {"table_type": "ICEBERG"}))
	    expect(name + " metadata", bool(re.fullmatch(re.escape(location) + r"/metadata/00000-[0-9a-f-]+\.metadata\.json", metadata)), True)
	    expect(name + " location", t["StorageDescriptor"]["Location"], location)
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
