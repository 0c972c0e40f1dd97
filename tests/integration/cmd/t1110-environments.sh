#!/usr/bin/env bash
# t1110-environments: a stack's environments: (-env, TERRACE_ENV,
# TERRACE_USER) against moto. Two users apply the same stack with -env dev
# into one account: each gets its own objects (names prefixed dev-USER-,
# fitted: a bucket name cut to 63 with a hash, a Glue database's prefix with
# '_'), tagged terrace:environment and terrace:user, the schedule, the rule
# and the trigger disabled (an explicit state kept), and its own state; the
# default workspace's state is untouched; destroy -env dev removes the
# caller's only. plan and show name the environment and user, in text and
# JSON. A production environment refuses apply and destroy from uncommitted
# stack files (-allow-dirty overrides) and from another branch than its
# git_branch (-allow-other-branch overrides; -allow-dirty does not). Bad environments: blocks and unknown names are refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
LONG=t1110-a-bucket-name-that-is-long-enough-to-need-cutting-x

env_stack () {
	write_stack stack.yaml "  zone: {type: string, default: raw}"
	cat >>stack.yaml <<-YAML
	environments:
	  dev:
	    mode: development
	  prod:
	    mode: production
	    git_branch: main
	    variables: {zone: prod}
	    providers:
	      aws: {region: us-west-2}
	  team:
	    mode: development
	    backend: {type: s3, bucket: t1110-state, region: us-east-1, path_style: true}
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: t1110-\${var.zone}
	    tags: {team: lake}
	  long:
	    type: aws.s3.bucket
	    name: $LONG
	  script:
	    type: aws.s3.object
	    bucket: \${raw.name}
	    key: jobs/clean.py
	    content: "print('clean')"
	  etl:
	    type: aws.iam.role
	    name: t1110-etl
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: [glue.amazonaws.com, states.amazonaws.com, scheduler.amazonaws.com]}, Action: "sts:AssumeRole"}]
	  catalog:
	    type: aws.glue.database
	    name: t1110_lake
	  clean:
	    type: aws.glue.job
	    name: t1110-clean
	    role: \${etl.arn}
	    command: {name: glueetl, script_location: "s3://\${raw.name}/jobs/clean.py"}
	  hourly:
	    type: aws.glue.trigger
	    name: t1110-hourly
	    trigger_type: SCHEDULED
	    schedule: cron(0 * * * ? *)
	    actions: [{job_name: "\${clean.name}"}]
	  flow:
	    type: aws.sfn.state_machine
	    name: t1110-flow
	    role_arn: \${etl.arn}
	    definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
	  tick:
	    type: aws.events.rule
	    name: t1110-tick
	    schedule_expression: rate(1 hour)
	  kept:
	    type: aws.events.rule
	    name: t1110-kept
	    schedule_expression: rate(1 hour)
	    state: ENABLED
	  nightly:
	    type: aws.scheduler.schedule
	    name: t1110-nightly
	    schedule_expression: cron(0 3 * * ? *)
	    target: {arn: "\${flow.arn}", role_arn: "\${etl.arn}"}
	YAML
}

# What moto holds, one line each, sorted: buckets with their tags, Glue
# databases, jobs and triggers (with state), rules and schedules with state.
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	def tags(pairs):
	    return ",".join("%s=%s" % kv for kv in sorted(pairs) if kv[0].startswith("terrace:e")
	                    or kv[0].startswith("terrace:u") or kv[0] == "team")
	lines = []
	s3 = client("s3")
	for b in s3.list_buckets()["Buckets"]:
	    try:
	        t = s3.get_bucket_tagging(Bucket=b["Name"])["TagSet"]
	    except Exception:
	        t = []
	    lines.append("bucket %s %s" % (b["Name"], tags((x["Key"], x["Value"]) for x in t)))
	glue = client("glue")
	for d in glue.get_databases()["DatabaseList"]:
	    lines.append("database %s" % d["Name"])
	for j in glue.get_jobs()["Jobs"]:
	    t = glue.get_tags(ResourceArn="arn:aws:glue:us-east-1:123456789012:job/" + j["Name"])["Tags"]
	    lines.append("job %s %s" % (j["Name"], tags(t.items())))
	for t in glue.get_triggers()["Triggers"]:
	    active = t["State"] in ("ACTIVATED", "ACTIVATING")
	    lines.append("trigger %s %s" % (t["Name"], "activated" if active else "not-activated"))
	ev = client("events")
	for r in ev.list_rules()["Rules"]:
	    lines.append("rule %s %s" % (r["Name"], r["State"]))
	sch = client("scheduler")
	for s in sch.list_schedules()["Schedules"]:
	    lines.append("schedule %s %s" % (s["Name"], s["State"]))
	iam = client("iam")
	for r in iam.list_roles()["Roles"]:
	    lines.append("role %s" % r["RoleName"])
	for line in sorted(lines):
	    print(line)
	PY
}

