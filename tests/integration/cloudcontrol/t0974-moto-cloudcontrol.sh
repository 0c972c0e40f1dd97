#!/usr/bin/env bash
# t0974-moto-cloudcontrol: tests/servers/moto_patches/cloudcontrol_api.py,
# the Cloud Control API the harness's moto answers over moto's own
# CloudFormation models, proven with botocore (not terrace) on moto's one
# port, as terrace sends every service there. Each type is created
# (IN_PROGRESS, then SUCCESS by polling), read back with the service's own
# API, created again with the same ClientToken (the same request, no second
# resource), read with GetResource, updated in place (a mutable property,
# seen through the service's API), refused an update of a createOnly
# property (NotUpdatableException), listed, deleted (gone from the
# service's API) and then not found (GetResource: ResourceNotFoundException;
# an update or delete: a request FAILED with NotFound). Also: CREATE of an existing resource
# and DesiredState against the schema (FAILED requests), an update or delete
# during a request (ConcurrentOperationException), paging, the request list
# and its filter, cancelling, throttling. Errors are the codes botocore's
# model knows (each a modeled exception class of the client). moto runs with
# two IN_PROGRESS polls, so the client really polls.
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=2 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""Cloud Control against moto at $ENDPOINT: one line per check,
"LABEL: VALUE" (error answers as "error CODE modeled|unmodeled")."""
import json
import os
import sys
import urllib.request
import uuid

import botocore.session
from botocore.config import Config

EP = os.environ["ENDPOINT"]
SESSION = botocore.session.get_session()


def client(name):
    return SESSION.create_client(name, region_name="us-east-1", endpoint_url=EP,
                                 aws_access_key_id="AKIAMOTOUNCHECKED000",
                                 aws_secret_access_key="moto-accepts-any-secret",
                                 config=Config(retries={"total_max_attempts": 1}))


cc = client("cloudcontrol")


def show(label, value):
    print("%s: %s" % (label, value))


def err(label, c, op, **kw):
    """The error code op answers, and whether botocore's model knows it."""
    try:
        getattr(c, op)(**kw)
    except c.exceptions.ClientError as e:
        code = e.response["Error"]["Code"]
        modeled = isinstance(e, getattr(c.exceptions, code, ()))
        show(label, "error %s %s" % (code, "modeled" if modeled else "unmodeled"))
        return
    show(label, "ok")


def statuses(token):
    """The statuses polled until the request ends, and its last event."""
    seen = []
    for _ in range(20):
        event = cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]
        seen.append(event["OperationStatus"])
        if event["OperationStatus"] not in ("PENDING", "IN_PROGRESS"):
            return seen, event
    return seen, event


