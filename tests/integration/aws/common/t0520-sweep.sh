#!/usr/bin/env bash
# t0520-sweep: terrace sweep, teardown without state. A lab stack (buckets,
# IAM roles, policies, users and groups, Glue databases, tables, jobs and
# triggers, a CodeBuild project, a state machine, an EventBridge rule, a
# Scheduler schedule, a Lambda function, a secret, a CodeCommit repository, an
# RDS instance and a Redshift cluster) is
# applied in two workspaces, a second stack and a bucket made by hand sit
# beside it, and the local state is deleted. Then: a stack without a lab:
# block, and one whose allowed_endpoints lacks moto's URL, are refused and
# nothing changes; the dry run lists both workspaces' resources (type, name,
# stack, workspace, age) and deletes nothing; -workspace, -name and
# -older-than narrow the list; -force -workspace dev deletes dev's tagged
# resources only; -force deletes the rest in dependency order (the
# versioned bucket emptied of every version and delete marker first, the
# database without a final snapshot); a full listing of every service then
# shows nothing of the stack, and the other stack's resources and the hand-
# made bucket (listed last, as not the lab's: t0521) are untouched.
#
# The listings are read with botocore, the library the aws CLI runs on, in
# one process per listing (an aws CLI run per service would take seconds
# each); the versioned bucket is checked with the aws CLI itself.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_VAR_db_password='Sweep-Pa55-7c1d'

# inventory: every object of every service the sweep covers, one line each,
# sorted: "SERVICE NAME stack=S ws=W" (tags "-" where the type has none),
# plus the RDS and Redshift snapshots and the versions left in buckets.
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	def kv(pairs, k="Key", v="Value"):
	    return {p[k]: p[v] for p in pairs}
	lines = []
	def add(kind, name, tags=None):
	    if tags is None:
	        lines.append("%s %s stack=- ws=-" % (kind, name))
	    else:
	        lines.append("%s %s stack=%s ws=%s" % (kind, name, tags.get("terrace:stack", "none"),
	                                               tags.get("terrace:workspace", "none")))
	s3 = client("s3")
	for b in s3.list_buckets()["Buckets"]:
	    try:
	        tags = kv(s3.get_bucket_tagging(Bucket=b["Name"])["TagSet"])
	    except Exception:
	        tags = {}
	    add("bucket", b["Name"], tags)
	    v = s3.list_object_versions(Bucket=b["Name"])
	    n = len(v.get("Versions", [])) + len(v.get("DeleteMarkers", []))
	    if n:
	        lines.append("versions %s %d" % (b["Name"], n))
	iam = client("iam")
	for r in iam.list_roles()["Roles"]:
	    add("role", r["RoleName"], kv(iam.list_role_tags(RoleName=r["RoleName"])["Tags"]))
	for p in iam.list_policies(Scope="Local")["Policies"]:
	    add("policy", p["PolicyName"], kv(iam.list_policy_tags(PolicyArn=p["Arn"])["Tags"]))
	for u in iam.list_users()["Users"]:
	    add("user", u["UserName"], kv(iam.list_user_tags(UserName=u["UserName"])["Tags"]))
	for g in iam.list_groups()["Groups"]:
	    add("group", g["GroupName"])
	glue = client("glue")
	arn = "arn:aws:glue:us-east-1:123456789012:"
	for d in glue.get_databases()["DatabaseList"]:
	    add("database", d["Name"])
	    for t in glue.get_tables(DatabaseName=d["Name"])["TableList"]:
	        add("table", d["Name"] + ":" + t["Name"])
	for c in glue.get_connections()["ConnectionList"]:
	    add("connection", c["Name"])
	for kind, items in (("job", glue.get_jobs()["Jobs"]), ("trigger", glue.get_triggers()["Triggers"]),
	                    ("crawler", glue.get_crawlers()["Crawlers"])):
	    for i in items:
	        add(kind, i["Name"], glue.get_tags(ResourceArn=arn + kind + "/" + i["Name"])["Tags"])
	cb = client("codebuild")
	names = cb.list_projects()["projects"]
	for p in cb.batch_get_projects(names=names)["projects"] if names else []:
	    add("project", p["name"], kv(p.get("tags") or [], "key", "value"))
	sfn = client("stepfunctions")
	for m in sfn.list_state_machines()["stateMachines"]:
	    add("machine", m["name"], kv(sfn.list_tags_for_resource(resourceArn=m["stateMachineArn"])["tags"],
	                                 "key", "value"))
	ev = client("events")
	for bus in ev.list_event_buses()["EventBuses"]:
	    for r in ev.list_rules(EventBusName=bus["Name"])["Rules"]:
	        add("rule", r["Name"], kv(ev.list_tags_for_resource(ResourceARN=r["Arn"])["Tags"]))
	sch = client("scheduler")
	for s in sch.list_schedules()["Schedules"]:
	    add("schedule", s["GroupName"] + "/" + s["Name"])
	lam = client("lambda")
	for f in lam.list_functions()["Functions"]:
	    add("function", f["FunctionName"], lam.list_tags(Resource=f["FunctionArn"])["Tags"])
	sm = client("secretsmanager")
	for s in sm.list_secrets()["SecretList"]:
	    add("secret", s["Name"], kv(s.get("Tags", [])))
	cc = client("codecommit")
	for r in cc.list_repositories()["repositories"]:
	    arn = cc.get_repository(repositoryName=r["repositoryName"])["repositoryMetadata"]["Arn"]
	    add("repository", r["repositoryName"], cc.list_tags_for_resource(resourceArn=arn)["tags"])
	rds = client("rds")
	for i in rds.describe_db_instances()["DBInstances"]:
	    add("rds", i["DBInstanceIdentifier"], kv(i.get("TagList", [])))
	for s in rds.describe_db_snapshots()["DBSnapshots"]:
	    lines.append("rds-snapshot %s" % s["DBSnapshotIdentifier"])
	rs = client("redshift")
	for c in rs.describe_clusters()["Clusters"]:
	    add("redshift", c["ClusterIdentifier"], kv(c.get("Tags", [])))
	for s in rs.describe_cluster_snapshots()["Snapshots"]:
	    lines.append("redshift-snapshot %s" % s["SnapshotIdentifier"])
	for line in sorted(lines):
	    print(line)
	PY
}

