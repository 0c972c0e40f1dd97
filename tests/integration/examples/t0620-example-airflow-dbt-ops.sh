#!/usr/bin/env bash
# t0620-example-airflow-dbt-ops: examples/airflow-dbt-ops applied unchanged
# from an empty moto account: the network (the catalog module
# network-base), the Airflow host as an EC2 instance with its key pair and
# instance profile, the task log group, the Redshift cluster in the private
# subnets, and what terrace then does on the host over SSH at
# ${airflow_host.public_ip}. A real sshd stands in for the instance (every
# public IP moto assigns is the sshd's address: start_moto
# MOTO_STAND_IN_PUBLIC_IP, tests/servers/moto_patches/ec2_public_ip_stand_in.py,
# and the instance's console shows the sshd's host key:
# MOTO_STAND_IN_HOST_KEYS, ec2_console_output_host_keys.py, so the host key
# the providers pin from ${airflow_host.host_keys} is checked, with no
# known_hosts file)
# and a real PostgreSQL holds Airflow's metadata database and stands in for
# the Redshift cluster. As in t0330, both run in a network namespace
# (tests/servers/netns.sh) that only the host's sshd is reachable in: its
# /etc/hosts resolves the cluster's endpoint (moto's name for it; a moto
# patch makes the name's middle part per account, as on AWS, so it is known
# before the cluster exists) to the namespace's PostgreSQL, and terrace
# reaches the "cluster" through an SSH tunnel via the host.
#
# Checked with the AWS CLI, ssh and psql inside the namespace: validate,
# plan, one apply, a second plan with no changes; the VPC, subnets, groups
# and the instance (its image from the AMI lookup, subnet, group, key,
# profile, user data) and the IAM role, the log group and the cluster's
# placement; on the host the DAGs byte for byte, airflow.cfg, the scheduler
# restarted once (ssh.command); the connections (dbt's pointing at the
# cluster's endpoint) and variables as Airflow's secrets backend names them;
# the backup cron block; the dbt login builds a model in its schema and
# nothing outside it. An edited DAG plans as one update, an edited
# airflow.cfg as two (the file, the restart) and restarts the scheduler once
# more. Destroy leaves no VPC but the default, no subnet, group, instance,
# endpoint, gateway, key pair, role, instance profile, log group, cluster,
# subnet group, bucket or secret, the crontab's other lines untouched; the
# passwords are in no output or state.
#
# dbt on Fargate (fargate.yaml), on the same apply: the ECR repository, the
# cluster, the task definition (the warehouse password only as a secret's
# reference, its awslogs group), the execution role's policy, the nightly
# schedule's ECS target in the private subnets and group, the ECR and Logs
# endpoints there; `terrace run` of the task on the stack's cluster follows
# it to STOPPED and exits 0 (moto runs no container: ecs_task_lifecycle.py);
# destroy leaves no repository, cluster, task definition or schedule.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing
# else. The backup job's command itself is run in t0600; the instance's
# cloud-init user data is checked as sent, not run (moto boots nothing).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

own_crontabs

require_netns

# moto with the host's console, PostgreSQL and the scheduler's sshd in the
# namespace, the example's variables and its copy (examples.sh).
airflow_dbt_ops_start
restarts=$TRASH/airflow/restarts.log
dags=$TRASH/airflow/dags/dbt

# dbt SQL: psql as the dbt login, inside the namespace.
as_dbt () {
	$PG_EXEC_PREFIX env PGPASSWORD="$TERRACE_VAR_dbt_password" psql -X -A -t -q -v ON_ERROR_STOP=1 \
		-h "$redshift_address" -p "$PG_PORT" -U dbt -d dev -c "$1"
}

test_expect_success 'airflow-dbt-ops: the cluster and the metadata database are reachable only through the host' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d dev -c "SELECT 1" 2>direct.err &&
	test_equal 1 "$(psql_test -d dev "SELECT 1")"
'

# No warning either: the cross-resource checks take the task definition's
# execution role (it may pull from the repository and write the log group)
# and the roles' trust (ecs-tasks, scheduler).
test_expect_success 'airflow-dbt-ops: validate, no warning' '
	terrace validate >out 2>err &&
	test_match out "^Success! The stack is valid \(25 resources, 2 module calls\)\." &&
	test_empty err
'

