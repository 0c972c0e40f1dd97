#!/usr/bin/env bash
# t0220-glue-jobs: Glue jobs, triggers and crawlers. A job runs a PySpark
# script uploaded as an aws.s3.object; a scheduled and a conditional trigger
# start it and a crawler; an on-demand trigger has no enabled state. Each
# type is created, plans no changes afterwards, updates in place (job
# arguments, workers, timeout, tags; trigger schedule, actions, enabled;
# crawler targets, schedule), is replaced when its name changes (the job),
# shows drift made with the aws CLI and undoes it, is adopted after a lost
# create but never taken over when someone else's, waits for a running
# crawl, is created again when deleted outside terrace, refuses settings
# Glue would refuse at plan time, and is gone after destroy.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ROLE=arn:aws:iam::123456789012:role/glue
# terrace's own tags as glue_state prints them (after the stack's, sorted).
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

glue () {
	s3 glue "$@"
}

# glue_state EXPR...: one line per Python expression, evaluated with d = a
# snapshot of everything Glue holds: d["jobs"], d["triggers"], d["crawlers"]
# by name, each as its Get* answer with its tags added as "Tags". It is read
# with botocore, the library the aws CLI is built on, in one process (an aws
# CLI run per value would make this file several times slower).
glue_state () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$@" <<-'EOF'
	import json, sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	glue = botocore.session.get_session().create_client(
	    "glue", region_name="us-east-1", endpoint_url=endpoint,
	    aws_access_key_id=key, aws_secret_access_key=secret)
	arn = "arn:aws:glue:us-east-1:123456789012:"
	d = {
	    "jobs": {j["Name"]: j for j in glue.get_jobs()["Jobs"]},
	    "triggers": {t["Name"]: t for t in glue.get_triggers()["Triggers"]},
	    "crawlers": {c["Name"]: c for c in glue.get_crawlers()["Crawlers"]},
	}
	for kind, items in (("job", d["jobs"]), ("trigger", d["triggers"]),
	                    ("crawler", d["crawlers"])):
	    for name, item in items.items():
	        item["Tags"] = glue.get_tags(ResourceArn=f"{arn}{kind}/{name}")["Tags"]
	for expr in sys.argv[4:]:
	    v = eval(expr, {"d": d})
	    print(v if isinstance(v, str) else json.dumps(v, sort_keys=True, default=str))
	EOF
}

# expect LINE...: the lines glue_state should print, into the file expect.
expect () {
	printf '%s\n' "$@" >expect
}

# Every job, trigger or crawler name, one per line, sorted, from the aws CLI.
glue_names () {
	case "$1" in
	jobs) glue get-jobs --output text --query 'Jobs[].Name' ;;
	triggers) glue get-triggers --output text --query 'Triggers[].Name' ;;
	crawlers) glue get-crawlers --output text --query 'Crawlers[].Name' ;;
	esac | tr '\t' '\n' | sed '/^$/d' | sort
}

# The stack, from these settings:
JOB=clean ENV=dev WORKERS=2 TIMEOUT=60 TEAM=data
SCHEDULE="cron(0 2 * * ? *)" DAY=today ENABLED=true
TARGETS='[{path: "s3://acme-data/raw/"}]' CRAWL_SCHEDULE="" CRAWLER=lake-crawler
MANUAL=manual-clean

glue_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  scripts:
	    type: aws.s3.bucket
	    name: acme-glue-scripts
	  script:
	    type: aws.s3.object
	    bucket: \${scripts.name}
	    key: jobs/clean.py
	    source: clean.py
	  clean:
	    type: aws.glue.job
	    name: $JOB
	    role: "$ROLE"
	    command:
	      name: glueetl
	      script_location: "s3://\${scripts.name}/\${script.key}"
	      python_version: "3"
	    glue_version: "4.0"
	    worker_type: G.1X
	    number_of_workers: $WORKERS
	    timeout: $TIMEOUT
	    default_arguments:
	      "--env": $ENV
	      "--job-language": python
	    tags:
	      team: $TEAM
	  nightly:
	    type: aws.glue.trigger
	    name: nightly-clean
	    trigger_type: SCHEDULED
	    schedule: "$SCHEDULE"
	    enabled: $ENABLED
	    actions:
	      - job_name: \${clean.name}
	        arguments: {"--day": "$DAY"}
	    tags:
	      team: data
	  after_clean:
	    type: aws.glue.trigger
	    name: after-clean
	    trigger_type: CONDITIONAL
	    predicate:
	      conditions:
	        - job_name: \${clean.name}
	          state: SUCCEEDED
	    actions:
	      - crawler_name: \${lake.name}
	  manual:
	    type: aws.glue.trigger
	    name: $MANUAL
	    trigger_type: ON_DEMAND
	    actions:
	      - job_name: \${clean.name}
	  lake:
	    type: aws.glue.crawler
	    name: $CRAWLER
	    role: "$ROLE"
	    database_name: lake
	    s3_targets: $TARGETS
	    $CRAWL_SCHEDULE
	    schema_change_policy:
	      delete_behavior: LOG
	YAML
}