def lifecycle(key, type_name, desired, count, mutable, check_mutable, create_only):
    """One type's whole life; count() is how many the service's API holds,
    check_mutable(identifier) the mutable property as the service reads it."""
    token = str(uuid.uuid4())
    first = cc.create_resource(TypeName=type_name, DesiredState=json.dumps(desired),
                               ClientToken=token)["ProgressEvent"]
    show(key + " create", "%s %s" % (first["Operation"], first["OperationStatus"]))
    seen, event = statuses(first["RequestToken"])
    show(key + " polled", " ".join(seen))
    ident = event.get("Identifier")
    show(key + " identifier", ident is not None and ident == first.get("Identifier"))
    again = cc.create_resource(TypeName=type_name, DesiredState=json.dumps(desired),
                               ClientToken=token)["ProgressEvent"]
    show(key + " same token", "%s %s" % (again["RequestToken"] == first["RequestToken"],
                                         again["OperationStatus"]))
    show(key + " service holds", count())
    other = dict(desired)
    other["Tags"] = [{"Key": "changed", "Value": "1"}]
    err(key + " same token, other state", cc, "create_resource", TypeName=type_name,
        DesiredState=json.dumps(other), ClientToken=token)
    got = cc.get_resource(TypeName=type_name, Identifier=ident)["ResourceDescription"]
    props = json.loads(got["Properties"])
    show(key + " get", "%s %s" % (got["Identifier"] == ident,
                                  " ".join("%s=%s" % (k, props.get(k)) for k in sorted(desired)
                                           if k != "Tags")))
    prop, value = mutable
    upd = cc.update_resource(TypeName=type_name, Identifier=ident,
                             PatchDocument=json.dumps([{"op": "replace" if prop in desired
                                                        else "add",
                                                        "path": "/" + prop, "value": value}]))
    seen, _ = statuses(upd["ProgressEvent"]["RequestToken"])
    show(key + " update", "%s %s" % (upd["ProgressEvent"]["Operation"], " ".join(seen)))
    show(key + " update seen by the service", check_mutable(ident))
    props = json.loads(cc.get_resource(TypeName=type_name,
                                       Identifier=ident)["ResourceDescription"]["Properties"])
    show(key + " update seen by get", props.get(prop) == value)
    cprop, cvalue = create_only
    err(key + " update createOnly", cc, "update_resource", TypeName=type_name, Identifier=ident,
        PatchDocument=json.dumps([{"op": "replace", "path": "/" + cprop, "value": cvalue}]))
    listed = cc.list_resources(TypeName=type_name)["ResourceDescriptions"]
    show(key + " listed", [d["Identifier"] for d in listed] == [ident])
    dele = cc.delete_resource(TypeName=type_name, Identifier=ident)["ProgressEvent"]
    seen, _ = statuses(dele["RequestToken"])
    show(key + " delete", "%s %s" % (dele["Operation"], " ".join(seen)))
    show(key + " service holds after delete", count())
    err(key + " get after delete", cc, "get_resource", TypeName=type_name, Identifier=ident)
    seen, event = statuses(cc.delete_resource(TypeName=type_name,
                                              Identifier=ident)["ProgressEvent"]["RequestToken"])
    show(key + " delete after delete", "%s %s" % (" ".join(seen), event.get("ErrorCode")))
    seen, event = statuses(cc.update_resource(
        TypeName=type_name, Identifier=ident,
        PatchDocument=json.dumps([{"op": "add", "path": "/" + prop, "value": value}]))[
        "ProgressEvent"]["RequestToken"])
    show(key + " update after delete", "%s %s" % (" ".join(seen), event.get("ErrorCode")))
    return ident


sqs = client("sqs")
sns = client("sns")
events = client("events")
ec2 = client("ec2")
ecr = client("ecr")
ssm = client("ssm")
logs = client("logs")
r53 = client("route53")


def queue_timeout(url):
    return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["VisibilityTimeout"])[
        "Attributes"]["VisibilityTimeout"]


queue = lifecycle(
    "sqs", "AWS::SQS::Queue", {"QueueName": "cc-queue", "VisibilityTimeout": 30},
    lambda: len(sqs.list_queues(QueueNamePrefix="cc-queue").get("QueueUrls", [])),
    ("VisibilityTimeout", 60), queue_timeout, ("QueueName", "cc-renamed"))
show("sqs identifier is the queue url", queue.endswith("/123456789012/cc-queue"))

lifecycle(
    "sns", "AWS::SNS::Topic", {"TopicName": "cc-topic", "DisplayName": "one"},
    lambda: sum(t["TopicArn"].endswith(":cc-topic") for t in sns.list_topics()["Topics"]),
    ("DisplayName", "two"),
    lambda arn: sns.get_topic_attributes(TopicArn=arn)["Attributes"]["DisplayName"],
    ("TopicName", "cc-other"))

lifecycle(
    "ssm", "AWS::SSM::Parameter", {"Name": "cc-param", "Type": "String", "Value": "one"},
    lambda: sum(p["Name"] == "cc-param" for p in ssm.describe_parameters()["Parameters"]),
    ("Value", "two"),
    lambda name: ssm.get_parameter(Name=name)["Parameter"]["Value"],
    ("Name", "cc-param-2"))

lifecycle(
    "ecr", "AWS::ECR::Repository", {"RepositoryName": "cc-repo"},
    lambda: sum(r["repositoryName"] == "cc-repo"
                for r in ecr.describe_repositories()["repositories"]),
    ("ImageTagMutability", "IMMUTABLE"),
    lambda name: ecr.describe_repositories(repositoryNames=[name])[
        "repositories"][0]["imageTagMutability"],
    ("RepositoryName", "cc-repo-2"))

# A VPC: its primary identifier is the id moto gives it; moto has no update
# for it, the harness's cloudformation_models_network_db.py gives it one for
# its tags and DNS settings (what terrace convert's base network changes).
vpc = cc.create_resource(TypeName="AWS::EC2::VPC",
                         DesiredState=json.dumps({"CidrBlock": "10.7.0.0/16"}))["ProgressEvent"]
