#!/usr/bin/env bash
# t0975-reality-stand-in: tests/servers/aws_reality.py, the stand-in that
# answers with AWS's timing in front of moto, proven with botocore (not
# terrace): one step per behaviour. A new EC2 id answers its kind's NotFound
# code and message, is left out of a filtered Describe, and is there once
# its window has passed; every id kind has its own code; a new role or
# instance profile is refused by each service that uses it, in that
# service's words, and so are a role made and a queue's policy written
# moments ago by the services that check them at once (Firehose, Lake
# Formation, a KMS key policy, S3's test of a notification's queue); a new
# bucket answers 404 NoSuchBucket to its configuration calls; the subnet, groups, VPC and address of a terminated
# instance, a deleted NAT gateway, interface endpoint or VPC Lambda function
# answer DependencyViolation / InvalidIPAddress.InUse (and a running
# instance's subnet and groups, which moto would delete); a deleted NAT
# gateway shows deleting, a stopped crawler STOPPING; throttled answers
# carry each protocol's status, code and body form; EC2's token buckets
# refuse past their capacity and admit again at their refill rate (counted);
# the stand-in forwards signatures intact to moto with authentication.
# Botocore's own retries are off (max_attempts 1), so each raw answer is seen.
# The first step's window is 6 s (windows in seconds are what `make
# bench-reality` uses; the calls "in the window" come right after the create,
# and on a loaded machine a few calls took more than the 1.5 s windows had);
# the others are counted in answers (--counted, as the suite's whole-stack
# files use them), each just long enough for the calls the step makes in it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""Scenarios against the stand-in at $REALITY_ENDPOINT, one line per answer:
"LABEL: ok" or "LABEL: STATUS CODE: MESSAGE" (the ids replaced by ID)."""
import io
import json
import math
import os
import sys
import time
import zipfile

import botocore.session
from botocore.config import Config

EP = os.environ["REALITY_ENDPOINT"]
AK = os.environ.get("AK", "AKIAMOTOUNCHECKED000")
SK = os.environ.get("SK", "moto-accepts-any-secret")
ACCOUNT = "123456789012"
SESSION = botocore.session.get_session()
RAW = {}


def client(name):
    c = SESSION.create_client(name, region_name="us-east-1", endpoint_url=EP,
                              aws_access_key_id=AK, aws_secret_access_key=SK,
                              config=Config(retries={"total_max_attempts": 1, "mode": "standard"},
                                            s3={"addressing_style": "path"}))

    def keep(response_dict, **kwargs):
        RAW["body"] = response_dict["body"]
        RAW["headers"] = response_dict["headers"]
    c.meta.events.register("before-parse", keep)
    return c


def call(c, op, **kw):
    try:
        return ("ok", getattr(c, op)(**kw))
    except c.exceptions.ClientError as e:
        r = e.response
        return ("error", r["ResponseMetadata"]["HTTPStatusCode"], r["Error"].get("Code"),
                r["Error"].get("Message", ""), r["ResponseMetadata"].get("HTTPHeaders", {}))


def show(label, c, op, mask=(), **kw):
    r = call(c, op, **kw)
    if r[0] == "ok":
        print("%s: ok" % label)
        return r[1]
    message = r[3]
    for m in mask:
        message = message.replace(m, "ID")
    print("%s: %d %s: %s" % (label, r[1], r[2], message))
    return None


def until_ok(c, op, **kw):
    """op's result once it is answered without error (the window passed)."""
    for _ in range(300):
        r = call(c, op, **kw)
        if r[0] == "ok":
            return r[1]
        time.sleep(0.05)
    raise SystemExit("%s still refused: %s" % (op, r))


def zip_bytes():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return 1\n")
    return out.getvalue()


TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Action": "sts:AssumeRole",
    "Principal": {"Service": ["lambda.amazonaws.com", "states.amazonaws.com",
                              "scheduler.amazonaws.com", "glue.amazonaws.com",
                              "ec2.amazonaws.com", "monitoring.rds.amazonaws.com"]}}]})


def vpc_visible(ec2, cidr):
    vpc = ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    until_ok(ec2, "describe_vpcs", VpcIds=[vpc])
    return vpc


def ids():
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    show("describe by id", ec2, "describe_vpcs", mask=[vpc], VpcIds=[vpc])
    show("subnet in it", ec2, "create_subnet", mask=[vpc], VpcId=vpc, CidrBlock="10.1.1.0/24")
    show("tag it", ec2, "create_tags", mask=[vpc], Resources=[vpc],
         Tags=[{"Key": "a", "Value": "b"}])
    found = ec2.describe_vpcs(Filters=[{"Name": "cidr", "Values": ["10.1.0.0/16"]}])["Vpcs"]
    print("filtered describe: %d" % len(found))
    listed = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]]
    print("unfiltered describe lists it: %s" % (vpc in listed))
    until_ok(ec2, "describe_vpcs", VpcIds=[vpc])
    found = ec2.describe_vpcs(Filters=[{"Name": "cidr", "Values": ["10.1.0.0/16"]}])["Vpcs"]
    print("after the window, filtered describe: %d" % len(found))