printf 'from pyspark.context import SparkContext\nprint("clean")\n' >clean.py

test_expect_success 'create: the job runs the uploaded script' '
	glue_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	J="d[\"jobs\"][\"clean\"]" &&
	glue_state "$J[\"Command\"][\"ScriptLocation\"]" "$J[\"Role\"]" \
		"[$J[\"WorkerType\"], $J[\"NumberOfWorkers\"], $J[\"Timeout\"], $J[\"GlueVersion\"]]" \
		"$J[\"DefaultArguments\"]" "$J[\"Tags\"]" >actual &&
	expect s3://acme-glue-scripts/jobs/clean.py "$ROLE" "[\"G.1X\", 2, 60, \"4.0\"]" \
		"{\"--env\": \"dev\", \"--job-language\": \"python\"}" "{\"team\": \"data\", $TT}" &&
	test_cmp expect actual &&
	s3 s3api head-object --bucket acme-glue-scripts --key jobs/clean.py >/dev/null
'

test_expect_success 'create: triggers and crawler as written' '
	T="d[\"triggers\"]" C="d[\"crawlers\"][\"lake-crawler\"]" &&
	glue_state "[$T[\"nightly-clean\"][k] for k in (\"Type\", \"State\", \"Schedule\")]" \
		"$T[\"nightly-clean\"][\"Actions\"]" "$T[\"nightly-clean\"][\"Tags\"]" \
		"[$T[\"after-clean\"][k] for k in (\"Type\", \"State\", \"Predicate\", \"Actions\")]" \
		"[$T[\"manual-clean\"][k] for k in (\"Type\", \"State\")]" \
		"[$C[\"DatabaseName\"], $C[\"Targets\"][\"S3Targets\"], $C[\"SchemaChangePolicy\"]]" >actual &&
	expect "[\"SCHEDULED\", \"ACTIVATED\", \"cron(0 2 * * ? *)\"]" \
		"[{\"Arguments\": {\"--day\": \"today\"}, \"JobName\": \"clean\"}]" \
		"{\"team\": \"data\", $TT}" \
		"[\"CONDITIONAL\", \"ACTIVATED\", {\"Conditions\": [{\"JobName\": \"clean\", \"LogicalOperator\": \"EQUALS\", \"State\": \"SUCCEEDED\"}], \"Logical\": \"AND\"}, [{\"CrawlerName\": \"lake-crawler\"}]]" \
		"[\"ON_DEMAND\", \"CREATED\"]" \
		"[\"lake\", [{\"Exclusions\": [], \"Path\": \"s3://acme-data/raw/\"}], {\"DeleteBehavior\": \"LOG\", \"UpdateBehavior\": \"UPDATE_IN_DATABASE\"}]" &&
	test_cmp expect actual
'

