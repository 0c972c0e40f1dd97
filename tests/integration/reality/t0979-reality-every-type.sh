#!/usr/bin/env bash
# time-limit: 1200 (364 s seen at load 7, 300 s of it the IAM user's create waiting on
# GetLoginProfile's NoSuchEntity: about 2 min once terrace no longer waits for that)
# t0979-reality-every-type: the stack of one resource of every aws type
# (t0435/all_types.py wired to apply by every_type/applied_stack.py) put
# through AWS's timing: tests/servers/aws_reality.py in front of moto with
# every window counted in answers (REALITY_TIMING: so what a NAT gateway or
# an instance sat in is still held for the next deletes once terrace has
# waited for the gateway's background delete, as on AWS). One apply, a plan with no
# change, one destroy, and nothing of the stack left in moto (counted with
# botocore straight against moto, not through the stand-in).
#
# To give every IAM consumer a role or profile that is still young when it is
# used, the stack gets these additions: the instance runs with the instance
# profile, which is made last before it (depends_on its subnet, group and key
# pair); the schedule assumes a role of its own made after the state
# machine it starts; the Lake Formation grant to the role (named by its ARN
# written out) waits for the role; and the KMS key's policy names the role.
# The role made and the queue's policy written moments ago are refused by
# the services that check them at once (Firehose's "is unable to assume
# role", Lake Formation's "Invalid principal", KMS's "invalid principals",
# S3's "Unable to validate the following destination configurations" for
# the notification's queue), each waited by timing.c's new_grant rows.
#
# Then, per type: for every aws type whose objects the stand-in can delay,
# its log has an injected answer about an object of that type, and terrace's
# debug log (TERRACE_LOG=debug) shows the wait for that answer ("SERVICE
# OPERATION: waiting for ...", the same operation; for EC2 the same id, which
# AWS's message names; "waiting for NAT gateway ID to be deleted" for the
# gateway's background delete, "waiting for DynamoDB table NAME to be ACTIVE"
# for a table's CREATING, "waiting for batch compute environment NAME to be
# VALID" and the job queue's for theirs,
# "waiting for Kinesis stream NAME to be ACTIVE" for
# a stream's CREATING and UPDATING, "waiting for Firehose stream NAME to be
# ACTIVE" for a delivery stream's CREATING). One step checks them all and names the types
# missing. The types the stand-in cannot delay are all the others (derived
# from the schema by every_type/types.py); today's, and why:
#   - nothing of theirs is eventually consistent in the stand-in (it models
#     no IAM read-after-create, no Glue, Athena, Logs, Secrets Manager,
#     EventBridge, RDS or Redshift timing): aws.iam.group, aws.iam.policy,
#     aws.iam.user, aws.glue.database, aws.glue.table, aws.glue.connection,
#     aws.glue.trigger, aws.athena.workgroup, aws.athena.named_query,
#     aws.logs.log_group, aws.secretsmanager.secret, aws.events.rule,
#     aws.lambda.layer_version, aws.lambda.permission, aws.rds.instance,
#     aws.rds.subnet_group, aws.redshift.cluster, aws.redshift.subnet_group
#     (these two name subnets made moments ago, but only EC2's own API answers
#     NotFound for a young id), aws.sns.topic, aws.sns.subscription,
#     aws.sqs.queue (the stand-in refuses a deleted queue's name for a
#     while, which one apply and one destroy never reuse: t1110 does);
#   - their parent is waited for before they start: aws.s3.object and
#     aws.s3.artifact (their bucket's create is only complete once its own
#     configuration calls have waited out NoSuchBucket),
#     aws.ec2.security_group_rule (its group's create waits until the group
#     is visible).
# A type added to terrace is one the stand-in cannot delay until
# tests/servers/aws_reality.py models its timing and `delayed` names it (the
# first step fails on a type there that the schema does not have).
#
# And terrace waits only for what the stand-in refused: every wait in its
# debug log is for an operation the stand-in answered with an injected
# answer (moto itself is consistent: a wait for one of moto's answers is a
# wait for something that will never change).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
. "$REPO_ROOT/tests/integration/every_type/counts.sh"
P=t0979

