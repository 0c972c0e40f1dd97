#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and database: minutes under load)
# t0331-example-retail-batch-checks: examples/retail-batch applied unchanged
# against moto from an empty account, as in t0330 (a real PostgreSQL in a
# network namespace standing in for the RDS instance, reached only through
# the bastion's sshd there), then checked with the AWS CLI and with psql
# inside the namespace: the bucket, the secret (its host is the instance's
# endpoint), the instance, the network and the placement of the bastion,
# database and Glue connection, the tables with their keys and comments, the
# reader's rights, roles, the attendee's login, jobs, pipeline and schedule.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

retail_batch_start
setup_apply . examples/retail-batch

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
	test_equal 0 "$(reader "SELECT count(*) FROM retail.purchase")" &&
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

test_done