test_expect_success 'a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'job arguments, workers, timeout and tags plan as one in-place update' '
	ENV=prod WORKERS=5 TIMEOUT=120 TEAM=lake && glue_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# clean will be updated in-place" &&
	test_match out "\"--env\" *= \"dev\" -> \"prod\"" &&
	test_match out "~ number_of_workers *= 2 -> 5" &&
	test_match out "~ timeout *= 60 -> 120" &&
	test_match out "\"team\" *= \"data\" -> \"lake\"" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply updates the job (UpdateJob) and its tags' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "clean: Modifying... [id=clean]" &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	J="d[\"jobs\"][\"clean\"]" &&
	glue_state "[$J[\"DefaultArguments\"][\"--env\"], $J[\"NumberOfWorkers\"], $J[\"Timeout\"], $J[\"WorkerType\"], $J[\"GlueVersion\"]]" \
		"$J[\"Command\"]" "$J[\"Tags\"]" >actual &&
	expect "[\"prod\", 5, 120, \"G.1X\", \"4.0\"]" \
		"{\"Name\": \"glueetl\", \"PythonVersion\": \"3\", \"ScriptLocation\": \"s3://acme-glue-scripts/jobs/clean.py\"}" \
		"{\"team\": \"lake\", $TT}" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'trigger schedule, actions and enabled update in place' '
	SCHEDULE="cron(30 4 * * ? *)" DAY=yesterday ENABLED=false && glue_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# nightly will be updated in-place" &&
	test_match out "~ schedule *= \"cron\(0 2 \* \* \? \*\)\" -> \"cron\(30 4 \* \* \? \*\)\"" &&
	test_match out "~ enabled *= true -> false" &&
	test_contains out "yesterday" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	T="d[\"triggers\"][\"nightly-clean\"]" &&
	glue_state "[$T[\"State\"], $T[\"Schedule\"], $T[\"Actions\"], $T[\"Tags\"]]" >actual &&
	expect "[\"DEACTIVATED\", \"cron(30 4 * * ? *)\", [{\"Arguments\": {\"--day\": \"yesterday\"}, \"JobName\": \"clean\"}], {\"team\": \"data\", $TT}]" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'enabling the trigger again starts it' '
	ENABLED=true && glue_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal ACTIVATED "$(glue_state "d[\"triggers\"][\"nightly-clean\"][\"State\"]")"
'

test_expect_success 'crawler targets and schedule update in place' '
	TARGETS="[{path: \"s3://acme-data/raw/\", exclusions: [\"*.tmp\"]}, {path: \"s3://acme-data/ref/\"}]" &&
	CRAWL_SCHEDULE="schedule: \"cron(0 3 * * ? *)\"" && glue_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# lake will be updated in-place" &&
	test_match out "~ schedule *= null -> \"cron\(0 3 \* \* \? \*\)\"" &&
	test_contains out "s3://acme-data/ref/" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	C="d[\"crawlers\"][\"lake-crawler\"]" &&
	glue_state "$C[\"Schedule\"][\"ScheduleExpression\"]" "$C[\"Targets\"][\"S3Targets\"]" >actual &&
	expect "cron(0 3 * * ? *)" \
		"[{\"Exclusions\": [\"*.tmp\"], \"Path\": \"s3://acme-data/raw/\"}, {\"Exclusions\": [], \"Path\": \"s3://acme-data/ref/\"}]" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'removing the crawler schedule clears it' '
	CRAWL_SCHEDULE="" && glue_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal null "$(glue_state "d[\"crawlers\"][\"lake-crawler\"].get(\"Schedule\")")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# Issue 59's one update contract: an update converges from a live read, not