# The types the stand-in delays (see the header); the others are derived.
cat >delayed <<EOF
aws.ec2.vpc aws.ec2.subnet aws.ec2.internet_gateway aws.ec2.eip aws.ec2.route_table
aws.ec2.nat_gateway aws.ec2.vpc_endpoint aws.ec2.security_group aws.ec2.key_pair
aws.ec2.instance aws.iam.role aws.iam.instance_profile aws.lambda.function
aws.sfn.state_machine aws.scheduler.schedule aws.glue.job aws.glue.crawler aws.s3.bucket
aws.dynamodb.table aws.batch.compute_environment aws.batch.job_queue aws.kinesis.stream aws.firehose.delivery_stream
aws.lambda.event_source_mapping aws.s3.bucket_notification aws.lakeformation.permissions aws.kms.key
EOF

# per_type.py: one line per delayed type, "TYPE injected N waited N", and
# the types with none of either named last. Reads reality.log (the
# stand-in's injected answers) and apply.err + destroy.err (terrace's debug
# log).
cat >per_type.py <<'PY'
import re
import sys

prefix = sys.argv[1]
EC2_IDS = [("vpc-", "aws.ec2.vpc"), ("subnet-", "aws.ec2.subnet"),
           ("igw-", "aws.ec2.internet_gateway"), ("eipalloc-", "aws.ec2.eip"),
           ("rtbassoc-", "aws.ec2.route_table"), ("rtb-", "aws.ec2.route_table"),
           ("nat-", "aws.ec2.nat_gateway"), ("vpce-", "aws.ec2.vpc_endpoint"),
           ("sg-", "aws.ec2.security_group"), ("i-", "aws.ec2.instance")]
CONSUMERS = {"ec2:RunInstances": "aws.ec2.instance", "ec2:AssociateIamInstanceProfile": "aws.ec2.instance",
             "lambda:CreateFunction": "aws.lambda.function",
             "states:CreateStateMachine": "aws.sfn.state_machine",
             "scheduler:CreateSchedule": "aws.scheduler.schedule",
             "glue:CreateJob": "aws.glue.job", "glue:CreateCrawler": "aws.glue.crawler",
             "firehose:CreateDeliveryStream": "aws.firehose.delivery_stream",
             "lakeformation:GrantPermissions": "aws.lakeformation.permissions",
             "kms:CreateKey": "aws.kms.key"}
DELETES = {"ec2:DeleteSubnet": "aws.ec2.subnet", "ec2:DeleteSecurityGroup": "aws.ec2.security_group",
           "ec2:DeleteVpc": "aws.ec2.vpc", "ec2:DetachInternetGateway": "aws.ec2.internet_gateway",
           "ec2:ReleaseAddress": "aws.ec2.eip"}


def types_of(kind, op, ident):
    """The types an injected answer is about."""
    if kind in ("notfound", "hidden"):
        if ident == prefix + "-key-name":
            return ["aws.ec2.key_pair"]
        return [t for p, t in EC2_IDS if ident.startswith(p)][:1]
    if kind == "iam":
        own = "aws.iam.instance_profile" if op.startswith("ec2:") else "aws.iam.role"
        return [own] + ([CONSUMERS[op]] if op in CONSUMERS else [])
    if kind == "nosuchbucket":
        return ["aws.s3.bucket"]
    if kind == "policy":
        return ["aws.s3.bucket_notification"]
    if kind in ("dependency", "inuse"):
        return [DELETES[op]] if op in DELETES else []
    if kind == "deleting":
        return ["aws.ec2.nat_gateway"]
    if kind == "stopping":
        return ["aws.glue.crawler"]
    if kind == "creating" and op.startswith("batch:"):
        return ["aws.batch.compute_environment" if "Compute" in op else "aws.batch.job_queue"]
    if kind in ("creating", "updating") and op.startswith("lambda:"):
        return ["aws.lambda.event_source_mapping"]
    if kind == "creating":
        return ["aws.kinesis.stream" if op.startswith("kinesis:") else
                "aws.firehose.delivery_stream" if op.startswith("firehose:") else
                "aws.dynamodb.table"]
    if kind == "updating":
        return ["aws.kinesis.stream"]
    return []


debug = open("apply.err").read().splitlines() + open("destroy.err").read().splitlines()
waits = [l for l in debug if re.match(r"^\[debug\] [a-z0-9-]+ [A-Za-z0-9]+: waiting for ", l)]


