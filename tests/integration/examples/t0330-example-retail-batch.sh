#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and database: minutes under load)
# t0330-example-retail-batch: examples/retail-batch applied unchanged against
# moto from an empty account (its own network from the catalog module
# network-base, found again by the lookups; the key pair and the bastion
# instance; the RDS source instance in a subnet group of the private
# subnets; bucket, secret, roles, script artifacts, Glue network connection,
# log group and jobs, Step Functions pipeline, Scheduler schedule, the
# attendee's IAM login, the alerts: SNS topic, email subscription,
# EventBridge rule, CloudWatch alarms) and a real PostgreSQL standing in for the instance,
# which only the bastion can reach: postgres and the bastion's sshd run in a
# network namespace (tests/servers/netns.sh) whose /etc/hosts resolves the
# instance's endpoint name (moto's address for it) to the namespace's own
# postgres, and moto gives every instance the namespace's address as its
# public IP (MOTO_STAND_IN_PUBLIC_IP), so ${bastion.public_ip} is that sshd.
# terrace builds the network, launches the bastion, creates the instance,
# waits for it (moto keeps it "creating" for 11 s, so the "Still
# creating..." line shows), then opens the tunnel through the bastion's
# public IP to the endpoint it read and applies the retail schema's
# migrations, the glue_reader login and its grants: one apply.
#
# Here: validate, plan, and the apply (the instance "creating" for 11 s)
# that reaches the database through the bastion, its host key pinned; a
# second plan has nothing to do. Then, on that one apply, the checks with
# the AWS CLI and with psql inside the namespace of what it made: the
# bucket, the secret (its host is the instance's endpoint), the instance,
# the network and the placement of the bastion, database and Glue
# connection, the tables with their keys and comments, the reader's rights,
# roles, the attendee's login, jobs, pipeline and schedule, and the alerts
# (the topic's policy, the email subscription left pending by moto as AWS
# leaves it until confirmed, and planned as no change while pending, the
# rule's pattern matching a failed execution of this pipeline and nothing
# else, the three alarms). Last, an edited
# job script planned as one replaced artifact and one updated job (nothing
# else) and applied; show, state and the debug log hide the password;
# destroy, and nothing of the example left (EC2 but the default VPC, RDS,
# Logs, IAM, ...). The passwords appear in no output of terrace and not in
# its state. (These were three files, each applying the example; one apply
# serves them all.)
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

# The instance takes 11 s to become available.
export MOTO_SLOW_PREFIX=alice- MOTO_RDS_CREATING_SECONDS=11
retail_batch_start
# The alerts' address (alerts.yaml): its subscription stays pending.
export TERRACE_VAR_alert_email=oncall@example.com

test_expect_success 'retail-batch: the database is reachable only through the bastion' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d retail -c "SELECT 1" 2>direct.err &&
	test_contains direct.err "Connection refused" &&
	test_equal 1 "$(psql_test -d retail "SELECT 1")"
'

# No warning either: the cross-resource checks take the topic's policy (for
# EventBridge and CloudWatch), the rule's target and the alarms' actions.
test_expect_success 'retail-batch: validate, no warning' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (30 resources, 1 module call)." &&
	test_empty err
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
		"aws.sfn.state_machine\" \"pipeline" "aws.scheduler.schedule\" \"daily" \
		"aws.rds.instance\" \"source_db" "postgres.sql\" \"source_schema" \
		"postgres.role\" \"glue_reader" "postgres.grant\" \"glue_reader_connect" \
		"postgres.grant\" \"glue_reader_usage" "postgres.grant\" \"glue_reader_select" \
		"aws.ec2.key_pair\" \"deploy" "aws.ec2.instance\" \"bastion" \
		"aws.rds.subnet_group\" \"db_subnets" "aws.glue.connection\" \"vpc" \
		"aws.logs.log_group\" \"glue_logs" "aws.sns.topic\" \"alerts" \
		"aws.events.rule\" \"pipeline_failed"
	do
		test_line plan.out "+ resource \"$r\" {" || return 1
	done &&
	for r in vpc igw public_a public_b private_a private_b public_routes private_routes \
		s3_endpoint "secrets_endpoint[0]" public private
	do
		test_line plan.out "# module.net[0].$r will be created" || return 1
	done &&
	test_line plan.out "data.vpc: read at apply (its arguments use what the apply makes)" &&
	for r in "alert_email[0]" "job_errors[\"bronze\"]" "job_errors[\"silver\"]" "job_errors[\"gold\"]"; do
		test_line plan.out "# $r will be created" || return 1
	done &&
	for s in bronze silver gold; do
		key=$(artifact_key glue/script/ jobs/$s.py) &&
		test_line plan.out "+ key            = \"$key\"" &&
		test_line plan.out "+ \"script_location\" = \"s3://alice-hist-retail/$key\"" ||
		return 1
	done &&
	test_match plan.out "^ *\+ value += \(sensitive value\)$" &&
	test_line plan.out "Plan: 44 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