def kinds():
    ec2 = client("ec2")
    vpc = vpc_visible(ec2, "10.2.0.0/16")
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.2.1.0/24")["Subnet"]["SubnetId"]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    rtb = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    sg = ec2.create_security_group(GroupName="kinds", Description="d", VpcId=vpc)["GroupId"]
    alloc = ec2.allocate_address(Domain="vpc")["AllocationId"]
    ec2.create_key_pair(KeyName="reality-key")
    show("subnet", ec2, "describe_subnets", mask=[subnet], SubnetIds=[subnet])
    show("internet gateway", ec2, "attach_internet_gateway", mask=[igw],
         InternetGatewayId=igw, VpcId=vpc)
    show("route table", ec2, "describe_route_tables", mask=[rtb], RouteTableIds=[rtb])
    show("security group", ec2, "authorize_security_group_ingress", mask=[sg], GroupId=sg,
         IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                         "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}])
    show("address", ec2, "describe_addresses", mask=[alloc], AllocationIds=[alloc])
    show("key pair", ec2, "describe_key_pairs", mask=["reality-key"], KeyNames=["reality-key"])
    until_ok(ec2, "describe_subnets", SubnetIds=[subnet])
    until_ok(ec2, "describe_route_tables", RouteTableIds=[rtb])
    until_ok(ec2, "describe_addresses", AllocationIds=[alloc])
    nat = ec2.create_nat_gateway(SubnetId=subnet, AllocationId=alloc)["NatGateway"]["NatGatewayId"]
    vpce = ec2.create_vpc_endpoint(VpcId=vpc, ServiceName="com.amazonaws.us-east-1.s3",
                                   RouteTableIds=[rtb])["VpcEndpoint"]["VpcEndpointId"]
    instance = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1,
                                 SubnetId=subnet)["Instances"][0]["InstanceId"]
    assoc = ec2.associate_route_table(RouteTableId=rtb, SubnetId=subnet)["AssociationId"]
    show("nat gateway", ec2, "describe_nat_gateways", mask=[nat], NatGatewayIds=[nat])
    show("vpc endpoint", ec2, "describe_vpc_endpoints", mask=[vpce], VpcEndpointIds=[vpce])
    show("instance", ec2, "describe_instances", mask=[instance], InstanceIds=[instance])
    show("route table association", ec2, "disassociate_route_table", mask=[assoc],
         AssociationId=assoc)
    show("route to a new gateway", ec2, "create_route", mask=[nat], RouteTableId=rtb,
         DestinationCidrBlock="0.0.0.0/0", GatewayId=nat)
    listed = [i["InstanceId"] for r in ec2.describe_instances()["Reservations"]
              for i in r["Instances"]]
    print("instance listed: %s" % (instance in listed))
    until_ok(ec2, "describe_instances", InstanceIds=[instance])
    listed = [i["InstanceId"] for r in ec2.describe_instances()["Reservations"]
              for i in r["Instances"]]
    print("instance listed after the window: %s" % (instance in listed))


def iam():
    iam_ = client("iam")
    ec2 = client("ec2")
    arn = iam_.create_role(RoleName="reality-role",
                           AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    profile = iam_.create_instance_profile(
        InstanceProfileName="reality-host")["InstanceProfile"]["Arn"]
    iam_.add_role_to_instance_profile(InstanceProfileName="reality-host", RoleName="reality-role")
    show("ec2 RunInstances (name)", ec2, "run_instances", ImageId="ami-12c6146b", MinCount=1,
         MaxCount=1, IamInstanceProfile={"Name": "reality-host"})
    show("ec2 RunInstances (arn)", ec2, "run_instances", mask=[profile], ImageId="ami-12c6146b",
         MinCount=1, MaxCount=1, IamInstanceProfile={"Arn": profile})
    instance = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1,
                                 MaxCount=1)["Instances"][0]["InstanceId"]
    show("ec2 AssociateIamInstanceProfile", ec2, "associate_iam_instance_profile",
         IamInstanceProfile={"Name": "reality-host"}, InstanceId=instance)
    show("lambda CreateFunction", client("lambda"), "create_function", FunctionName="reality-fn",
         Role=arn, Runtime="python3.12", Handler="index.handler", Code={"ZipFile": zip_bytes()})
    print("lambda x-amzn-ErrorType: %s" % RAW["headers"].get("x-amzn-errortype"))
    show("states CreateStateMachine", client("stepfunctions"), "create_state_machine",
         name="reality-sm", roleArn=arn,
         definition=json.dumps({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}))
    show("scheduler CreateSchedule", client("scheduler"), "create_schedule", Name="reality-sch",
         ScheduleExpression="rate(1 hour)", FlexibleTimeWindow={"Mode": "OFF"},
         Target={"Arn": "arn:aws:sqs:us-east-1:%s:q" % ACCOUNT, "RoleArn": arn})
    glue = client("glue")
    show("glue CreateJob", glue, "create_job", Name="reality-job", Role="reality-role",
         Command={"Name": "glueetl", "ScriptLocation": "s3://b/k.py"})
    show("glue CreateCrawler", glue, "create_crawler", Name="reality-crawler", Role=arn,
         Targets={"S3Targets": [{"Path": "s3://b/k"}]})
    show("rds CreateDBInstance", client("rds"), "create_db_instance",
         DBInstanceIdentifier="reality-db", DBInstanceClass="db.t3.micro", Engine="postgres",
         MasterUsername="u", MasterUserPassword="password1", AllocatedStorage=20,
         MonitoringInterval=60, MonitoringRoleArn=arn)
    until_ok(glue, "create_job", Name="reality-job", Role="reality-role",
             Command={"Name": "glueetl", "ScriptLocation": "s3://b/k.py"})
    print("glue CreateJob after the window: ok")
    until_ok(ec2, "run_instances", ImageId="ami-12c6146b", MinCount=1, MaxCount=1,
             IamInstanceProfile={"Name": "reality-host"})
    print("ec2 RunInstances after the window: ok")