def waited(kind, op, ident):
    """terrace's debug log shows the wait for this answer."""
    if kind == "deleting":
        return any("waiting for NAT gateway %s to be deleted" % ident in l for l in debug)
    if kind == "stopping":
        return any("waiting for" in l and ident in l and "crawler" in l.lower() for l in debug)
    if kind == "creating" and op.startswith("batch:"):
        noun = "compute environment" if "Compute" in op else "job queue"
        return any("waiting for batch %s %s to be VALID" % (noun, ident) in l for l in debug)
    if kind in ("creating", "updating") and op.startswith("lambda:"):
        return any("waiting for event source mapping %s to be Enabled or Disabled" % ident in l
                   for l in debug)
    if kind in ("creating", "updating"):
        return any("waiting for %s %s to be ACTIVE" % (
            "Kinesis stream" if op.startswith("kinesis:") else
            "Firehose stream" if op.startswith("firehose:") else "DynamoDB table", ident) in l
            for l in debug)
    service, operation = op.split(":", 1)
    head = "[debug] %s %s: waiting for " % (service, operation)
    # EC2's messages name the id; the others' do not
    need_id = service == "ec2" and kind in ("notfound", "dependency", "inuse")
    return any(l.startswith(head) and (not need_id or ident in l) for l in waits)


injected, shown = {}, {}
for line in open("reality.log"):
    f = line.split()
    if line.startswith("#") or len(f) < 4 or f[1] == "throttle":
        continue
    for t in types_of(f[1], f[2], f[3]):
        injected[t] = injected.get(t, 0) + 1
        if waited(f[1], f[2], f[3]):
            shown[t] = shown.get(t, 0) + 1
missing = []
for t in open("delayed").read().split():
    print("%-28s injected %3d waited %3d" % (t, injected.get(t, 0), shown.get(t, 0)))
    if not injected.get(t):
        missing.append(t + " (no injected answer)")
    elif not shown.get(t):
        missing.append(t + " (no wait in the debug log)")
for m in missing:
    print("missing: " + m)
sys.exit(1 if missing else 0)
PY

# The objects of the stack: one per type, the schedule's own role, and the
# objects of awscc types applied_stack.py adds for written types (the Route
# 53 records' zone, a queue, a network ACL).
objects () {
	echo $(($(wc -l <types) + 1 + $(grep -o "\"type\": \"awscc\.[a-z0-9_.]*\"" applied | wc -l)))
}

test_expect_success 'setup: the every-type stack; every type delayed is one of the schema'\''s' '
	"$TERRACE" providers schema -json -written >schema.json &&
	printf "def handler(e, c):\n    return 1\n" >app.py &&
	ssh-keygen -q -t ed25519 -N "" -C reality -f deploy &&
	write_stack stack.yaml &&
	python3 "$REPO_ROOT/tests/integration/every_type/applied_stack.py" schema.json $P >applied &&
	python3 - $P applied >>stack.yaml <<-\PY &&
	import json, sys
	p = sys.argv[1]
	r = json.loads(open(sys.argv[2]).read()[len("resources: "):])
	r["aws_iam_instance_profile"]["depends_on"] = ["aws_ec2_subnet", "aws_ec2_security_group",
	                                               "aws_ec2_key_pair"]
	r["aws_ec2_instance"]["iam_instance_profile"] = "${aws_iam_instance_profile.name}"
	r["scheduler_role"] = {"type": "aws.iam.role", "name": p + "-scheduler",
	                       "assume_role_policy": r["aws_iam_role"]["assume_role_policy"],
	                       "depends_on": ["aws_sfn_state_machine"]}
	r["aws_scheduler_schedule"]["target"]["role_arn"] = "${scheduler_role.arn}"
	r["aws_lakeformation_permissions"]["depends_on"] = ["aws_iam_role"]
	r["aws_kms_key"]["policy"] = {"Version": "2012-10-17", "Statement": [
	    {"Sid": "Account", "Effect": "Allow",
	     "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*",
	     "Resource": "*"},
	    {"Sid": "Role", "Effect": "Allow", "Principal": {"AWS": "${aws_iam_role.arn}"},
	     "Action": ["kms:Decrypt"], "Resource": "*"}]}
	print("resources: " + json.dumps(r))
	PY
	python3 "$REPO_ROOT/tests/integration/every_type/types.py" schema.json >types &&
	python3 "$REPO_ROOT/tests/integration/every_type/types.py" schema.json delayed >not_delayed &&
	cat delayed not_delayed | tr " " "\n" | grep . | sort >listed &&
	test_cmp types listed
