"""counts.py ENDPOINT PREFIX STACK: print "TYPE COUNT" for every aws type:
how many objects moto holds of a stack that applied_stack.py made with that
PREFIX (names start with it; EC2's nameless objects carry the tag
terrace:stack=STACK). Asked with boto3, the AWS CLI's own SDK, in one
process (33 AWS CLI runs took two minutes on a loaded machine). The
credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. A new aws
type needs a line here, or a count() on its card (cards.py): t0810 checks
every type of the schema has one, and so does tests/check_type_lists.py."""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, p, stack = sys.argv[1:4]
u = p.replace("-", "_")
session = boto3.session.Session(region_name="us-east-1")


def client(name):
    return session.client(name, endpoint_url=endpoint)


def tagged(entries, key="Tags"):
    return [e for e in entries
            if any(t["Key"] == "terrace:stack" and t["Value"] == stack for t in e.get(key) or [])]


def missing_is_zero(fn):
    try:
        return fn()
    except ClientError as e:
        code = e.response["Error"]["Code"]
        if "NotFound" in code or "NoSuch" in code or code in ("EntityNotFoundException",
                                                             "ResourceNotFoundException"):
            return 0
        raise


s3, glue, lam, ec2 = client("s3"), client("glue"), client("lambda"), client("ec2")
iam = client("iam")
bucket = p + "-name"


def keys():
    return [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]


def sg_rules():
    groups = ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": [p + "-name"]}])["SecurityGroups"]
    return sum(1 for g in groups for r in g["IpPermissions"] if r.get("FromPort") == 22)


def kms_keys():
    """The stack's keys (its tags) not pending deletion."""
    kms, n = client("kms"), 0
    for k in kms.list_keys()["Keys"]:
        tags = kms.list_resource_tags(KeyId=k["KeyId"])["Tags"]
        if any(t["TagKey"] == "terrace:stack" and t["TagValue"] == stack for t in tags) and \
                kms.describe_key(KeyId=k["KeyId"])["KeyMetadata"]["KeyState"] != "PendingDeletion":
            n += 1
    return n