seen, event = statuses(vpc["RequestToken"])
vpc_id = event["Identifier"]
show("vpc create", " ".join(seen))
show("vpc in ec2", ec2.describe_vpcs(VpcIds=[vpc_id])["Vpcs"][0]["CidrBlock"])
err("vpc update createOnly", cc, "update_resource", TypeName="AWS::EC2::VPC",
    Identifier=vpc_id, PatchDocument=json.dumps([{"op": "replace", "path": "/CidrBlock",
                                                   "value": "10.8.0.0/16"}]))
seen, _ = statuses(cc.update_resource(
    TypeName="AWS::EC2::VPC", Identifier=vpc_id,
    PatchDocument=json.dumps([{"op": "add", "path": "/EnableDnsSupport", "value": False}]))[
        "ProgressEvent"]["RequestToken"])
show("vpc update (the harness's DNS settings)", "%s %s" % (" ".join(seen), ec2.describe_vpc_attribute(
    VpcId=vpc_id, Attribute="enableDnsSupport")["EnableDnsSupport"]["Value"]))
err("vpc update readOnly", cc, "update_resource", TypeName="AWS::EC2::VPC",
    Identifier=vpc_id, PatchDocument=json.dumps([{"op": "replace", "path": "/VpcId",
                                                   "value": "vpc-1"}]))
seen, _ = statuses(cc.delete_resource(TypeName="AWS::EC2::VPC",
                                      Identifier=vpc_id)["ProgressEvent"]["RequestToken"])
show("vpc delete", " ".join(seen))
err("vpc in ec2 after delete", ec2, "describe_vpcs", VpcIds=[vpc_id])

# A hosted zone: created, read and deleted (moto's model has no delete:
# cloudformation_models_cloudcontrol.py gives it Route 53's DeleteHostedZone).
hz = cc.create_resource(TypeName="AWS::Route53::HostedZone",
                        DesiredState=json.dumps({"Name": "cc.example.com."}))["ProgressEvent"]
seen, event = statuses(hz["RequestToken"])
show("hosted zone create", " ".join(seen))
zone = r53.get_hosted_zone(Id=event["Identifier"])["HostedZone"]
show("hosted zone in route53", zone["Name"])
props = json.loads(cc.get_resource(TypeName="AWS::Route53::HostedZone",
                                   Identifier=event["Identifier"])[
    "ResourceDescription"]["Properties"])
show("hosted zone get", "%s %s" % (props.get("Name"), props.get("Id") == event["Identifier"]))
seen, _ = statuses(cc.delete_resource(TypeName="AWS::Route53::HostedZone",
                                      Identifier=event["Identifier"])["ProgressEvent"]["RequestToken"])
show("hosted zone delete", " ".join(seen))
err("hosted zone in route53 after delete", r53, "get_hosted_zone", Id=event["Identifier"])

# A log group: the read-only Arn comes from moto's model (get_cfn_attribute).
seen, event = statuses(cc.create_resource(
    TypeName="AWS::Logs::LogGroup",
    DesiredState=json.dumps({"LogGroupName": "cc-logs", "RetentionInDays": 7}))[
    "ProgressEvent"]["RequestToken"])
show("log group create", "%s %s" % (" ".join(seen), event["Identifier"]))
group = logs.describe_log_groups(logGroupNamePrefix="cc-logs")["logGroups"][0]
show("log group in logs", "%s %s" % (group["logGroupName"], group.get("retentionInDays")))
props = json.loads(cc.get_resource(TypeName="AWS::Logs::LogGroup", Identifier="cc-logs")[
    "ResourceDescription"]["Properties"])
show("log group get", "%s %s" % (props.get("RetentionInDays"),
                                 props.get("Arn", "").startswith("arn:aws:logs:us-east-1:")))
# moto has no update for a log group (UnsupportedActionException).
err("log group update (no update in moto)", cc, "update_resource", TypeName="AWS::Logs::LogGroup",
    Identifier="cc-logs", PatchDocument=json.dumps([{"op": "replace", "path": "/RetentionInDays",
                                                     "value": 14}]))
seen, _ = statuses(cc.delete_resource(TypeName="AWS::Logs::LogGroup",
                                      Identifier="cc-logs")["ProgressEvent"]["RequestToken"])
