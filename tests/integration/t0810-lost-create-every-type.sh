#!/usr/bin/env bash
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
# evidence of attempts is not enough); and a lost
# answer to the AttachInternetGateway that follows a gateway's create.
# On the code before the create token (ec2.c ec2_create), the EC2 lines
# fail with two objects (moto ignores ClientToken), and PublishLayerVersion
# with two versions.
. "$(dirname "$0")/lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

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
aws.ec2.key_pair              ImportKeyPair                 ^POST./.ImportKeyPair\$
aws.ec2.instance              RunInstances                  ^POST./.RunInstances\$
aws.rds.subnet_group          CreateDBSubnetGroup           ^POST./.CreateDBSubnetGroup\$
aws.redshift.subnet_group     CreateClusterSubnetGroup      ^POST./.CreateClusterSubnetGroup\$
aws.lambda.permission         AddPermission                 ^POST./2015-03-31/functions/$P-function-name/policy.\$
aws.athena.workgroup          CreateWorkGroup               AmazonAthena[.]CreateWorkGroup\$
aws.athena.named_query        CreateNamedQuery              AmazonAthena[.]CreateNamedQuery\$
EOF

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
	"$TERRACE" providers schema -json >schema.json &&
	printf "def handler(e, c):\n    return 1\n" >app.py &&
	ssh-keygen -q -t ed25519 -N "" -C lost -f deploy &&
	python3 -c "import json; print(chr(10).join(sorted(json.load(open(\"schema.json\"))[\"provider_schemas\"][\"aws\"][\"resource_schemas\"])))" >types &&
	awk "{print \$1}" creates | sort >listed &&
	test_cmp types listed
'

test_expect_success 'the first request of every create operation made its object, its answer lost: one apply converges' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	"$SERVERS_PYTHON" "$REPO_ROOT/tests/integration/every_type/applied_stack.py" schema.json $P >>stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --each \
		--match "$(awk "{print \$3}" creates | paste -sd "|")" &&
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	count_all $P >counts &&
	python3 table.py >lost-table &&
	cat lost-table &&
	test $rc = 0 &&
	! grep -q "FAILED\|NOT TRIED" lost-table &&
	! grep -q "\"status\": \"pending\"" terrace.state.json &&
	test "$(terrace state list | wc -l)" = "$(wc -l <creates)" &&
	terrace plan -detailed-exitcode >plan.out 2>&1
'

test_expect_success 'destroy leaves none of them' '
	terrace destroy -auto-approve >destroy.out 2>&1 &&
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
	test "$(grep -c " drop_after POST / CreateVpc" never.log)" = 2 &&
	token=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"create_token\"]") &&
	test_match terrace.state.json "\"status\": \"pending\"" &&
	test "$(ec2 describe-vpcs --filters "Name=tag:terrace:create-token,Values=$token" --query "length(Vpcs)")" = 2 &&
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