def grants():
    """A role made and a queue's policy written moments ago: each service
    that checks them at once refuses them, in its words; then takes them."""
    arn = client("iam").create_role(RoleName="reality-fh",
                                    AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    s3 = client("s3")
    s3.create_bucket(Bucket="reality-fh-lake")
    fh = client("firehose")
    stream = dict(DeliveryStreamName="reality-fh", DeliveryStreamType="DirectPut",
                  ExtendedS3DestinationConfiguration={"RoleARN": arn,
                                                      "BucketARN": "arn:aws:s3:::reality-fh-lake"})
    show("firehose CreateDeliveryStream", fh, "create_delivery_stream", **stream)
    lf = client("lakeformation")
    grant = dict(Principal={"DataLakePrincipalIdentifier": arn}, Permissions=["DESCRIBE"],
                 Resource={"Database": {"Name": "reality_db"}})
    client("glue").create_database(DatabaseInput={"Name": "reality_db"})
    show("lakeformation GrantPermissions", lf, "grant_permissions", **grant)
    kms = client("kms")
    key_policy = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::%s:root" % ACCOUNT},
         "Action": "kms:*", "Resource": "*"},
        {"Effect": "Allow", "Principal": {"AWS": arn}, "Action": "kms:Decrypt",
         "Resource": "*"}]})
    show("kms CreateKey", kms, "create_key", Policy=key_policy)
    sqs = client("sqs")
    queue_policy = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
        "Action": "sqs:SendMessage", "Resource": "*"}]})
    sqs.create_queue(QueueName="reality-events", Attributes={"Policy": queue_policy})
    queue = "arn:aws:sqs:us-east-1:%s:reality-events" % ACCOUNT
    notification = dict(Bucket="reality-fh-lake", NotificationConfiguration={
        "QueueConfigurations": [{"QueueArn": queue, "Events": ["s3:ObjectCreated:*"]}]})
    show("s3 PutBucketNotificationConfiguration", s3, "put_bucket_notification_configuration",
         **notification)
    print("body names the queue: %s" % (("<ArgumentName1>%s</ArgumentName1>" % queue).encode()
                                        in RAW["body"]))
    until_ok(fh, "create_delivery_stream", **stream)
    until_ok(lf, "grant_permissions", **grant)
    until_ok(kms, "create_key", Policy=key_policy)
    until_ok(s3, "put_bucket_notification_configuration", **notification)
    print("after the window: ok")


