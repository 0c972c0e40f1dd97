#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and cluster: minutes under load)
# t0350-example-music-lakehouse: examples/music-lakehouse applied unchanged
# from an empty moto account: the lake (two zone buckets, the Glue database
# and its Iceberg tables, the jobs' role, script artifacts, log group and
# Glue jobs, all on the lake's customer-managed key), the network (lookups, the catalog module network-base, key
# pair, bastion, the cluster's subnet group) and the Redshift serving layer
# (Spectrum role, cluster, and inside it the models' schema and tables,
# users, a group and grants; the two logins' connections in Secrets
# Manager, on the lake's key). Checked with the AWS CLI and with psql: plan,
# one apply, a second plan with no changes, what the apply made; then, on
# the same apply, an edited job script planned as one replaced artifact and
# one updated job (nothing else) and applied; destroy, and an empty listing
# of EC2, Redshift, Glue, S3, IAM, Logs and Secrets Manager; the passwords in no file terrace
# wrote. (The change and destroy were t0351, which applied the example
# again first.)
#
# No Redshift server can run here. As in t0620, a real PostgreSQL stands in
# for the cluster and a real sshd for the bastion, both in a network
# namespace (tests/servers/netns.sh) that only the sshd is reachable in:
# moto gives the bastion instance the namespace's address
# (start_moto MOTO_STAND_IN_PUBLIC_IP, moto_patches/ec2_public_ip_stand_in.py),
# so the example's tunnel via ${bastion.public_ip} lands on that sshd, and
# the namespace's /etc/hosts resolves the cluster's endpoint (moto's name
# for it, known before it exists: moto_patches/redshift_endpoint_per_account.py)
# to the PostgreSQL. The example's engine is auto here, which reads
# PostgreSQL from the server: the external schema over the Glue catalog
# (count 0 unless engine is redshift) is not made, and the roles and grants
# are sent in PostgreSQL's SQL (t0316 runs the Redshift statements that
# PostgreSQL also takes).
#
# The example is copied to the test folder and run from there, as its README
# says (the scripts' source paths are relative to the current folder); its
# providers take endpoint, keys, bastion and cluster from variables, set
# here with TERRACE_VAR_* (music_lakehouse_env). Each step makes few CLI
# calls and checks their answers in one Python run (check_json): a CLI call
# costs about a second.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

music_lakehouse_start

test_expect_success 'music-lakehouse: the cluster is reachable only through the bastion' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d dev -c "SELECT 1" 2>direct.err &&
	test_equal 1 "$(psql_test -d dev "SELECT 1")"
'

test_expect_success 'music-lakehouse: validate; the files are laid out as terrace fmt writes them' '
	terrace fmt -check >fmt.out 2>fmt.err &&
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (33 resources, 1 module call)."
'

test_expect_success 'music-lakehouse: plan creates everything, without the external schema' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	for r in lake_key lake_alias landing transformation catalog users sessions songs glue_role glue_logs \
		extract_script transform_script extract_job transform_job \
		module.net.vpc module.net.igw module.net.public_a module.net.public_b \
		module.net.private_a module.net.private_b module.net.public_routes \
		module.net.private_routes module.net.s3_endpoint module.net.public module.net.private \
		deploy bastion warehouse_subnets spectrum_role warehouse \
		marts models analysts bi transformer bi_connection transformer_connection \
		analysts_marts analysts_read transformer_marts transformer_write
	do
		test_line plan.out "# $r will be created" || return 1
	done &&
	test_not_contains plan.out "# lake[0]" &&
	test_not_contains plan.out "secrets_endpoint" &&
	test_line plan.out "data.account: read" &&
	test_line plan.out "data.azs: read" &&
	test_line plan.out "data.s3_prefix_list: read" &&
	test_line plan.out "data.bastion_image: read" &&
	test_line plan.out "Plan: 41 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

test_expect_success 'music-lakehouse: one apply from an empty account, then a second plan has nothing to do' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 41 added, 0 changed, 0 destroyed." &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/bastion.log" &&
	test_line apply.out "bastion_ip = \"$NETNS_IP\"" &&
	test_line apply.out "warehouse_endpoint = \"$redshift_address:$PG_PORT\"" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret apply.out apply.err plan2.out plan2.err
'