test_expect_success 'airflow-dbt-ops: plan creates everything' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	for r in backups warehouse dbt dbt_models dbt_database dbt_schema dbt_connection \
		warehouse_subnets deploy_key task_logs airflow_role airflow_profile airflow_host \
		airflow_cfg restart_scheduler module.net.vpc module.net.public_a module.net.private_b \
		module.net.igw module.net.public_routes module.net.s3_endpoint "module.net.secrets_endpoint[0]" \
		module.net.public module.net.private module.airflow.dags "module.airflow.connection[\"aws_default\"]" \
		"module.airflow.variable[\"dbt_target\"]" module.airflow.metadata_db module.airflow.backup \
		dbt_image dbt_cluster dbt_logs dbt_execution dbt_nightly ecr_api ecr_dkr logs_endpoint \
		dbt_scheduler_role dbt_schedule
	do
		test_line plan.out "# $r will be created" || return 1
	done &&
	test_line plan.out "Plan: 44 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

# -target airflow_host makes the host and what it stands on (both public
# subnets: the module's output lists them), nothing that needs SSH.
test_expect_success 'airflow-dbt-ops: -target airflow_host plans the host and what it needs, no SSH' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color -target airflow_host >target.out 2>target.err &&
	grep "will be created" target.out | sed "s/^ *# //; s/ will be created$//" | LC_ALL=C sort >targets &&
	printf "%s\n" airflow_host airflow_profile airflow_role backups deploy_key module.net.public \
		module.net.public_a module.net.public_b module.net.vpc task_logs >expect &&
	test_cmp expect targets &&
	test_line target.out "Plan: 10 to add, 0 to change, 0 to destroy."
'

test_expect_success 'airflow-dbt-ops: one apply from an empty account reaches the new host and, through it, the cluster; a second plan is clean' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 44 added, 0 changed, 0 destroyed." &&
	test_line apply.out "airflow_host = \"$NETNS_IP\"" &&
	test_line apply.out "warehouse_endpoint = \"$redshift_address:$PG_PORT\"" &&
	test_line apply.out "dbt_schema = \"analytics\"" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/scheduler.log" &&
	test_equal "[\"$(cut -d" " -f1,2 "$STAND_IN_KEYS")\"]" "$(state_attr airflow_host host_keys)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret apply.out apply.err plan2.out plan2.err
'

test_expect_success 'airflow-dbt-ops: the network, from the module, in two zones' '
	vpc=$(state_attr module.net.vpc vpc_id) &&
	cli ec2 describe-subnets --filters "Name=vpc-id,Values=$vpc" >subnets.json &&
	cli ec2 describe-security-groups --filters "Name=vpc-id,Values=$vpc" >groups.json &&
	cli ec2 describe-vpc-endpoints --filters "Name=vpc-id,Values=$vpc" >endpoints.json &&
	OFFICE=$TERRACE_VAR_office_cidr PG_PORT=$PG_PORT check_json subnets.json groups.json endpoints.json <<-\PY
	subnets, groups, endpoints = d
	expect("subnets", sorted((s["CidrBlock"], s["AvailabilityZone"], s["MapPublicIpOnLaunch"])
	                         for s in subnets["Subnets"]),
	       [("10.0.1.0/24", "us-east-1a", True), ("10.0.11.0/24", "us-east-1a", False),
	        ("10.0.12.0/24", "us-east-1b", False), ("10.0.2.0/24", "us-east-1b", True)])
	g = {x["GroupName"]: x for x in groups["SecurityGroups"]}
	expect("groups", sorted(g), ["alice-private", "alice-public", "default"])
	expect("ssh from the office only", [(r["FromPort"], [c["CidrIp"] for c in r["IpRanges"]])
	                                    for r in g["alice-public"]["IpPermissions"]],
	       [(22, [os.environ["OFFICE"]])])
	warehouse = [r for r in g["alice-private"]["IpPermissions"] if r.get("FromPort") == int(os.environ["PG_PORT"])]
	expect("the warehouse port from the host group", [p["GroupId"] for r in warehouse for p in r["UserIdGroupPairs"]],
	       [g["alice-public"]["GroupId"]])
	expect("endpoints", sorted((e["ServiceName"], e["VpcEndpointType"]) for e in endpoints["VpcEndpoints"]),
	       [("com.amazonaws.us-east-1.ecr.api", "Interface"), ("com.amazonaws.us-east-1.ecr.dkr", "Interface"),
	        ("com.amazonaws.us-east-1.logs", "Interface"),
	        ("com.amazonaws.us-east-1.s3", "Gateway"), ("com.amazonaws.us-east-1.secretsmanager", "Interface")])
	fargate = [e for e in endpoints["VpcEndpoints"] if e["ServiceName"].split(".")[-1] in ("api", "dkr", "logs")]
	expect("ECR and Logs endpoints: the first private subnet, the private group, private DNS",
	       sorted({(tuple(e["SubnetIds"]), tuple(g["GroupId"] for g in e["Groups"]), e["PrivateDnsEnabled"]) for e in fargate}),
	       [((st["module.net.private_a"]["subnet_id"],), (st["module.net.private"]["group_id"],), True)])
	PY
