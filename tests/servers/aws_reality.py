#!/usr/bin/env python3
"""aws_reality.py: a reverse proxy in front of moto that answers as AWS does
where AWS is neither instant nor consistent: new ids not yet visible, roles
and instance profiles not yet usable by the services that assume them (or
name them in a policy), a queue's, topic's or function's policy not yet seen
by S3 when it tests a notification's destination, a new
bucket that does not exist yet, network interfaces that outlive their owner,
deletes carried out in the background, and throttling.

Every request is forwarded to moto unchanged (raw bytes: SigV4 signatures
stay valid, so moto's request authentication still works), except those this
proxy answers itself, without forwarding, as AWS documents. What it knows it
learns from the requests and moto's answers (the ids a create returned, the
subnet an instance runs in, ...). Windows and rates are settings; with
--randomize each window is drawn per object from [0, WINDOW] and each rate
once per run from [0, RATE], from --seed, so a bench can run many seeds.

A window is seconds (what `make bench-reality` measures), or with --counted
a number of answers: a new id is NotFound (or left out of a Describe) for
the next N requests naming it, a role refused for its first N uses, a
deleted owner's interfaces hold its subnet for the next N deletes, and so
on. The client meets the same answers in the same order either way, but a
counted window costs no more wall time than the client's own backoff, so
the test suite uses counted windows.

Every answer it injects is logged (--log) as one line

    T KIND SERVICE:OPERATION ID

T seconds since start (3 decimals); KIND one of notfound, hidden, iam, policy,
nosuchbucket, dependency, inuse, deleting, stopping, creating, updating, throttle; ID the object
the answer is about (for throttle: "bucket" or "random"). Lines starting
with "#" say what was learnt (not answers). --request-log FILE gets one line
per request: "T SERVICE:OPERATION STATUS KIND" (KIND "-" when forwarded).

The sources of each behaviour are cited next to it; docs/testing.md ("The
timing stand-in") lists what it reproduces and what it does not.
"""
import argparse
import http.client
import json
import os
import random
import re
import socket
import sys
import threading
import time
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from reality_xml import drop_instances, drop_items, ids_in, own_element, set_items

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection",
               "te", "trailer", "upgrade", "content-length"}

# ---------------------------------------------------------------------------
# 1. EC2 ids not yet visible.
# "Eventual consistency in the Amazon EC2 API" (docs.aws.amazon.com/ec2/latest/
# devguide/eventual-consistency.html): after a create, "if you run a command to
# modify or describe the resource that you just created, its ID might not have
# propagated throughout the system, and you will get an error responding that
# the resource does not exist" (it names InvalidInstanceID.NotFound after
# RunInstances, InvalidGroup.NotFound after CreateSecurityGroup).
#
# The create whose answer teaches an id: action -> XML element holding it.
EC2_CREATES = {
    "CreateVpc": "vpcId",
    "CreateSubnet": "subnetId",
    "CreateInternetGateway": "internetGatewayId",
    "CreateRouteTable": "routeTableId",
    "AssociateRouteTable": "associationId",
    "CreateSecurityGroup": "groupId",
    "AllocateAddress": "allocationId",
    "CreateNatGateway": "natGatewayId",
    "CreateVpcEndpoint": "vpcEndpointId",
    "RunInstances": "instanceId",
    "CreateKeyPair": "keyName",
    "ImportKeyPair": "keyName",
}
# id prefix -> (code, message). Codes: "Error codes for the Amazon EC2 API"
# (docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html). The
# messages as AWS sends them, quoted in public reports:
NOT_FOUND = [
    # hashicorp/terraform-aws-consul#29, kubernetes-sigs/aws-load-balancer-controller#1188
    ("vpc-", "InvalidVpcID.NotFound", "The vpc ID '%s' does not exist"),
    # jschementi/riker#42 (the full EC2 XML answer quoted)
    ("subnet-", "InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist"),
    # the eventual-consistency page names the code; message as moto/AWS word it
    ("sg-", "InvalidGroup.NotFound", "The security group '%s' does not exist"),
    # hashicorp/terraform-provider-aws#40788, supergiant/control#449
    ("igw-", "InvalidInternetGatewayID.NotFound", "The internetGateway ID '%s' does not exist"),
    # must come before "rtb-"
    ("rtbassoc-", "InvalidAssociationID.NotFound", "The association ID '%s' does not exist"),
    ("rtb-", "InvalidRouteTableID.NotFound", "The routeTable ID '%s' does not exist"),
    # hashicorp/terraform#1815, #6970 (right after the EIP's create), mitchellh/vagrant-aws#213
    ("eipalloc-", "InvalidAllocationID.NotFound", "The allocation ID '%s' does not exist"),
    # gruntwork-io/cloud-nuke#325 ("NatGatewayNotFound: NAT gateway nat-0f23... was not found")
    ("nat-", "NatGatewayNotFound", "NAT gateway %s was not found"),
    # ansible-collections/amazon.aws#700 (the code, on creation); wording as moto's
    ("vpce-", "InvalidVpcEndpointId.NotFound", "The VpcEndpoint ID '%s' does not exist"),
    # the eventual-consistency page (code); message as the EC2 error-codes page words it
    ("i-", "InvalidInstanceID.NotFound", "The instance ID '%s' does not exist"),
]
KEY_PAIR_NOT_FOUND = ("InvalidKeyPair.NotFound", "The key pair '%s' does not exist")
# A route's target named before it is visible: InvalidGatewayID.NotFound
# (devopsacademyau/academy#906 quotes "The gateway ID 'nat-...' does not exist").
GATEWAY_NOT_FOUND = ("InvalidGatewayID.NotFound", "The gateway ID '%s' does not exist")

# A Describe without the id (filters, or all) leaves the new object out, as
# AWS does while the id propagates: the answer's set -> the item's own id.
EC2_DESCRIBE_SETS = {
    "DescribeVpcs": ("vpcSet", "vpcId"),
    "DescribeSubnets": ("subnetSet", "subnetId"),
    "DescribeSecurityGroups": ("securityGroupInfo", "groupId"),
    "DescribeInternetGateways": ("internetGatewaySet", "internetGatewayId"),
    "DescribeRouteTables": ("routeTableSet", "routeTableId"),
    "DescribeAddresses": ("addressesSet", "allocationId"),
    "DescribeNatGateways": ("natGatewaySet", "natGatewayId"),
    "DescribeVpcEndpoints": ("vpcEndpointSet", "vpcEndpointId"),
    "DescribeKeyPairs": ("keySet", "keyName"),
    "DescribeInstances": ("instancesSet", "instanceId"),
}

