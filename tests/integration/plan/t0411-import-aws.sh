#!/usr/bin/env bash
# t0411-import-aws: `terrace import` for the AWS resource types t0410 leaves
# out: Glue table, connection, job, trigger and crawler, a Step Functions
# state machine, an EventBridge rule with a target, a Scheduler schedule, a
# Lambda function, an RDS instance and a Redshift cluster. Each object is
# made outside terrace against moto (with botocore, the library the aws CLI
# runs on, in one process: an aws CLI run per object would cost a second
# each), carrying terrace's terrace:stack/terrace:workspace tags where the
# type has tags; after the imports the next plan shows exactly the
# differences the API cannot know: the passwords (two database master
# passwords, a Glue connection's), which terrace never takes as set (apply
# sets them), and the tags of the one object made without terrace's tags. After that apply, no changes. An ID of the
# wrong form is refused with a message giving the right one.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
ACCOUNT=123456789012
ROLE=arn:aws:iam::$ACCOUNT:role
SM_ARN=arn:aws:states:us-east-1:$ACCOUNT:stateMachine:imp-pipeline
db_pw='Imp-db-pw-7c41e9'
wh_pw='Imp-wh-pw-2b8d05'
conn_pw='Imp-conn-pw-91fa3c'
export TERRACE_VAR_db_pw=$db_pw TERRACE_VAR_wh_pw=$wh_pw TERRACE_VAR_conn_pw=$conn_pw