test_expect_success 'retail-batch: apply waits for the instance and its console host keys, then reaches it through the bastion, its key pinned' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 44 added, 0 changed, 0 destroyed." &&
	test_line apply.out "source_db: Still creating... [10s elapsed, status: creating]" &&
	test_match apply.out "^source_db: Creation complete after [1-9][0-9]+s \[id=alice-retail-source\]$" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/bastion.log" &&
	test_equal "[\"$(cut -d" " -f1,2 "$STAND_IN_KEYS")\"]" "$(state_attr bastion host_keys)" &&
	test_line apply.out "bucket = \"alice-hist-retail\"" &&
	terrace output -raw pipeline_arn >arn.out 2>arn.err &&
	test_equal "$(state_attr pipeline arn)" "$(cat arn.out)" &&
	test_match arn.out "^arn:aws:states:us-east-1:[0-9]{12}:stateMachine:alice-hist-retail-pipeline$" &&
	no_secret apply.out apply.err
'

test_expect_success 'retail-batch: a second plan has nothing to do (the email subscription pending)' '
	test_equal true "$(state_attr "alert_email[0]" pending_confirmation)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret plan2.out plan2.err
'

# What the apply made (once t0331, which applied the example again for them).

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
	RDS_ADDRESS=$rds_address PG_PORT=$PG_PORT check_json secret.json secret-value.cli <<-\PY
	secret, value = d
	expect("secret ARN", secret["ARN"], st["db_secret"]["arn"])
	expect("description", secret["Description"],
	       "connection to the retail source database (read by the bronze Glue job)")
	conn = json.loads(value["SecretString"])
	expect("password is the variable", conn.pop("password") == os.environ["TERRACE_VAR_db_password"], True)
	expect("connection", conn, {"engine": "postgres", "host": os.environ["RDS_ADDRESS"],
	                            "port": int(os.environ["PG_PORT"]), "dbname": "retail",
	                            "username": "glue_reader"})
	PY
'

test_expect_success 'retail-batch: the RDS instance is private, as configured' '
	cli rds describe-db-instances --db-instance-identifier alice-retail-source >rds.json &&
	check_json rds.json <<-\PY
	db = d["DBInstances"][0]
	expect("status", db["DBInstanceStatus"], "available")
	expect("engine", (db["Engine"], db["DBInstanceClass"], db["AllocatedStorage"]), ("postgres", "db.t3.micro", 20))
	expect("database and user", (db["DBName"], db["MasterUsername"]), ("retail", "terrace"))
	expect("private", db["PubliclyAccessible"], False)
	expect("endpoint", (db["Endpoint"]["Address"], db["Endpoint"]["Port"]),
	       (st["source_db"]["address"], st["source_db"]["port"]))
	PY
'