# user_objects USER: the inventory lines USER's dev environment must make.
user_objects () {
	local u=$1 cut
	cut=$(grep "^bucket dev-$u-t1110-a-bucket" inv | awk '{print $2}')
	cat <<-EOF
	bucket dev-$u-t1110-raw team=lake,terrace:environment=dev,terrace:user=$u
	bucket $cut terrace:environment=dev,terrace:user=$u
	database dev_${u}_t1110_lake
	job dev-$u-t1110-clean terrace:environment=dev,terrace:user=$u
	role dev-$u-t1110-etl
	rule dev-$u-t1110-kept ENABLED
	rule dev-$u-t1110-tick DISABLED
	schedule dev-$u-t1110-nightly DISABLED
	trigger dev-$u-t1110-hourly not-activated
	EOF
}

test_expect_success 'alice applies -env dev: prefixed, fitted, tagged, disabled' '
	env_stack &&
	TERRACE_USER=Alice terrace apply -env dev -auto-approve >out 2>err &&
	test_line out "Environment: dev (development), user alice: names start with dev-alice-" &&
	test_contains out "Apply complete! Resources: 11 added" &&
	inventory >inv &&
	user_objects alice | sort >expect &&
	grep "dev-alice\|dev_alice" inv >actual &&
	test_cmp expect actual &&
	cut=$(grep "^bucket dev-alice-t1110-a-bucket" inv | awk "{print \$2}") &&
	test_equal 63 "${#cut}" &&
	test_match inv "^bucket dev-alice-t1110-a-bucket-name-that-is-long-enough-to-nee-[0-9a-f]{6} " &&
	test -f terrace.state.d/env.dev.alice/terrace.state.json &&
	test ! -f terrace.state.json &&
	test_equal "s3://dev-alice-t1110-raw/jobs/clean.py" \
		"$(json_get terrace.state.d/env.dev.alice/terrace.state.json \
		"d[\"resources\"][\"clean\"][\"attributes\"][\"command\"][\"script_location\"]")"
'

test_expect_success 'a second plan for alice has nothing to do' '
	TERRACE_USER=alice test_expect_code 0 terrace plan -env dev -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'bob (TERRACE_ENV, USER) gets his own objects and state; alice is untouched' '
	inventory >before &&
	TERRACE_ENV=dev USER=bob terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 11 added" &&
	inventory >inv &&
	user_objects bob | sort >expect &&
	grep "dev-bob\|dev_bob" inv >actual &&
	test_cmp expect actual &&
	grep "dev-alice\|dev_alice" before >alice.before &&
	grep "dev-alice\|dev_alice" inv >alice.after &&
	test_cmp alice.before alice.after &&
	test -f terrace.state.d/env.dev.bob/terrace.state.json &&
	TERRACE_USER=alice test_expect_code 0 terrace plan -env dev -detailed-exitcode >out 2>err
'

test_expect_success 'plan and show say which environment and user, in text and JSON' '
	TERRACE_USER=alice terrace plan -env dev -out p.plan >out 2>err &&
	test_line out "Environment: dev (development), user alice: names start with dev-alice-" &&
	terrace show -json p.plan >plan.json &&
	test_equal "{\"mode\": \"development\", \"name\": \"dev\", \"user\": \"alice\"}" \
		"$(json_get plan.json "d[\"environment\"]")" &&
	check_json_plan plan.json <<-PY &&
	assert d["environment"]["user"] == "alice"
	PY
	terrace show -json -terraform-names p.plan >tf.json &&
	check_json_plan tf.json <<-PY &&
	assert d["environment"]["name"] == "dev"
	PY
	TERRACE_USER=bob terrace show -env dev >out 2>err &&
	test_line out "Environment: dev (development), user bob: names start with dev-bob-" &&
	test_contains out "dev-bob-t1110-raw" &&
	test_not_contains out "dev-alice" &&
	TERRACE_USER=bob terrace show -env dev -json >state.json &&
	test_equal bob "$(json_get state.json "d[\"environment\"][\"user\"]")" &&
	TERRACE_USER=bob terrace state list -env dev >out 2>err &&
	test_line out raw