# from the state. The aws CLI changes what the state still holds as before
# (the job's MaxRetries, the trigger's state, a tag on the crawler); the
# stack changes something else on each, and apply -refresh=false (the state
# as it was) must put the first right as well: a diff of the state against
# the stack would send only the second.
test_expect_success 'an update with -refresh=false corrects what changed outside terrace as well' '
	glue update-job --job-name clean --job-update "{
		\"Role\": \"$ROLE\",
		\"Command\": {\"Name\": \"glueetl\", \"ScriptLocation\": \"s3://acme-glue-scripts/jobs/clean.py\", \"PythonVersion\": \"3\"},
		\"GlueVersion\": \"4.0\", \"WorkerType\": \"G.1X\", \"NumberOfWorkers\": 5, \"Timeout\": 120,
		\"MaxRetries\": 3,
		\"DefaultArguments\": {\"--env\": \"prod\", \"--job-language\": \"python\"}}" >/dev/null &&
	glue stop-trigger --name nightly-clean >/dev/null &&
	glue tag-resource --resource-arn arn:aws:glue:us-east-1:123456789012:crawler/lake-crawler \
		--tags-to-add extra=x >/dev/null &&
	TEAM=ops DAY=tomorrow CRAWL_SCHEDULE="schedule: \"cron(0 5 * * ? *)\"" glue_stack &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	J="d[\"jobs\"][\"clean\"]" T="d[\"triggers\"][\"nightly-clean\"]" C="d[\"crawlers\"][\"lake-crawler\"]" &&
	glue_state "[$J[\"MaxRetries\"], $J[\"Tags\"]]" \
		"[$T[\"State\"], $T[\"Actions\"][0][\"Arguments\"]]" \
		"[$C[\"Schedule\"][\"ScheduleExpression\"], $C[\"Tags\"]]" >actual &&
	expect "[0, {\"team\": \"ops\", $TT}]" "[\"ACTIVATED\", {\"--day\": \"tomorrow\"}]" \
		"[\"cron(0 5 * * ? *)\", {$TT}]" &&
	test_cmp expect actual &&
	glue_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new job name replaces the job and updates the triggers that start it' '
	JOB=clean-v2 && glue_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# clean must be replaced" &&
	test_match out "~ name *= \"clean\" -> \"clean-v2\" # forces replacement" &&
	test_line out "Plan: 1 to add, 3 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 3 changed, 1 destroyed." &&
	J="d[\"jobs\"][\"clean-v2\"]" T="d[\"triggers\"]" &&
	glue_state "sorted(d[\"jobs\"])" \
		"[$J[\"DefaultArguments\"][\"--env\"], $J[\"NumberOfWorkers\"], $J[\"Tags\"]]" \
		"[$T[\"nightly-clean\"][\"Actions\"][0][\"JobName\"], $T[\"after-clean\"][\"Predicate\"][\"Conditions\"][0][\"JobName\"], $T[\"manual-clean\"][\"Actions\"][0][\"JobName\"]]" >actual &&
	expect "[\"clean-v2\"]" "[\"prod\", 5, {\"team\": \"lake\", $TT}]" \
		"[\"clean-v2\", \"clean-v2\", \"clean-v2\"]" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'setup: change the job, trigger and crawler with the aws CLI' '
	glue update-job --job-name clean-v2 --job-update "{
		\"Role\": \"$ROLE\",
		\"Command\": {\"Name\": \"glueetl\", \"ScriptLocation\": \"s3://elsewhere/x.py\", \"PythonVersion\": \"3\"},
		\"GlueVersion\": \"4.0\", \"WorkerType\": \"G.1X\", \"NumberOfWorkers\": 5, \"Timeout\": 120,
		\"MaxRetries\": 3,
		\"DefaultArguments\": {\"--env\": \"prod\", \"--job-language\": \"python\"}}" >/dev/null &&
	glue tag-resource --resource-arn arn:aws:glue:us-east-1:123456789012:job/clean-v2 \
		--tags-to-add extra=x >/dev/null &&
	glue stop-trigger --name nightly-clean >/dev/null &&
	glue update-crawler --name lake-crawler --table-prefix raw_ >/dev/null
'

test_expect_success 'plan shows the drift as the changes that undo it' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# clean will be updated in-place( \(.*\))?$" &&
	test_match out "\"script_location\" *= \"s3://elsewhere/x.py\" -> \"s3://acme-glue-scripts/jobs/clean.py\"" &&
	test_match out "~ max_retries *= 3 -> 0" &&
	test_match out "- \"extra\" *= \"x\"" &&
	test_match out "^ *# nightly will be updated in-place( \(.*\))?$" &&
	test_match out "~ enabled *= false -> true" &&
	test_match out "^ *# lake will be updated in-place( \(.*\))?$" &&
	test_match out "~ table_prefix *= \"raw_\" -> \"\"" &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy."
'