# lab_stack FOLDER [ALLOWED_ENDPOINT]: the lab stack, named t0520-sweep, with
# a lab: block allowing moto (or ALLOWED_ENDPOINT). Names end in the workspace.
lab_stack () {
	mkdir -p "$1" &&
	write_stack "$1/stack.yaml" '  db_password: {type: string, sensitive: true}' &&
	cat >>"$1/stack.yaml" <<-YAML
	lab:
	  allowed_endpoints: ["${2:-$TEST_ENDPOINT/}"]
	  name_prefix: t0520
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: t0520-raw-\${terrace.workspace}
	    versioning: true
	  read:
	    type: aws.iam.policy
	    name: t0520-read-\${terrace.workspace}
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
	  etl:
	    type: aws.iam.role
	    name: t0520-etl-\${terrace.workspace}
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: [glue.amazonaws.com, lambda.amazonaws.com, states.amazonaws.com, scheduler.amazonaws.com, codebuild.amazonaws.com]}, Action: "sts:AssumeRole"}]
	    inline_policies:
	      logs: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "logs:*", Resource: "*"}]}
	    managed_policy_arns: ["\${read.arn}"]
	  attendees:
	    type: aws.iam.group
	    name: t0520-attendees-\${terrace.workspace}
	    policy_arns: ["\${read.arn}"]
	  alice:
	    type: aws.iam.user
	    name: t0520-alice-\${terrace.workspace}
	    groups: ["\${attendees.name}"]
	    policy_arns: ["\${read.arn}"]
	  catalog:
	    type: aws.glue.database
	    name: t0520_lake_\${terrace.workspace}
	  orders:
	    type: aws.glue.table
	    database: \${catalog.name}
	    name: orders
	    storage_descriptor: {location: "s3://\${raw.name}/orders/"}
	  clean:
	    type: aws.glue.job
	    name: t0520-clean-\${terrace.workspace}
	    role: \${etl.arn}
	    command: {name: glueetl, script_location: "s3://\${raw.name}/clean.py"}
	  hourly:
	    type: aws.glue.trigger
	    name: t0520-hourly-\${terrace.workspace}
	    trigger_type: SCHEDULED
	    schedule: cron(0 * * * ? *)
	    actions: [{job_name: "\${clean.name}"}]
	  build:
	    type: aws.codebuild.project
	    name: t0520-build-\${terrace.workspace}
	    service_role: \${etl.arn}
	    source: {type: NO_SOURCE, buildspec: "version: 0.2"}
	    artifacts: {type: NO_ARTIFACTS}
	    environment: {type: LINUX_CONTAINER, image: aws/codebuild/standard:7.0, compute_type: BUILD_GENERAL1_SMALL}
	  flow:
	    type: aws.sfn.state_machine
	    name: t0520-flow-\${terrace.workspace}
	    role_arn: \${etl.arn}
	    definition: {StartAt: Done, States: {Done: {Type: Succeed}}}
	  tick:
	    type: aws.events.rule
	    name: t0520-tick-\${terrace.workspace}
	    schedule_expression: rate(1 hour)
	  nightly:
	    type: aws.scheduler.schedule
	    name: t0520-nightly-\${terrace.workspace}
	    schedule_expression: cron(0 3 * * ? *)
	    target: {arn: "\${flow.arn}", role_arn: "\${etl.arn}"}
	  fn:
	    type: aws.lambda.function
	    function_name: t0520-fn-\${terrace.workspace}
	    runtime: python3.12
	    handler: main.handler
	    role: \${etl.arn}
	    source: fn
	  lib:
	    type: aws.lambda.layer_version
	    layer_name: t0520-lib-\${terrace.workspace}
	    source: fn
	  api:
	    type: aws.secretsmanager.secret
	    name: t0520/api-\${terrace.workspace}
	    value: not-a-secret
	  repo:
	    type: aws.codecommit.repository
	    repository_name: t0520-repo-\${terrace.workspace}
	  db:
	    type: aws.rds.instance
	    identifier: t0520-db-\${terrace.workspace}
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: app
	    master_password: \${var.db_password}
	    final_snapshot_identifier: t0520-db-final-\${terrace.workspace}
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: t0520-wh-\${terrace.workspace}
	    node_type: dc2.large
	    master_username: admin
	    master_password: \${var.db_password}
	    final_snapshot_identifier: t0520-wh-final-\${terrace.workspace}
	YAML
	mkdir -p "$1/fn" &&
	echo 'def handler(event, context): return 1' >"$1/fn/main.py"
}