show("log group delete", "%s %d" % (" ".join(seen), len(logs.describe_log_groups(
    logGroupNamePrefix="cc-logs")["logGroups"])))

# CREATE of a name that exists: the request FAILS with AlreadyExists.
first = cc.create_resource(TypeName="AWS::SQS::Queue",
                           DesiredState=json.dumps({"QueueName": "cc-twice"}))["ProgressEvent"]
statuses(first["RequestToken"])
second = cc.create_resource(TypeName="AWS::SQS::Queue",
                            DesiredState=json.dumps({"QueueName": "cc-twice"}))["ProgressEvent"]
seen, event = statuses(second["RequestToken"])
show("create existing", "%s %s %s" % (" ".join(seen), event.get("ErrorCode"),
                                      bool(event.get("StatusMessage"))))
events.create_event_bus(Name="made-by-events")
seen, event = statuses(cc.create_resource(
    TypeName="AWS::Events::EventBus",
    DesiredState=json.dumps({"Name": "made-by-events"}))["ProgressEvent"]["RequestToken"])
show("create existing (made by the service)", "%s %s" % (" ".join(seen), event.get("ErrorCode")))

# DesiredState against the type's schema: the request FAILS with InvalidRequest.
seen, event = statuses(cc.create_resource(
    TypeName="AWS::SSM::Parameter",
    DesiredState=json.dumps({"Name": "cc-no-value", "Type": "String"}))[
    "ProgressEvent"]["RequestToken"])
show("missing required", "%s %s %s" % (" ".join(seen), event.get("ErrorCode"),
                                       event.get("StatusMessage")))
seen, event = statuses(cc.create_resource(
    TypeName="AWS::SQS::Queue",
    DesiredState=json.dumps({"QueueName": "cc-typo", "VisiblityTimeout": 5}))[
    "ProgressEvent"]["RequestToken"])
show("unknown property", "%s %s %s" % (" ".join(seen), event.get("ErrorCode"),
                                       event.get("StatusMessage")))
show("nothing made", len(sqs.list_queues(QueueNamePrefix="cc-typo").get("QueueUrls", [])) +
     sum(p["Name"] == "cc-no-value" for p in ssm.describe_parameters()["Parameters"]))

# An update or delete while the resource's request is IN_PROGRESS.
busy = cc.create_resource(TypeName="AWS::SSM::Parameter", DesiredState=json.dumps(
    {"Name": "cc-busy", "Type": "String", "Value": "a"}))["ProgressEvent"]
err("update while creating", cc, "update_resource", TypeName="AWS::SSM::Parameter",
    Identifier=busy["Identifier"],
    PatchDocument=json.dumps([{"op": "replace", "path": "/Value", "value": "b"}]))
err("delete while creating", cc, "delete_resource", TypeName="AWS::SSM::Parameter",
    Identifier=busy["Identifier"])
statuses(busy["RequestToken"])
seen, _ = statuses(cc.delete_resource(TypeName="AWS::SSM::Parameter",
                                      Identifier="cc-busy")["ProgressEvent"]["RequestToken"])
show("delete once created", " ".join(seen))

# Deleted outside Cloud Control (SQS's DeleteQueue, SSM's DeleteParameter):
# not found any more.
for label, type_name, desired, delete in (
        ("queue", "AWS::SQS::Queue", {"QueueName": "cc-outside"},
         lambda i: sqs.delete_queue(QueueUrl=i)),
        ("parameter", "AWS::SSM::Parameter", {"Name": "cc-outside", "Type": "String", "Value": "v"},
         lambda i: ssm.delete_parameter(Name=i))):
    seen, event = statuses(cc.create_resource(TypeName=type_name, DesiredState=json.dumps(
        desired))["ProgressEvent"]["RequestToken"])
    delete(event["Identifier"])
    err(label + " deleted outside: get", cc, "get_resource", TypeName=type_name,
        Identifier=event["Identifier"])
    show(label + " deleted outside: listed", event["Identifier"] in [
        d["Identifier"] for d in cc.list_resources(TypeName=type_name)["ResourceDescriptions"]])

# A generated name where DesiredState has none, and pages of one.
seen, event = statuses(cc.create_resource(TypeName="AWS::SQS::Queue",
                                          DesiredState="{}")["ProgressEvent"]["RequestToken"])