test_expect_success 'music-lakehouse: the tunnel pins the bastion key its console showed; another key is refused' '
	test_equal "[\"$(cut -d" " -f1,2 "$STAND_IN_KEYS")\"]" "$(state_attr bastion host_keys)" &&
	ssh-keygen -q -t ed25519 -N "" -f other_host_key &&
	cp main.yaml main.yaml.orig &&
	sed -i "s|host_key: \${bastion.host_keys}|host_key: \"$(cut -d" " -f1,2 other_host_key.pub)\"|" main.yaml &&
	test_expect_code 1 terrace plan >mismatch.out 2>mismatch.err;
	rc=$?; mv main.yaml.orig main.yaml;
	test $rc = 0 &&
	test_contains mismatch.err "HOST KEY MISMATCH" &&
	test_expect_code 0 terrace plan -detailed-exitcode >pinned.out 2>pinned.err &&
	test_line pinned.out "No changes. Your infrastructure matches the configuration."
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

test_expect_success 'music-lakehouse: the lake'\''s key, its alias, and both zones encrypted with it' '
	state_attr lake_key key_id >key.id &&
	cli kms describe-key --key-id "$(cat key.id)" >key.json &&
	cli kms get-key-policy --key-id "$(cat key.id)" --policy-name default >key-policy.json &&
	cli kms get-key-rotation-status --key-id "$(cat key.id)" >rotation.json &&
	cli kms list-aliases --key-id "$(cat key.id)" >aliases.json &&
	cli s3api get-bucket-encryption --bucket acme-music-landing-zone >landing-sse.json &&
	cli s3api get-bucket-encryption --bucket acme-music-transformation-zone >transformation-sse.json &&
	check_json key.json key-policy.json rotation.json aliases.json landing-sse.json transformation-sse.json <<-\PY
	key, policy, rotation, aliases, landing, transformation = d
	k = key["KeyMetadata"]
	expect("key", (k["Arn"], k["KeyState"], k["KeyManager"]), (st["lake_key"]["arn"], "Enabled", "CUSTOMER"))
	expect("rotation", rotation["KeyRotationEnabled"], True)
	expect("alias", [a["AliasName"] for a in aliases["Aliases"]], ["alias/acme-music-lake"])
	statements = {s["Sid"]: s for s in json.loads(policy["Policy"])["Statement"]}
	expect("the IAM policies of the account decide", statements["EnableIAMUserPermissions"]["Principal"],
	       {"AWS": "arn:aws:iam::123456789012:root"})
	expect("CloudWatch Logs may use it", statements["AllowCloudWatchLogs"]["Principal"],
	       {"Service": "logs.us-east-1.amazonaws.com"})
	for name, sse in (("landing", landing), ("transformation", transformation)):
	    rule = sse["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"]
	    expect(name + " encryption", (rule["SSEAlgorithm"], rule["KMSMasterKeyID"]), ("aws:kms", st["lake_key"]["arn"]))
	PY
'

test_expect_success 'music-lakehouse: the logins'\'' connections in Secrets Manager, on the lake'\''s key, as a BI tool and Airflow read them' '
	cli secretsmanager list-secrets --query "SecretList[].[Name, KmsKeyId]" >secrets.json &&
	cli secretsmanager get-secret-value --secret-id acme-music/warehouse/bi >bi.json &&
	cli secretsmanager get-secret-value --secret-id acme-music/warehouse/transformer >transformer.json &&
	ADDRESS=$redshift_address PG_PORT=$PG_PORT check_json secrets.json bi.json transformer.json <<-\PY
	secrets, bi, transformer = d
	key = st["lake_key"]["arn"]
	expect("secrets", sorted(map(tuple, secrets)),
	       [("acme-music/warehouse/bi", key), ("acme-music/warehouse/transformer", key)])
	for login, got in (("bi", bi), ("transformer", transformer)):
	    expect(login + " connection", json.loads(got["SecretString"]),
	           {"engine": "redshift", "host": os.environ["ADDRESS"], "port": int(os.environ["PG_PORT"]), "dbname": "dev",
	            "username": login, "password": os.environ["TERRACE_VAR_%s_password" % login]})
	PY
'