# ---------------------------------------------------------------------------
# 2. IAM not yet usable. IAM User Guide, "Troubleshoot IAM" / "Changes that I
# make are not always immediately visible": IAM "is eventually consistent ...
# changes ... may take time to propagate" to the services that use them. Each
# consumer refuses a role or profile it cannot use yet with its own answer:
#
# consumer, operation, member, status, code, message, source
IAM_CONSUMERS = [
    ("ec2", "RunInstances", "IamInstanceProfile.Name|IamInstanceProfile.Arn", 400,
     "InvalidParameterValue",
     "Value (%s) for parameter iamInstanceProfile.%s is invalid. Invalid IAM Instance Profile name",
     "quoted from RunInstances in public scripts and tools that retry it "
     "(e.g. 'sleep 30s' before run-instances; juju, spot-fleet code matching "
     "\"Invalid IAM Instance Profile name\")"),
    ("ec2", "AssociateIamInstanceProfile", "IamInstanceProfile.Name|IamInstanceProfile.Arn", 400,
     "InvalidParameterValue",
     "Value (%s) for parameter iamInstanceProfile.%s is invalid. Invalid IAM Instance Profile name",
     "the same answer reported for AssociateIamInstanceProfile 1 s after the profile's create"),
    ("ec2", "ReplaceIamInstanceProfileAssociation",
     "IamInstanceProfile.Name|IamInstanceProfile.Arn", 400, "InvalidParameterValue",
     "Value (%s) for parameter iamInstanceProfile.%s is invalid. Invalid IAM Instance Profile name",
     "as AssociateIamInstanceProfile (same parameter, same check)"),
    ("lambda", "CreateFunction", "Role", 400, "InvalidParameterValueException",
     "The role defined for the function cannot be assumed by Lambda.",
     "hashicorp/terraform-provider-aws (lambda function create retries this message); "
     "epam/aws-syndicate#63"),
    ("lambda", "UpdateFunctionConfiguration", "Role", 400, "InvalidParameterValueException",
     "The role defined for the function cannot be assumed by Lambda.",
     "as CreateFunction (terraform-provider-aws retries it on update too)"),
    ("states", "CreateStateMachine", "roleArn", 400, "AccessDeniedException",
     "Neither the global service principal states.amazonaws.com, nor the regional one is "
     "authorized to assume the provided role.",
     "aws-cloudformation/aws-cloudformation-resource-providers-stepfunctions "
     "(STS_AUTHORIZED_TO_ASSUME_MESSAGE_SUBSTRING); terraform-provider-aws sfn state machine"),
    ("states", "UpdateStateMachine", "roleArn", 400, "AccessDeniedException",
     "Neither the global service principal states.amazonaws.com, nor the regional one is "
     "authorized to assume the provided role.",
     "as CreateStateMachine"),
    ("scheduler", "CreateSchedule", "Target.RoleArn", 400, "ValidationException",
     "The execution role you provide must allow AWS EventBridge Scheduler to assume the role.",
     "botocore ValidationException from CreateSchedule quoted in public reports; "
     "terraform-provider-aws scheduler schedule retries this message"),
    ("scheduler", "UpdateSchedule", "Target.RoleArn", 400, "ValidationException",
     "The execution role you provide must allow AWS EventBridge Scheduler to assume the role.",
     "as CreateSchedule"),
    ("glue", "CreateJob", "Role", 400, "InvalidInputException",
     "Service is unable to assume provided role. Please verify role's TrustPolicy",
     "terraform-provider-aws glue (tfawserr.ErrMessageContains(err, "
     "glue.ErrCodeInvalidInputException, \"Service is unable to assume provided role\"))"),
    ("glue", "UpdateJob", "JobUpdate.Role", 400, "InvalidInputException",
     "Service is unable to assume provided role. Please verify role's TrustPolicy",
     "as CreateJob"),
    ("glue", "CreateCrawler", "Role", 400, "InvalidInputException",
     "Service is unable to assume provided role. Please verify role's TrustPolicy",
     "terraform-provider-aws glue crawler create retries this message"),
    ("glue", "UpdateCrawler", "Role", 400, "InvalidInputException",
     "Service is unable to assume provided role. Please verify role's TrustPolicy",
     "as CreateCrawler"),
    ("rds", "CreateDBInstance", "MonitoringRoleArn", 400, "InvalidParameterValue",
     "IAM role ARN value is invalid or does not include the required permissions for: "
     "ENHANCED_MONITORING",
     "terraform-provider-aws db instance retries this message; aws-cdk tools quote it as the "
     "monitoring role's propagation"),
    ("rds", "ModifyDBInstance", "MonitoringRoleArn", 400, "InvalidParameterValue",
     "IAM role ARN value is invalid or does not include the required permissions for: "
     "ENHANCED_MONITORING",
     "as CreateDBInstance"),
    # %s: the role's ARN as the request gives it
    ("firehose", "CreateDeliveryStream",
     "ExtendedS3DestinationConfiguration.RoleARN|KinesisStreamSourceConfiguration.RoleARN",
     400, "InvalidArgumentException",
     "Firehose is unable to assume role %s. Please check the role provided.",
     "terraform-provider-aws firehose delivery_stream.go (retryDeliveryStreamOp retries "
     "\"Firehose is unable to assume role\"); the message as the console's API response and "
     "cdk deployers quote it"),
    ("firehose", "UpdateDestination", "ExtendedS3DestinationUpdate.RoleARN", 400,
     "InvalidArgumentException",
     "Firehose is unable to assume role %s. Please check the role provided.",
     "as CreateDeliveryStream (terraform retries UpdateDestination the same way)"),
    ("lakeformation", "GrantPermissions", "Principal.DataLakePrincipalIdentifier", 400,
     "InvalidInputException", "Invalid principal, arn: %s",
     "terraform-provider-aws lakeformation permissions.go (GrantPermissions retried on "
     "\"Invalid principal\" for IAM's propagation); the message as aws-samples/"
     "data-lake-as-code#17 quotes it"),
]
# A key policy naming a role made moments ago: KMS API reference, CreateKey
# and PutKeyPolicy, Policy: "The principals in the key policy must exist and
# be visible to KMS. When you create a new AWS principal, you might need to
# enforce a delay before including the new principal in a key policy";
# meanwhile MalformedPolicyDocumentException (the message as AWS's knowledge
# center article "kms-policy-error-invalid-principals" quotes it).
KMS_PRINCIPALS = ("MalformedPolicyDocumentException",
                  "Policy contains a statement with one or more invalid principals.")
KMS_POLICY_OPS = ("CreateKey", "PutKeyPolicy")
# S3 tests each destination of a notification configuration when it is put,
# with the destination's policy as S3 sees it: a queue's or topic's policy,
# or a function's permission, written moments ago has not reached it
# (InvalidArgument "Unable to validate the following destination
# configurations", the destination in ArgumentName1 and why in
# ArgumentValue1: AWS knowledge center "unable-validate-destination-s3";
# pulumi/pulumi-aws#1895 "fails sometimes, but sometimes works" with a queue
# policy written just before; zappa/Zappa#1441 retries it after
# AddPermission). Keyed by "sqs:NAME", "sns:NAME", "lambda:NAME".
S3_DESTINATION = ("InvalidArgument", "Unable to validate the following destination configurations")
S3_DESTINATION_WHY = {
    "sqs": "Permissions on the destination queue do not allow S3 to publish notifications "
           "from this bucket",
    "sns": "Permissions on the destination topic do not allow S3 to publish notifications "
           "from this bucket",
    "lambda": "Permissions on the destination function do not allow S3 to publish "
              "notifications from this bucket",
}
# Not in the table, for want of a documented synchronous refusal: EventBridge
# PutTargets (a target's RoleArn is only used when the rule fires; failures
# show in FailedInvocations, not in PutTargets' answer) and Redshift
# CreateCluster/ModifyClusterIamRoles IamRoles (associated asynchronously,
# ApplyStatus "adding": see moto_patches/redshift_slow_lifecycle.py).
#
# Lambda with a VpcConfig checks the role's permissions for network
# interfaces, which an attached policy gives only once it propagated:
# InvalidParameterValueException "The provided execution role does not have
# permissions to call CreateNetworkInterface on EC2" (terraform-provider-aws
# lambda function create retries it).
LAMBDA_VPC_POLICY = ("InvalidParameterValueException",
                     "The provided execution role does not have permissions to call "
                     "CreateNetworkInterface on EC2")

# ---------------------------------------------------------------------------
# 4. Network interfaces outliving their owner. EC2 API reference: DeleteSubnet
# "You must terminate all running instances in the subnet before you can
# delete the subnet"; a terminated instance's, a deleted NAT gateway's, a
# deleted interface endpoint's and a deleted VPC Lambda's network interfaces
# stay for a while (Lambda: "can take up to 20 minutes", Lambda developer
# guide, "Connecting outbound networking to resources in a VPC"). Meanwhile:
DEPENDENCY = {
    # terraform-aws-modules/terraform-aws-vpc#1081, gruntwork-io/cloud-nuke#285
    "DeleteSubnet": ("DependencyViolation", "The subnet '%s' has dependencies and cannot be deleted."),
    # aws/aws-cdk#14456 ("resource sg-... has a dependent object")
    "DeleteSecurityGroup": ("DependencyViolation", "resource %s has a dependent object"),
    # hashicorp/terraform#497, #1303; prabhatsharma/kubernetes-the-hard-way-aws#16
    "DetachInternetGateway": ("DependencyViolation",
                              "Network %s has some mapped public address(es). Please unmap those "
                              "public address(es) before detaching the gateway."),
    # gruntwork-io/cloud-nuke#345
    "DeleteVpc": ("DependencyViolation", "The vpc '%s' has dependencies and cannot be deleted."),
    # ReleaseAddress API reference: "You must disassociate the Elastic IP address
    # before you can release it. Otherwise, Amazon EC2 returns an error
    # (InvalidIPAddress.InUse)". The message is the error-codes page's wording.
    "ReleaseAddress": ("InvalidIPAddress.InUse", "Address %s is in use."),
}