'

test_expect_success 'the default workspace is its own: nothing of the environments in it' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "Plan: 11 to add" &&
	test_not_contains out "Environment:" &&
	test_contains out "\"t1110-raw\""
'

test_expect_success 'destroy -env dev as bob removes bob'"'"'s objects only' '
	inventory >before &&
	TERRACE_USER=bob terrace destroy -env dev -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 11 destroyed." &&
	inventory >inv &&
	! grep -q "dev-bob\|dev_bob" inv &&
	grep "dev-alice\|dev_alice" before >alice.before &&
	grep "dev-alice\|dev_alice" inv >alice.after &&
	test_cmp alice.before alice.after
'

test_expect_success 'an unknown environment lists the known ones; a bad block names file:line:col' '
	test_expect_code 1 terrace plan -env staging >out 2>err &&
	test_contains err "unknown environment \"staging\" (stack \"t1110-environments\" has: dev, prod, team)" &&
	cp stack.yaml good.copy &&
	sed -i "s/mode: development/mode: develop/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"dev\": mode must be development or production, got develop" &&
	cp good.copy stack.yaml &&
	sed -i "s/variables: {zone: prod}/variables: {zoen: prod}/" stack.yaml &&
	test_expect_code 1 terrace plan -env dev >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": unknown variable \"zoen\"" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": unknown variable \"zoen\"" &&
	cp good.copy stack.yaml &&
	sed -i "s/aws: {region: us-west-2}/aws: {regoin: us-west-2}/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": provider aws has no setting \"regoin\"" &&
	cp good.copy stack.yaml &&
	sed -i "s/    mode: development$/    mode: development\n    git_branch: main\n    stage: 1/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"dev\": git_branch is checked in production mode only" &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*unknown key \"stage\" in environment \"dev\"" &&
	cp good.copy stack.yaml &&
	terrace validate >out 2>err
'

test_expect_success 'production: refused from uncommitted files, then from another branch; -allow-other-branch' '
	git init -q -b main . &&
	git -c user.email=t@t -c user.name=t add stack.yaml &&
	git -c user.email=t@t -c user.name=t commit -q -m stack &&
	echo "# a change" >>stack.yaml &&
	test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err &&
	test_contains err "apply -env prod refused: environment \"prod\" is production and the stack" &&
	test_contains err "stack.yaml" &&
	test_contains err "-allow-dirty" &&
	test_expect_code 1 terrace destroy -env prod -auto-approve >out 2>err &&
	test_contains err "destroy -env prod refused" &&
	git -c user.email=t@t -c user.name=t commit -q -am change &&
	git checkout -q -b feature &&
	test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err &&
	test_contains err "environment \"prod\" is applied from branch \"main\" (git_branch), and this working tree is on \"feature\"" &&
	terrace plan -env prod -out prod.plan >out 2>err &&
	test_expect_code 1 terrace apply prod.plan >out 2>err &&
	test_contains err "apply -env prod refused: environment \"prod\" is applied from branch \"main\"" &&
	inventory >inv &&
	! grep -q "t1110-prod" inv &&
	TERRACE_USER=ops test_expect_code 1 terrace apply -env prod -allow-dirty -auto-approve >out 2>err &&
	test_contains err "this working tree is on \"feature\"" &&
	TERRACE_USER=ops terrace apply -env prod -allow-other-branch -auto-approve >out 2>err &&
	test_line out "Environment: prod (production), run by ops" &&
	TERRACE_USER=ops terrace show -env prod -json >state.json &&
	test_equal "{\"git_branch\": \"main\", \"mode\": \"production\", \"name\": \"prod\", \"user\": \"ops\"}" \
		"$(json_get state.json "d[\"environment\"]")" &&
	inventory >inv &&
	test_contains inv "bucket t1110-prod " &&
	test_equal us-west-2 "$(s3 s3api get-bucket-location --bucket t1110-prod --output text)" &&
	test -f terrace.state.d/env.prod/terrace.state.json &&
	git checkout -q main &&
	terrace destroy -env prod -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 11 destroyed."