'

start_reality TERRACE_VAR_endpoint reality "${REALITY_TIMING[@]}" ||
	test_fail_setup "the stand-in did not start"

test_expect_success 'every type: one apply through AWS'\''s timing, one object of each' '
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: $(objects) added, 0 changed, 0 destroyed." &&
	count_all $P >counts &&
	! grep -v " 1\$" counts &&
	test_equal 2 "$(cli iam list-roles --query "length(Roles[?starts_with(RoleName, \`$P-\`)])")"
'

test_expect_success 'every type: a plan after it has no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'every type: one destroy leaves nothing in moto' '
	TERRACE_LOG=debug terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: $(objects) destroyed." &&
	count_all $P >gone &&
	! grep -v " 0\$" gone &&
	ec2_nothing_left &&
	# Service-linked roles (the one Batch makes for a compute environment
	# given no service role) belong to AWS, not the stack: they stay.
	nothing_left iam list-roles --query "Roles[?!starts_with(Path, \`/aws-service-role/\`)].RoleName" &&
	nothing_left iam list-instance-profiles --query "InstanceProfiles[].InstanceProfileName"
'

test_expect_success 'every type: the stand-in injected answers of each kind the stack meets' '
	reality_met reality.log notfound iam nosuchbucket dependency inuse deleting creating policy throttle
'

test_expect_success 'every type: each type the stand-in can delay was delayed, and terrace waited (debug log)' '
	python3 per_type.py $P >per-type &&
	cat per-type
'

test_expect_success 'every type: terrace waited only for answers the stand-in injected' '
	reality_waits_injected reality.log apply.err destroy.err
'

# A role and a queue's policy made outside the stack, which the stand-in
# (that saw them made) refuses as AWS would for a while: they are not this
# client's to wait for, and each refusal is the answer at once.
mkdir outside
cat >outside/trust.json <<'EOF'
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
  "Principal": {"Service": "firehose.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
EOF
cat >outside/attrs.json <<'EOF'
{"Policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"s3.amazonaws.com\"}, \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}]}"}
EOF

test_expect_success 'a role and a queue policy this run did not write: refused at once, no wait' '
	cd outside &&
	aws_at "$TERRACE_VAR_endpoint" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" iam create-role \
		--role-name $P-outside --assume-role-policy-document file://trust.json >/dev/null &&
	aws_at "$TERRACE_VAR_endpoint" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" sqs create-queue \
		--queue-name $P-outside --attributes file://attrs.json >/dev/null &&
	cli s3api create-bucket --bucket $P-outside >/dev/null &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  fh:
	    type: aws.firehose.delivery_stream
	    name: $P-outside
	    extended_s3_configuration:
	      role_arn: arn:aws:iam::123456789012:role/$P-outside
	      bucket_arn: arn:aws:s3:::$P-outside
	  events:
	    type: aws.s3.bucket_notification
	    bucket: $P-outside
	    queue:
	      - queue_arn: arn:aws:sqs:us-east-1:123456789012:$P-outside
	        events: ["s3:ObjectCreated:*"]
	YAML
	TERRACE_LOG=debug test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "firehose CreateDeliveryStream: HTTP 400 InvalidArgumentException: Firehose is unable to assume role arn:aws:iam::123456789012:role/$P-outside. Please check the role provided." &&
	test_contains err "s3 PutBucketNotificationConfiguration: HTTP 400 InvalidArgument: Unable to validate the following destination configurations" &&
	test_match ../reality.log "^[0-9.]+ iam firehose:CreateDeliveryStream $P-outside\$" &&
	test_match ../reality.log "^[0-9.]+ policy s3:PutBucketNotificationConfiguration sqs:$P-outside\$" &&
	! grep "waiting for" err
'

stop_reality TERRACE_VAR_endpoint
reality_injected reality.log | sed 's/^/# injected: /'
sed 's/^/# per type: /' per-type 2>/dev/null
test_done