props = json.loads(cc.get_resource(TypeName="AWS::SQS::Queue", Identifier=event["Identifier"])[
    "ResourceDescription"]["Properties"])
show("generated name", bool(props.get("QueueName")) and
     event["Identifier"].endswith("/" + props["QueueName"]))
page = cc.list_resources(TypeName="AWS::SQS::Queue", MaxResults=1)
rest = cc.list_resources(TypeName="AWS::SQS::Queue", NextToken=page["NextToken"])
show("list pages", "%d %d %s" % (len(page["ResourceDescriptions"]),
                                 len(rest["ResourceDescriptions"]), "NextToken" in rest))

# ListResourceRequests and its filter.
deletes = cc.list_resource_requests(ResourceRequestStatusFilter={
    "Operations": ["DELETE"], "OperationStatuses": ["SUCCESS"]})["ResourceRequestStatusSummaries"]
show("requests DELETE SUCCESS", "%d %s" % (len(deletes), " ".join(sorted(set(
    d["TypeName"] for d in deletes)))))
failed = cc.list_resource_requests(ResourceRequestStatusFilter={
    "OperationStatuses": ["FAILED"]})["ResourceRequestStatusSummaries"]
show("requests FAILED", " ".join(sorted(f["ErrorCode"] for f in failed)))
fresh = cc.create_resource(TypeName="AWS::SQS::Queue",
                           DesiredState=json.dumps({"QueueName": "cc-fresh"}))["ProgressEvent"]
pending = cc.list_resource_requests(ResourceRequestStatusFilter={
    "OperationStatuses": ["IN_PROGRESS"]})["ResourceRequestStatusSummaries"]
show("requests IN_PROGRESS", [p["RequestToken"] for p in pending] == [fresh["RequestToken"]])
cancelled = cc.cancel_resource_request(RequestToken=fresh["RequestToken"])["ProgressEvent"]
show("cancel", cancelled["OperationStatus"])
err("cancel again", cc, "cancel_resource_request", RequestToken=fresh["RequestToken"])

# Requests refused at once.
err("unknown type", cc, "get_resource", TypeName="AWS::Nothing::Here", Identifier="x")
err("type moto has no model for", cc, "create_resource", TypeName="AWS::Glue::Crawler",
    DesiredState="{}")
err("unknown request token", cc, "get_resource_request_status", RequestToken=str(uuid.uuid4()))
err("not JSON", cc, "create_resource", TypeName="AWS::SQS::Queue", DesiredState="{")
err("bad patch", cc, "update_resource", TypeName="AWS::SQS::Queue", Identifier=queue,
    PatchDocument=json.dumps([{"op": "frobnicate", "path": "/X"}]))
err("unknown identifier", cc, "get_resource", TypeName="AWS::SQS::Queue",
    Identifier="https://sqs.us-east-1.amazonaws.com/123456789012/none")

# Last: /moto-api/reset forgets Cloud Control's resources and requests too.
before = len(cc.list_resources(TypeName="AWS::SQS::Queue")["ResourceDescriptions"])
urllib.request.urlopen(urllib.request.Request(EP + "/moto-api/reset", method="POST")).read()
show("after reset", "%d %d" % (before > 0, len(cc.list_resources(
    TypeName="AWS::SQS::Queue")["ResourceDescriptions"])))
err("request after reset", cc, "get_resource_request_status", RequestToken=fresh["RequestToken"])
EOF

cat >throttle.py <<'EOF'
"""Four ListResources calls against a moto throttling every second one."""
import os

import botocore.session
from botocore.config import Config

cc = botocore.session.get_session().create_client(
    "cloudcontrol", region_name="us-east-1", endpoint_url=os.environ["ENDPOINT"],
    aws_access_key_id="AKIAMOTOUNCHECKED000", aws_secret_access_key="x",
    config=Config(retries={"total_max_attempts": 1}))
for i in range(4):
    try:
        cc.list_resources(TypeName="AWS::SQS::Queue")
        print("%d: ok" % i)
    except cc.exceptions.ThrottlingException as e:
        print("%d: %s %d" % (i, e.response["Error"]["Code"],
                             e.response["ResponseMetadata"]["HTTPStatusCode"]))
EOF