def s3():
    c = client("s3")
    c.create_bucket(Bucket="reality-lake")
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": "arn:aws:s3:::reality-lake/*", "Condition": {"Bool": {
            "aws:SecureTransport": "false"}}}]})
    show("tagging", c, "put_bucket_tagging", Bucket="reality-lake",
         Tagging={"TagSet": [{"Key": "a", "Value": "b"}]})
    show("versioning", c, "put_bucket_versioning", Bucket="reality-lake",
         VersioningConfiguration={"Status": "Enabled"})
    show("policy", c, "put_bucket_policy", Bucket="reality-lake", Policy=policy)
    show("lifecycle", c, "put_bucket_lifecycle_configuration", Bucket="reality-lake",
         LifecycleConfiguration={"Rules": [{"ID": "r", "Status": "Enabled",
                                            "Filter": {"Prefix": ""},
                                            "Expiration": {"Days": 30}}]})
    show("encryption", c, "put_bucket_encryption", Bucket="reality-lake",
         ServerSideEncryptionConfiguration={"Rules": [{
             "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
    show("public access block", c, "put_public_access_block", Bucket="reality-lake",
         PublicAccessBlockConfiguration={"BlockPublicAcls": True})
    show("first object", c, "put_object", Bucket="reality-lake", Key="raw/a.csv", Body=b"a")
    print("body names the bucket: %s" % (b"<BucketName>reality-lake</BucketName>" in RAW["body"]))
    show("head bucket", c, "head_bucket", Bucket="reality-lake")
    until_ok(c, "put_bucket_versioning", Bucket="reality-lake",
             VersioningConfiguration={"Status": "Enabled"})
    print("versioning after the window: ok")


def network(ec2, n):
    vpc = ec2.create_vpc(CidrBlock="10.%d.0.0/16" % n)["Vpc"]["VpcId"]
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.%d.1.0/24" % n)["Subnet"]["SubnetId"]
    sg = ec2.create_security_group(GroupName="g%d" % n, Description="d", VpcId=vpc)["GroupId"]
    return vpc, subnet, sg


def eni():
    ec2 = client("ec2")
    vpc, subnet, sg = network(ec2, 3)
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc)
    alloc = ec2.allocate_address(Domain="vpc")["AllocationId"]
    instance = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, SubnetId=subnet,
                                 SecurityGroupIds=[sg])["Instances"][0]["InstanceId"]
    ec2.associate_address(AllocationId=alloc, InstanceId=instance)
    mask = [vpc, subnet, sg, alloc]
    show("running instance: DeleteSubnet", ec2, "delete_subnet", mask=mask, SubnetId=subnet)
    show("running instance: DeleteSecurityGroup", ec2, "delete_security_group", mask=mask,
         GroupId=sg)
    ec2.terminate_instances(InstanceIds=[instance])
    show("instance: DeleteSubnet", ec2, "delete_subnet", mask=mask, SubnetId=subnet)
    show("instance: DeleteSecurityGroup", ec2, "delete_security_group", mask=mask, GroupId=sg)
    show("instance: DetachInternetGateway", ec2, "detach_internet_gateway", mask=mask,
         InternetGatewayId=igw, VpcId=vpc)
    show("instance: DeleteVpc", ec2, "delete_vpc", mask=mask, VpcId=vpc)
    ec2.disassociate_address(AssociationId=ec2.describe_addresses(
        AllocationIds=[alloc])["Addresses"][0]["AssociationId"])
    show("instance: ReleaseAddress", ec2, "release_address", mask=mask, AllocationId=alloc)
    until_ok(ec2, "delete_subnet", SubnetId=subnet)
    print("instance: DeleteSubnet after the window: ok")

    vpc, subnet, sg = network(ec2, 4)
    alloc = ec2.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2.create_nat_gateway(SubnetId=subnet, AllocationId=alloc)["NatGateway"]["NatGatewayId"]
    ec2.delete_nat_gateway(NatGatewayId=nat)
    show("nat gateway: DeleteSubnet", ec2, "delete_subnet", mask=[subnet], SubnetId=subnet)
    show("nat gateway: ReleaseAddress", ec2, "release_address", mask=[alloc], AllocationId=alloc)

    vpc, subnet, sg = network(ec2, 5)
    vpce = ec2.create_vpc_endpoint(VpcId=vpc, VpcEndpointType="Interface",
                                   ServiceName="com.amazonaws.us-east-1.secretsmanager",
                                   SubnetIds=[subnet], SecurityGroupIds=[sg])
    ec2.delete_vpc_endpoints(VpcEndpointIds=[vpce["VpcEndpoint"]["VpcEndpointId"]])
    show("interface endpoint: DeleteSecurityGroup", ec2, "delete_security_group", mask=[sg],
         GroupId=sg)

    vpc, subnet, sg = network(ec2, 6)
    arn = client("iam").create_role(RoleName="reality-vpc-fn",
                                    AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    lam = client("lambda")
    lam.create_function(FunctionName="reality-vpc-fn", Role=arn, Runtime="python3.12",
                        Handler="index.handler", Code={"ZipFile": zip_bytes()},
                        VpcConfig={"SubnetIds": [subnet], "SecurityGroupIds": [sg]})
    lam.delete_function(FunctionName="reality-vpc-fn")
    show("lambda in a VPC: DeleteSubnet", ec2, "delete_subnet", mask=[subnet], SubnetId=subnet)
    show("lambda in a VPC: DeleteSecurityGroup", ec2, "delete_security_group", mask=[sg],
         GroupId=sg)


def background():
    ec2 = client("ec2")
    vpc, subnet, sg = network(ec2, 7)
    alloc = ec2.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2.create_nat_gateway(SubnetId=subnet, AllocationId=alloc)["NatGateway"]["NatGatewayId"]
    ec2.delete_nat_gateway(NatGatewayId=nat)
    state = ec2.describe_nat_gateways(NatGatewayIds=[nat])["NatGateways"][0]["State"]
    print("nat gateway right after its delete: %s" % state)
    for _ in range(300):
        state = ec2.describe_nat_gateways(NatGatewayIds=[nat])["NatGateways"][0]["State"]
        if state != "deleting":
            break
        time.sleep(0.05)
    print("nat gateway after the window: %s" % state)
    arn = client("iam").create_role(RoleName="reality-crawl",
                                    AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    glue = client("glue")
    glue.create_crawler(Name="reality-crawl", Role=arn,
                        Targets={"S3Targets": [{"Path": "s3://b/k"}]})
    glue.start_crawler(Name="reality-crawl")
    glue.stop_crawler(Name="reality-crawl")
    print("crawler right after its stop: %s" % glue.get_crawler(Name="reality-crawl")
          ["Crawler"]["State"])
    show("crawler delete while stopping", glue, "delete_crawler", Name="reality-crawl")


def throttle():
    def one(label, service, op, **kw):
        c = client(service)
        r = call(c, op, **kw)
        if r[0] == "ok":
            print("%s: ok" % label)
            return
        body = RAW["body"].decode()
        headers = RAW["headers"]
        form = "?"
        if body.startswith("<?xml") and "<Response><Errors><Error>" in body and "<RequestID>" in body:
            form = "ec2-xml"
        elif body.startswith("<ErrorResponse") and "<Type>Sender</Type>" in body:
            form = "query-xml"
        elif "<Error><Code>" in body and "<HostId>" in body:
            form = "s3-xml"
        elif body.startswith("{"):
            doc = json.loads(body)
            form = "json __type=%s" % doc["__type"] if "__type" in doc else \
                "rest-json errortype=%s" % headers.get("x-amzn-errortype")
            for k in ("Reason", "Type"):
                if k in doc:
                    form += " %s=%s" % (k, doc[k])
        if "retry-after" in headers:
            form += " retry-after=%s" % headers["retry-after"]
        print("%s: %d %s: %s [%s]" % (label, r[1], r[2], r[3], form))

    one("ec2", "ec2", "describe_vpcs")
    one("iam", "iam", "list_roles")
    one("sts", "sts", "get_caller_identity")
    one("rds", "rds", "describe_db_instances")
    one("glue", "glue", "get_databases")
    one("secretsmanager", "secretsmanager", "list_secrets")
    one("athena", "athena", "list_work_groups")
    one("lambda", "lambda", "list_functions")
    one("scheduler", "scheduler", "list_schedules")
    one("s3", "s3", "list_objects_v2", Bucket="reality-any")


def bucket():
    """EC2's per-action token buckets, counted: capacity CAP, refill RATE/s."""
    cap, rate = int(sys.argv[2]), float(sys.argv[3])
    ec2 = client("ec2")
    vpc = ec2.describe_vpcs()["Vpcs"][0]["VpcId"]

    def tags(op, n):
        admitted = refused = 0
        first = None
        for i in range(n):
            r = call(ec2, op, Resources=[vpc], Tags=[{"Key": "k", "Value": "v"}])
            if r[0] == "ok":
                admitted += 1
            elif r[2] == "RequestLimitExceeded":
                refused += 1
                first = i if first is None else first
        tags.first_refused = first
        return admitted, refused

    if rate == 0:
        print("CreateTags: %d admitted, %d refused" % tags("create_tags", cap + 5))
        print("DeleteTags (a bucket of its own): %d admitted, %d refused" %
              tags("delete_tags", 3))
        print("DescribeVpcs (non-mutating): %d admitted" % sum(
            call(ec2, "describe_vpcs")[0] == "ok" for _ in range(cap + 5)))
        return
    # Drain the bucket, pause, then count what a burst gets: the tokens that
    # came back meanwhile, at RATE a second (bounds from the measured times).
    n = 3 * cap
    start = time.monotonic()
    admitted, refused = tags("create_tags", n)
    drained = time.monotonic()
    most = cap + math.ceil(rate * (drained - start))
    print("drain: the first %d admitted: %s" % (cap, (n if tags.first_refused is None else tags.first_refused) >= cap))
    # every call answered, admitted or refused: as many refused as the
    # refill could not cover (none when the calls were slower than it: a
    # loaded machine's)
    print("drain: %d admitted of %d, at most capacity + refill meanwhile (%d): %s" % (
        admitted, n, most, cap <= admitted <= most and admitted + refused == n))
    time.sleep(1.5)
    burst_start = time.monotonic()
    got, _ = tags("create_tags", 3 * int(rate * 2 + 2))
    end = time.monotonic()
    lo = math.floor(rate * (burst_start - drained)) - 1
    hi = math.ceil(rate * (end - start)) - (admitted - cap) + 1
    print("after a pause: %d admitted, between %d and %d: %s" % (got, lo, hi, lo <= got <= hi))


def auth():
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]
    show("signed describe in the window", ec2, "describe_vpcs", mask=[vpc], VpcIds=[vpc])
    until_ok(ec2, "describe_vpcs", VpcIds=[vpc])
    print("signed describe after the window: ok")
    global SK
    SK = "not-the-secret"
    show("a wrong secret (moto's answer, forwarded)", client("ec2"), "describe_vpcs")


globals()[sys.argv[1]]()
EOF

probe () {
	python3 probe.py "$@"
}

# reality NAME ARGS...: the stand-in in front of moto as REALITY_ENDPOINT.
reality () { start_reality REALITY_ENDPOINT "$@"; }

test_expect_success 'a new VPC: NotFound by id, left out of a filtered describe, there after the window' '
	reality ids --ec2-window 6 &&
	probe ids >ids.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line ids.out "describe by id: 400 InvalidVpcID.NotFound: The vpc ID '"'ID'"' does not exist" &&
	test_line ids.out "subnet in it: 400 InvalidVpcID.NotFound: The vpc ID '"'ID'"' does not exist" &&
	test_line ids.out "tag it: 400 InvalidVpcID.NotFound: The vpc ID '"'ID'"' does not exist" &&
	test_line ids.out "filtered describe: 0" &&
	test_line ids.out "unfiltered describe lists it: False" &&
	test_line ids.out "after the window, filtered describe: 1" &&
	test_match ids.log "^[0-9.]+ notfound ec2:DescribeVpcs vpc-[0-9a-f]+$" &&
	test_match ids.log "^[0-9.]+ notfound ec2:CreateSubnet vpc-" &&
	test_match ids.log "^[0-9.]+ hidden ec2:DescribeVpcs vpc-"
'

test_expect_success 'every EC2 id kind answers its own NotFound code and message' '
	reality kinds --counted --ec2-window 2 &&
	probe kinds >kinds.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line kinds.out "subnet: 400 InvalidSubnetID.NotFound: The subnet ID '"'ID'"' does not exist" &&
	test_line kinds.out "internet gateway: 400 InvalidInternetGatewayID.NotFound: The internetGateway ID '"'ID'"' does not exist" &&
	test_line kinds.out "route table: 400 InvalidRouteTableID.NotFound: The routeTable ID '"'ID'"' does not exist" &&
	test_line kinds.out "security group: 400 InvalidGroup.NotFound: The security group '"'ID'"' does not exist" &&
	test_line kinds.out "address: 400 InvalidAllocationID.NotFound: The allocation ID '"'ID'"' does not exist" &&
	test_line kinds.out "key pair: 400 InvalidKeyPair.NotFound: The key pair '"'ID'"' does not exist" &&
	test_line kinds.out "nat gateway: 400 NatGatewayNotFound: NAT gateway ID was not found" &&
	test_line kinds.out "vpc endpoint: 400 InvalidVpcEndpointId.NotFound: The VpcEndpoint ID '"'ID'"' does not exist" &&
	test_line kinds.out "instance: 400 InvalidInstanceID.NotFound: The instance ID '"'ID'"' does not exist" &&
	test_line kinds.out "route table association: 400 InvalidAssociationID.NotFound: The association ID '"'ID'"' does not exist" &&
	test_line kinds.out "route to a new gateway: 400 InvalidGatewayID.NotFound: The gateway ID '"'ID'"' does not exist" &&
	test_line kinds.out "instance listed: False" &&
	test_line kinds.out "instance listed after the window: True" &&
	test_equal 12 "$(cut -d" " -f2,3 kinds.log | grep "^notfound " | sort -u | wc -l)"
'

test_expect_success 'a new role and instance profile: refused by each service that uses them, in its words' '
	reality iam --counted --iam-window 3 &&
	probe iam >iam.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line iam.out "ec2 RunInstances (name): 400 InvalidParameterValue: Value (reality-host) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name" &&
	test_line iam.out "ec2 RunInstances (arn): 400 InvalidParameterValue: Value (ID) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile name" &&
	test_line iam.out "ec2 AssociateIamInstanceProfile: 400 InvalidParameterValue: Value (reality-host) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name" &&
	test_line iam.out "lambda CreateFunction: 400 InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda." &&
	test_line iam.out "lambda x-amzn-ErrorType: InvalidParameterValueException" &&
	test_line iam.out "states CreateStateMachine: 400 AccessDeniedException: Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role." &&
	test_line iam.out "scheduler CreateSchedule: 400 ValidationException: The execution role you provide must allow AWS EventBridge Scheduler to assume the role." &&
	test_line iam.out "glue CreateJob: 400 InvalidInputException: Service is unable to assume provided role. Please verify role'"'"'s TrustPolicy" &&
	test_line iam.out "glue CreateCrawler: 400 InvalidInputException: Service is unable to assume provided role. Please verify role'"'"'s TrustPolicy" &&
	test_line iam.out "rds CreateDBInstance: 400 InvalidParameterValue: IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING" &&
	test_line iam.out "glue CreateJob after the window: ok" &&
	test_line iam.out "ec2 RunInstances after the window: ok" &&
	test_match iam.log "^[0-9.]+ iam lambda:CreateFunction reality-role$" &&
	test_match iam.log "^[0-9.]+ iam ec2:RunInstances reality-host$"
'

test_expect_success 'a role made and a queue policy written moments ago: refused by the services that check them at once' '
	reality grants --counted --iam-window 1 &&
	probe grants >grants.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line grants.out "firehose CreateDeliveryStream: 400 InvalidArgumentException: Firehose is unable to assume role arn:aws:iam::123456789012:role/reality-fh. Please check the role provided." &&
	test_line grants.out "lakeformation GrantPermissions: 400 InvalidInputException: Invalid principal, arn: arn:aws:iam::123456789012:role/reality-fh" &&
	test_line grants.out "kms CreateKey: 400 MalformedPolicyDocumentException: Policy contains a statement with one or more invalid principals." &&
	test_line grants.out "s3 PutBucketNotificationConfiguration: 400 InvalidArgument: Unable to validate the following destination configurations" &&
	test_line grants.out "body names the queue: True" &&
	test_line grants.out "after the window: ok" &&
	test_match grants.log "^[0-9.]+ iam firehose:CreateDeliveryStream reality-fh$" &&
	test_match grants.log "^[0-9.]+ iam lakeformation:GrantPermissions reality-fh$" &&
	test_match grants.log "^[0-9.]+ iam kms:CreateKey reality-fh$" &&
	test_match grants.log "^[0-9.]+ policy s3:PutBucketNotificationConfiguration sqs:reality-events$"
'

test_expect_success 'a new bucket: 404 NoSuchBucket to its configuration calls and first object, then there' '
	reality s3 --counted --s3-window 8 &&
	probe s3 >s3.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	for call in tagging versioning policy lifecycle encryption "public access block" "first object"; do
		test_line s3.out "$call: 404 NoSuchBucket: The specified bucket does not exist" || return 1
	done &&
	test_line s3.out "body names the bucket: True" &&
	test_line s3.out "head bucket: 404 404: Not Found" &&
	test_line s3.out "versioning after the window: ok" &&
	test_match s3.log "^[0-9.]+ nosuchbucket s3:PutBucketTagging reality-lake$" &&
	test_match s3.log "^[0-9.]+ nosuchbucket s3:HeadBucket reality-lake$"
'

test_expect_success 'network interfaces outlive their owner: DependencyViolation, InvalidIPAddress.InUse' '
	reality eni --counted --eni-window 2 &&
	probe eni >eni.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line eni.out "running instance: DeleteSubnet: 400 DependencyViolation: The subnet '"'ID'"' has dependencies and cannot be deleted." &&
	test_line eni.out "running instance: DeleteSecurityGroup: 400 DependencyViolation: resource ID has a dependent object" &&
	test_line eni.out "instance: DeleteSubnet: 400 DependencyViolation: The subnet '"'ID'"' has dependencies and cannot be deleted." &&
	test_line eni.out "instance: DeleteSecurityGroup: 400 DependencyViolation: resource ID has a dependent object" &&
	test_line eni.out "instance: DetachInternetGateway: 400 DependencyViolation: Network ID has some mapped public address(es). Please unmap those public address(es) before detaching the gateway." &&
	test_line eni.out "instance: DeleteVpc: 400 DependencyViolation: The vpc '"'ID'"' has dependencies and cannot be deleted." &&
	test_line eni.out "instance: ReleaseAddress: 400 InvalidIPAddress.InUse: Address ID is in use." &&
	test_line eni.out "instance: DeleteSubnet after the window: ok" &&
	test_line eni.out "nat gateway: DeleteSubnet: 400 DependencyViolation: The subnet '"'ID'"' has dependencies and cannot be deleted." &&
	test_line eni.out "nat gateway: ReleaseAddress: 400 InvalidIPAddress.InUse: Address ID is in use." &&
	test_line eni.out "interface endpoint: DeleteSecurityGroup: 400 DependencyViolation: resource ID has a dependent object" &&
	test_line eni.out "lambda in a VPC: DeleteSubnet: 400 DependencyViolation: The subnet '"'ID'"' has dependencies and cannot be deleted." &&
	test_line eni.out "lambda in a VPC: DeleteSecurityGroup: 400 DependencyViolation: resource ID has a dependent object" &&
	test_match eni.log "^[0-9.]+ dependency ec2:DetachInternetGateway vpc-" &&
	test_match eni.log "^[0-9.]+ inuse ec2:ReleaseAddress eipalloc-"
'

test_expect_success 'deletes AWS carries out in the background: NAT gateway deleting, crawler STOPPING' '
	reality background --counted --async-window 2 &&
	probe background >background.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line background.out "nat gateway right after its delete: deleting" &&
	test_line background.out "nat gateway after the window: deleted" &&
	test_line background.out "crawler right after its stop: STOPPING" &&
	test_line background.out "crawler delete while stopping: 400 CrawlerRunningException: reality-crawl is stopping." &&
	test_match background.log "^[0-9.]+ deleting ec2:DescribeNatGateways nat-" &&
	test_match background.log "^[0-9.]+ stopping glue:GetCrawler reality-crawl$"
'

test_expect_success 'throttled answers carry each protocol'"'"'s status, code and body form' '
	reality throttle --throttle-rate 1 &&
	probe throttle >throttle.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line throttle.out "ec2: 503 RequestLimitExceeded: Request limit exceeded. [ec2-xml]" &&
	test_line throttle.out "iam: 400 Throttling: Rate exceeded [query-xml]" &&
	test_line throttle.out "sts: 400 Throttling: Rate exceeded [query-xml]" &&
	test_line throttle.out "rds: 400 Throttling: Rate exceeded [query-xml]" &&
	test_line throttle.out "glue: 400 ThrottlingException: Rate exceeded [json __type=ThrottlingException]" &&
	test_line throttle.out "secretsmanager: 400 ThrottlingException: Rate exceeded [json __type=ThrottlingException]" &&
	test_line throttle.out "athena: 400 TooManyRequestsException: Rate exceeded [json __type=TooManyRequestsException Reason=CONCURRENT_QUERY_LIMIT_EXCEEDED]" &&
	test_line throttle.out "lambda: 429 TooManyRequestsException: Rate exceeded [rest-json errortype=TooManyRequestsException Reason=CallerRateLimitExceeded Type=User retry-after=1]" &&
	test_line throttle.out "scheduler: 429 ThrottlingException: Rate exceeded [rest-json errortype=ThrottlingException]" &&
	test_line throttle.out "s3: 503 SlowDown: Please reduce your request rate. [s3-xml]" &&
	test_equal 10 "$(grep -c " throttle .* random$" throttle.log)"
'

test_expect_success 'an EC2 token bucket refuses past its capacity, per action (counted)' '
	reality bucket-cap --ec2-mutating-bucket 10 --ec2-mutating-refill 0 --ec2-describe-bucket 100 &&
	probe bucket 10 0 >bucket-cap.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line bucket-cap.out "CreateTags: 10 admitted, 5 refused" &&
	test_line bucket-cap.out "DeleteTags (a bucket of its own): 3 admitted, 0 refused" &&
	test_line bucket-cap.out "DescribeVpcs (non-mutating): 15 admitted" &&
	test_equal 5 "$(grep -c "^[0-9.]* throttle ec2:CreateTags bucket$" bucket-cap.log)"
'

test_expect_success 'an EC2 token bucket admits again at its refill rate (counted)' '
	reality bucket-refill --ec2-mutating-bucket 5 --ec2-mutating-refill 4 &&
	probe bucket 5 4 >bucket-refill.out; rc=$?; stop_reality REALITY_ENDPOINT &&
	test_equal 0 $rc &&
	test_line bucket-refill.out "drain: the first 5 admitted: True" &&
	test_match bucket-refill.out "^drain: [0-9]+ admitted of 15, at most capacity \+ refill meanwhile \([0-9]+\): True$" &&
	test_match bucket-refill.out "^after a pause: [0-9]+ admitted, between -?[0-9]+ and [0-9]+: True$"
'

test_expect_success 'in front of moto with authentication: signatures reach moto intact' '
	start_moto_auth &&
	REALITY_UPSTREAM=$MOTO_AUTH_ENDPOINT &&
	reality auth --counted --ec2-window 2 &&
	AK=$MOTO_AUTH_ACCESS_KEY SK=$MOTO_AUTH_SECRET_KEY probe auth >auth.out; rc=$?
	stop_reality REALITY_ENDPOINT; unset REALITY_UPSTREAM
	test_equal 0 $rc &&
	test_line auth.out "signed describe in the window: 400 InvalidVpcID.NotFound: The vpc ID '"'ID'"' does not exist" &&
	test_line auth.out "signed describe after the window: ok" &&
	test_match auth.out "^a wrong secret \(moto.s answer, forwarded\): 40[0-9] (AuthFailure|SignatureDoesNotMatch)"
'

test_expect_success '--randomize draws from --seed: the same seed, the same draw' '
	for run in 3a 3b 4; do
		reality "seed-$run" --randomize --seed "${run%[ab]}" --throttle-rate 0.5 || return 1
		stop_reality REALITY_ENDPOINT
		sed -n "s/.*throttle-rate=\([0-9.]*\).*/\1/p" "seed-$run.log" >"seed-$run.rate"
	done &&
	test_cmp seed-3a.rate seed-3b.rate &&
	! cmp -s seed-3a.rate seed-4.rate &&
	test "$(cat seed-3a.rate)" != 0.5000
'

test_done