# no_secret FILE...: none of the files holds a password.
no_secret () {
	local f v
	for f in "$@"; do
		for v in "$db_pw" "$wh_pw" "$conn_pw"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# botocore ARGS: the Python on stdin with c(SERVICE) a client of moto and
# TT the tags terrace puts on this stack's resources in the default workspace.
botocore () {
	python3 - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$TEST_NAME" "$@" \
		3<&0 <<-'EOF'
	import json, os, sys
	import botocore.session
	endpoint, key, secret, stack = sys.argv[1:5]
	session = botocore.session.get_session()
	def c(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	TT = {"terrace:stack": stack, "terrace:workspace": "default"}
	exec(os.fdopen(3).read())
	EOF
}

import_stack () {
	write_stack stack.yaml '  db_pw: {type: string, sensitive: true}
  wh_pw: {type: string, sensitive: true}
  conn_pw: {type: string, sensitive: true}'
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.glue.database
	    name: imp_raw
	  orders:
	    type: aws.glue.table
	    database: \${raw.name}
	    name: orders
	    table_type: EXTERNAL_TABLE
	    parameters: {classification: parquet}
	    partition_keys:
	      - {name: dt, type: string}
	    storage_descriptor:
	      location: s3://imp-lake/raw/orders/
	      columns:
	        - {name: order_id, type: bigint}
	        - {name: amount, type: "decimal(12,2)", comment: in EUR}
	  warehouse:
	    type: aws.glue.connection
	    name: imp-warehouse
	    connection_type: JDBC
	    connection_properties:
	      JDBC_CONNECTION_URL: jdbc:postgresql://warehouse.internal:5432/reporting
	      USERNAME: etl
	    password: "\${var.conn_pw}"
	  clean:
	    type: aws.glue.job
	    name: imp-clean
	    role: $ROLE/glue
	    command:
	      name: glueetl
	      script_location: s3://imp-lake/glue/clean.py
	    glue_version: "4.0"
	    worker_type: G.1X
	    number_of_workers: 2
	    default_arguments: {"--env": dev}
	    tags: {team: data}
	  nightly:
	    type: aws.glue.trigger
	    name: imp-nightly
	    trigger_type: SCHEDULED
	    schedule: "cron(0 2 * * ? *)"
	    actions:
	      - job_name: \${clean.name}
	  crawl:
	    type: aws.glue.crawler
	    name: imp-crawler
	    role: $ROLE/glue
	    database_name: \${raw.name}
	    s3_targets: [{path: "s3://imp-lake/raw/"}]
	  pipeline:
	    type: aws.sfn.state_machine
	    name: imp-pipeline
	    role_arn: $ROLE/sfn
	    definition:
	      StartAt: Clean
	      States:
	        Clean:
	          Type: Task
	          Resource: "arn:aws:states:::glue:startJobRun.sync"
	          Parameters: {JobName: imp-clean}
	          End: true
	  on_upload:
	    type: aws.events.rule
	    name: imp-uploaded
	    event_pattern:
	      source: [aws.s3]
	    targets:
	      - id: run
	        arn: \${pipeline.arn}
	        role_arn: $ROLE/events
	  daily:
	    type: aws.scheduler.schedule
	    name: imp-daily
	    schedule_expression: "rate(1 day)"
	    target:
	      arn: \${pipeline.arn}
	      role_arn: $ROLE/scheduler
	  ingest:
	    type: aws.lambda.function
	    function_name: imp-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: $ROLE/lambda-exec
	    memory_size: 256
	    s3_bucket: imp-code
	    s3_key: ingest.zip
	  db:
	    type: aws.rds.instance
	    identifier: imp-db
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    db_name: orders
	    master_username: app
	    master_password: "\${var.db_pw}"
	    skip_final_snapshot: true
	    tags: {team: data}
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: imp-wh
	    node_type: dc2.large
	    master_username: admin
	    master_password: "\${var.wh_pw}"
	    skip_final_snapshot: true
	YAML
}

test_expect_success 'objects made outside terrace' '
	printf "def handler(event, context):\\n    return 1\\n" >main.py &&
	python3 -c "import zipfile; zipfile.ZipFile(\"ingest.zip\", \"w\").write(\"main.py\")" &&
	botocore <<-\EOF
	glue = c("glue")
	glue.create_database(DatabaseInput={"Name": "imp_raw"})
	glue.create_table(DatabaseName="imp_raw", TableInput={
	    "Name": "orders", "TableType": "EXTERNAL_TABLE",
	    "Parameters": {"classification": "parquet"},
	    "PartitionKeys": [{"Name": "dt", "Type": "string"}],
	    "StorageDescriptor": {"Location": "s3://imp-lake/raw/orders/", "Columns": [
	        {"Name": "order_id", "Type": "bigint"},
	        {"Name": "amount", "Type": "decimal(12,2)", "Comment": "in EUR"}]}})
	glue.create_connection(ConnectionInput={
	    "Name": "imp-warehouse", "ConnectionType": "JDBC", "ConnectionProperties": {
	        "JDBC_CONNECTION_URL": "jdbc:postgresql://warehouse.internal:5432/reporting",
	        "USERNAME": "etl", "PASSWORD": os.environ["TERRACE_VAR_conn_pw"]}})
	role = "arn:aws:iam::123456789012:role/"
	glue.create_job(Name="imp-clean", Role=role + "glue", GlueVersion="4.0",
	    WorkerType="G.1X", NumberOfWorkers=2, DefaultArguments={"--env": "dev"},
	    Command={"Name": "glueetl", "ScriptLocation": "s3://imp-lake/glue/clean.py"},
	    Tags=dict(TT, team="data"))
	glue.create_trigger(Name="imp-nightly", Type="SCHEDULED", Schedule="cron(0 2 * * ? *)",
	    Actions=[{"JobName": "imp-clean"}], Tags=TT)
	glue.create_crawler(Name="imp-crawler", Role=role + "glue", DatabaseName="imp_raw",
	    Targets={"S3Targets": [{"Path": "s3://imp-lake/raw/"}]}, Tags=TT)
	definition = {"StartAt": "Clean", "States": {"Clean": {
	    "Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
	    "Parameters": {"JobName": "imp-clean"}, "End": True}}}
	sm = c("stepfunctions").create_state_machine(name="imp-pipeline", roleArn=role + "sfn",
	    definition=json.dumps(definition),
	    tags=[{"key": k, "value": v} for k, v in TT.items()])["stateMachineArn"]
	ev = c("events")
	ev.put_rule(Name="imp-uploaded", EventPattern=json.dumps({"source": ["aws.s3"]}),
	    State="ENABLED", Tags=[{"Key": k, "Value": v} for k, v in TT.items()])
	ev.put_targets(Rule="imp-uploaded", Targets=[{"Id": "run", "Arn": sm, "RoleArn": role + "events"}])
	c("scheduler").create_schedule(Name="imp-daily", ScheduleExpression="rate(1 day)",
	    FlexibleTimeWindow={"Mode": "OFF"}, Target={"Arn": sm, "RoleArn": role + "scheduler"})
	c("iam").create_role(RoleName="lambda-exec", AssumeRolePolicyDocument=json.dumps(
	    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
	     "Principal": {"Service": "lambda.amazonaws.com"}}]}))
	s3 = c("s3")
	s3.create_bucket(Bucket="imp-code")
	s3.put_object(Bucket="imp-code", Key="ingest.zip", Body=open("ingest.zip", "rb").read())
	c("lambda").create_function(FunctionName="imp-ingest", Runtime="python3.12",
	    Handler="main.handler", Role=role + "lambda-exec", MemorySize=256,
	    Code={"S3Bucket": "imp-code", "S3Key": "ingest.zip"}, Tags=TT)
	c("rds").create_db_instance(DBInstanceIdentifier="imp-db", DBInstanceClass="db.t3.micro",
	    Engine="postgres", AllocatedStorage=20, DBName="orders", MasterUsername="app",
	    MasterUserPassword=os.environ["TERRACE_VAR_db_pw"],
	    Tags=[{"Key": k, "Value": v} for k, v in dict(TT, team="data").items()])
	# Made without terrace tags: the import plans adding them.
	c("redshift").create_cluster(ClusterIdentifier="imp-wh", NodeType="dc2.large",
	    ClusterType="single-node", MasterUsername="admin", MasterUserPassword=os.environ["TERRACE_VAR_wh_pw"])
	EOF