test_expect_success 'retail-batch: its own network; the bastion, the database and Glue placed in it' '
	vpc=$(terrace output -raw vpc_id) &&
	cli ec2 describe-vpcs --vpc-ids "$vpc" >vpc.json &&
	cli ec2 describe-subnets --filters "Name=vpc-id,Values=$vpc" >subnets.json &&
	cli ec2 describe-instances --instance-ids "$(state_attr bastion instance_id)" >bastion.json &&
	cli ec2 describe-key-pairs --key-names alice-hist-retail --include-public-key >key.json &&
	cli ec2 describe-images --owners amazon --filters "Name=name,Values=al2023-ami-2023.*" \
		"Name=architecture,Values=x86_64" >images.json &&
	cli rds describe-db-instances --db-instance-identifier alice-retail-source >db.json &&
	cli glue get-connection --name alice-hist-retail-vpc >conn.json &&
	cli logs describe-log-groups --log-group-name-prefix /aws-glue/jobs/ >logs.json &&
	cli glue get-job --job-name alice-hist-retail-bronze >bronze.json &&
	terrace output -raw bastion_ip >bastion_ip &&
	NETNS_IP=$NETNS_IP PUBKEY=$(cut -d" " -f1,2 "$SSHD_KEY.pub") check_json vpc.json subnets.json bastion.json key.json \
		images.json db.json conn.json logs.json bronze.json <<-\PY &&
	vpcs, subnets, bastion, key, images, db, conn, logs, bronze = d
	net = lambda r, a: st["module.net[0]." + r][a]
	vpc = vpcs["Vpcs"][0]
	expect("vpc", (vpc["VpcId"], vpc["CidrBlock"], vpc["IsDefault"]), (net("vpc", "vpc_id"), "10.0.0.0/16", False))
	expect("vpc name", {t["Key"]: t["Value"] for t in vpc["Tags"]}["Name"], "alice-retail")
	name = lambda o: {t["Key"]: t["Value"] for t in o.get("Tags", [])}.get("Name")
	expect("subnets", sorted((s["CidrBlock"], s["AvailabilityZone"], s["MapPublicIpOnLaunch"], name(s))
	                         for s in subnets["Subnets"]),
	       [("10.0.1.0/24", "us-east-1a", True, "alice-retail-public-a"),
	        ("10.0.11.0/24", "us-east-1a", False, "alice-retail-private-a"),
	        ("10.0.12.0/24", "us-east-1b", False, "alice-retail-private-b"),
	        ("10.0.2.0/24", "us-east-1b", True, "alice-retail-public-b")])
	i = bastion["Reservations"][0]["Instances"][0]
	expect("bastion placement", (i["VpcId"], i["SubnetId"], [g["GroupId"] for g in i["SecurityGroups"]], i["KeyName"]),
	       (vpc["VpcId"], net("public_a", "subnet_id"), [net("public", "group_id")], "alice-hist-retail"))
	newest = max(images["Images"], key=lambda m: (m["CreationDate"], m["Name"], m["ImageId"]))
	expect("bastion image: the newest Amazon Linux 2023", i["ImageId"], newest["ImageId"])
	expect("bastion address", (i["PublicIpAddress"], st["bastion"]["public_ip"]),
	       (os.environ["NETNS_IP"], os.environ["NETNS_IP"]))
	expect("key pair", key["KeyPairs"][0]["PublicKey"].split()[:2], os.environ["PUBKEY"].split())
	db = db["DBInstances"][0]
	expect("db subnet group", (db["DBSubnetGroup"]["DBSubnetGroupName"], db["DBSubnetGroup"]["VpcId"]),
	       ("alice-retail-source", vpc["VpcId"]))
	expect("db subnets", sorted(s["SubnetIdentifier"] for s in db["DBSubnetGroup"]["Subnets"]),
	       sorted([net("private_a", "subnet_id"), net("private_b", "subnet_id")]))
	expect("db groups", [g["VpcSecurityGroupId"] for g in db["VpcSecurityGroups"]], [net("private", "group_id")])
	c = conn["Connection"]
	expect("glue connection", (c["ConnectionType"], c["PhysicalConnectionRequirements"]),
	       ("NETWORK", {"SubnetId": net("private_a", "subnet_id"), "AvailabilityZone": "us-east-1a",
	                    "SecurityGroupIdList": [net("private", "group_id")]}))
	expect("log groups", [(g["logGroupName"], g.get("retentionInDays")) for g in logs["logGroups"]],
	       [("/aws-glue/jobs/alice-hist-retail", 14)])
	job = bronze["Job"]
	expect("bronze job network and logs", (job["Connections"]["Connections"],
	       job["DefaultArguments"]["--continuous-log-logGroup"]),
	       (["alice-hist-retail-vpc"], "/aws-glue/jobs/alice-hist-retail"))
	PY
	test_equal "$NETNS_IP" "$(cat bastion_ip)"
'

