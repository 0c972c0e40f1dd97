#!/usr/bin/env bash
# time-limit: 1800 (about 260 s on a quiet 2-core machine; 611 s seen under load)
# t0810-lost-create-every-type: one lost answer per create operation of every
# aws type. The stack of one resource of every aws type (t0435/all_types.py,
# wired to apply by every_type/applied_stack.py) is applied once through
# tests/servers/fault_proxy.py, which forwards the first request of each
# create operation to moto and drops the connection instead of answering
# (so the object was made). That one apply must converge: exactly one object
# of every type (counted with the AWS CLI straight against moto), all
# recorded (no pending entry), a second plan with no change, and a destroy
# that leaves none. Prints the table operation -> adopted (with the
# duplicates a resent create made and terrace deleted). Then a create none of
# whose attempts was answered: the apply fails, its pending record keeps the
# create's token, and the next apply adopts by that token; and a same-named
# security group that is not this stack's is still refused, and so is a log
# group carrying another stack's tags even when the create was resent (the
# evidence of attempts is not enough); so are same-named objects of every
# other named type that are not ours (another stack's tags; for types
# without tags, attributes that are not what the create sent; an S3 bucket
# without tags that holds objects), the create resent, while a bucket of
# ours outside us-east-1, untagged after a lost CreateBucket answer, empty
# and just made, is adopted; and a rule and state
# machine of another stack found behind a pending record (docs/safety.md
# has the evidence of each type); and a lost
# answer to the AttachInternetGateway that follows a gateway's create.
# On the code before the create token (ec2/api.c ec2_create), the EC2 lines
# fail with two objects (moto ignores ClientToken), and PublishLayerVersion
# with two versions.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles r || test_fail_setup "the roles the stacks name could not be made"

. "$REPO_ROOT/tests/integration/every_type/counts.sh"
P=t0810
ec2 () { s3 ec2 "$@"; }