'

test_expect_success 'airflow-dbt-ops: the Airflow host: the looked-up image, a public subnet, its key, profile and user data' '
	id=$(terrace output -raw airflow_instance_id) &&
	cli ec2 describe-instances --instance-ids "$id" --query "Reservations[0].Instances[0]" >host.json &&
	cli ec2 describe-instance-attribute --instance-id "$id" --attribute userData >userdata.json &&
	cli ec2 describe-key-pairs --key-names alice-airflow >keys.json &&
	cli iam get-instance-profile --instance-profile-name alice-airflow-host >profile.json &&
	cli iam get-role-policy --role-name alice-airflow-host --policy-name airflow-host >policy.json &&
	cli logs describe-log-groups --log-group-name-prefix /airflow/ >logs.json &&
	IP=$NETNS_IP KEY=$TERRACE_VAR_scheduler_public_key USER_=$SSHD_USER TRASH=$TRASH SECRETS="${TEST_SECRETS[*]}" \
		check_json host.json userdata.json keys.json profile.json policy.json logs.json <<-\PY
	host, ud, keys, profile, policy, logs = d
	import base64
	expect("image (Canonical Ubuntu 16.04 in moto)", host["ImageId"], "ami-785db401")
	expect("subnet", host["SubnetId"], st["module.net.public_a"]["subnet_id"])
	expect("group", [g["GroupName"] for g in host["SecurityGroups"]], ["alice-public"])
	expect("public IP: the stand-in sshd", (host["PublicIpAddress"], st["airflow_host"]["public_ip"]),
	       (os.environ["IP"], os.environ["IP"]))
	expect("key pair", (host["KeyName"], keys["KeyPairs"][0]["KeyName"]), ("alice-airflow", "alice-airflow"))
	expect("profile", host["IamInstanceProfile"]["Arn"], profile["InstanceProfile"]["Arn"])
	expect("profile role", [r["RoleName"] for r in profile["InstanceProfile"]["Roles"]], ["alice-airflow-host"])
	text = base64.b64decode(ud["UserData"]["Value"]).decode()
	import yaml
	expect("cloud-config", text.splitlines()[0], "#cloud-config")
	cc = yaml.safe_load(text)
	expect("the login and its key", [(u["name"], u["homedir"], u["ssh_authorized_keys"]) for u in cc["users"][1:]],
	       [(os.environ["USER_"], os.environ["TRASH"] + "/airflow", [os.environ["KEY"]])])
	expect("no secret in user data", [s for s in os.environ["SECRETS"].split() if s in text], [])
	expect("user_data_hash", st["airflow_host"]["user_data_hash"], __import__("hashlib").sha256(text.encode()).hexdigest())
	statements = {x["Sid"]: x for x in policy["PolicyDocument"]["Statement"]}
	expect("secrets", statements["ReadTheAirflowSecrets"]["Resource"],
	       "arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow/*")
	expect("backups", statements["WriteTheBackups"]["Resource"], "arn:aws:s3:::alice-airflow-backups/airflow/metadata-db/*")
	expect("log group", [(g["logGroupName"], g["retentionInDays"]) for g in logs["logGroups"]], [("/airflow/alice/tasks", 30)])
	PY
'