# ---------------------------------------------------------------------------
# 5b. A deleted SQS queue's name. SQS API reference, DeleteQueue: "When you
# delete a queue, you must wait at least 60 seconds before creating a queue
# with the same name"; CreateQueue's errors: QueueDeletedRecently (HTTP 400,
# "You must wait 60 seconds after deleting a queue before you can create
# another queue with the same name"), in the json protocol's __type form
# (the SQS json model's shape name). Its window is the async one.
SQS_DELETED_RECENTLY = ("com.amazonaws.sqs#QueueDeletedRecently",
                        "You must wait 60 seconds after deleting a queue before you can "
                        "create another queue with the same name.")

# ---------------------------------------------------------------------------
# 5c. The Kinesis calls after which a stream is CREATING or UPDATING for the
# async window (Kinesis API reference: each "is an asynchronous operation").
KINESIS_CHANGES = {"CreateStream", "UpdateShardCount", "UpdateStreamMode",
                   "IncreaseStreamRetentionPeriod", "DecreaseStreamRetentionPeriod",
                   "StartStreamEncryption", "StopStreamEncryption"}

# ---------------------------------------------------------------------------
# 6. Throttling, in each protocol's own form.
# EC2: "Request throttling for the Amazon EC2 API" (docs.aws.amazon.com/ec2/
# latest/devguide/ec2-api-throttling.html): a token bucket per API action;
# non-mutating actions (Describe*, Get*, List*, Search*) 100 tokens refilled at
# 20 a second, mutating actions 200 refilled at 5; over it, RequestLimitExceeded
# (HTTP 503, "Request limit exceeded.").
NON_MUTATING = re.compile(r"^(Describe|Get|List|Search)")


# Query services (IAM, STS, RDS, Redshift, ...): 400 Throttling "Rate
# exceeded" (the code the SDKs' standard retry mode lists for these services;
# the ELB API throttling page gives the message: "you get the
# ThrottlingException error code and a Rate exceeded error message").
THROTTLE_QUERY = (400, "Throttling", "Rate exceeded")


THROTTLE_JSON = {
    # Athena API reference, TooManyRequestsException (HTTP 400), Reason
    # CONCURRENT_QUERY_LIMIT_EXCEEDED.
    "athena": (400, "TooManyRequestsException", "Rate exceeded"),
}
# Lambda API reference, TooManyRequestsException: HTTP 429, Retry-After header
# (retryAfterSeconds), body Type, message, Reason (ThrottleReason:
# CallerRateLimitExceeded for API request rates).
# EventBridge Scheduler API reference, ThrottlingException: HTTP 429.
# S3: 503 SlowDown "Please reduce your request rate." (S3 API reference, Error
# responses).


class TokenBucket:
    def __init__(self, capacity, refill):
        self.capacity = float(capacity)
        self.refill = float(refill)
        self.tokens = float(capacity)
        self.at = time.monotonic()

    def take(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.refill)
        self.at = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


# AWS Batch's operations by the path they are POSTed to (/v1/<lower case>).
BATCH_OPS = {op.lower(): op for op in (
    "CreateComputeEnvironment", "DescribeComputeEnvironments", "UpdateComputeEnvironment",
    "DeleteComputeEnvironment", "CreateJobQueue", "DescribeJobQueues", "UpdateJobQueue",
    "DeleteJobQueue", "RegisterJobDefinition", "DescribeJobDefinitions",
    "DeregisterJobDefinition")}


class State:
    def __init__(self, args):
        self.lock = threading.RLock()
        self.start = time.monotonic()
        self.seed = args.seed
        self.randomize = args.randomize
        self.rng = random.Random(args.seed)
        self.windows = {
            "ec2": args.ec2_window, "iam": args.iam_window, "s3": args.s3_window,
            "eni": args.eni_window, "async": args.async_window,
        }
        self.counted = args.counted
        self.spent = {}           # --counted: (table, key, scope) -> answers given
        draw = (lambda r: self.rng.uniform(0, r)) if args.randomize else (lambda r: r)
        self.throttle_rate = draw(args.throttle_rate)
        self.throttle_services = set(args.throttle_services.split(",")) \
            if args.throttle_services else None
        self.ec2_mutating = (args.ec2_mutating_bucket, args.ec2_mutating_refill)
        self.ec2_nonmutating = (args.ec2_describe_bucket, args.ec2_describe_refill)
        self.service_buckets = {}
        for spec in args.bucket or []:
            m = re.match(r"^([a-z0-9-]+)=([0-9.]+)/([0-9.]+)$", spec)
            if not m:
                raise SystemExit("--bucket %r: SERVICE=CAPACITY/REFILL" % spec)
            self.service_buckets[m.group(1)] = (float(m.group(2)), float(m.group(3)))
        self.buckets = {}
        self.log = open(args.log, "a", buffering=1) if args.log else sys.stderr
        self.request_log = open(args.request_log, "a", buffering=1) if args.request_log else None
        self.upstream = urllib.parse.urlsplit(args.upstream)
        # learnt: id -> when it becomes visible (until(): a monotonic time,
        # or with --counted the answers still to give)
        self.ec2_young = {}
        self.key_young = {}
        self.iam_roles = {}       # role name -> time usable
        self.iam_role_policy = {}  # role name -> time its attached policies are usable
        self.iam_profiles = {}    # instance profile name -> time usable
        self.policy_young = {}    # "sqs:NAME", "sns:NAME", "lambda:NAME" -> its policy usable
        self.buckets_young = {}   # bucket -> time it exists
        # owners of network interfaces: owner id -> {"subnets", "groups", "vpc", "allocs", "public"}
        self.owners = {}
        self.subnet_vpc = {}
        self.lingering = {}       # deleted owner id -> until
        self.lingered = {}        # deleted owner id -> its owner dict
        self.nat_deleting = {}    # nat id -> until
        self.crawler_stopping = {}  # crawler name -> until
        self.table_creating = {}    # DynamoDB table name -> until
        self.index_changing = {}    # "TABLE/INDEX" of a DynamoDB global index -> until
        self.index_change = {}      # "TABLE/INDEX" -> CREATING or DELETING
        self.index_seen = {}        # "TABLE/INDEX" -> its last description (for DELETING)
        self.batch_creating = {}    # "KIND:NAME" of a Batch object -> until
        self.stream_busy = {}       # Kinesis stream name -> until
        self.stream_status = {}     # Kinesis stream name -> CREATING or UPDATING
        self.delivery_creating = {}  # Firehose stream name -> until
        self.mapping_busy = {}      # Lambda event source mapping UUID -> until
        self.mapping_status = {}    # its UUID -> Creating or Updating
        self.queues_deleted = {}  # SQS queue name -> until its name is free

    def now(self):
        return time.monotonic() - self.start

    def window(self, kind, obj):
        w = self.windows[kind]
        if self.randomize and w > 0:
            w = random.Random("%s:%s:%s" % (self.seed, kind, obj)).uniform(0, w)
        return round(w) if self.counted else w

    def until(self, kind, obj):
        """The entry of a young-object table for obj: the monotonic time its
        window ends, or with --counted the answers its window still holds."""
        w = self.window(kind, obj)
        return w if self.counted else time.monotonic() + w

    def record(self, kind, op, obj):
        with self.lock:
            self.log.write("%.3f %s %s %s\n" % (self.now(), kind, op, obj))

    def learnt(self, text):
        with self.lock:
            self.log.write("# %.3f %s\n" % (self.now(), text))

    def requested(self, op, status, kind):
        if self.request_log:
            with self.lock:
                self.request_log.write("%.3f %s %d %s\n" % (self.now(), op, status, kind or "-"))

    def young(self, table, key, answer=True, scope=None):
        """Whether key is still in its window. answer: the caller gives an
        answer about key because it is (a counted window is one shorter).
        scope: with --counted, each scope (the operation using a role, such
        as glue:CreateJob and glue:CreateCrawler, or the subnet a deleted
        owner held) has a window of its own, as each consumer of a role
        learns of it on its own on AWS; so which of two consumers calls
        first does not decide which of them is refused."""
        until = table.get(key)
        if until is None:
            return False
        if not self.counted:
            if time.monotonic() >= until:
                table.pop(key, None)
                return False
            return True
        if scope is not None:
            spent = self.spent.get((id(table), key, scope), 0)
            if spent >= until:
                return False
            if answer:
                self.spent[(id(table), key, scope)] = spent + 1
            return True
        if until <= 0:
            table.pop(key, None)
            return False
        if answer:
            table[key] = until - 1
        return True

    def take_token(self, service, action):
        """False when the request is over its bucket."""
        if service == "ec2":
            cap, refill = self.ec2_nonmutating if NON_MUTATING.match(action) else self.ec2_mutating
        elif service in self.service_buckets:
            cap, refill = self.service_buckets[service]
        else:
            return True
        if cap <= 0:
            return True
        with self.lock:
            bucket = self.buckets.get((service, action))
            if bucket is None:
                bucket = self.buckets[(service, action)] = TokenBucket(cap, refill)
            return bucket.take()