test_expect_success 'botocore drives Cloud Control on moto' '
	ENDPOINT=$MOTO_ENDPOINT python3 probe.py >probe.out 2>probe.err ||
		{ cat probe.err >&5; false; }
'

for key in sqs sns ssm ecr; do
	test_expect_success "$key: create is IN_PROGRESS, then SUCCESS by polling" '
		test_line probe.out "'"$key"' create: CREATE IN_PROGRESS" &&
		test_line probe.out "'"$key"' polled: IN_PROGRESS IN_PROGRESS SUCCESS" &&
		test_line probe.out "'"$key"' identifier: True"
	'
	test_expect_success "$key: the same ClientToken is the same request, no second resource" '
		test_line probe.out "'"$key"' same token: True SUCCESS" &&
		test_line probe.out "'"$key"' service holds: 1" &&
		test_line probe.out "'"$key"' same token, other state: error ClientTokenConflictException modeled"
	'
	test_expect_success "$key: update in place, seen by the service; a createOnly property is NotUpdatable" '
		test_line probe.out "'"$key"' update: UPDATE IN_PROGRESS IN_PROGRESS SUCCESS" &&
		test_line probe.out "'"$key"' update seen by get: True" &&
		test_line probe.out "'"$key"' update createOnly: error NotUpdatableException modeled"
	'
	test_expect_success "$key: listed, deleted (gone from the service), then not found (GetResource), NotFound (a FAILED update or delete)" '
		test_line probe.out "'"$key"' listed: True" &&
		test_line probe.out "'"$key"' delete: DELETE IN_PROGRESS IN_PROGRESS SUCCESS" &&
		test_line probe.out "'"$key"' service holds after delete: 0" &&
		test_line probe.out "'"$key"' get after delete: error ResourceNotFoundException modeled" &&
		test_line probe.out "'"$key"' delete after delete: IN_PROGRESS IN_PROGRESS FAILED NotFound" &&
		test_line probe.out "'"$key"' update after delete: IN_PROGRESS IN_PROGRESS FAILED NotFound"
	'
done

test_expect_success 'GetResource answers the desired state and the primary identifier' '
	test_line probe.out "sqs get: True QueueName=cc-queue VisibilityTimeout=30" &&
	test_line probe.out "sqs identifier is the queue url: True" &&
	test_line probe.out "sns get: True DisplayName=one TopicName=cc-topic" &&
	test_line probe.out "ssm get: True Name=cc-param Type=String Value=one" &&
	test_line probe.out "ecr get: True RepositoryName=cc-repo"
'

test_expect_success 'the updates are what the services themselves read' '
	test_line probe.out "sqs update seen by the service: 60" &&
	test_line probe.out "sns update seen by the service: two" &&
	test_line probe.out "ssm update seen by the service: two" &&
	test_line probe.out "ecr update seen by the service: IMMUTABLE"
'

test_expect_success 'a VPC: created in EC2, NotUpdatable CidrBlock, read-only VpcId, DNS updated (the harness), deleted' '
	test_line probe.out "vpc create: IN_PROGRESS IN_PROGRESS SUCCESS" &&
	test_line probe.out "vpc in ec2: 10.7.0.0/16" &&
	test_line probe.out "vpc update createOnly: error NotUpdatableException modeled" &&
	test_line probe.out "vpc update (the harness'"'"'s DNS settings): IN_PROGRESS IN_PROGRESS SUCCESS False" &&
	test_line probe.out "vpc update readOnly: error InvalidRequestException modeled" &&
	test_line probe.out "vpc delete: IN_PROGRESS IN_PROGRESS SUCCESS" &&
	test_line probe.out "vpc in ec2 after delete: error InvalidVpcID.NotFound unmodeled"
'

test_expect_success 'a hosted zone: created, read by Route 53 and GetResource, deleted' '
	test_line probe.out "hosted zone create: IN_PROGRESS IN_PROGRESS SUCCESS" &&
	test_line probe.out "hosted zone in route53: cc.example.com." &&
	test_line probe.out "hosted zone get: cc.example.com. True" &&
	test_line probe.out "hosted zone delete: IN_PROGRESS IN_PROGRESS SUCCESS" &&
	test_line probe.out "hosted zone in route53 after delete: error NoSuchHostedZone modeled"
'