test_expect_success 'retail-batch: the migrations made the retail schema, keys and comments included' '
	psql_test -d retail "SELECT name FROM terrace_migrations ORDER BY name" >applied &&
	printf "%s\n" 001_retail_schema.sql 002_customers_and_products.sql 003_purchases.sql >expect &&
	test_cmp expect applied &&
	psql_test -d retail "SELECT c.relname || '\'':'\'' || string_agg(a.attname, '\'','\'' ORDER BY a.attnum)
		FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (k.conkey)
		WHERE k.contype = '\''p'\'' AND c.relnamespace = '\''retail'\''::regnamespace
		GROUP BY c.relname ORDER BY 1" >pkeys &&
	printf "%s\n" customer:customer_id products_info:product_id purchase:purchase_id zipcode:zipcode >expect &&
	test_cmp expect pkeys &&
	test_equal "purchase_customer_fkey FOREIGN KEY (customer_id) REFERENCES retail.customer(customer_id)" \
		"$(psql_test -d retail "SELECT conname || '\'' '\'' || pg_get_constraintdef(oid) FROM pg_constraint
			WHERE contype = '\''f'\'' AND conrelid = '\''retail.purchase'\''::regclass")" &&
	# negatives: no run of terrace (the tables the migrations made, read above: psql fails without them)
	test_equal 0 "$(psql_test -d retail "SELECT count(*) FROM pg_attribute
		WHERE attrelid IN ('\''retail.customer'\''::regclass, '\''retail.products_info'\''::regclass,
		                   '\''retail.purchase'\''::regclass, '\''retail.zipcode'\''::regclass)
		  AND attnum > 0 AND NOT attisdropped AND col_description(attrelid, attnum) IS NULL")"
'

test_expect_success 'retail-batch: glue_reader logs in with the secret'\''s password and may only read' '
	reader () {
		$PG_EXEC_PREFIX env PGPASSWORD="$TERRACE_VAR_db_password" psql -X -A -t -v ON_ERROR_STOP=1 \
			-h 127.0.0.1 -p "$PG_PORT" -U glue_reader -d retail -c "$1"
	} &&
	# negatives: no run of terrace (glue_reader reads the tables: without the grant psql fails, no 0)
	test_equal 0 "$(reader "SELECT count(*) FROM retail.purchase")" &&
	# negatives: no run of terrace (as above)
	test_equal 0 "$(reader "SELECT count(*) FROM retail.customer JOIN retail.zipcode USING (zipcode)")" &&
	test_expect_code 1 reader "INSERT INTO retail.zipcode VALUES ('\''10001'\'', '\''New York'\'', '\''NY'\'')" 2>insert.err &&
	test_contains insert.err "permission denied for table zipcode"
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

test_expect_success 'retail-batch: the attendee login: their own policy, credentials in the secret only' '
	cli iam list-attached-user-policies --user-name alice-hist-retail >attached.json &&
	check_json attached.json <<-\PY &&
	expect("attached", [p["PolicyArn"] for p in d["AttachedPolicies"]], [st["attendee_policy"]["arn"]])
	PY
	cli iam get-login-profile --user-name alice-hist-retail >profile.json &&
	check_json profile.json <<-\PY &&
	expect("password reset", d["LoginProfile"]["PasswordResetRequired"], True)
	PY
	cli secretsmanager get-secret-value --secret-id alice/hist-retail/credentials >creds.json &&
	python3 -c "import json; print(json.loads(json.load(open(\"creds.json\"))[\"SecretString\"])[\"password\"])" >pw &&
	test -s pw &&
	terrace state list >listed 2>err &&
	test_line listed attendee_policy &&
	test_not_contains terrace.state.json "$(cat pw)" &&
	test_not_contains apply.out "$(cat pw)"
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