# ---------------------------------------------------------------------------
# Requests: what service, protocol, operation and parameters.

class Request:
    def __init__(self, handler, body):
        self.method = handler.command
        self.raw_path = handler.path
        split = urllib.parse.urlsplit(handler.path)
        self.path = urllib.parse.unquote(split.path)
        self.query = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
        self.headers = handler.headers
        self.body = body
        auth = handler.headers.get("Authorization") or ""
        m = re.search(r"Credential=[^/]+/[0-9]+/([^/]+)/([^/]+)/", auth)
        if not m:
            cred = dict(self.query).get("X-Amz-Credential", "")
            m = re.search(r"^[^/]+/[0-9]+/([^/]+)/([^/]+)/", cred)
        self.service = m.group(2) if m else ""
        target = handler.headers.get("X-Amz-Target", "")
        ctype = handler.headers.get("Content-Type", "")
        self.params = []
        self.json = None
        if target:
            self.protocol = "json"
            self.action = target.rsplit(".", 1)[-1]
            self.json = self.load_json()
            if not self.service:
                self.service = target.split(".", 1)[0].lower()
        elif "x-www-form-urlencoded" in ctype and b"Action=" in body or \
                any(k == "Action" for k, _ in self.query):
            self.params = self.query + urllib.parse.parse_qsl(body.decode("utf-8", "replace"),
                                                              keep_blank_values=True)
            self.action = dict(self.params).get("Action", "")
            # EC2's query dialect has an error form of its own
            self.protocol = "ec2" if self.service == "ec2" else "query"
        elif self.service == "lambda" or self.path.startswith("/2015-03-31/"):
            self.service = "lambda"
            self.protocol = "rest-json"
            self.json = self.load_json()
            self.action = self.lambda_action()
        elif self.service == "scheduler" or self.path.startswith("/schedules"):
            self.service = "scheduler"
            self.protocol = "rest-json"
            self.json = self.load_json()
            self.action = self.scheduler_action()
        elif self.service == "batch" or self.path.startswith("/v1/"):
            self.service = "batch"
            self.protocol = "rest-json"
            self.json = self.load_json()
            self.action = BATCH_OPS.get(self.path[len("/v1/"):], "%s %s" % (self.method, self.path))
        elif self.service == "lakeformation":
            # rest-json, one path per operation: POST /GrantPermissions
            self.protocol = "rest-json"
            self.json = self.load_json()
            self.action = self.path.strip("/") or "%s %s" % (self.method, self.path)
        elif self.service in ("", "s3"):
            self.service = "s3"
            self.protocol = "s3"
            self.bucket, self.key = self.s3_bucket_key()
            self.action = self.s3_action()
        else:
            self.protocol = "rest-json"
            self.json = self.load_json()
            self.action = "%s %s" % (self.method, self.path)
        if not self.service and self.protocol == "query":
            self.service = "query"

    def load_json(self):
        try:
            return json.loads(self.body or b"{}")
        except ValueError:
            return None

    def op(self):
        return "%s:%s" % (self.service, self.action.replace(" ", "_"))

    def param(self, name):
        for k, v in self.params:
            if k == name:
                return v
        return None

    def params_named(self, pattern):
        return [v for k, v in self.params if re.match(pattern, k)]

    def lambda_action(self):
        p = self.path
        m = re.match(r"^/2015-03-31/event-source-mappings/?([^/]*)$", p)
        if m:
            self.mapping = m.group(1)
            if not self.mapping:
                return "CreateEventSourceMapping" if self.method == "POST" \
                    else "ListEventSourceMappings"
            return {"GET": "GetEventSourceMapping", "PUT": "UpdateEventSourceMapping",
                    "DELETE": "DeleteEventSourceMapping"}.get(self.method, "EventSourceMapping")
        if re.match(r"^/2015-03-31/functions/?$", p):
            return "CreateFunction" if self.method == "POST" else "ListFunctions"
        m = re.match(r"^/2015-03-31/functions/([^/]+)(/.*)?$", p)
        if m:
            self.function = m.group(1)
            rest = m.group(2) or ""
            if rest == "/configuration":
                return {"PUT": "UpdateFunctionConfiguration"}.get(self.method,
                                                                  "GetFunctionConfiguration")
            if rest == "":
                return {"DELETE": "DeleteFunction", "GET": "GetFunction"}.get(self.method, "Function")
            return "%s_%s" % (self.method, rest.strip("/").replace("/", "_"))
        return "%s %s" % (self.method, p)

    def scheduler_action(self):
        m = re.match(r"^/schedules/([^/]+)$", self.path)
        if m:
            self.schedule = m.group(1)
            return {"POST": "CreateSchedule", "PUT": "UpdateSchedule", "GET": "GetSchedule",
                    "DELETE": "DeleteSchedule"}.get(self.method, "Schedule")
        return "%s %s" % (self.method, self.path)

    def s3_bucket_key(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path.lstrip("/")
        if re.match(r"^[a-z0-9][a-z0-9.-]*\.s3[.-]", host) and not re.match(r"^[0-9.]+$", host):
            return host.split(".s3", 1)[0], path
        parts = path.split("/", 1)
        return parts[0], parts[1] if len(parts) > 1 else ""

    def s3_action(self):
        if not self.bucket:
            return "ListBuckets"
        sub = next((k for k, _ in self.query if k and not k.startswith("X-Amz-")), "")
        verb = {"PUT": "Put", "GET": "Get", "DELETE": "Delete", "HEAD": "Head",
                "POST": "Post"}.get(self.method, self.method)
        if self.key:
            return verb + "Object" + (sub[:1].upper() + sub[1:] if sub else "")
        if self.method == "PUT" and not sub:
            return "CreateBucket"
        if self.method == "GET" and (not sub or sub in ("list-type", "prefix", "delimiter",
                                                        "max-keys", "marker",
                                                        "continuation-token")):
            return "ListObjects"
        if sub == "notification":
            return verb + "BucketNotificationConfiguration"
        return verb + "Bucket" + (sub[:1].upper() + sub[1:] if sub else "")


# ---------------------------------------------------------------------------
# Answers in each protocol's form.

def request_id():
    return str(uuid.uuid4())


def xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def error_answer(req, status, code, message, extra_headers=None, extra_json=None):
    """(status, headers, body) of an error answer in req's protocol, as the
    AWS SDKs parse them (botocore's parsers.py: EC2QueryParser,
    QueryParser, JSONParser, RestJSONParser, RestXMLParser)."""
    rid = request_id()
    headers = dict(extra_headers or {})
    if req.protocol == "ec2":
        # EC2 query errors: <Response><Errors><Error>..</Errors><RequestID>
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>%s"
                "</Code><Message>%s</Message></Error></Errors><RequestID>%s</RequestID>"
                "</Response>" % (code, xml_escape(message), rid))
        headers["Content-Type"] = "text/xml;charset=UTF-8"
    elif req.protocol == "query":
        body = ("<ErrorResponse xmlns=\"https://%s.amazonaws.com/doc/\"><Error><Type>Sender"
                "</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>%s</RequestId>"
                "</ErrorResponse>" % (req.service, code, xml_escape(message), rid))
        headers["Content-Type"] = "text/xml"
        headers["x-amzn-RequestId"] = rid
    elif req.protocol == "json":
        doc = {"__type": code, "message": message}
        doc.update(extra_json or {})
        body = json.dumps(doc)
        headers["Content-Type"] = "application/x-amz-json-1.1"
        headers["x-amzn-RequestId"] = rid
        headers["x-amzn-ErrorType"] = code
    elif req.protocol == "rest-json":
        doc = {"message": message}
        if req.service == "scheduler":
            doc = {"Message": message}
        doc.update(extra_json or {})
        body = json.dumps(doc)
        headers["Content-Type"] = "application/json"
        headers["x-amzn-RequestId"] = rid
        headers["x-amzn-ErrorType"] = code
    else:
        extra = "".join("<%s>%s</%s>" % (k, xml_escape(str(v)), k)
                        for k, v in (extra_json or {}).items())
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%s</Code><Message>%s"
                "</Message>%s<RequestId>%s</RequestId><HostId>%s</HostId></Error>"
                % (code, xml_escape(message), extra, rid, rid))
        headers["Content-Type"] = "application/xml"
        headers["x-amz-request-id"] = rid
    return status, headers, body.encode()