test_expect_success 'a log group: created with its retention, read with the Arn moto gives, no update in moto, deleted' '
	test_line probe.out "log group create: IN_PROGRESS IN_PROGRESS SUCCESS cc-logs" &&
	test_line probe.out "log group in logs: cc-logs 7" &&
	test_line probe.out "log group get: 7 True" &&
	test_line probe.out "log group update (no update in moto): error UnsupportedActionException modeled" &&
	test_line probe.out "log group delete: IN_PROGRESS IN_PROGRESS SUCCESS 0"
'

test_expect_success 'CREATE of an existing resource FAILS with AlreadyExists' '
	test_line probe.out "create existing: IN_PROGRESS IN_PROGRESS FAILED AlreadyExists True" &&
	test_line probe.out "create existing (made by the service): IN_PROGRESS IN_PROGRESS FAILED AlreadyExists"
'

test_expect_success 'DesiredState held against the schema: a missing required or unknown property FAILS' '
	test_line probe.out "missing required: IN_PROGRESS IN_PROGRESS FAILED InvalidRequest Model validation failed (#: required key [Value] not found)" &&
	test_line probe.out "unknown property: IN_PROGRESS IN_PROGRESS FAILED InvalidRequest Model validation failed (#: extraneous key [VisiblityTimeout] is not permitted)" &&
	test_line probe.out "nothing made: 0"
'

test_expect_success 'an update or delete while the resource is being created: ConcurrentOperationException' '
	test_line probe.out "update while creating: error ConcurrentOperationException modeled" &&
	test_line probe.out "delete while creating: error ConcurrentOperationException modeled" &&
	test_line probe.out "delete once created: IN_PROGRESS IN_PROGRESS SUCCESS"
'

test_expect_success 'a resource deleted with its service'"'"'s own API is not found any more' '
	test_line probe.out "queue deleted outside: get: error ResourceNotFoundException modeled" &&
	test_line probe.out "queue deleted outside: listed: False" &&
	test_line probe.out "parameter deleted outside: get: error ResourceNotFoundException modeled" &&
	test_line probe.out "parameter deleted outside: listed: False"
'

test_expect_success 'a generated name; ListResources pages' '
	test_line probe.out "generated name: True" &&
	test_line probe.out "list pages: 1 1 False"
'

test_expect_success 'ListResourceRequests filters by operation and status; CancelResourceRequest' '
	test_line probe.out "requests DELETE SUCCESS: 8 AWS::EC2::VPC AWS::ECR::Repository AWS::Logs::LogGroup AWS::Route53::HostedZone AWS::SNS::Topic AWS::SQS::Queue AWS::SSM::Parameter" &&
	test_line probe.out "requests FAILED: AlreadyExists AlreadyExists InvalidRequest InvalidRequest NotFound NotFound NotFound NotFound NotFound NotFound NotFound NotFound" &&
	test_line probe.out "requests IN_PROGRESS: True" &&
	test_line probe.out "cancel: CANCEL_COMPLETE" &&
	test_line probe.out "cancel again: error ConcurrentModificationException modeled"
'

test_expect_success 'requests refused at once carry the codes botocore models' '
	test_line probe.out "unknown type: error TypeNotFoundException modeled" &&
	test_line probe.out "type moto has no model for: error TypeNotFoundException modeled" &&
	test_line probe.out "unknown request token: error RequestTokenNotFoundException modeled" &&
	test_line probe.out "not JSON: error InvalidRequestException modeled" &&
	test_line probe.out "bad patch: error InvalidRequestException modeled" &&
	test_line probe.out "unknown identifier: error ResourceNotFoundException modeled"
'

test_expect_success '/moto-api/reset forgets Cloud Control'"'"'s resources and requests' '
	test_line probe.out "after reset: 1 0" &&
	test_line probe.out "request after reset: error RequestTokenNotFoundException modeled"
'

test_expect_success 'MOTO_CLOUDCONTROL_THROTTLE=2: every second request is ThrottlingException' '
	start_moto MOTO_CLOUDCONTROL_THROTTLE=2 &&
	ENDPOINT=$MOTO_ENDPOINT python3 throttle.py >throttle.out &&
	test_line throttle.out "0: ok" &&
	test_line throttle.out "1: ThrottlingException 400" &&
	test_line throttle.out "2: ok" &&
	test_line throttle.out "3: ThrottlingException 400"
'

test_done