# TYPE OPERATION REGEX: the create operation of each aws type and its
# request's line in the proxy log ("METHOD PATH TARGET/ACTION").
cat >creates <<EOF
aws.s3.bucket                 CreateBucket                  ^PUT./$P-name.\$
aws.s3.object                 PutObject                     ^PUT./$P-name/$P-key.\$
aws.s3.artifact               PutObject                     ^PUT./$P-name/app-[0-9a-f]+[.]py.\$
aws.glue.database             CreateDatabase                AWSGlue[.]CreateDatabase\$
aws.glue.table                CreateTable                   AWSGlue[.]CreateTable\$
aws.glue.connection           CreateConnection              AWSGlue[.]CreateConnection\$
aws.glue.job                  CreateJob                     AWSGlue[.]CreateJob\$
aws.glue.crawler              CreateCrawler                 AWSGlue[.]CreateCrawler\$
aws.glue.trigger              CreateTrigger                 AWSGlue[.]CreateTrigger\$
aws.lambda.function           CreateFunction                ^POST./2015-03-31/functions.\$
aws.lambda.layer_version      PublishLayerVersion           ^POST./2018-10-31/layers/$P-layer-name/versions.\$
aws.scheduler.schedule        CreateSchedule                ^POST./schedules/$P-name.\$
aws.events.rule               PutRule                       AWSEvents[.]PutRule\$
aws.sfn.state_machine         CreateStateMachine            AWSStepFunctions[.]CreateStateMachine\$
aws.logs.log_group            CreateLogGroup                Logs_20140328[.]CreateLogGroup\$
aws.secretsmanager.secret     CreateSecret                  secretsmanager[.]CreateSecret\$
aws.kms.key                   CreateKey                     TrentService[.]CreateKey\$
aws.kms.alias                 CreateAlias                   TrentService[.]CreateAlias\$
aws.ssm.parameter             PutParameter                  AmazonSSM[.]PutParameter\$
aws.dynamodb.table            CreateTable                   DynamoDB_20120810[.]CreateTable\$
aws.kinesis.stream            CreateStream                  Kinesis_20131202[.]CreateStream\$
aws.firehose.delivery_stream  CreateDeliveryStream          Firehose_20150804[.]CreateDeliveryStream\$
aws.ecr.repository            CreateRepository              AmazonEC2ContainerRegistry_V20150921[.]CreateRepository\$
aws.ecs.cluster               CreateCluster                 AmazonEC2ContainerServiceV20141113[.]CreateCluster\$
aws.ecs.task_definition       RegisterTaskDefinition        AmazonEC2ContainerServiceV20141113[.]RegisterTaskDefinition\$
aws.rds.instance              CreateDBInstance              ^POST./.CreateDBInstance\$
aws.redshift.cluster          CreateCluster                 ^POST./.CreateCluster\$
aws.iam.role                  CreateRole                    ^POST./.CreateRole\$
aws.iam.policy                CreatePolicy                  ^POST./.CreatePolicy\$
aws.iam.group                 CreateGroup                   ^POST./.CreateGroup\$
aws.iam.user                  CreateUser                    ^POST./.CreateUser\$
aws.iam.instance_profile      CreateInstanceProfile         ^POST./.CreateInstanceProfile\$
aws.ec2.vpc                   CreateVpc                     ^POST./.CreateVpc\$
aws.ec2.subnet                CreateSubnet                  ^POST./.CreateSubnet\$
aws.ec2.internet_gateway      CreateInternetGateway         ^POST./.CreateInternetGateway\$
aws.ec2.eip                   AllocateAddress               ^POST./.AllocateAddress\$
aws.ec2.route_table           CreateRouteTable              ^POST./.CreateRouteTable\$
aws.ec2.nat_gateway           CreateNatGateway              ^POST./.CreateNatGateway\$
aws.ec2.vpc_endpoint          CreateVpcEndpoint             ^POST./.CreateVpcEndpoint\$
aws.ec2.security_group        CreateSecurityGroup           ^POST./.CreateSecurityGroup\$
aws.ec2.security_group_rule   AuthorizeSecurityGroupIngress ^POST./.AuthorizeSecurityGroupIngress\$
aws.ec2.default_security_group RevokeSecurityGroupEgress   ^POST./.RevokeSecurityGroupEgress\$
aws.ec2.default_network_acl   DeleteNetworkAclEntry         ^POST./.DeleteNetworkAclEntry\$
aws.ec2.default_route_table   CreateRoute                   ^POST./.CreateRoute\$
aws.ec2.key_pair              ImportKeyPair                 ^POST./.ImportKeyPair\$
aws.ec2.instance              RunInstances                  ^POST./.RunInstances\$
aws.rds.subnet_group          CreateDBSubnetGroup           ^POST./.CreateDBSubnetGroup\$
aws.redshift.subnet_group     CreateClusterSubnetGroup      ^POST./.CreateClusterSubnetGroup\$
aws.lambda.permission         AddPermission                 ^POST./2015-03-31/functions/$P-function-name/policy.\$
aws.athena.workgroup          CreateWorkGroup               AmazonAthena[.]CreateWorkGroup\$
aws.athena.named_query        CreateNamedQuery              AmazonAthena[.]CreateNamedQuery\$
aws.sns.topic                 CreateTopic                   ^POST./.CreateTopic\$
aws.sns.subscription          Subscribe                     ^POST./.Subscribe\$
aws.sqs.queue                 CreateQueue                   AmazonSQS[.]CreateQueue\$
aws.cloudwatch.metric_alarm   PutMetricAlarm                ^POST./.PutMetricAlarm\$
aws.batch.compute_environment CreateComputeEnvironment      ^POST./v1/createcomputeenvironment.\$
aws.batch.job_queue           CreateJobQueue                ^POST./v1/createjobqueue.\$
aws.batch.job_definition      RegisterJobDefinition         ^POST./v1/registerjobdefinition.\$
aws.emrserverless.application CreateApplication             ^POST./applications.\$
aws.lakeformation.permissions GrantPermissions              ^POST./GrantPermissions.\$
aws.s3.bucket_notification    PutBucketNotificationConfiguration ^PUT./$P-name[?]notification.\$
aws.lambda.event_source_mapping CreateEventSourceMapping    ^POST./2015-03-31/event-source-mappings.\$
EOF
# and the rows of the types' cards (every_type/cards.py)
python3 "$REPO_ROOT/tests/integration/every_type/cards.py" creates >>creates

# resources: stack.yaml with the resources read from stdin.
resources () { write_stack stack.yaml; printf 'resources:\n' >>stack.yaml; cat >>stack.yaml; }

# A JMESPath query counting the entries of LIST carrying the tag case=NAME.
tagged () { printf "length(%s[?Tags[?Key=='case' && Value=='%s']])" "$1" "$2"; }