test_expect_success 'apply puts them back' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	J="d[\"jobs\"][\"clean-v2\"]" &&
	glue_state "[$J[\"Command\"][\"ScriptLocation\"], $J[\"MaxRetries\"], $J[\"Tags\"]]" \
		"d[\"triggers\"][\"nightly-clean\"][\"State\"]" \
		"d[\"crawlers\"][\"lake-crawler\"].get(\"TablePrefix\")" >actual &&
	expect "[\"s3://acme-glue-scripts/jobs/clean.py\", 0, {\"team\": \"lake\", $TT}]" ACTIVATED null &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a trigger changed with update-trigger shows as drift' '
	glue update-trigger --name after-clean --trigger-update "{
		\"Predicate\": {\"Logical\": \"ANY\", \"Conditions\": [
			{\"LogicalOperator\": \"EQUALS\", \"JobName\": \"clean-v2\", \"State\": \"FAILED\"}]},
		\"Actions\": [{\"CrawlerName\": \"lake-crawler\"}]}" >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# after_clean will be updated in-place( \(.*\))?$" &&
	test_match out "~ \"logical\" *= \"ANY\" -> \"AND\"" &&
	test_contains out "\"FAILED\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "{\"Conditions\": [{\"JobName\": \"clean-v2\", \"LogicalOperator\": \"EQUALS\", \"State\": \"SUCCEEDED\"}], \"Logical\": \"AND\"}" \
		"$(glue_state "d[\"triggers\"][\"after-clean\"][\"Predicate\"]")"
'

# A create whose answer was lost: the resources exist, the state holds only
# the pending records written before the calls (what a kill leaves). The next
# apply adopts them and brings them to the stack, never duplicating them.
test_expect_success 'pending creates whose job, trigger and crawler exist are adopted' '
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	for name in ("clean", "nightly", "lake"):
	    st["resources"][name]["status"] = "pending"
	    st["resources"][name].pop("id", None)
	json.dump(st, open("terrace.state.json", "w"))
	PY
	glue tag-resource --resource-arn arn:aws:glue:us-east-1:123456789012:job/clean-v2 \
		--tags-to-add extra=x >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# clean will be created (an earlier apply was interrupted while creating it)" &&
	test_line out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	glue_state "sorted(d[\"jobs\"])" "sorted(d[\"triggers\"])" "sorted(d[\"crawlers\"])" \
		"d[\"jobs\"][\"clean-v2\"][\"Tags\"]" >actual &&
	expect "[\"clean-v2\"]" "[\"after-clean\", \"manual-clean\", \"nightly-clean\"]" \
		"[\"lake-crawler\"]" "{\"team\": \"lake\", $TT}" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a job that exists but is not in the state is refused, not taken over' '
	glue create-job --name stranger --role "$ROLE" \
		--command Name=glueetl,ScriptLocation=s3://other/job.py >/dev/null &&
	cp stack.yaml stack.yaml.orig &&
	cat >>stack.yaml <<-YAML &&
	  stranger:
	    type: aws.glue.job
	    name: stranger
	    role: "$ROLE"
	    command: {script_location: "s3://acme-glue-scripts/jobs/clean.py"}
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "aws.glue.job: a job named stranger already exists but is not in this state: import it or choose another name" &&
	test_equal s3://other/job.py \
		"$(glue_state "d[\"jobs\"][\"stranger\"][\"Command\"][\"ScriptLocation\"]")" &&
	mv stack.yaml.orig stack.yaml &&
	glue delete-job --job-name stranger >/dev/null
'

# moto's crawls end when ListCrawls has looked at them (manual progression):
# the crawl started here ends only once terrace is seen waiting for it.
test_expect_success 'a crawler update waits for a running crawl to end' '
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/state-manager/set-transition" \
		-d "{\"model_name\": \"glue::crawl\", \"transition\": {\"progression\": \"manual\", \"times\": 1}}" &&
	glue start-crawler --name lake-crawler &&
	test_equal RUNNING "$(glue_state "d[\"crawlers\"][\"lake-crawler\"][\"State\"]")" &&
	TARGETS="[{path: \"s3://acme-data/raw/\"}]" && glue_stack &&
	{ TERRACE_LOG=debug terrace apply -auto-approve >out 2>err & } &&
	apply_pid=$! &&
	for i in $(seq 1 120); do
		grep -q "waiting for glue crawler lake-crawler to finish its crawl before UpdateCrawler: RUNNING" err && break
		sleep 0.5
	done &&
	test_contains err "waiting for glue crawler lake-crawler to finish its crawl" &&
	glue list-crawls --crawler-name lake-crawler >/dev/null &&
	wait $apply_pid &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	glue_state "d[\"crawlers\"][\"lake-crawler\"][\"State\"]" \
		"d[\"crawlers\"][\"lake-crawler\"][\"Targets\"][\"S3Targets\"]" >actual &&
	expect READY "[{\"Exclusions\": [], \"Path\": \"s3://acme-data/raw/\"}]" &&
	test_cmp expect actual
'

test_expect_success 'a trigger and a crawler deleted outside terrace plan as creates' '
	glue delete-trigger --name after-clean >/dev/null &&
	glue delete-crawler --name lake-crawler >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# after_clean will be created( \(.*\))?$" &&
	test_match out "^ *# lake will be created( \(.*\))?$" &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	glue_state "d[\"triggers\"][\"after-clean\"][\"Actions\"]" \
		"d[\"crawlers\"][\"lake-crawler\"][\"SchemaChangePolicy\"][\"DeleteBehavior\"]" >actual &&
	expect "[{\"CrawlerName\": \"lake-crawler\"}]" LOG &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# bad_plan RESOURCES_YAML: a plan of a stack (in bad/) holding just these
# resources must fail; its stderr is bad/err.
bad_plan () {
	rm -rf bad && mkdir bad && write_stack bad/stack.yaml &&
	printf "resources:\n%s\n" "$1" >>bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >out 2>err)
}

test_expect_success 'settings Glue would refuse are refused before apply, at validate where they are written' '
	bad_plan "  t: {type: aws.glue.trigger, name: m, trigger_type: ON_DEMAND, enabled: true,
	    actions: [{job_name: j}]}" &&
	test_contains bad/err "(aws.glue.trigger): enabled does not apply to ON_DEMAND triggers, which have no active state: leave it unset" &&
	bad_plan "  t: {type: aws.glue.trigger, name: s, trigger_type: SCHEDULED, actions: [{job_name: j}]}" &&
	test_contains bad/err "(aws.glue.trigger): a SCHEDULED trigger needs a schedule" &&
	bad_plan "  t: {type: aws.glue.trigger, name: c, trigger_type: CONDITIONAL,
	    predicate: {conditions: [{job_name: j}]}, actions: [{job_name: k}]}" &&
	test_contains bad/err "(aws.glue.trigger): predicate condition 0 must set job_name with state, or crawler_name with crawl_state" &&
	bad_plan "  j: {type: aws.glue.job, name: j, role: r, worker_type: G.1X, number_of_workers: 2,
	    max_capacity: 10, command: {script_location: \"s3://b/k.py\"}}" &&
	test_contains bad/err "(aws.glue.job): set worker_type with number_of_workers, or max_capacity, not both" &&
	bad_plan "  j: {type: aws.glue.job, name: j, role: r, command: {script_location: /tmp/k.py}}" &&
	test_contains bad/err "command.script_location: \"/tmp/k.py\" is not an s3:// URI" &&
	bad_plan "  c: {type: aws.glue.crawler, name: c, role: r, database_name: d, s3_targets: [],
	    schema_change_policy: {update_behavior: NEVER}}" &&
	test_contains bad/err "schema_change_policy.update_behavior: \"NEVER\" is not one of UPDATE_IN_DATABASE, LOG" &&
	bad_plan "  c: {type: aws.glue.crawler, name: c, role: r, database_name: d, s3_targets: []}" &&
	test_contains bad/err "(aws.glue.crawler): s3_targets must list at least one target"