'

test_expect_success 'import of each object' '
	import_stack &&
	terrace import raw imp_raw >out 2>err &&
	terrace import orders imp_raw:orders >out 2>err &&
	test_contains out "Import successful!" &&
	terrace import warehouse imp-warehouse >out 2>err &&
	terrace import clean imp-clean >out 2>err &&
	terrace import nightly imp-nightly >out 2>err &&
	terrace import crawl imp-crawler >out 2>err &&
	terrace import pipeline $SM_ARN >out 2>err &&
	terrace import on_upload default/imp-uploaded >out 2>err &&
	terrace import daily default/imp-daily >out 2>err &&
	terrace import ingest imp-ingest >out 2>err &&
	terrace import db imp-db >out 2>err &&
	terrace import wh imp-wh >out 2>err &&
	no_secret terrace.state.json out err &&
	terrace state list >list 2>err &&
	test_equal 12 "$(wc -l <list)"
'

test_expect_success 'an ID of the wrong form is refused, saying the right one' '
	test_expect_code 1 terrace import -state other.json orders orders >out 2>err &&
	test_contains err "cannot import orders: aws.glue.table: id \"orders\" is not DATABASE:NAME (aws.glue.table is imported by DATABASE:TABLE)" &&
	test_expect_code 1 terrace import -state other.json pipeline imp-pipeline >out 2>err &&
	test_contains err "cannot import pipeline: no aws.sfn.state_machine with id \"imp-pipeline\" exists (aws.sfn.state_machine is imported by its ARN, arn:aws:states:REGION:ACCOUNT:stateMachine:NAME)" &&
	test_expect_code 1 terrace import -state other.json daily default/imp-nope >out 2>err &&
	test_contains err "no aws.scheduler.schedule with id \"default/imp-nope\" exists (aws.scheduler.schedule is imported by GROUP/NAME, or NAME for the default group)" &&
	! test -e other.json
'

test_expect_success 'the next plan: the passwords terrace cannot read, the tags the cluster lacks' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	no_secret out err &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	test_line out "# db will be updated in-place" &&
	test_line out "# warehouse will be updated in-place" &&
	test_line out "# wh will be updated in-place" &&
	test_match out "~ master_password *= null -> \\(sensitive value\\)" &&
	test_match out "~ password *= null -> \\(sensitive value\\)" &&
	test_match out "\\+ \"terrace:stack\" *= \"t0411-import-aws\"" &&
	test_match out "\\+ \"terrace:workspace\" *= \"default\""
'

test_expect_success 'apply sets them; then no changes' '
	terrace apply -auto-approve >out 2>err &&
	no_secret out err terrace.state.json &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_done