COUNTS = [
    ("aws.s3.bucket", lambda: sum(1 for b in s3.list_buckets()["Buckets"] if b["Name"] == bucket)),
    # Keys, not versions: in the versioned bucket a resent PutObject of the
    # same bytes leaves one more noncurrent version of the same object.
    ("aws.s3.object", lambda: sum(1 for k in keys() if k == p + "-key")),
    ("aws.s3.artifact", lambda: sum(1 for k in keys() if k != p + "-key")),
    ("aws.glue.database", lambda: sum(1 for d in glue.get_databases()["DatabaseList"]
                                      if d["Name"] == u + "_db")),
    ("aws.glue.table", lambda: sum(1 for t in glue.get_tables(DatabaseName=u + "_db")["TableList"]
                                   if t["Name"] == p + "-name")),
    ("aws.glue.connection", lambda: sum(1 for c in glue.get_connections()["ConnectionList"]
                                        if c["Name"] == p + "-name")),
    ("aws.glue.job", lambda: sum(1 for j in glue.get_jobs()["Jobs"] if j["Name"] == p + "-name")),
    ("aws.glue.crawler", lambda: sum(1 for c in glue.get_crawlers()["Crawlers"]
                                     if c["Name"] == p + "-name")),
    ("aws.glue.trigger", lambda: sum(1 for t in glue.get_triggers()["Triggers"]
                                     if t["Name"] == p + "-name")),
    ("aws.lambda.function", lambda: sum(1 for f in lam.list_functions()["Functions"]
                                        if f["FunctionName"] == p + "-function-name")),
    ("aws.lambda.layer_version", lambda: len(lam.list_layer_versions(
        LayerName=p + "-layer-name")["LayerVersions"])),
    ("aws.scheduler.schedule", lambda: sum(1 for s in client("scheduler").list_schedules()[
        "Schedules"] if s["Name"] == p + "-name")),
    ("aws.events.rule", lambda: sum(1 for r in client("events").list_rules()["Rules"]
                                    if r["Name"] == p + "-name")),
    ("aws.sfn.state_machine", lambda: sum(1 for m in client("stepfunctions").list_state_machines()[
        "stateMachines"] if m["name"] == p + "-name")),
    ("aws.logs.log_group", lambda: len(client("logs").describe_log_groups(
        logGroupNamePrefix="/" + p + "/")["logGroups"])),
    ("aws.secretsmanager.secret", lambda: sum(1 for s in client("secretsmanager").list_secrets()[
        "SecretList"] if s["Name"] == p + "-name")),
    ("aws.kms.key", kms_keys),
    ("aws.kms.alias", lambda: sum(1 for a in client("kms").list_aliases()["Aliases"]
                                  if a["AliasName"] == "alias/" + p + "-alias")),
    ("aws.emrserverless.application", lambda: sum(
        1 for a in client("emr-serverless").list_applications()["applications"]
        if a["name"] == p + "-name" and a["state"] != "TERMINATED")),
    ("aws.lakeformation.permissions", lambda: sum(
        1 for e in client("lakeformation").list_permissions()["PrincipalResourcePermissions"]
        if e["Resource"].get("Database", {}).get("Name") == u + "_db")),
    ("aws.ssm.parameter", lambda: sum(1 for x in client("ssm").describe_parameters()[
        "Parameters"] if x["Name"] == p + "-name")),
    ("aws.dynamodb.table", lambda: sum(1 for t in client("dynamodb").list_tables()["TableNames"]
                                       if t == p + "-name")),
    ("aws.kinesis.stream", lambda: sum(1 for s in client("kinesis").list_streams()["StreamNames"]
                                       if s == p + "-name")),
    ("aws.firehose.delivery_stream", lambda: sum(1 for s in client("firehose").list_delivery_streams()[
        "DeliveryStreamNames"] if s == p + "-name")),
    ("aws.ecr.repository", lambda: sum(1 for r in client("ecr").describe_repositories()[
        "repositories"] if r["repositoryName"] == p + "-name")),
    ("aws.ecs.cluster", lambda: sum(1 for c in client("ecs").describe_clusters(
        clusters=[p + "-name"])["clusters"] if c["status"] == "ACTIVE")),
    ("aws.ecs.task_definition", lambda: len(client("ecs").list_task_definitions(
        familyPrefix=p + "-family", status="ACTIVE")["taskDefinitionArns"])),
    ("aws.rds.instance", lambda: sum(1 for d in client("rds").describe_db_instances()["DBInstances"]
                                     if d["DBInstanceIdentifier"] == p + "-identifier")),
    ("aws.redshift.cluster", lambda: sum(1 for c in client("redshift").describe_clusters()[
        "Clusters"] if c["ClusterIdentifier"] == p + "-cluster-identifier")),
    ("aws.iam.role", lambda: sum(1 for r in iam.list_roles()["Roles"]
                                 if r["RoleName"] == p + "-name")),
    ("aws.iam.policy", lambda: sum(1 for x in iam.list_policies(Scope="Local")["Policies"]
                                   if x["PolicyName"] == p + "-name")),
    ("aws.iam.group", lambda: sum(1 for g in iam.list_groups()["Groups"]
                                  if g["GroupName"] == p + "-name")),
    ("aws.iam.user", lambda: sum(1 for x in iam.list_users()["Users"]
                                 if x["UserName"] == p + "-name")),
    ("aws.iam.instance_profile", lambda: sum(1 for x in iam.list_instance_profiles()[
        "InstanceProfiles"] if x["InstanceProfileName"] == p + "-name")),
    ("aws.ec2.vpc", lambda: len(tagged(ec2.describe_vpcs()["Vpcs"]))),
    # the aws.ec2.subnet (applied_stack.py's 10.0.1.0/24; the DB subnet
    # group's second zone is an awscc.ec2.subnet beside it)
    ("aws.ec2.subnet", lambda: sum(1 for s in tagged(ec2.describe_subnets()["Subnets"])
                                   if s["CidrBlock"] == "10.0.1.0/24")),
    ("aws.ec2.internet_gateway", lambda: len(tagged(
        ec2.describe_internet_gateways()["InternetGateways"]))),
    ("aws.ec2.eip", lambda: len(tagged(ec2.describe_addresses()["Addresses"]))),
    # (the VPC's main table, tagged by aws.ec2.default_route_table, aside)
    ("aws.ec2.route_table", lambda: sum(1 for t in tagged(ec2.describe_route_tables()["RouteTables"])
                                        if not any(a.get("Main") for a in t.get("Associations", [])))),
    ("aws.ec2.nat_gateway", lambda: len([g for g in tagged(
        ec2.describe_nat_gateways()["NatGateways"]) if g["State"] != "deleted"])),
    ("aws.ec2.vpc_endpoint", lambda: len([e for e in tagged(
        ec2.describe_vpc_endpoints()["VpcEndpoints"]) if e["State"] != "deleted"])),
    ("aws.ec2.security_group", lambda: len(ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": [p + "-name"]}])["SecurityGroups"])),
    ("aws.ec2.security_group_rule", sg_rules),
    # the VPC's default group, which the stack takes and tags (destroy untags it)
    ("aws.ec2.default_security_group", lambda: len(tagged(ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": ["default"]}])["SecurityGroups"]))),
    # the VPC's default network ACL and main route table, which the stack
    # takes and tags (destroy untags them)
    ("aws.ec2.default_network_acl", lambda: len(tagged(ec2.describe_network_acls(
        Filters=[{"Name": "default", "Values": ["true"]}])["NetworkAcls"]))),
    ("aws.ec2.default_route_table", lambda: len(tagged(ec2.describe_route_tables(
        Filters=[{"Name": "association.main", "Values": ["true"]}])["RouteTables"]))),
    ("aws.ec2.key_pair", lambda: sum(1 for k in ec2.describe_key_pairs()["KeyPairs"]
                                     if k["KeyName"] == p + "-key-name")),
    ("aws.ec2.instance", lambda: sum(1 for r in ec2.describe_instances()["Reservations"]
                                     for i in tagged(r["Instances"])
                                     if i["State"]["Name"] not in ("shutting-down", "terminated"))),
    ("aws.rds.subnet_group", lambda: sum(1 for g in client("rds").describe_db_subnet_groups()[
        "DBSubnetGroups"] if g["DBSubnetGroupName"] == p + "-name")),
    ("aws.redshift.subnet_group", lambda: sum(1 for g in client("redshift").describe_cluster_subnet_groups()[
        "ClusterSubnetGroups"] if g["ClusterSubnetGroupName"] == p + "-name")),
    ("aws.lambda.permission", lambda: missing_is_zero(lambda: sum(
        1 for st in json.loads(lam.get_policy(FunctionName=p + "-function-name")["Policy"])[
            "Statement"] if st["Sid"] == p + "-statement-id"))),
    ("aws.sns.topic", lambda: sum(1 for t in client("sns").list_topics()["Topics"]
                                  if t["TopicArn"].endswith(":" + p + "-name"))),
    ("aws.sns.subscription", lambda: sum(1 for x in client("sns").list_subscriptions()[
        "Subscriptions"] if x["TopicArn"].endswith(":" + p + "-name"))),
    ("aws.sqs.queue", lambda: sum(1 for u in client("sqs").list_queues(
        QueueNamePrefix=p + "-name").get("QueueUrls", []) if u.endswith("/" + p + "-name"))),
    ("aws.cloudwatch.metric_alarm", lambda: sum(
        1 for a in client("cloudwatch").describe_alarms(AlarmNamePrefix=p)["MetricAlarms"]
        if a["AlarmName"] == p + "-alarm-name")),
    ("aws.s3.bucket_notification", lambda: missing_is_zero(lambda: int(
        "EventBridgeConfiguration" in client("s3").get_bucket_notification_configuration(
            Bucket=p + "-name")))),
    ("aws.athena.workgroup", lambda: sum(1 for w in client("athena").list_work_groups()[
        "WorkGroups"] if w["Name"] == p + "-name")),
    ("aws.athena.named_query", lambda: sum(
        1 for q in client("athena").list_named_queries(WorkGroup=p + "-name")["NamedQueryIds"]
        if client("athena").get_named_query(NamedQueryId=q)["NamedQuery"]["Name"] == p + "-name")
        if any(w["Name"] == p + "-name" for w in client("athena").list_work_groups()["WorkGroups"])
        else 0),
    ("aws.batch.compute_environment", lambda: sum(
        1 for c in client("batch").describe_compute_environments()["computeEnvironments"]
        if c["computeEnvironmentName"] == p + "-name")),
    ("aws.batch.job_definition", lambda: len(client("batch").describe_job_definitions(
        jobDefinitionName=p + "-name", status="ACTIVE")["jobDefinitions"])),
    ("aws.batch.job_queue", lambda: sum(
        1 for q in client("batch").describe_job_queues()["jobQueues"]
        if q["jobQueueName"] == p + "-name")),
    ("aws.lambda.event_source_mapping", lambda: sum(
        1 for m in lam.list_event_source_mappings()["EventSourceMappings"]
        if m["FunctionArn"].endswith(":function:" + p + "-function-name"))),
]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cards  # noqa: E402
COUNTS += [(rtype, (lambda card: lambda: card["count"](client, p, stack))(card))
           for rtype, card in cards.cards().items()]
for rtype, count in COUNTS:
    print("%-36s %d" % (rtype, missing_is_zero(count)))