test_expect_success 'music-lakehouse: without the Glue role'\''s key statement, plan warns at the zones'\'' key, naming the role' '
	cp jobs.yaml jobs.yaml.orig &&
	python3 - <<-\PY &&
	s = open("jobs.yaml").read()
	cut = s.index("          - Sid: UseTheLakeKey")
	end = s.index("          - Sid: UseTheCatalogTables")
	open("jobs.yaml", "w").write(s[:cut] + s[end:])
	PY
	terrace plan -refresh=false -no-color >nokey.out 2>nokey.err;
	rc=$?; mv jobs.yaml.orig jobs.yaml;
	test $rc = 2 -o $rc = 0 &&
	test_match nokey.err "storage.yaml:[0-9]+:[0-9]+: warning: resource \"landing\" \(aws.s3.bucket\): encryption.kms_key_id: role \"glue_role\" reads and writes bucket \"landing\" \(its policy allows it\), which is encrypted with key \"lake_key\", but no policy the stack writes for role \"glue_role\" allows kms:Decrypt and kms:GenerateDataKey" &&
	test_match nokey.err "warning: resource \"transformation\" \(aws.s3.bucket\): encryption.kms_key_id: role \"glue_role\" reads and writes bucket" &&
	test_not_contains nokey.err "spectrum_role\" reads"
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

test_expect_success 'music-lakehouse: the transform job logs to its own group, kept 30 days, encrypted with the lake'\''s key' '
	cli logs describe-log-groups >logs.json &&
	cli glue get-job --job-name acme-music-transform >transform.json &&
	check_json logs.json transform.json <<-\PY
	logs, job = d
	expect("log groups", [(g["logGroupName"], g.get("retentionInDays"), g.get("kmsKeyId")) for g in logs["logGroups"]],
	       [("/aws-glue/acme-music-jobs", 30, st["lake_key"]["arn"])])
	expect("job log group", job["Job"]["DefaultArguments"]["--continuous-log-logGroup"],
	       "/aws-glue/acme-music-jobs")
	PY
'

test_expect_success 'music-lakehouse: the network: two zones, the bastion in a public subnet, the cluster subnet group in the private ones' '
	vpc=$(state_attr module.net.vpc vpc_id) &&
	cli ec2 describe-vpcs --vpc-ids "$vpc" >vpcs.json &&
	cli ec2 describe-subnets --filters "Name=vpc-id,Values=$vpc" >subnets.json &&
	cli ec2 describe-instances --instance-ids "$(state_attr bastion instance_id)" >bastion.json &&
	cli ec2 describe-key-pairs --key-names acme-music-bastion >keys.json &&
	cli ec2 describe-security-groups --filters "Name=vpc-id,Values=$vpc" >groups.json &&
	cli redshift describe-cluster-subnet-groups >rsgroups.json &&
	cli ec2 describe-images --owners amazon \
		--filters "Name=name,Values=$TERRACE_VAR_bastion_ami_name" >images.json &&
	PG_PORT=$PG_PORT NETNS_IP=$NETNS_IP KEY="$TERRACE_VAR_bastion_public_key" \
		check_json vpcs.json subnets.json bastion.json keys.json groups.json rsgroups.json images.json <<-\PY
	vpcs, subnets, bastion, keys, groups, rsgroups, images = d
	vpc = vpcs["Vpcs"][0]
	tags = {t["Key"]: t["Value"] for t in vpc["Tags"]}
	expect("vpc", (vpc["CidrBlock"], tags["Name"], tags["project"], tags["terrace:stack"]),
	       ("10.0.0.0/16", "acme-music", "acme-music", "music-lakehouse"))
	by_cidr = {s["CidrBlock"]: s for s in subnets["Subnets"]}
	expect("subnets", sorted((c, s["AvailabilityZone"], s["MapPublicIpOnLaunch"]) for c, s in by_cidr.items()),
	       [("10.0.1.0/24", "us-east-1a", True), ("10.0.11.0/24", "us-east-1a", False),
	        ("10.0.12.0/24", "us-east-1b", False), ("10.0.2.0/24", "us-east-1b", True)])
	i = bastion["Reservations"][0]["Instances"][0]
	expect("bastion placement", (i["SubnetId"], i["KeyName"], [g["GroupId"] for g in i["SecurityGroups"]]),
	       (by_cidr["10.0.1.0/24"]["SubnetId"], "acme-music-bastion", [st["module.net.public"]["group_id"]]))
	# the newest (moto dates its images alike: then the greatest name, id)
	newest = max(images["Images"], key=lambda m: (m["CreationDate"], m["Name"], m["ImageId"]))
	expect("bastion image: the newest match", (i["ImageId"], len(images["Images"]) > 1),
	       (newest["ImageId"], True))
	expect("bastion address (the stand-in sshd)", (i["PublicIpAddress"], st["bastion"]["public_ip"]),
	       (os.environ["NETNS_IP"], os.environ["NETNS_IP"]))
	expect("key pair", [k["KeyName"] for k in keys["KeyPairs"]], ["acme-music-bastion"])
	g = {x["GroupName"]: x for x in groups["SecurityGroups"]}
	public, private = g["acme-music-public"], g["acme-music-private"]
	expect("ssh from the office only", [(r["FromPort"], [c["CidrIp"] for c in r["IpRanges"]])
	       for r in public["IpPermissions"]], [(22, ["203.0.113.0/24"])])
	port = int(os.environ["PG_PORT"])
	expect("the cluster port from the bastion group only",
	       [[p["GroupId"] for p in r["UserIdGroupPairs"]] for r in private["IpPermissions"]
	        if r.get("FromPort") == port and r.get("ToPort") == port],
	       [[public["GroupId"]]])
	rs = {x["ClusterSubnetGroupName"]: x for x in rsgroups["ClusterSubnetGroups"]}
	expect("cluster subnet groups", sorted(rs), ["acme-music-warehouse"])
	expect("cluster subnets", (rs["acme-music-warehouse"]["VpcId"],
	       sorted(x["SubnetIdentifier"] for x in rs["acme-music-warehouse"]["Subnets"])),
	       (vpc["VpcId"], sorted([by_cidr["10.0.11.0/24"]["SubnetId"], by_cidr["10.0.12.0/24"]["SubnetId"]])))
	PY