def throttle_answer(req):
    if req.protocol == "ec2":
        return error_answer(req, 503, "RequestLimitExceeded", "Request limit exceeded.")
    if req.protocol == "query":
        return error_answer(req, *THROTTLE_QUERY)
    if req.protocol == "json":
        status, code, message = THROTTLE_JSON.get(req.service, (400, "ThrottlingException",
                                                                "Rate exceeded"))
        extra = {"Reason": "CONCURRENT_QUERY_LIMIT_EXCEEDED"} if req.service == "athena" else None
        return error_answer(req, status, code, message, extra_json=extra)
    if req.service == "lambda":
        return error_answer(req, 429, "TooManyRequestsException", "Rate exceeded",
                            extra_headers={"Retry-After": "1"},
                            extra_json={"Type": "User", "Reason": "CallerRateLimitExceeded"})
    if req.service == "scheduler":
        return error_answer(req, 429, "ThrottlingException", "Rate exceeded")
    if req.protocol == "s3":
        return error_answer(req, 503, "SlowDown", "Please reduce your request rate.")
    return error_answer(req, 429, "TooManyRequestsException", "Rate exceeded")


# ---------------------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self.read_chunked()
        st = self.server.state
        req = Request(self, body)
        kind, answer = self.injected(st, req)
        if answer is None:
            status, reason, headers, payload = self.forward(body)
            payload, kind = self.observe(st, req, status, payload)
            st.requested(req.op(), status, kind)
            self.reply(status, reason, headers, payload)
            return
        status, headers, payload = answer
        st.requested(req.op(), status, kind)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    # -- decisions before forwarding ---------------------------------------
    def injected(self, st, req):
        """(kind, answer) for a request answered here, (None, None) to forward."""
        # Throttling first: a refused request does nothing else.
        if not st.take_token(req.service, req.action):
            st.record("throttle", req.op(), "bucket")
            return "throttle", throttle_answer(req)
        if st.throttle_rate > 0 and (st.throttle_services is None or
                                     req.service in st.throttle_services):
            with st.lock:
                hit = st.rng.random() < st.throttle_rate
            if hit:
                st.record("throttle", req.op(), "random")
                return "throttle", throttle_answer(req)
        with st.lock:
            if req.protocol == "ec2":
                return self.ec2_before(st, req)
            if req.service == "s3":
                return self.s3_before(st, req)
            return self.consumer_before(st, req)

    def ec2_before(self, st, req):
        action = req.action
        # 2. instance profiles not yet usable
        if action in ("RunInstances", "AssociateIamInstanceProfile",
                      "ReplaceIamInstanceProfileAssociation"):
            for member in ("Name", "Arn"):
                value = req.param("IamInstanceProfile." + member)
                if value:
                    name = value.rsplit("/", 1)[-1]
                    if st.young(st.iam_profiles, name, scope=req.op()):
                        row = next(r for r in IAM_CONSUMERS if r[1] == action)
                        st.record("iam", req.op(), name)
                        return "iam", error_answer(req, row[3], row[4],
                                                   row[5] % (value, member.lower()))
        # 1. ids not yet visible
        # (filters never answer NotFound: they match nothing yet)
        for name, value in req.params:
            if name.startswith("Filter.") or name in ("Action", "Version", "ClientToken"):
                continue
            if re.match(r"^KeyName(\.\d+)?$", name):
                if action in ("CreateKeyPair", "ImportKeyPair"):
                    continue
                if st.young(st.key_young, value):
                    st.record("notfound", req.op(), value)
                    return "notfound", error_answer(req, 400, KEY_PAIR_NOT_FOUND[0],
                                                    KEY_PAIR_NOT_FOUND[1] % value)
                continue
            if not st.young(st.ec2_young, value):
                continue
            if name == "GatewayId":
                code, message = GATEWAY_NOT_FOUND
            else:
                code, message = next((c, m) for p, c, m in NOT_FOUND if value.startswith(p))
            st.record("notfound", req.op(), value)
            return "notfound", error_answer(req, 400, code, message % value)
        # 4. network interfaces that outlive their owner
        if action in DEPENDENCY:
            target = {"DeleteSubnet": req.param("SubnetId"),
                      "DeleteSecurityGroup": req.param("GroupId"),
                      "DetachInternetGateway": req.param("VpcId"),
                      "DeleteVpc": req.param("VpcId"),
                      "ReleaseAddress": req.param("AllocationId")}[action]
            owner = self.lingering_owner(st, action, target)
            if owner:
                code, message = DEPENDENCY[action]
                kind = "inuse" if action == "ReleaseAddress" else "dependency"
                st.record(kind, req.op(), target)
                return kind, error_answer(req, 400, code, message % target)
        return None, None

    def lingering_owner(self, st, action, target):
        """The owner of network interfaces that holds target: one deleted
        less than its window ago, or one still there (moto deletes a subnet
        with a running instance in it; AWS does not: DeleteSubnet "You must
        terminate all running instances in the subnet before you can delete
        the subnet", DeleteSecurityGroup "If you attempt to delete a security
        group that is associated with an instance ... the operation fails
        with DependencyViolation", EC2 API reference). An address is held
        only by a deleted owner: a live one's association is moto's to judge."""
        if not target:
            return None
        for oid in list(st.lingering):
            if not st.counted and not st.young(st.lingering, oid, answer=False):
                st.lingered.pop(oid, None)
        gone = [(oid, o, True) for oid, o in st.lingered.items()]
        live = [(oid, o, False) for oid, o in st.owners.items()] \
            if action != "ReleaseAddress" else []
        for oid, o, deleted in gone + live:
            if (action == "DeleteSubnet" and target in o["subnets"]) or \
                    (action == "DeleteSecurityGroup" and target in o["groups"]) or \
                    (action == "DeleteVpc" and target == o["vpc"]) or \
                    (action == "DetachInternetGateway" and target == o["vpc"] and o["public"]) or \
                    (action == "ReleaseAddress" and target in o["allocs"]):
                if deleted and not st.young(st.lingering, oid, scope=target):
                    continue
                return oid
        return None

    def s3_before(self, st, req):
        # 3. "Amazon S3 data consistency model" (S3 User Guide, Welcome / "Amazon
        # S3 data consistency model"): bucket configurations are eventually
        # consistent; "If you create a bucket and immediately ... you might
        # receive ... NoSuchBucket" (S3 User Guide, CreateBucket / bucket
        # naming: "Bucket configurations have an eventual consistency model").
        # The answer: 404 NoSuchBucket "The specified bucket does not exist"
        # with <BucketName> (S3 API reference, Error responses).
        if req.action in ("CreateBucket", "ListBuckets") or not req.bucket:
            return None, None
        if st.young(st.buckets_young, req.bucket):
            st.record("nosuchbucket", req.op(), req.bucket)
            return "nosuchbucket", error_answer(req, 404, "NoSuchBucket",
                                                "The specified bucket does not exist",
                                                extra_json={"BucketName": req.bucket})
        if req.action == "PutBucketNotificationConfiguration":
            body = req.body.decode("utf-8", "replace")
            for arn in re.findall(r"<(?:Queue|Topic|CloudFunction)>([^<]+)</", body):
                parts = arn.split(":")
                if len(parts) < 6:
                    continue
                name = parts[-1] if parts[2] != "lambda" else parts[6] if len(parts) > 6 else ""
                key = "%s:%s" % (parts[2], name)
                if st.young(st.policy_young, key, scope=req.op()):
                    st.record("policy", req.op(), key)
                    return "policy", error_answer(req, 400, *S3_DESTINATION, extra_json={
                        "ArgumentName1": arn,
                        "ArgumentValue1": S3_DESTINATION_WHY.get(parts[2], "")})
        return None, None

    def consumer_before(self, st, req):
        # 2. the services that assume a role
        doc = req.json if isinstance(req.json, dict) else {}
        params = dict(req.params)
        for consumer, op, member, status, code, message, _ in IAM_CONSUMERS:
            if consumer != req.service or op != req.action or consumer == "ec2":
                continue
            for one in member.split("|"):
                value = doc if req.protocol in ("json", "rest-json") else None
                if value is not None:
                    for part in one.split("."):
                        value = value.get(part) if isinstance(value, dict) else None
                else:
                    value = params.get(one)
                if value and isinstance(value, str):
                    break
            if not value or not isinstance(value, str):
                continue
            role = value.rsplit("/", 1)[-1]
            if st.young(st.iam_roles, role, scope=req.op()):
                st.record("iam", req.op(), role)
                return "iam", error_answer(req, status, code,
                                           message % value if "%s" in message else message)
            if req.service == "lambda" and isinstance(doc.get("VpcConfig"), dict) and \
                    doc["VpcConfig"].get("SubnetIds") and st.young(st.iam_role_policy, role, scope=req.op()):
                st.record("iam", req.op(), role)
                return "iam", error_answer(req, 400, *LAMBDA_VPC_POLICY)
        # 2. a key policy's principals: each role it names by ARN
        if req.service == "kms" and req.action in KMS_POLICY_OPS:
            for role in re.findall(r"arn:aws[a-z-]*:iam::[0-9]+:role/(?:[^\"/]+/)*([^\"/]+)",
                                   str(doc.get("Policy") or "")):
                if st.young(st.iam_roles, role, scope=req.op()):
                    st.record("iam", req.op(), role)
                    return "iam", error_answer(req, 400, *KMS_PRINCIPALS)
        # 5b. a queue's name is refused for a while after its delete
        if req.service == "sqs" and req.action == "CreateQueue":
            name = doc.get("QueueName")
            if name and st.young(st.queues_deleted, name):
                st.record("deleting", req.op(), name)
                return "deleting", error_answer(req, 400, *SQS_DELETED_RECENTLY)
        # 5. a crawler that is stopping cannot be deleted (Glue API reference,
        # DeleteCrawler errors: CrawlerRunningException).
        if req.service == "glue" and req.action == "DeleteCrawler":
            name = doc.get("Name")
            if name and st.young(st.crawler_stopping, name):
                st.record("stopping", req.op(), name)
                return "stopping", error_answer(req, 400, "CrawlerRunningException",
                                                "%s is stopping." % name)
        return None, None

    # -- what moto answered --------------------------------------------------
    def observe(self, st, req, status, payload):
        """Learn from a forwarded request and its answer; the answer as the
        client gets it, and the kind of any rewrite."""
        kind = None
        ok = 200 <= status < 300
        with st.lock:
            if req.protocol == "ec2":
                payload, kind = self.ec2_after(st, req, ok, payload)
            elif req.service == "iam" and ok:
                self.iam_after(st, req)
            elif req.service == "s3" and ok and req.action == "CreateBucket":
                if req.bucket not in st.buckets_young or \
                        not st.young(st.buckets_young, req.bucket, answer=False):
                    # a repeated CreateBucket (BucketAlreadyOwnedByYou in us-east-1
                    # answers 200) does not start the window again
                    st.buckets_young[req.bucket] = st.until("s3", req.bucket)
                    st.learnt("bucket %s" % req.bucket)
            elif req.service == "lambda" and ok:
                payload, kind = self.lambda_after(st, req, payload)
            elif req.service == "glue" and ok:
                payload, kind = self.glue_after(st, req, payload)
            elif req.service == "dynamodb" and ok:
                payload, kind = self.dynamodb_after(st, req, payload)
            elif req.service == "batch" and ok:
                payload, kind = self.batch_after(st, req, payload)
            elif req.service == "kinesis" and ok:
                payload, kind = self.kinesis_after(st, req, payload)
            elif req.service == "firehose" and ok:
                payload, kind = self.firehose_after(st, req, payload)
            if ok:
                self.policy_after(st, req)
            if req.service == "sqs" and ok and req.action == "DeleteQueue":
                name = str((req.json or {}).get("QueueUrl", "")).rstrip("/").rsplit("/", 1)[-1]
                if name:
                    st.queues_deleted[name] = st.until("async", name)
                    st.learnt("queue %s deleted" % name)
        return payload, kind

    def policy_after(self, st, req):
        """A queue's or topic's policy, or a function's permission, written
        by a request that succeeded: S3 does not see it for the IAM window
        (2. above, S3_DESTINATION)."""
        doc = req.json if isinstance(req.json, dict) else {}
        params = dict(req.params)
        key = None
        if req.service == "sqs" and req.action in ("CreateQueue", "SetQueueAttributes"):
            attrs = doc.get("Attributes") or {}
            if attrs.get("Policy"):
                name = doc.get("QueueName") or \
                    str(doc.get("QueueUrl", "")).rstrip("/").rsplit("/", 1)[-1]
                key = "sqs:" + name
        elif req.service == "sns" and req.action in ("CreateTopic", "SetTopicAttributes"):
            if req.action == "SetTopicAttributes" and params.get("AttributeName") == "Policy":
                key = "sns:" + str(params.get("TopicArn", "")).rsplit(":", 1)[-1]
            elif req.action == "CreateTopic" and any(
                    v == "Policy" for k, v in req.params if k.endswith(".key")):
                key = "sns:" + str(params.get("Name", ""))
        elif req.service == "lambda" and req.action == "POST_policy":
            name = getattr(req, "function", "")
            key = "lambda:" + (name.split(":")[6] if name.startswith("arn:") else name)
        if key and not key.endswith(":"):
            st.policy_young[key] = st.until("iam", key)
            st.learnt("policy %s %s" % (req.op(), key))

    def ec2_after(self, st, req, ok, payload):
        action = req.action
        text = payload.decode("utf-8", "replace")
        kind = None
        if ok and action in EC2_CREATES:
            tag = EC2_CREATES[action]
            found = re.findall(r"<%s>([^<]+)</%s>" % (tag, tag), text)
            if action != "RunInstances":
                found = found[:1]
            for ident in found:
                if action in ("CreateKeyPair", "ImportKeyPair"):
                    st.key_young[ident] = st.until("ec2", ident)
                else:
                    st.ec2_young[ident] = st.until("ec2", ident)
                st.learnt("ec2 %s %s" % (action, ident))
        if ok:
            self.learn_owners(st, req, text)
        if ok and action == "TerminateInstances":
            for iid in req.params_named(r"^InstanceId\.\d+$"):
                self.linger(st, iid)
        if ok and action == "DeleteNatGateway":
            nat = req.param("NatGatewayId")
            self.linger(st, nat)
            # 5. "DeleteNatGateway ... the NAT gateway's state is deleting, then
            # deleted" (VPC User Guide, "Delete a NAT gateway": it "can take a few
            # minutes"); the API reference's NatGateway.State: deleting | deleted.
            if st.window("async", nat) > 0:
                st.nat_deleting[nat] = st.until("async", nat)
        if ok and action == "DeleteVpcEndpoints":
            for vpce in req.params_named(r"^VpcEndpointId\.\d+$"):
                self.linger(st, vpce)
        if ok and action == "AssociateAddress":
            owner = req.param("InstanceId")
            alloc = req.param("AllocationId")
            if owner in st.owners and alloc:
                st.owners[owner]["allocs"].add(alloc)
                st.owners[owner]["public"] = True
        if ok and action in EC2_DESCRIBE_SETS:
            set_tag, id_tag = EC2_DESCRIBE_SETS[action]
            table = st.key_young if action == "DescribeKeyPairs" else st.ec2_young
            if action == "DescribeInstances":
                text, dropped = drop_instances(text, lambda i: st.young(table, i))
            else:
                text, dropped = drop_items(text, set_tag, id_tag, lambda i: st.young(table, i))
            for ident in dropped:
                st.record("hidden", req.op(), ident)
                kind = "hidden"
            if action == "DescribeNatGateways":
                for start, end in reversed(set_items(text, "natGatewaySet")):
                    item = text[start:end]
                    nat = own_element(item, "natGatewayId")
                    if nat and own_element(item, "state") in ("deleted", "available", "deleting") \
                            and st.young(st.nat_deleting, nat):
                        item = re.sub(r"<state>[^<]*</state>", "<state>deleting</state>", item, 1)
                        text = text[:start] + item + text[end:]
                        st.record("deleting", req.op(), nat)
                        kind = "deleting"
            payload = text.encode()
        return payload, kind

    def learn_owners(self, st, req, text):
        """What owns network interfaces, and where: instances (from RunInstances
        and DescribeInstances answers), NAT gateways, interface endpoints."""
        action = req.action
        if action in ("CreateSubnet", "DescribeSubnets"):
            for start, end in set_items(text, "subnetSet") or [(0, len(text))]:
                item = text[start:end]
                sid = re.search(r"<subnetId>([^<]+)</subnetId>", item)
                vid = re.search(r"<vpcId>([^<]+)</vpcId>", item)
                if sid and vid:
                    st.subnet_vpc[sid.group(1)] = vid.group(1)
        if action in ("RunInstances", "DescribeInstances"):
            for start, end in set_items(text, "instancesSet"):
                item = text[start:end]
                iid = own_element(item, "instanceId")
                if not iid or re.search(r"<instanceState>.*?<name>(terminated|shutting-down)"
                                        r"</name>", item, re.S):
                    continue
                o = st.owners.setdefault(iid, {"subnets": set(), "groups": set(), "vpc": None,
                                               "allocs": set(), "public": False})
                o["subnets"] |= ids_in(item, "subnet-")
                o["groups"] |= ids_in(item, "sg-")
                vpcs = ids_in(item, "vpc-")
                if vpcs:
                    o["vpc"] = sorted(vpcs)[0]
                if re.search(r"<ipAddress>[^<]+</ipAddress>", item):
                    o["public"] = True
        if action == "CreateNatGateway":
            nat = re.search(r"<natGatewayId>([^<]+)</natGatewayId>", text)
            if nat:
                subnet = req.param("SubnetId")
                alloc = req.param("AllocationId")
                vpc = re.search(r"<vpcId>([^<]+)</vpcId>", text)
                st.owners[nat.group(1)] = {
                    "subnets": {subnet} if subnet else set(), "groups": set(),
                    "vpc": vpc.group(1) if vpc else st.subnet_vpc.get(subnet),
                    "allocs": {alloc} if alloc else set(),
                    "public": req.param("ConnectivityType") != "private"}
        if action == "CreateVpcEndpoint" and (req.param("VpcEndpointType") or "Gateway") in (
                "Interface", "GatewayLoadBalancer"):
            vpce = re.search(r"<vpcEndpointId>([^<]+)</vpcEndpointId>", text)
            if vpce:
                st.owners[vpce.group(1)] = {
                    "subnets": set(req.params_named(r"^SubnetId\.\d+$")),
                    "groups": set(req.params_named(r"^SecurityGroupId\.\d+$")),
                    "vpc": req.param("VpcId"), "allocs": set(), "public": False}

    def linger(self, st, owner_id):
        o = st.owners.pop(owner_id, None)
        if not o:
            return
        w = st.window("eni", owner_id)
        if w <= 0:
            return
        st.lingering[owner_id] = st.until("eni", owner_id)
        st.lingered[owner_id] = o
        st.learnt("eni %s lingers %s: %s %s %s %s" % (
            owner_id, "%d answers" % w if st.counted else "%.1fs" % w, ",".join(sorted(o["subnets"])), ",".join(sorted(o["groups"])),
            o["vpc"], ",".join(sorted(o["allocs"]))))

    def iam_after(self, st, req):
        action = req.action
        if action in ("CreateRole", "UpdateAssumeRolePolicy"):
            role = req.param("RoleName")
            st.iam_roles[role] = st.until("iam", role)
            st.learnt("iam %s %s" % (action, role))
        elif action in ("AttachRolePolicy", "PutRolePolicy"):
            role = req.param("RoleName")
            st.iam_role_policy[role] = st.until("iam", role)
            st.learnt("iam %s %s" % (action, role))
        elif action in ("CreateInstanceProfile", "AddRoleToInstanceProfile"):
            profile = req.param("InstanceProfileName")
            st.iam_profiles[profile] = st.until("iam", profile)
            st.learnt("iam %s %s" % (action, profile))

    def lambda_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        if req.action in ("CreateEventSourceMapping", "UpdateEventSourceMapping",
                          "GetEventSourceMapping"):
            return self.mapping_after(st, req, payload)
        if req.action in ("CreateFunction", "UpdateFunctionConfiguration"):
            vpc = doc.get("VpcConfig")
            name = doc.get("FunctionName") or getattr(req, "function", None)
            if isinstance(vpc, dict) and name:
                subnets = set(vpc.get("SubnetIds") or [])
                if subnets:
                    vpcs = {st.subnet_vpc.get(s) for s in subnets} - {None}
                    st.owners["lambda:" + name] = {
                        "subnets": subnets, "groups": set(vpc.get("SecurityGroupIds") or []),
                        "vpc": sorted(vpcs)[0] if vpcs else None, "allocs": set(),
                        "public": False}
                else:
                    st.owners.pop("lambda:" + name, None)
        elif req.action == "DeleteFunction":
            name = getattr(req, "function", "")
            name = name.rsplit(":", 1)[-1] if name.startswith("arn:") else name
            self.linger(st, "lambda:" + name)
        return payload, None

    def mapping_after(self, st, req, payload):
        # 5. A Lambda event source mapping: CreateEventSourceMapping and
        # UpdateEventSourceMapping answer 202 while it is "Creating" or
        # "Updating"; it is "Enabled" or "Disabled" when done (Lambda API
        # reference, EventSourceMappingConfiguration State); moto makes it
        # Enabled at once.
        try:
            answer = json.loads(payload)
        except ValueError:
            return payload, None
        uuid = answer.get("UUID") if isinstance(answer, dict) else None
        if not uuid:
            return payload, None
        if req.action != "GetEventSourceMapping":
            if st.window("async", uuid) <= 0:
                return payload, None
            st.mapping_status[uuid] = "Creating" if req.action.startswith("Create") \
                else "Updating"
            st.mapping_busy[uuid] = st.until("async", uuid)
        elif not st.mapping_busy or not st.young(st.mapping_busy, uuid):
            return payload, None
        status = st.mapping_status.get(uuid, "Updating")
        answer["State"] = status
        st.record(status.lower(), req.op(), uuid)
        return json.dumps(answer).encode(), status.lower()

    def glue_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        kind = None
        if req.action == "StopCrawler" and doc.get("Name"):
            # 5. StopCrawler: "If the specified crawler is running, stops the
            # crawl"; the crawler is STOPPING until the crawl ends (Glue API
            # reference, Crawler.State: READY | RUNNING | STOPPING).
            if st.window("async", doc["Name"]) > 0:
                st.crawler_stopping[doc["Name"]] = st.until("async", doc["Name"])
        elif req.action in ("GetCrawler", "GetCrawlers") and st.crawler_stopping:
            try:
                answer = json.loads(payload)
            except ValueError:
                return payload, None
            crawlers = [answer.get("Crawler")] if req.action == "GetCrawler" else \
                answer.get("Crawlers", [])
            for c in crawlers:
                if isinstance(c, dict) and st.young(st.crawler_stopping, c.get("Name")):
                    c["State"] = "STOPPING"
                    st.record("stopping", req.op(), c["Name"])
                    kind = "stopping"
            if kind:
                payload = json.dumps(answer).encode()
        return payload, kind

    def dynamodb_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        name = doc.get("TableName")
        kind = None
        if req.action == "CreateTable" and name:
            # 5. CreateTable "is an asynchronous operation. Upon receiving a
            # CreateTable request, DynamoDB immediately returns a response with
            # a TableStatus of CREATING. After the table is created, DynamoDB
            # sets the TableStatus to ACTIVE" (DynamoDB API reference,
            # CreateTable); moto makes it ACTIVE at once.
            if st.window("async", name) > 0:
                st.table_creating[name] = st.until("async", name)
        elif req.action == "UpdateTable" and name:
            # 5. UpdateTable's GlobalSecondaryIndexUpdates: "You can create
            # or delete only one global secondary index per UpdateTable
            # operation"; the new index is CREATING while DynamoDB backfills
            # it, a removed one DELETING, and the table UPDATING meanwhile
            # (DynamoDB Developer Guide, "Managing global secondary
            # indexes"); moto adds and removes it at once.
            for u in doc.get("GlobalSecondaryIndexUpdates") or []:
                for what, status in (("Create", "CREATING"), ("Delete", "DELETING")):
                    index = (u.get(what) or {}).get("IndexName")
                    key = "%s/%s" % (name, index)
                    if index and st.window("async", key) > 0:
                        st.index_changing[key] = st.until("async", key)
                        st.index_change[key] = status
        elif req.action == "DescribeTable" and name:
            try:
                answer = json.loads(payload)
            except ValueError:
                return payload, None
            table = answer.get("Table")
            if not isinstance(table, dict):
                return payload, None
            indexes = table.get("GlobalSecondaryIndexes") or []
            for i in indexes:
                st.index_seen["%s/%s" % (name, i.get("IndexName"))] = dict(i)
            if st.table_creating and st.young(st.table_creating, name):
                table["TableStatus"] = "CREATING"
                st.record("creating", req.op(), name)
                kind = "creating"
            for key in [k for k in st.index_changing if k.startswith(name + "/")]:
                if not st.young(st.index_changing, key):
                    continue
                index = key[len(name) + 1:]
                status = st.index_change[key]
                here = [i for i in indexes if i.get("IndexName") == index]
                if status == "CREATING" and here:
                    here[0]["IndexStatus"] = "CREATING"
                elif status == "DELETING" and not here and key in st.index_seen:
                    gone = dict(st.index_seen[key], IndexStatus="DELETING")
                    indexes.append(gone)
                    table["GlobalSecondaryIndexes"] = indexes
                table["TableStatus"] = "UPDATING"
                st.record(status.lower(), req.op(), key)
                kind = status.lower()
            if kind:
                payload = json.dumps(answer).encode()
        return payload, kind

    def batch_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        kind = None
        made = {"CreateComputeEnvironment": ("compute-environment", "computeEnvironmentName"),
                "CreateJobQueue": ("job-queue", "jobQueueName")}
        read = {"DescribeComputeEnvironments": ("compute-environment", "computeEnvironments",
                                                "computeEnvironmentName"),
                "DescribeJobQueues": ("job-queue", "jobQueues", "jobQueueName")}
        if req.action in made and doc.get(made[req.action][1]):
            # 5. CreateComputeEnvironment and CreateJobQueue answer while the
            # object is CREATING; it is VALID (or INVALID) later (AWS Batch
            # User Guide, "Compute environment", "Job queues"); moto makes it
            # VALID at once.
            key = "%s:%s" % (made[req.action][0], doc[made[req.action][1]])
            if st.window("async", key) > 0:
                st.batch_creating[key] = st.until("async", key)
        elif req.action in read and st.batch_creating:
            try:
                answer = json.loads(payload)
            except ValueError:
                return payload, None
            what, listed, name_key = read[req.action]
            for entry in answer.get(listed) or []:
                key = "%s:%s" % (what, entry.get(name_key))
                if key in st.batch_creating and st.young(st.batch_creating, key):
                    entry["status"] = "CREATING"
                    st.record("creating", req.op(), entry.get(name_key))
                    kind = "creating"
            if kind:
                payload = json.dumps(answer).encode()
        return payload, kind

    def kinesis_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        name = doc.get("StreamName") or str(doc.get("StreamARN", "")).rsplit("/", 1)[-1]
        kind = None
        if req.action in KINESIS_CHANGES and name:
            # 5. CreateStream "is an asynchronous operation. Upon receiving a
            # CreateStream request, Kinesis Data Streams immediately returns
            # and sets the stream status to CREATING. After the stream is
            # created, Kinesis Data Streams sets the stream status to
            # ACTIVE"; UpdateShardCount, UpdateStreamMode, the retention,
            # monitoring and encryption calls set it UPDATING likewise
            # (Kinesis API reference); moto leaves it ACTIVE throughout.
            if st.window("async", name) > 0:
                st.stream_status[name] = \
                    "CREATING" if req.action == "CreateStream" else "UPDATING"
                st.stream_busy[name] = st.until("async", name)
        elif req.action in ("DescribeStreamSummary", "DescribeStream") and name and \
                st.stream_busy and st.young(st.stream_busy, name):
            status = st.stream_status.get(name, "UPDATING")
            try:
                answer = json.loads(payload)
            except ValueError:
                return payload, None
            for key in ("StreamDescriptionSummary", "StreamDescription"):
                if isinstance(answer.get(key), dict):
                    answer[key]["StreamStatus"] = status
                    st.record(status.lower(), req.op(), name)
                    kind = status.lower()
                    payload = json.dumps(answer).encode()
        return payload, kind

    def firehose_after(self, st, req, payload):
        doc = req.json if isinstance(req.json, dict) else {}
        name = doc.get("DeliveryStreamName")
        kind = None
        if req.action == "CreateDeliveryStream" and name:
            # 5. CreateDeliveryStream "is an asynchronous operation that
            # immediately returns. The initial status of the Firehose stream
            # is CREATING. After the Firehose stream is created, its status
            # is ACTIVE" (Firehose API reference); moto makes it ACTIVE at
            # once.
            if st.window("async", name) > 0:
                st.delivery_creating[name] = st.until("async", name)
        elif req.action == "DescribeDeliveryStream" and name and st.delivery_creating and \
                st.young(st.delivery_creating, name):
            try:
                answer = json.loads(payload)
            except ValueError:
                return payload, None
            if isinstance(answer.get("DeliveryStreamDescription"), dict):
                answer["DeliveryStreamDescription"]["DeliveryStreamStatus"] = "CREATING"
                st.record("creating", req.op(), name)
                kind = "creating"
                payload = json.dumps(answer).encode()
        return payload, kind

    # -- plumbing (as fault_proxy.py) ----------------------------------------
    def reply(self, status, reason, headers, payload):
        self.send_response(status, reason)
        for k, v in headers:
            if k.lower() not in HOP_HEADERS:
                self.send_header(k, v)
        upstream_length = next((v for k, v in headers if k.lower() == "content-length"), None)
        self.send_header("Content-Length", upstream_length if self.command == "HEAD"
                         and upstream_length is not None else str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def read_chunked(self):
        out = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return out
            out += self.rfile.read(size)
            self.rfile.readline()

    def forward(self, body):
        up = self.server.state.upstream
        conn = http.client.HTTPConnection(up.hostname, up.port, timeout=600)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in HOP_HEADERS and k.lower() != "expect"}
        headers["Content-Length"] = str(len(body))
        conn.request(self.command, self.path, body=body, headers=headers)
        r = conn.getresponse()
        payload = r.read()
        result = (r.status, r.reason, r.getheaders(), payload)
        conn.close()
        return result

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = handle_any


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--upstream", required=True, help="http://127.0.0.1:PORT of moto")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--port-file", help="write the port here once listening")
    p.add_argument("--log", help="append one line per injected answer here (default stderr)")
    p.add_argument("--request-log", help="append one line per request here")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--randomize", action="store_true",
                   help="draw each window per object from [0, WINDOW] and each rate once "
                   "from [0, RATE], from --seed")
    p.add_argument("--counted", action="store_true",
                   help="every window is a number of answers, not seconds (see above)")
    p.add_argument("--ec2-window", type=float, default=0.0,
                   help="seconds a new EC2 id answers NotFound and is left out of Describes")
    p.add_argument("--iam-window", type=float, default=0.0,
                   help="seconds a new or changed role/instance profile is refused by the "
                   "services that use it")
    p.add_argument("--s3-window", type=float, default=0.0,
                   help="seconds a new bucket answers NoSuchBucket")
    p.add_argument("--eni-window", type=float, default=0.0,
                   help="seconds the network interfaces of a deleted instance, NAT gateway, "
                   "interface endpoint or VPC Lambda function hold its subnet, groups, VPC, "
                   "address")
    p.add_argument("--async-window", type=float, default=0.0,
                   help="seconds a deleted NAT gateway shows deleting, a stopped crawler "
                   "STOPPING, a deleted SQS queue's name is refused")
    p.add_argument("--ec2-mutating-bucket", type=float, default=200,
                   help="EC2 token bucket of each mutating action: capacity (0: none)")
    p.add_argument("--ec2-mutating-refill", type=float, default=5,
                   help="... refilled per second")
    p.add_argument("--ec2-describe-bucket", type=float, default=100,
                   help="EC2 token bucket of each non-mutating action (Describe*, Get*, "
                   "List*, Search*): capacity (0: none)")
    p.add_argument("--ec2-describe-refill", type=float, default=20,
                   help="... refilled per second")
    p.add_argument("--bucket", action="append", metavar="SERVICE=CAPACITY/REFILL",
                   help="a token bucket per action of SERVICE (signing name: iam, glue, "
                   "lambda, s3, ...); repeatable")
    p.add_argument("--throttle-rate", type=float, default=0.0,
                   help="share of requests answered with the service's throttling error")
    p.add_argument("--throttle-services",
                   help="with --throttle-rate: only these signing names, comma-separated")
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    st = server.state
    st.learnt("aws_reality seed=%d windows%s ec2=%.2f iam=%.2f s3=%.2f eni=%.2f async=%.2f "
              "throttle-rate=%.4f randomize=%s" % (
                  args.seed, " (answers)" if args.counted else "", args.ec2_window,
                  args.iam_window, args.s3_window, args.eni_window, args.async_window,
                  st.throttle_rate, args.randomize))
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