test_expect_success 'airflow-dbt-ops: airflow.cfg on the host, the scheduler restarted once' '
	ssh_test "cat '\''$TRASH/airflow/airflow.cfg'\''; stat -c %a '\''$TRASH/airflow/airflow.cfg'\''" >cfg &&
	test_line cfg "dags_folder = $TRASH/airflow/dags" &&
	test_line cfg "sql_alchemy_conn = postgresql+psycopg2:///airflow?port=$PG_PORT" &&
	test_line cfg "backend_kwargs = {\"connections_prefix\":\"airflow/connections\",\"variables_prefix\":\"airflow/variables\"}" &&
	test_line cfg "remote_base_log_folder = cloudwatch://arn:aws:logs:us-east-1:123456789012:log-group:/airflow/alice/tasks" &&
	test_line cfg 600 &&
	ssh_test "cat '\''$restarts'\''" >restarts && echo restarted >expect && test_cmp expect restarts
'

test_expect_success 'airflow-dbt-ops: the DAGs are on the scheduler host, byte for byte' '
	ssh_test "cd '\''$dags'\'' && sha256sum dbt_daily.py profiles.yml warehouse_checks.py" >remote &&
	(cd dags && sha256sum dbt_daily.py profiles.yml warehouse_checks.py) >expect &&
	test_cmp expect remote
'

test_expect_success 'airflow-dbt-ops: connections and variables as the secrets backend reads them' '
	cli secretsmanager list-secrets --query "SecretList[].Name" >names.json &&
	cli secretsmanager get-secret-value --secret-id airflow/connections/redshift_warehouse >dbt.json &&
	cli secretsmanager get-secret-value --secret-id airflow/connections/aws_default >aws.json &&
	cli secretsmanager get-secret-value --secret-id airflow/variables/dbt_project_dir >dir.json &&
	terrace output -raw secrets_backend_kwargs >kwargs.json &&
	ADDRESS=$redshift_address PG_PORT=$PG_PORT AIRFLOW_HOME=$TRASH/airflow \
		check_json names.json dbt.json aws.json dir.json kwargs.json <<-\PY
	names, dbt, aws, folder, kwargs = d
	expect("secrets", sorted(names), ["airflow/connections/airflow_db", "airflow/connections/aws_default",
	       "airflow/connections/redshift_warehouse", "airflow/variables/dbt_project_dir",
	       "airflow/variables/dbt_schema", "airflow/variables/dbt_target"])
	expect("dbt connection", json.loads(dbt["SecretString"]),
	       {"conn_type": "postgres", "host": os.environ["ADDRESS"], "port": int(os.environ["PG_PORT"]),
	        "schema": "dev", "login": "dbt", "password": os.environ["TERRACE_VAR_dbt_password"]})
	expect("aws connection", json.loads(aws["SecretString"]),
	       {"conn_type": "aws", "extra": {"region_name": "us-east-1"}})
	expect("variable", folder["SecretString"], os.environ["AIRFLOW_HOME"] + "/dbt/analytics")
	expect("kwargs", kwargs, {"connections_prefix": "airflow/connections",
	                          "variables_prefix": "airflow/variables"})
	PY
'

test_expect_success 'airflow-dbt-ops: the nightly backup is in the crontab beside the host'\''s own lines' '
	crontab -l >crontab &&
	test_line crontab "# BEGIN terrace alice-airflow-metadata-backup" &&
	test_line crontab "PGPORT=$PG_PORT" &&
	test_match crontab "^15 2 \* \* \* f=.* \"s3://alice-airflow-backups/airflow/metadata-db/" &&
	sed "/^# BEGIN terrace alice-airflow-metadata-backup$/,/^# END terrace alice-airflow-metadata-backup$/d" \
		crontab >rest &&
	test_cmp "$TRASH/mine.crontab" rest &&
	no_secret crontab
'

test_expect_success 'airflow-dbt-ops: the cluster, private, single-node, in the private subnets behind the private group' '
	cli redshift describe-clusters --cluster-identifier alice-warehouse >cluster.json &&
	cli redshift describe-cluster-subnet-groups --cluster-subnet-group-name alice-warehouse >rs-subnets.json &&
	check_json cluster.json rs-subnets.json <<-\PY
	cluster, groups = d
	c = cluster["Clusters"][0]
	expect("subnet group", c["ClusterSubnetGroupName"], "alice-warehouse")
	expect("its subnets", sorted(s["SubnetIdentifier"] for s in groups["ClusterSubnetGroups"][0]["Subnets"]),
	       sorted([st["module.net.private_a"]["subnet_id"], st["module.net.private_b"]["subnet_id"]]))
	expect("group", [g["VpcSecurityGroupId"] for g in c["VpcSecurityGroups"]], [st["module.net.private"]["group_id"]])
	expect("node", (c["NodeType"], c["NumberOfNodes"]), ("ra3.xlplus", 1))
	expect("database", (c["DBName"], c["MasterUsername"]), ("dev", "terrace"))
	expect("private", c["PubliclyAccessible"], False)
	expect("endpoint", c["Endpoint"]["Address"], st["warehouse"]["address"])
	PY