'

test_expect_success 'music-lakehouse: the cluster: private, in the subnet group, behind the private group, with the Spectrum role' '
	cli redshift describe-clusters >clusters.json &&
	cli iam get-role --role-name acme-music-spectrum >spectrum.json &&
	cli iam get-role-policy --role-name acme-music-spectrum --policy-name read-the-lake >lake-policy.json &&
	ADDRESS=$redshift_address PG_PORT=$PG_PORT check_json clusters.json spectrum.json lake-policy.json <<-\PY
	clusters, role, policy = d
	expect("clusters", [c["ClusterIdentifier"] for c in clusters["Clusters"]], ["acme-music-serving"])
	c = clusters["Clusters"][0]
	expect("node", (c["NodeType"], c["NumberOfNodes"], c["DBName"], c["MasterUsername"]),
	       ("ra3.xlplus", 1, "dev", "terrace"))
	expect("endpoint", (c["Endpoint"]["Address"], c["Endpoint"]["Port"]),
	       (os.environ["ADDRESS"], int(os.environ["PG_PORT"])))
	expect("placement", (c["ClusterSubnetGroupName"], c["PubliclyAccessible"]),
	       ("acme-music-warehouse", False))
	expect("security groups", [g["VpcSecurityGroupId"] for g in c["VpcSecurityGroups"]],
	       [st["module.net.private"]["group_id"]])
	expect("iam roles", [r["IamRoleArn"] for r in c["IamRoles"]], [role["Role"]["Arn"]])
	expect("trust", [(s["Principal"], s["Action"]) for s in role["Role"]["AssumeRolePolicyDocument"]["Statement"]],
	       [({"Service": "redshift.amazonaws.com"}, "sts:AssumeRole")])
	statements = {s["Sid"]: s for s in policy["PolicyDocument"]["Statement"]}
	expect("reads the catalog database", statements["ReadTheCatalog"]["Resource"][1:],
	       ["arn:aws:glue:us-east-1:*:database/music_lakehouse", "arn:aws:glue:us-east-1:*:table/music_lakehouse/*"])
	expect("reads the transformation zone", statements["ReadTheZone"]["Resource"],
	       ["arn:aws:s3:::acme-music-transformation-zone/*"])
	PY
'