test_expect_success 'retail-batch: the alerts: a failed execution of the pipeline and the failed Glue runs reach the topic' '
	topic=$(terrace output -raw alerts_topic_arn) &&
	cli sns get-topic-attributes --topic-arn "$topic" >topic.json &&
	cli sns list-subscriptions-by-topic --topic-arn "$topic" >subs.json &&
	cli sns get-subscription-attributes --subscription-arn "$(state_attr "alert_email[0]" arn)" >sub.json &&
	cli events describe-rule --name alice-hist-retail-failed >rule.json &&
	cli events list-targets-by-rule --rule alice-hist-retail-failed >targets.json &&
	cli cloudwatch describe-alarms --alarm-name-prefix alice-hist-retail- >alarms.json &&
	check_json topic.json subs.json sub.json rule.json targets.json alarms.json <<-\PY &&
	topic, subs, sub, rule, targets, alarms = d
	t = topic["Attributes"]
	arn = st["alerts"]["arn"]
	expect("topic", (t["TopicArn"], t["DisplayName"]), (arn, "hist-retail pipeline"))
	account = arn.split(":")[4]
	policy = {s["Sid"]: s for s in json.loads(t["Policy"])["Statement"]}
	expect("events may publish for the rule", (policy["PipelineFailures"]["Principal"], policy["PipelineFailures"]["Action"],
	       policy["PipelineFailures"]["Resource"], policy["PipelineFailures"]["Condition"]),
	       ({"Service": "events.amazonaws.com"}, "sns:Publish", arn,
	        {"ArnEquals": {"aws:SourceArn": st["pipeline_failed"]["arn"]}}))
	expect("cloudwatch may publish for the alarms", (policy["JobAlarms"]["Principal"], policy["JobAlarms"]["Condition"]),
	       ({"Service": "cloudwatch.amazonaws.com"},
	        {"ArnLike": {"aws:SourceArn": "arn:aws:cloudwatch:us-east-1:%s:alarm:alice-hist-retail-*" % account}}))
	expect("subscriptions", [(s["Protocol"], s["Endpoint"]) for s in subs["Subscriptions"]], [("email", "oncall@example.com")])
	expect("pending confirmation", sub["Attributes"]["PendingConfirmation"], "true")
	expect("rule", (rule["State"], rule["Arn"]), ("ENABLED", st["pipeline_failed"]["arn"]))
	expect("rule pattern", json.loads(rule["EventPattern"]),
	       {"source": ["aws.states"], "detail-type": ["Step Functions Execution Status Change"],
	        "detail": {"status": ["FAILED", "TIMED_OUT", "ABORTED"], "stateMachineArn": [st["pipeline"]["arn"]]}})
	expect("rule target", [(x["Id"], x["Arn"]) for x in targets["Targets"]], [("alerts", arn)])
	got = sorted((a["AlarmName"], a["Namespace"], a["MetricName"], a["Statistic"], a["Period"], a["Threshold"],
	              a["ComparisonOperator"], a["TreatMissingData"], a["AlarmActions"],
	              sorted((x["Name"], x["Value"]) for x in a["Dimensions"])) for a in alarms["MetricAlarms"])
	expect("alarms", got, sorted(("alice-hist-retail-%s-errors" % j, "Glue", "glue.error.ALL", "Sum", 300, 1.0,
	                              "GreaterThanOrEqualToThreshold", "notBreaching", [arn],
	                              [("JobName", "alice-hist-retail-" + j), ("JobRunId", "ALL"),
	                               ("ObservabilityGroup", "error"), ("Type", "count")])
	                             for j in ("bronze", "silver", "gold")))
	PY
	cli glue get-job --job-name alice-hist-retail-gold \
		--query "Job.DefaultArguments.\"--enable-observability-metrics\"" --output text >observability &&
	test_equal true "$(cat observability)" &&
	pattern=$(python3 -c "import json; print(json.load(open(\"rule.json\"))[\"EventPattern\"])") &&
	for status in FAILED TIMED_OUT ABORTED SUCCEEDED RUNNING; do
		for machine in "$(state_attr pipeline arn)" "$(state_attr pipeline arn)-other"; do
			event="{\"id\": \"1\", \"account\": \"123456789012\", \"source\": \"aws.states\", \"time\": \"2024-03-02T02:40:00Z\", \"region\": \"us-east-1\", \"resources\": [], \"detail-type\": \"Step Functions Execution Status Change\", \"detail\": {\"status\": \"$status\", \"stateMachineArn\": \"$machine\"}}" &&
			cli events test-event-pattern --event-pattern "$pattern" --event "$event" \
				--query Result --output text || return 1
		done
	done >matches &&
	printf "%s\n" True False True False True False False False False False >expect &&
	test_cmp expect matches
'

# A change, then destroy (once t0332, which applied the example again first).

test_expect_success 'retail-batch: an edited script replaces its artifact and updates its job, nothing else' '
	script_edit_plans jobs/silver.py silver_script silver_job alice-hist-retail &&
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
	test_line destroy.out "Destroy complete! Resources: 44 destroyed." &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''glue_reader'\''")" &&
	no_secret destroy.out destroy.err
'

test_expect_success 'retail-batch: nothing is left: EC2 but the default VPC, RDS, Logs, S3, Secrets Manager, IAM, Glue, Step Functions, Scheduler' '
	retail_batch_gone
'

test_expect_success 'retail-batch: the password is in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err *.json; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
