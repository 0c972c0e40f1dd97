#!/usr/bin/env bash
# t1688-moto-cfn-cloudcontrol-cdk: the harness's moto patches that let the
# CDK corpus's templates apply on moto (tests/twins, issue 86), proven with
# botocore (not terrace) against the patched moto, each read back through
# the service's own API:
#   - cloudformation_resource_policies.py: Cloud Control's
#     AWS::S3::BucketPolicy (create, read, AlreadyExists, update, a
#     createOnly Bucket refused, delete, gone when S3 deleted it).
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"
(error answers as "error CODE")."""
import json
import os
import time

import botocore.session
from botocore.config import Config

EP = os.environ["ENDPOINT"]
SESSION = botocore.session.get_session()


def client(name):
    return SESSION.create_client(name, region_name="us-east-1", endpoint_url=EP,
                                 aws_access_key_id="AKIAMOTOUNCHECKED000",
                                 aws_secret_access_key="moto-accepts-any-secret",
                                 config=Config(retries={"total_max_attempts": 1}))


def show(label, value):
    print("%s: %s" % (label, value), flush=True)


def err(label, c, op, **kw):
    try:
        answer = getattr(c, op)(**kw)
    except c.exceptions.ClientError as e:
        show(label, "error " + e.response["Error"]["Code"])
        return None
    show(label, "ok")
    return answer


cc = client("cloudcontrol")


def done(event):
    """The request's last ProgressEvent (polled to its end)."""
    while event["OperationStatus"] in ("PENDING", "IN_PROGRESS"):
        event = cc.get_resource_request_status(RequestToken=event["RequestToken"])["ProgressEvent"]
    return event


def outcome(event):
    event = done(event)
    return event["OperationStatus"] + (" " + event["ErrorCode"] if event.get("ErrorCode") else "")


def bucket_policy():
    """Cloud Control: AWS::S3::BucketPolicy (cloudformation_resource_policies.py)."""
    s3 = client("s3")
    s3.create_bucket(Bucket="cdk-site")

    def deny(action):
        return {"Version": "2012-10-17", "Statement": [{
            "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": action,
            "Resource": ["arn:aws:s3:::cdk-site", "arn:aws:s3:::cdk-site/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}

    def policy_actions():
        try:
            return json.loads(s3.get_bucket_policy(Bucket="cdk-site")["Policy"])["Statement"][0]["Action"]
        except s3.exceptions.ClientError as e:
            return "error " + e.response["Error"]["Code"]

    desired = json.dumps({"Bucket": "cdk-site", "PolicyDocument": deny("s3:*")})
    event = done(cc.create_resource(TypeName="AWS::S3::BucketPolicy", DesiredState=desired)["ProgressEvent"])
    show("bucket policy create", "%s %s" % (event["OperationStatus"], event.get("Identifier")))
    show("bucket policy in S3", policy_actions())
    got = cc.get_resource(TypeName="AWS::S3::BucketPolicy", Identifier="cdk-site")["ResourceDescription"]
    props = json.loads(got["Properties"])
    show("bucket policy read", "%s %s" % (props["Bucket"], props["PolicyDocument"]["Statement"][0]["Action"]))
    show("bucket policy again", outcome(cc.create_resource(TypeName="AWS::S3::BucketPolicy",
                                                            DesiredState=desired)["ProgressEvent"]))
    show("bucket policy without document", outcome(cc.create_resource(
        TypeName="AWS::S3::BucketPolicy", DesiredState=json.dumps({"Bucket": "cdk-site"}))["ProgressEvent"]))
    show("bucket policy update", outcome(cc.update_resource(
        TypeName="AWS::S3::BucketPolicy", Identifier="cdk-site",
        PatchDocument=json.dumps([{"op": "replace", "path": "/PolicyDocument", "value": deny("s3:GetObject")}]))[
            "ProgressEvent"]))
    show("bucket policy in S3 after update", policy_actions())
    err("bucket policy new bucket", cc, "update_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site", PatchDocument=json.dumps([{"op": "replace", "path": "/Bucket", "value": "other"}]))
    listed = cc.list_resources(TypeName="AWS::S3::BucketPolicy")["ResourceDescriptions"]
    show("bucket policy listed", " ".join(r["Identifier"] for r in listed))
    show("bucket policy delete", outcome(cc.delete_resource(TypeName="AWS::S3::BucketPolicy",
                                                            Identifier="cdk-site")["ProgressEvent"]))
    show("bucket policy in S3 after delete", policy_actions())
    err("bucket policy read after delete", cc, "get_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site")
    done(cc.create_resource(TypeName="AWS::S3::BucketPolicy", DesiredState=desired)["ProgressEvent"])
    s3.delete_bucket_policy(Bucket="cdk-site")
    err("bucket policy read after S3 deleted it", cc, "get_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site")


SECTIONS = [bucket_policy]

# Each section alone: one that fails names itself and the others still run.
for section in SECTIONS:
    try:
        section()
    except Exception as e:  # a patch missing: moto's own refusal
        show(section.__name__ + " stopped", repr(e)[:300])
EOF

test_expect_success 'the probe runs against the patched moto' '
	ENDPOINT=$MOTO_ENDPOINT python3 probe.py >probe.out 2>probe.err ||
	{ cat probe.err; false; }
'

test_expect_success 'Cloud Control makes, reads, updates and deletes AWS::S3::BucketPolicy, as S3 shows' '
	test_line probe.out "bucket policy create: SUCCESS cdk-site" &&
	test_line probe.out "bucket policy in S3: s3:*" &&
	test_line probe.out "bucket policy read: cdk-site s3:*" &&
	test_line probe.out "bucket policy again: FAILED AlreadyExists" &&
	test_line probe.out "bucket policy without document: FAILED InvalidRequest" &&
	test_line probe.out "bucket policy update: SUCCESS" &&
	test_line probe.out "bucket policy in S3 after update: s3:GetObject" &&
	test_line probe.out "bucket policy new bucket: error NotUpdatableException" &&
	test_line probe.out "bucket policy listed: cdk-site" &&
	test_line probe.out "bucket policy delete: SUCCESS" &&
	test_line probe.out "bucket policy in S3 after delete: error NoSuchBucketPolicy" &&
	test_line probe.out "bucket policy read after delete: error ResourceNotFoundException" &&
	test_line probe.out "bucket policy read after S3 deleted it: error ResourceNotFoundException"
'

test_done