'

test_expect_success 'airflow-dbt-ops: dbt builds a model in its schema and nowhere else' '
	as_dbt "CREATE TABLE analytics.daily_orders AS SELECT 1 AS n" &&
	test_equal 1 "$(as_dbt "SELECT n FROM analytics.daily_orders")" &&
	as_dbt "CREATE TEMPORARY TABLE scratch (n int)" &&
	test_expect_code 1 as_dbt "CREATE TABLE public.mine (n int)" 2>public.err &&
	test_contains public.err "permission denied for schema public" &&
	test_equal "dbt|f|10" "$(psql_test "SELECT rolname, rolsuper, rolconnlimit FROM pg_roles WHERE rolname = '\''dbt'\''")"
'

test_expect_success 'airflow-dbt-ops: dbt on Fargate: repository, cluster, task definition (the password a secret reference), roles, nightly schedule' '
	cli ecr describe-repositories --repository-names alice/dbt >repo.json &&
	cli ecs describe-clusters --clusters alice-dbt >clusters.json &&
	cli ecs describe-task-definition --task-definition "$(state_attr dbt_nightly arn)" >taskdef.json &&
	cli iam get-role --role-name alice-dbt-execution >exec-role.json &&
	cli iam get-role-policy --role-name alice-dbt-execution --policy-name dbt-task-start >exec-policy.json &&
	cli scheduler get-schedule --name alice-dbt-nightly >schedule.json &&
	cli logs describe-log-groups --log-group-name-prefix /ecs/ >ecs-logs.json &&
	ADDRESS=$redshift_address PG_PORT=$PG_PORT SECRETS="${TEST_SECRETS[*]}" \
		check_json repo.json clusters.json taskdef.json exec-role.json exec-policy.json schedule.json ecs-logs.json <<-\PY
	repo, clusters, taskdef, role, policy, schedule, logs = d
	r = repo["repositories"][0]
	expect("repository", (r["repositoryUri"], r["imageTagMutability"], r["imageScanningConfiguration"]["scanOnPush"]),
	       (st["dbt_image"]["repository_url"], "IMMUTABLE", True))
	expect("cluster", [(c["clusterName"], c["status"]) for c in clusters["clusters"]], [("alice-dbt", "ACTIVE")])
	td = taskdef["taskDefinition"]
	expect("task", (td["family"], td["requiresCompatibilities"], td["networkMode"], td["cpu"], td["memory"],
	                td["executionRoleArn"], td.get("taskRoleArn")),
	       ("alice-dbt", ["FARGATE"], "awsvpc", "1024", "2048", st["dbt_execution"]["arn"], None))
	c = td["containerDefinitions"][0]
	expect("image", c["image"], st["dbt_image"]["repository_url"] + ":initial")
	expect("command", c["command"], ["dbt", "build", "--target", "prod"])
	expect("environment", sorted((e["name"], e["value"]) for e in c["environment"]),
	       [("DBT_DATABASE", "dev"), ("DBT_HOST", os.environ["ADDRESS"]), ("DBT_PORT", os.environ["PG_PORT"]),
	        ("DBT_SCHEMA", "analytics"), ("DBT_USER", "dbt")])
	expect("the password: the secret field, by reference", c["secrets"],
	       [{"name": "DBT_PASSWORD", "valueFrom": st["dbt_connection"]["arn"] + ":password::"}])
	expect("no password in the task definition", [s for s in os.environ["SECRETS"].split() if s in json.dumps(td)], [])
	expect("awslogs", c["logConfiguration"], {"logDriver": "awslogs", "options": {
	       "awslogs-group": "/ecs/alice/dbt", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "dbt"}})
	expect("log group", [(g["logGroupName"], g["retentionInDays"]) for g in logs["logGroups"]], [("/ecs/alice/dbt", 30)])
	expect("execution role trust", [x["Principal"] for x in role["Role"]["AssumeRolePolicyDocument"]["Statement"]],
	       [{"Service": "ecs-tasks.amazonaws.com"}])
	grants = {x["Sid"]: (x["Action"], x["Resource"]) for x in policy["PolicyDocument"]["Statement"]}
	expect("execution role policy", grants, {
	    "EcrLogin": ("ecr:GetAuthorizationToken", "*"),
	    "PullTheImage": (["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
	                     st["dbt_image"]["arn"]),
	    "WriteTheLogs": (["logs:CreateLogStream", "logs:PutLogEvents"], st["dbt_logs"]["arn"] + ":*"),
	    "ReadTheWarehouseSecret": ("secretsmanager:GetSecretValue", st["dbt_connection"]["arn"])})
	t = schedule["Target"]
	expect("schedule", (schedule["ScheduleExpression"], t["Arn"], t["RoleArn"]),
	       ("cron(0 3 * * ? *)", st["dbt_cluster"]["arn"], st["dbt_scheduler_role"]["arn"]))
	e = t["EcsParameters"]
	expect("its task", (e["TaskDefinitionArn"], e["LaunchType"], e["TaskCount"]), (st["dbt_nightly"]["arn"], "FARGATE", 1))
	expect("its network", (sorted(e["NetworkConfiguration"]["awsvpcConfiguration"]["Subnets"]),
	                       e["NetworkConfiguration"]["awsvpcConfiguration"]["SecurityGroups"]),
	       (sorted([st["module.net.private_a"]["subnet_id"], st["module.net.private_b"]["subnet_id"]]),
	        [st["module.net.private"]["group_id"]]))
	PY
'

test_expect_success 'airflow-dbt-ops: terrace run starts the dbt task on the stack'"'"'s cluster, in a private subnet, and follows it to its end' '
	terrace run dbt_nightly -subnets "$(state_attr module.net.private_a subnet_id)" \
		-security-groups "$(state_attr module.net.private group_id)" >run.out 2>run.err &&
	test_line run.err "dbt_nightly: STOPPED" &&
	cli ecs list-tasks --cluster alice-dbt --desired-status STOPPED --query "taskArns" >tasks.json &&
	test_equal 1 "$(python3 -c "import json; print(len(json.load(open(\"tasks.json\"))))")" &&
	no_secret run.out run.err
'

test_expect_success 'airflow-dbt-ops: an edited DAG plans as one update and is uploaded' '
	sed -i "s/\"retries\": 2/\"retries\": 3/" dags/dbt_daily.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >edit.out 2>edit.err &&
	test_line edit.out "# module.airflow.dags will be updated in-place" &&
	test_line edit.out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >edit-apply.out 2>edit-apply.err &&
	ssh_test "cat '\''$dags/dbt_daily.py'\''" >remote.py &&
	test_cmp dags/dbt_daily.py remote.py
'

test_expect_success 'airflow-dbt-ops: an edited airflow.cfg is uploaded and restarts the scheduler once more' '
	sed -i "s/^load_examples = False$/load_examples = False\nparallelism = 16/" airflow.cfg.tpl &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >cfg.out 2>cfg.err &&
	test_line cfg.out "# airflow_cfg will be updated in-place" &&
	test_line cfg.out "# restart_scheduler will be updated in-place" &&
	test_line cfg.out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	terrace apply -auto-approve >cfg-apply.out 2>cfg-apply.err &&
	ssh_test "cat '\''$TRASH/airflow/airflow.cfg'\''" >cfg2 && test_line cfg2 "parallelism = 16" &&
	ssh_test "cat '\''$restarts'\''" >restarts && printf "restarted\nrestarted\n" >expect && test_cmp expect restarts &&
	terrace plan -detailed-exitcode >cfg-plan.out 2>cfg-plan.err
'

test_expect_success 'airflow-dbt-ops: destroy leaves nothing, the other crontab lines untouched' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 44 destroyed." &&
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''analytics'\''")" &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''dbt'\''")" &&
	nothing_left secretsmanager list-secrets --include-planned-deletion --query "SecretList[].Name" &&
	nothing_left redshift describe-clusters --query "Clusters[].ClusterIdentifier" &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	airflow_nothing_left &&
	! test -e "$dags" &&
	crontab -l >after && test_cmp "$TRASH/mine.crontab" after &&
	no_secret destroy.out destroy.err
'

test_expect_success 'airflow-dbt-ops: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