'

test_expect_success 'an environment with its own S3 backend keeps each user'"'"'s state under its own key' '
	s3 s3api create-bucket --bucket t1110-state >/dev/null &&
	for u in erin finn; do
		TERRACE_USER=$u TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT \
		TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY \
			terrace apply -env team -target raw -auto-approve >out 2>err &&
		test_contains out "Apply complete! Resources: 1 added" || return 1
	done &&
	bucket_keys t1110-state | grep -v "\.history/" >keys &&
	printf "%s\n" "t1110-environments/env:/env.team.erin/terrace.state.json" \
		"t1110-environments/env:/env.team.finn/terrace.state.json" >expect &&
	test_cmp expect keys &&
	bucket_exists dev-erin-t1110-raw && bucket_exists dev-finn-t1110-raw &&
	TERRACE_USER=finn TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT \
	TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY \
		terrace destroy -env team -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists dev-finn-t1110-raw &&
	bucket_exists dev-erin-t1110-raw &&
	TERRACE_USER=erin TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT \
	TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY \
		terrace destroy -env team -auto-approve >out 2>err &&
	! bucket_exists dev-erin-t1110-raw
'

test_expect_success 'without TERRACE_USER, an assumed role'"'"'s session name is the user, before USER' '
	s3 sts assume-role --role-arn arn:aws:iam::$ACCOUNT:role/t1110-dev \
		--role-session-name Carol.Smith@corp --output json >creds.json &&
	(
		unset TERRACE_USER &&
		export USER=nobody \
			TERRACE_VAR_access_key=$(json_get creds.json "d[\"Credentials\"][\"AccessKeyId\"]") \
			TERRACE_VAR_secret_key=$(json_get creds.json "d[\"Credentials\"][\"SecretAccessKey\"]") &&
		terrace plan -env dev -target raw >out 2>err &&
		test_line out "Environment: dev (development), user carol-smith-corp: names start with dev-carol-smith-corp-" &&
		test_contains out "\"dev-carol-smith-corp-t1110-raw\"" &&
		terrace show -env dev >out 2>err &&
		test_contains out "user carol-smith-corp"
	) &&
	(
		unset TERRACE_USER &&
		USER=Dave terrace plan -env dev -target raw >out 2>err &&
		test_line out "Environment: dev (development), user dave: names start with dev-dave-"
	)
'

# tags_stack N...: a stack with a dev environment and a bucket of N written
# tags for each N (t1110-tags-N).
tags_stack () {
	write_stack stack.yaml &&
	printf "environments:\n  dev:\n    mode: development\nresources:\n" >>stack.yaml &&
	for n in "$@"; do
		printf "  b%d:\n    type: aws.s3.bucket\n    name: t1110-tags-%d\n    tags:\n" $n $n &&
		i=0 && while test $i -lt $n; do
			printf "      k%d: v\n" $i && i=$((i + 1))
		done
	done >>stack.yaml
}

test_expect_success 'a development environment'"'"'s two tags count against AWS'"'"'s 50 at plan (47 written: refused in dev, 46 pass)' '
	mkdir tags && (
		cd tags &&
		tags_stack 47 46 &&
		terrace validate >out 2>err &&
		terrace plan >out 2>err &&
		test_contains out "Plan: 2 to add" &&
		TERRACE_USER=gina test_expect_code 1 terrace plan -env dev >out 2>err &&
		test_contains err "resource \"b47\" (aws.s3.bucket): tags: 51 tags with terrace'"'"'s own four (terrace:stack, terrace:workspace, and a development environment'"'"'s terrace:environment and terrace:user)" &&
		! grep -q "resource \"b46\"" err &&
		tags_stack 46 &&
		TERRACE_USER=gina terrace plan -env dev >out 2>err &&
		test_contains out "Plan: 1 to add"
	)
'

test_expect_success 'alice cleans up' '
	TERRACE_USER=alice terrace destroy -env dev -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	inventory >inv &&
	! grep -q "dev-alice\|dev_alice" inv
'

test_done