# The table: for each create operation, how many answers were lost, how
# many objects there are, and the duplicates terrace deleted.
cat >table.py <<'PY'
import re
log = [l.split(" ", 2) for l in open("lost.log").read().splitlines()]
debug = open("apply.err").read().splitlines()
counts = dict(l.split() for l in open("counts"))
for line in open("creates"):
    rtype, op, regex = line.split()
    lost = sum(1 for _, act, req in log if act == "drop_after" and re.search(regex, req))
    dups = sum(1 for d in debug if (rtype + ":") in d and "a create sent twice" in d)
    n = counts.get(rtype, "?")
    if not lost:
        result = "NOT TRIED (no request matched)"
    elif n != "1":
        result = "FAILED: %s objects" % n
    else:
        result = "adopted" + (" (%d duplicate deleted)" % dups if dups else "")
    print("%-30s %-28s %s" % (op, rtype, result))
PY

test_expect_success 'setup: schema, code, a key; every aws type has its create operation here' '
	"$TERRACE" providers schema -json -written >schema.json &&
	printf "def handler(e, c):\n    return 1\n" >app.py &&
	ssh-keygen -q -t ed25519 -N "" -C lost -f deploy &&
	python3 -c "import json; print(chr(10).join(sorted(json.load(open(\"schema.json\"))[\"provider_schemas\"][\"aws\"][\"resource_schemas\"])))" >types &&
	awk "{print \$1}" creates | sort >listed &&
	test_cmp types listed
'

test_expect_success 'the first request of every create operation made its object, its answer lost: one apply converges' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	python3 "$REPO_ROOT/tests/integration/every_type/applied_stack.py" schema.json $P >>stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --each \
		--match "$(awk "{print \$3}" creates | paste -sd "|")" &&
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	count_all $P >counts &&
	python3 table.py >lost-table &&
	cat lost-table &&
	test $rc = 0 &&
	test_contains apply.out "Apply complete!" &&
	! grep -q "FAILED\|NOT TRIED" lost-table &&
	! grep -q "\"status\": \"pending\"" terrace.state.json &&
	# (only the resources of aws types, aws_*: not the objects of awscc types
	# applied_stack.py adds for written types, a zone, a queue, an ACL, a subnet)
	test "$(terrace state list | grep -c "^aws_")" = "$(wc -l <creates)" &&
	terrace plan -detailed-exitcode >plan.out 2>&1
'

test_expect_success 'destroy leaves none of them' '
	terrace destroy -auto-approve >destroy.out 2>&1 &&
	test_contains destroy.out "Destroy complete!" &&
	count_all $P >gone &&
	! grep -v " 0\$" gone
'

# ---- no answer at all: the next run adopts by the pending record's token ----
test_expect_success 'a CreateVpc never answered: the pending record keeps the token, the next apply adopts' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.9.0.0/16, tags: {case: pending}}
	YAML
	# Every CreateVpc and DescribeVpcs answer is lost: nothing can tell
	# this run what was made.
	start_fault_proxy TERRACE_VAR_endpoint never --match " (CreateVpc|DescribeVpcs)\$" \
		--fault drop_after --count 100 &&
	AWS_MAX_ATTEMPTS=2 terrace apply -auto-approve >never.out 2>never.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 1 &&
	# Two attempts, and one more when the first went on the connection the
	# credentials check (t0905) left open: a reused connection that closes
	# unanswered is tried again on a new one.
	sent=$(grep -c " drop_after POST / CreateVpc" never.log) &&
	test "$sent" -ge 2 && test "$sent" -le 3 &&
	token=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"create_token\"]") &&
	test_match terrace.state.json "\"status\": \"pending\"" &&
	test "$(ec2 describe-vpcs --filters "Name=tag:terrace:create-token,Values=$token" --query "length(Vpcs)")" = "$sent" &&
	TERRACE_LOG=debug terrace apply -auto-approve >never2.out 2>never2.err &&
	test_contains never2.err "a create sent twice" &&
	test "$(ec2 describe-vpcs --query "$(tagged Vpcs pending)")" = 1 &&
	test "$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"id\"]")" = \
		"$(ec2 describe-vpcs --query "Vpcs[?Tags[?Key==\`case\` && Value==\`pending\`]].VpcId | [0]" --output text)" &&
	terrace plan -detailed-exitcode >never.plan 2>&1 &&
	terrace destroy -auto-approve >never.destroy 2>&1 &&
	test "$(ec2 describe-vpcs --query "$(tagged Vpcs pending)")" = 0