test_expect_success 'music-lakehouse: the serving layer in the cluster: models, group, users, grants' '
	psql_test -d dev "SELECT name FROM terrace_migrations ORDER BY name" >applied &&
	test_equal 001_marts.sql "$(cat applied)" &&
	psql_test -d dev "SELECT c.relname || '\''|'\'' || obj_description(c.oid, '\''pg_class'\'') FROM pg_class c
		WHERE c.relnamespace = '\''marts'\''::regnamespace AND c.relkind = '\''r'\'' ORDER BY 1" >tables &&
	printf "%s\n" "daily_song_plays|plays, likes and revenue per song and day" \
		"daily_user_activity|listening sessions and plays per user and day" >expect &&
	test_cmp expect tables &&
	psql_test "SELECT rolname || '\''|'\'' || rolcanlogin || '\''|'\'' || rolconnlimit FROM pg_roles
		WHERE rolname IN ('\''analysts'\'', '\''bi'\'', '\''transformer'\'') ORDER BY 1" >roles &&
	printf "%s\n" "analysts|false|-1" "bi|true|20" "transformer|true|4" >expect &&
	test_cmp expect roles &&
	test_equal analysts "$(psql_test "SELECT g.rolname FROM pg_auth_members m
		JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
		WHERE u.rolname = '\''bi'\''")" &&
	# negatives: no run of terrace (what its migrations and roles made is read above in this step)
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''lake'\''")"
'

test_expect_success 'music-lakehouse: transformer loads the models, bi (through analysts) reads them and nothing more' '
	as_login transformer "$TERRACE_VAR_transformer_password" "INSERT INTO marts.daily_song_plays
		VALUES ('\''2024-03-01'\'', '\''s1'\'', '\''Song'\'', '\''Artist'\'', 3, 1, 2.97)" &&
	test_equal "3|2.97" "$(as_login bi "$TERRACE_VAR_bi_password" \
		"SELECT plays, revenue_usd FROM marts.daily_song_plays")" &&
	# negatives: no run of terrace (bi reads the table: without the grant psql fails, no 0)
	test_equal 0 "$(as_login bi "$TERRACE_VAR_bi_password" "SELECT count(*) FROM marts.daily_user_activity")" &&
	test_expect_code 1 as_login bi "$TERRACE_VAR_bi_password" \
		"DELETE FROM marts.daily_song_plays" 2>delete.err &&
	test_contains delete.err "permission denied for table daily_song_plays" &&
	test_expect_code 1 as_login transformer "$TERRACE_VAR_transformer_password" \
		"CREATE TABLE marts.mine (n int)" 2>create.err &&
	test_contains create.err "permission denied for schema marts" &&
	as_login transformer "$TERRACE_VAR_transformer_password" "DELETE FROM marts.daily_song_plays"
'

test_expect_success 'music-lakehouse: a table the admin adds later is readable by analysts at once (default privileges)' '
	psql_test -d dev "CREATE TABLE marts.later (n int); INSERT INTO marts.later VALUES (7)" &&
	test_equal 7 "$(as_login bi "$TERRACE_VAR_bi_password" "SELECT n FROM marts.later")" &&
	psql_test -d dev "DROP TABLE marts.later" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan-later.out 2>plan-later.err
'

test_expect_success 'music-lakehouse: with engine redshift the plan adds the external schema over the catalog, with the Spectrum role' '
	test_expect_code 2 terrace plan -detailed-exitcode -refresh=false -no-color -var engine=redshift \
		>redshift.out 2>redshift.err &&
	test_line redshift.out "# lake[0] will be created" &&
	test_line redshift.out "# analysts_lake[0] will be created" &&
	test_line redshift.out "# transformer_lake[0] will be created" &&
	test_line redshift.out "+ external_database        = \"music_lakehouse\"" &&
	test_line redshift.out "+ iam_role                 = \"$(state_attr spectrum_role arn)\"" &&
	test_line redshift.out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	no_secret redshift.out redshift.err
'

# A change, then destroy (once t0351, which applied the example again first).

test_expect_success 'music-lakehouse: an edited script replaces its artifact and updates its job, nothing else' '
	script_edit_plans jobs/transform.py transform_script transform_job acme-music-landing-zone
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

test_expect_success 'music-lakehouse: destroy leaves nothing in EC2, Redshift, Glue, S3, IAM, Logs, Secrets Manager or KMS (the key pending deletion, destroy says when)' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 41 destroyed." &&
	test_match destroy.err "lake_key: aws.kms.key $(cat key.id): deletion scheduled after 7 days, on 20[0-9-]+T[0-9:]+Z" &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname IN
		('\''analysts'\'', '\''bi'\'', '\''transformer'\'')")" &&
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''marts'\''")" &&
	music_lakehouse_gone &&
	no_secret destroy.out destroy.err
'

test_expect_success 'music-lakehouse: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