'

test_expect_success 'new trigger and crawler names replace them' '
	CRAWLER=lake-crawler-v2 MANUAL=manual-clean-v2 && glue_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# manual must be replaced" &&
	test_match out "~ name *= \"manual-clean\" -> \"manual-clean-v2\" # forces replacement" &&
	test_line out "# lake must be replaced" &&
	test_match out "~ name *= \"lake-crawler\" -> \"lake-crawler-v2\" # forces replacement" &&
	test_line out "# after_clean will be updated in-place" &&
	test_line out "Plan: 2 to add, 1 to change, 2 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 1 changed, 2 destroyed." &&
	glue_state "sorted(d[\"triggers\"])" "sorted(d[\"crawlers\"])" \
		"d[\"triggers\"][\"after-clean\"][\"Actions\"]" >actual &&
	expect "[\"after-clean\", \"manual-clean-v2\", \"nightly-clean\"]" "[\"lake-crawler-v2\"]" \
		"[{\"CrawlerName\": \"lake-crawler-v2\"}]" &&
	test_cmp expect actual &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy removes every job, trigger and crawler' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	glue_names jobs >jobs && test_empty jobs &&
	glue_names triggers >triggers && test_empty triggers &&
	glue_names crawlers >crawlers && test_empty crawlers &&
	test_equal "[]" "$(glue_state "sorted(d[\"jobs\"]) + sorted(d[\"triggers\"]) + sorted(d[\"crawlers\"])")"
'

test_done