'

test_expect_success 'a lost AttachInternetGateway answer: the retry finds it attached to that VPC' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.6.0.0/16}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "\${vpc.vpc_id}", tags: {case: attach}}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint attach --match " AttachInternetGateway\$" \
		--fault drop_after --count 1 &&
	terrace apply -auto-approve >attach.out 2>attach.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " attach.log)" = 1 &&
	test "$(ec2 describe-internet-gateways --query "$(tagged InternetGateways attach)")" = 1 &&
	terrace plan -detailed-exitcode >attach.plan 2>&1 &&
	terrace destroy -auto-approve >attach.destroy 2>&1
'

test_expect_success 'a same-named log group of another stack is refused even when the create was resent' '
	rm -f terrace.state.json* &&
	s3 logs create-log-group --log-group-name /theirs/group \
		--tags terrace:stack=other,terrace:workspace=default &&
	resources <<-YAML &&
	  g: {type: aws.logs.log_group, name: /theirs/group}
	YAML
	# The create is sent twice (the first answer lost), so attempts alone
	# would call the log group ours; its tags say it is not.
	start_fault_proxy TERRACE_VAR_endpoint others --fault drop_after --each \
		--match "CreateLogGroup\$" &&
	test_expect_code 1 terrace apply -auto-approve >others.out 2>others.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " others.log)" = 1 &&
	test_contains others.err "log group /theirs/group already exists and is stack \"other\"" &&
	test_contains others.err "not this one" &&
	test "$(s3 logs list-tags-log-group --log-group-name /theirs/group --query "tags.\"terrace:stack\"" --output text)" = other
'

test_expect_success 'a same-named role and secret of another stack are refused even when the create was resent' '
	rm -f terrace.state.json* &&
	s3 iam create-role --role-name theirs-role --tags Key=terrace:stack,Value=other \
		Key=terrace:workspace,Value=default --assume-role-policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" >/dev/null &&
	s3 secretsmanager create-secret --name theirs-secret --secret-string x \
		--tags Key=terrace:stack,Value=other Key=terrace:workspace,Value=default >/dev/null &&
	resources <<-YAML &&
	  r:
	    type: aws.iam.role
	    name: theirs-role
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  s: {type: aws.secretsmanager.secret, name: theirs-secret, value: y}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint others2 --fault drop_after --each \
		--match "CreateRole\$|secretsmanager[.]CreateSecret\$" &&
	test_expect_code 1 terrace apply -auto-approve >others2.out 2>others2.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " others2.log)" = 2 &&
	test_contains others2.err "role theirs-role already exists and is stack \"other\"" &&
	test_contains others2.err "secret theirs-secret already exists and is stack \"other\"" &&
	test "$(terrace state list | wc -l)" = 0 &&
	test "$(s3 secretsmanager get-secret-value --secret-id theirs-secret --query SecretString --output text)" = x
'

test_expect_success 'an untagged same-named role and log group are refused although the create was resent (their creates send the tags)' '
	rm -f terrace.state.json* &&
	s3 iam create-role --role-name bare-role --assume-role-policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" >/dev/null &&
	s3 logs create-log-group --log-group-name /bare/group &&
	resources <<-YAML &&
	  r:
	    type: aws.iam.role
	    name: bare-role
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  g: {type: aws.logs.log_group, name: /bare/group}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint bare --fault drop_after --each \
		--match "CreateRole\$|CreateLogGroup\$" &&
	test_expect_code 1 terrace apply -auto-approve >bare.out 2>bare.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " bare.log)" = 2 &&
	test_contains bare.err "role bare-role already exists without this stack" &&
	test_contains bare.err "log group /bare/group already exists without this stack" &&
	test "$(terrace state list | wc -l)" = 0 &&
	s3 iam delete-role --role-name bare-role &&
	s3 logs delete-log-group --log-group-name /bare/group
'