# The other stack: its own tags, no lab: block, names outside the prefix.
other_stack () {
	mkdir -p other &&
	write_stack other/stack.yaml &&
	sed -i "s/^stack: .*/stack: t0520-other/" other/stack.yaml &&
	cat >>other/stack.yaml <<-YAML
	resources:
	  keep:
	    type: aws.s3.bucket
	    name: keep-raw
	  role:
	    type: aws.iam.role
	    name: keep-etl
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  catalog:
	    type: aws.glue.database
	    name: keep_lake
	YAML
}

test_expect_success 'setup: two workspaces of the lab, another stack, a bucket by hand' '
	lab_stack lab &&
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 19 added" &&
	(cd lab && terrace workspace new dev >../out 2>../err &&
	 terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 19 added" &&
	other_stack &&
	terrace apply -stack other -auto-approve >out 2>err &&
	s3 s3api create-bucket --bucket t0520-raw-by-hand >/dev/null &&
	echo one >one && echo two >two &&
	s3 s3api put-object --bucket t0520-raw-dev --key data/a.csv --body one >/dev/null &&
	s3 s3api put-object --bucket t0520-raw-dev --key data/a.csv --body two >/dev/null &&
	s3 s3api delete-object --bucket t0520-raw-dev --key data/a.csv >/dev/null &&
	s3 s3api put-object --bucket t0520-raw-dev --key data/b.csv --body one >/dev/null &&
	test_equal 4 "$(s3 s3api list-object-versions --bucket t0520-raw-dev --output json |
		python3 -c "import json, sys; d = json.load(sys.stdin)
print(len(d.get(\"Versions\", [])) + len(d.get(\"DeleteMarkers\", [])))")" &&
	rm -rf lab/terrace.state.json* lab/terrace.state.d other/terrace.state.json* &&
	inventory >before &&
	test_equal 44 "$(grep -c "t0520" before)"
'

test_expect_success 'a stack without a lab: block is refused' '
	test_expect_code 1 terrace sweep -stack other >out 2>err &&
	test_contains err "Error: sweep refused: stack \"t0520-other\" has no lab: block" &&
	test_expect_code 1 terrace sweep -stack other -force >out 2>err &&
	test_contains err "sweep refused" &&
	inventory >now &&
	test_cmp before now
'

test_expect_success 'an endpoint the lab does not allow is refused, -force too' '
	lab_stack foreign http://127.0.0.1:1 &&
	test_expect_code 1 terrace sweep -stack foreign >out 2>err &&
	test_contains err "Error: sweep refused: provider \"aws\" acts on endpoint $TEST_ENDPOINT, account 123456789012, which the lab: block does not allow" &&
	test_contains err "allowed_endpoints: http://127.0.0.1:1" &&
	test_contains err "allowed_accounts:  (none)" &&
	test_not_contains out "aws.s3.bucket" &&
	test_expect_code 1 terrace sweep -stack foreign -force >out 2>err &&
	test_contains err "sweep refused" &&
	inventory >now &&
	test_cmp before now
'

# YAML reads an unquoted account id as a number: it still matches. Without
# a name_prefix, the types without tags are not looked for.
test_expect_success 'the account in allowed_accounts is enough' '
	lab_stack byaccount http://127.0.0.1:1 &&
	sed -i -e "s/^  allowed_endpoints: .*/&\n  allowed_accounts: [123456789012]/" \
		-e "/^  name_prefix:/d" byaccount/stack.yaml &&
	terrace sweep -stack byaccount >out 2>err &&
	test_line out "Sweeping stack \"t0520-sweep\" (every workspace) with provider \"aws\" (endpoint $TEST_ENDPOINT, account 123456789012, region us-east-1)" &&
	test_equal 28 "$(sweep_rows out | wc -l)" &&
	test_equal 28 "$(sweep_rows out | grep -c " by tag$")" &&
	test_line out "Note: the lab: block sets no name_prefix, so the types without tags (aws.scheduler.schedule, aws.lakeformation.permissions, aws.lambda.layer_version, aws.glue.table, aws.glue.database, aws.glue.connection, aws.kms.alias, aws.iam.instance_profile, aws.iam.group) were not looked for, nor objects made by hand."
'

test_expect_success 'the dry run lists both workspaces and deletes nothing' '
	(cd lab && terrace sweep >../out 2>../err) &&
	sweep_rows out >rows &&
	for ws in default dev; do
		for r in "aws.scheduler.schedule t0520-nightly-$ws - - by name" \
			 "aws.glue.trigger t0520-hourly-$ws t0520-sweep $ws by tag" \
			 "aws.events.rule t0520-tick-$ws t0520-sweep $ws by tag" \
			 "aws.sfn.state_machine t0520-flow-$ws t0520-sweep $ws by tag" \
			 "aws.glue.job t0520-clean-$ws t0520-sweep $ws by tag" \
			 "aws.codebuild.project t0520-build-$ws t0520-sweep $ws by tag" \
			 "aws.lambda.function t0520-fn-$ws t0520-sweep $ws by tag" \
			 "aws.glue.table t0520_lake_$ws:orders - - by name" \
			 "aws.glue.database t0520_lake_$ws - - by name" \
			 "aws.secretsmanager.secret t0520/api-$ws t0520-sweep $ws by tag" \
			 "aws.codecommit.repository t0520-repo-$ws t0520-sweep $ws by tag" \
			 "aws.rds.instance t0520-db-$ws t0520-sweep $ws by tag" \
			 "aws.redshift.cluster t0520-wh-$ws t0520-sweep $ws by tag" \
			 "aws.s3.bucket t0520-raw-$ws t0520-sweep $ws by tag" \
			 "aws.iam.user t0520-alice-$ws t0520-sweep $ws by tag" \
			 "aws.iam.group t0520-attendees-$ws - - by name" \
			 "aws.iam.role t0520-etl-$ws t0520-sweep $ws by tag" \
			 "aws.iam.policy t0520-read-$ws t0520-sweep $ws by tag"; do
			grep -qxF "$r" rows || { say_fail "missing row: $r"; show_file out; return 1; }
		done
	done &&
	test_line rows "aws.s3.bucket t0520-raw-by-hand - - not the lab'\''s, left" &&
	test_equal 39 "$(wc -l <rows)" &&
	test_match out "^TYPE +NAME +STACK +WORKSPACE +AGE +FOUND$" &&
	test_match out "^aws\.s3\.bucket +t0520-raw-dev +t0520-sweep +dev +[0-9]+[sm] +by tag$" &&
	test_line out "38 to delete (28 found by tag, 10 by name). This was a dry run: nothing was deleted. Run \`terrace sweep -force\` with the same options to delete them." &&
	test_not_contains out "keep" &&
	inventory >now &&
	test_cmp before now &&
	bucket_names >buckets &&
	test_line buckets t0520-raw-dev &&
	test_equal "3 1" "$(s3 s3api list-object-versions --bucket t0520-raw-dev --output text \
		--query "[length(Versions), length(DeleteMarkers)]" | tr "\t" " ")"
'

test_expect_success 'the list comes in deletion order, then what is left' '
	awk "\$1 ~ /^aws\\./ {print \$1}" out | uniq >order &&
	printf "%s\n" aws.scheduler.schedule aws.glue.trigger aws.events.rule \
		aws.sfn.state_machine aws.glue.job aws.codebuild.project aws.lambda.function \
		aws.lambda.layer_version \
		aws.glue.table \
		aws.glue.database aws.codecommit.repository aws.secretsmanager.secret aws.rds.instance \
		aws.redshift.cluster aws.s3.bucket aws.iam.user aws.iam.group aws.iam.role \
		aws.iam.policy aws.s3.bucket >expect &&
	test_cmp expect order
'

test_expect_success 'variables the provider does not use need no value; those it uses do' '
	(cd lab && unset TERRACE_VAR_endpoint && test_expect_code 1 terrace sweep >../out 2>../err) &&
	test_contains err "Error: provider \"aws\" uses var.endpoint, which has no value: set it with -var endpoint=..., a -var-file, or TERRACE_VAR_endpoint" &&
	test_empty out
'

test_expect_success '-workspace, -name and -older-than narrow the list' '
	(cd lab && terrace sweep -workspace dev >../out 2>../err) &&
	sweep_rows out >rows &&
	test_equal 15 "$(wc -l <rows)" &&
	test_equal 14 "$(grep -c " t0520-sweep dev by tag$" rows)" &&
	test_line rows "aws.s3.bucket t0520-raw-by-hand - - not the lab'\''s, left" &&
	test_line out "Note: 10 objects found by name prefix left out: -workspace cannot tell their workspace (their types have no tags)." &&
	(cd lab && terrace sweep -name "t0520-raw-*" >../out 2>../err) &&
	sweep_rows out >rows &&
	printf "%s\n" "aws.s3.bucket t0520-raw-by-hand - - not the lab'\''s, left" \
		"aws.s3.bucket t0520-raw-default t0520-sweep default by tag" \
		"aws.s3.bucket t0520-raw-dev t0520-sweep dev by tag" >expect &&
	test_cmp expect rows &&
	(cd lab && terrace sweep -name "*-db-dev" >../out 2>../err) &&
	sweep_rows out >rows &&
	test_equal "aws.rds.instance t0520-db-dev t0520-sweep dev by tag" "$(cat rows)" &&
	(cd lab && terrace sweep -older-than 1h >../out 2>../err) &&
	test_line out "Nothing of stack \"t0520-sweep\" found." &&
	test_line out "Note: 8 objects left out: -older-than cannot tell their age (the API gives none)." &&
	(cd lab && terrace sweep -older-than 0s -name "t0520-flow-*" >../out 2>../err) &&
	test_equal 2 "$(sweep_rows out | wc -l)" &&
	test_expect_code 1 terrace sweep -stack lab -older-than soon >out 2>err &&
	test_contains err "-older-than: \"soon\" is not a duration" &&
	inventory >now &&
	test_cmp before now
'

# dev's policy is still attached to dev's group, which -workspace leaves
# alone (groups have no tags): that one fails, the others go on.
test_expect_success 'sweep -force -workspace dev deletes dev'\''s tagged resources, past a failure' '
	(cd lab && test_expect_code 1 terrace sweep -force -workspace dev >../out 2>../err) &&
	test_line out "aws.s3.bucket t0520-raw-dev: deleted" &&
	test_line out "aws.iam.policy t0520-read-dev: failed" &&
	test_line out "Sweep failed! 13 deleted, 1 failed." &&
	test_contains err "Error: 1 could not be deleted:" &&
	test_contains err "aws.iam.policy t0520-read-dev: policy arn:aws:iam::123456789012:policy/t0520-read-dev is still attached to group t0520-attendees-dev" &&
	inventory >now &&
	grep "ws=dev" now >left &&
	test_equal "policy t0520-read-dev stack=t0520-sweep ws=dev" "$(cat left)" &&
	test_not_contains now "versions t0520-raw-dev" &&
	! bucket_exists t0520-raw-dev &&
	test_contains now "database t0520_lake_dev stack=- ws=-" &&
	test_contains now "group t0520-attendees-dev stack=- ws=-" &&
	test_contains now "bucket t0520-raw-default stack=t0520-sweep ws=default"
'

test_expect_success 'sweep -force deletes the rest, and only the lab stack'\''s' '
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_line out "Sweep complete! 25 deleted." &&
	inventory >now &&
	printf "%s\n" "bucket keep-raw stack=t0520-other ws=default" \
		"bucket t0520-raw-by-hand stack=none ws=none" \
		"database keep_lake stack=- ws=-" \
		"role keep-etl stack=t0520-other ws=default" >expect &&
	test_cmp expect now
'

test_expect_success 'a second sweep finds nothing' '
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_line out "Nothing of stack \"t0520-sweep\" found." &&
	test_line out "Sweep complete! 0 deleted."
'

test_done