# ---- the evidence of every other type: a same-named object of stack
# "other" (or, for types without tags, one whose attributes are not what
# this create sent) is refused although the create was resent ----
OTHER_TAGS="Key=terrace:stack,Value=other Key=terrace:workspace,Value=default"
test_expect_success 'same-named objects that are not ours are refused for every type, the create resent' '
	rm -f terrace.state.json* &&
	vpc=$(ec2 create-vpc --cidr-block 10.8.0.0/16 --query Vpc.VpcId --output text) &&
	subnet=$(ec2 create-subnet --vpc-id $vpc --cidr-block 10.8.1.0/24 \
		--availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
	# (a DB subnet group covers two zones: RULE_MIN_ZONES)
	subnet_b=$(ec2 create-subnet --vpc-id $vpc --cidr-block 10.8.2.0/24 \
		--availability-zone us-east-1b --query Subnet.SubnetId --output text) &&
	s3 s3api create-bucket --bucket t0810-theirs-tagged \
		--create-bucket-configuration LocationConstraint=eu-west-1 >/dev/null &&
	s3 s3api put-bucket-tagging --bucket t0810-theirs-tagged --tagging \
		"TagSet=[{Key=terrace:stack,Value=other},{Key=terrace:workspace,Value=default}]" &&
	s3 s3api create-bucket --bucket t0810-theirs-full \
		--create-bucket-configuration LocationConstraint=eu-west-1 >/dev/null &&
	s3 s3api put-object --bucket t0810-theirs-full --key data.csv --body app.py >/dev/null &&
	s3 rds create-db-instance --db-instance-identifier theirs-db --engine postgres \
		--db-instance-class db.t3.micro --allocated-storage 20 --master-username admin1 \
		--master-user-password Secret-Pa55word --tags $OTHER_TAGS >/dev/null &&
	s3 redshift create-cluster --cluster-identifier theirs-cluster --node-type dc2.large \
		--master-username admin1 --master-user-password Secret-Pa55word \
		--tags $OTHER_TAGS >/dev/null &&
	s3 rds create-db-subnet-group --db-subnet-group-name theirs-dbsng \
		--db-subnet-group-description x --subnet-ids $subnet $subnet_b --tags $OTHER_TAGS >/dev/null &&
	s3 redshift create-cluster-subnet-group --cluster-subnet-group-name theirs-rssng \
		--description x --subnet-ids $subnet --tags $OTHER_TAGS >/dev/null &&
	ec2 import-key-pair --key-name theirs-key --public-key-material fileb://deploy.pub \
		--tag-specifications "ResourceType=key-pair,Tags=[{Key=terrace:stack,Value=other},{Key=terrace:workspace,Value=default}]" >/dev/null &&
	s3 athena create-work-group --name theirs-wg --tags $OTHER_TAGS >/dev/null &&
	s3 glue create-database --database-input Name=theirs_db,Description=theirs >/dev/null &&
	s3 glue create-table --database-name theirs_db --table-input \
		"{\"Name\": \"theirs_table\", \"TableType\": \"VIRTUAL_VIEW\", \"ViewOriginalText\": \"SELECT 2 AS y\", \"ViewExpandedText\": \"SELECT 2 AS y\"}" >/dev/null &&
	s3 glue create-connection --connection-input \
		"{\"Name\": \"theirs-conn\", \"ConnectionType\": \"JDBC\", \"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": \"jdbc:postgresql://theirs:5432/x\", \"USERNAME\": \"etl\"}}" >/dev/null &&
	s3 iam create-group --group-name theirs-group --path /other/ >/dev/null &&
	s3 iam create-instance-profile --instance-profile-name theirs-profile --path /other/ >/dev/null &&
	fnrole=$(s3 iam create-role --role-name theirs-fn-role --query Role.Arn --output text \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}") &&
	python3 -c "import zipfile; z = zipfile.ZipFile(\"fn.zip\", \"w\"); z.write(\"app.py\"); z.close()" &&
	s3 lambda create-function --function-name theirs-fn --runtime python3.12 --handler app.handler \
		--role $fnrole --zip-file fileb://fn.zip >/dev/null &&
	s3 lambda add-permission --function-name theirs-fn --statement-id theirs-sid \
		--action lambda:InvokeFunction --principal s3.amazonaws.com >/dev/null &&
	s3 scheduler create-schedule --name theirs-schedule --schedule-expression "rate(2 hours)" \
		--flexible-time-window Mode=OFF --target \
		Arn=arn:aws:sqs:us-east-1:123456789012:q,RoleArn=arn:aws:iam::123456789012:role/r >/dev/null &&
	resources <<-YAML &&
	  bucket_tagged: {type: aws.s3.bucket, name: t0810-theirs-tagged, region: eu-west-1}
	  bucket_full: {type: aws.s3.bucket, name: t0810-theirs-full, region: eu-west-1}
	  db: {type: aws.rds.instance, identifier: theirs-db, engine: postgres, instance_class: db.t3.micro,
	       allocated_storage: 20, master_username: admin1, master_password: Secret-Pa55word,
	       skip_final_snapshot: true}
	  cluster: {type: aws.redshift.cluster, cluster_identifier: theirs-cluster, node_type: dc2.large,
	            master_username: admin1, master_password: Secret-Pa55word, skip_final_snapshot: true}
	  dbsng: {type: aws.rds.subnet_group, name: theirs-dbsng, subnet_ids: [$subnet, $subnet_b]}
	  rssng: {type: aws.redshift.subnet_group, name: theirs-rssng, subnet_ids: [$subnet]}
	  key:
	    type: aws.ec2.key_pair
	    key_name: theirs-key
	    public_key: \${file("deploy.pub")}
	  wg: {type: aws.athena.workgroup, name: theirs-wg}
	  gdb: {type: aws.glue.database, name: theirs_db, description: ours}
	  table: {type: aws.glue.table, database: theirs_db, name: theirs_table, table_type: VIRTUAL_VIEW,
	          view_original_text: SELECT 1 AS x, view_expanded_text: SELECT 1 AS x}
	  conn: {type: aws.glue.connection, name: theirs-conn, connection_type: JDBC,
	         connection_properties: {JDBC_CONNECTION_URL: "jdbc:postgresql://ours:5432/x", USERNAME: etl}}
	  group: {type: aws.iam.group, name: theirs-group}
	  profile: {type: aws.iam.instance_profile, name: theirs-profile}
	  perm: {type: aws.lambda.permission, function_name: theirs-fn, statement_id: theirs-sid,
	         principal: events.amazonaws.com}
	  sched: {type: aws.scheduler.schedule, name: theirs-schedule, schedule_expression: rate(1 hour),
	          target: {arn: "arn:aws:sqs:us-east-1:123456789012:q", role_arn: "arn:aws:iam::123456789012:role/r"}}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint theirs --fault drop_after --each --match \
		"^PUT./t0810-theirs-(tagged|full).\$| (CreateDBInstance|CreateCluster|CreateDBSubnetGroup|CreateClusterSubnetGroup|ImportKeyPair|CreateGroup|CreateInstanceProfile)\$|AmazonAthena[.]CreateWorkGroup\$|AWSGlue[.](CreateDatabase|CreateTable|CreateConnection)\$|^POST./schedules/theirs-schedule.\$|^POST./2015-03-31/functions/theirs-fn/policy.\$" &&
	test_expect_code 1 terrace apply -auto-approve >theirs3.out 2>theirs3.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " theirs.log)" = 15 &&
	test_contains theirs3.err "bucket t0810-theirs-tagged already exists and is stack \"other\"" &&
	test_contains theirs3.err "bucket t0810-theirs-full already exists and no attempt of this create made it (it has no terrace tags and holds objects)" &&
	test_contains theirs3.err "RDS instance theirs-db already exists and is stack \"other\"" &&
	test_contains theirs3.err "Redshift cluster theirs-cluster already exists and is stack \"other\"" &&
	test_contains theirs3.err "DB subnet group theirs-dbsng already exists and is stack \"other\"" &&
	test_contains theirs3.err "cluster subnet group theirs-rssng already exists and is stack \"other\"" &&
	test_contains theirs3.err "key pair theirs-key already exists and is stack \"other\"" &&
	test_contains theirs3.err "athena workgroup theirs-wg already exists and is stack \"other\"" &&
	test_contains theirs3.err "glue database theirs_db already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "glue table theirs_db:theirs_table already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "glue connection theirs-conn already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "group theirs-group already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "instance profile theirs-profile already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "schedule default/theirs-schedule already exists and no attempt of this create made it (what reads back differs" &&
	test_contains theirs3.err "statement theirs-sid of lambda function theirs-fn already exists and no attempt of this create made it (its statement differs from the one this create sent)" &&
	test "$(terrace state list | wc -l)" = 0 &&
	test "$(s3 glue get-database --name theirs_db --query Database.Description --output text)" = theirs &&
	test "$(s3 iam get-group --group-name theirs-group --query Group.Path --output text)" = /other/ &&
	test "$(s3 scheduler get-schedule --name theirs-schedule --query ScheduleExpression --output text)" = "rate(2 hours)"
'

test_expect_success 'a lost CreateBucket answer outside us-east-1: the untagged, empty bucket just made is adopted' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  eu: {type: aws.s3.bucket, name: t0810-ours-eu, region: eu-west-1, tags: {case: eu}}
	YAML
	# Outside us-east-1 the resend is answered BucketAlreadyOwnedByYou; the
	# bucket has no tags yet (PutBucketTagging comes after): it is adopted
	# because it is empty and ListBuckets says it was made since the create
	# was sent.
	start_fault_proxy TERRACE_VAR_endpoint eu --fault drop_after --each \
		--match "^PUT./t0810-ours-eu.\$" &&
	TERRACE_LOG=debug terrace apply -auto-approve >eu.out 2>eu.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " eu.log)" = 1 &&
	test_contains eu.err "s3 ListBuckets GET: HTTP 200" &&
	test "$(bucket_tags t0810-ours-eu | grep -c "^case=eu\$")" = 1 &&
	terrace plan -detailed-exitcode >eu.plan 2>&1 &&
	terrace destroy -auto-approve >eu.destroy 2>&1 &&
	test_contains eu.destroy "Destroy complete!" &&
	! bucket_exists t0810-ours-eu
'

test_expect_success 'a pending entry whose name another stack took meanwhile is refused (rule, state machine)' '
	rm -f terrace.state.json* &&
	resources <<-YAML &&
	  rule: {type: aws.events.rule, name: theirs-rule, schedule_expression: rate(1 hour)}
	  sm:
	    type: aws.sfn.state_machine
	    name: theirs-machine
	    role_arn: "arn:aws:iam::123456789012:role/r"
	    definition: {StartAt: B, States: {B: {Type: Pass, End: true}}}
	YAML
	terrace apply -auto-approve >pend.out 2>pend.err &&
	python3 - terrace.state.json <<-PY &&
	import json, sys
	st = json.load(open(sys.argv[1]))
	for e in st["resources"].values():
	    e["status"] = "pending"
	    e.pop("id", None)
	json.dump(st, open(sys.argv[1], "w"), indent=1)
	PY
	arn=$(s3 stepfunctions list-state-machines --query "stateMachines[?name==\`theirs-machine\`].stateMachineArn | [0]" --output text) &&
	s3 stepfunctions delete-state-machine --state-machine-arn $arn &&
	s3 events delete-rule --name theirs-rule &&
	s3 events put-rule --name theirs-rule --schedule-expression "rate(2 hours)" --tags $OTHER_TAGS >/dev/null &&
	s3 stepfunctions create-state-machine --name theirs-machine --role-arn arn:aws:iam::123456789012:role/r \
		--definition "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Pass\", \"End\": true}}}" \
		--tags key=terrace:stack,value=other key=terrace:workspace,value=default >/dev/null &&
	test_expect_code 1 terrace apply -auto-approve >pend2.out 2>pend2.err &&
	test_contains pend2.err "rule theirs-rule on event bus default already exists and is stack \"other\"" &&
	test_contains pend2.err "state machine theirs-machine already exists and is stack \"other\"" &&
	test "$(s3 events describe-rule --name theirs-rule --query ScheduleExpression --output text)" = "rate(2 hours)"
'

test_expect_success 'a security group of the same name that no attempt made is refused' '
	rm -f terrace.state.json* &&
	vpc=$(ec2 create-vpc --cidr-block 10.7.0.0/16 --query Vpc.VpcId --output text) &&
	ec2 create-security-group --group-name theirs --description x --vpc-id $vpc >/dev/null &&
	resources <<-YAML &&
	  sg: {type: aws.ec2.security_group, name: theirs, vpc_id: $vpc}
	YAML
	test_expect_code 1 terrace apply -auto-approve >theirs.out 2>theirs.err &&
	test_contains theirs.err "InvalidGroup.Duplicate: an object of that name exists and no attempt of this create made it" &&
	test "$(ec2 describe-security-groups --filters Name=group-name,Values=theirs --query "length(SecurityGroups)")" = 1
'

while read -r line; do echo "# figure: lost response: $line"; done <lost-table 2>/dev/null
test_done
