"""CloudFormation: the CDK's own custom resources do what their handlers do.

AWS CloudFormation User Guide, "Custom resources": CloudFormation sends the
resource's properties to its handler (a Lambda function) and waits for the
handler's answer at the ResponseURL. moto 5.2.1 invokes the function
(Docker, which the test machine has not: lambda_invoke_without_docker.py
answers in its place and sends nothing back), so a stack with any custom
resource stays CREATE_IN_PROGRESS forever. The CDK synthesizes three whose
handlers are the CDK's own code (aws-cdk-lib, custom-resource-handlers/),
written here from what that code does on Create:

  Custom::S3AutoDeleteObjects    nothing on Create (the bucket's own
                                 aws-cdk:auto-delete-objects tag marks it;
                                 the handler empties it on Delete)
  Custom::S3BucketNotifications  PutBucketNotificationConfiguration of the
                                 resource's NotificationConfiguration on
                                 BucketName (Managed: the whole configuration)
  Custom::VpcRestrictDefaultSG   revokes the default security group's
                                 ingress and egress rules (DefaultSecurityGroupId)

and answers SUCCESS. Any other custom resource goes to moto as before
(tests/twins/twins.py names a stack left waiting on one).
"""
import os
import uuid

import boto3
import botocore.config
from moto.cloudformation import cloudformation_backends
from moto.cloudformation.custom_model import CustomModel

_create = CustomModel.create_from_cloudformation_json.__func__


def _client(service, region):
    # Through this server's own API, as the handler calls AWS.
    return boto3.client(service, region_name=region,
                        endpoint_url="http://127.0.0.1:" + os.environ.get("MOTO_PORT", "5000"),
                        aws_access_key_id="AKIAMOTOUNCHECKED000",
                        aws_secret_access_key="moto-accepts-any-secret",
                        config=botocore.config.Config(s3={"addressing_style": "path"}))


def _auto_delete_objects(props, region):
    pass


def _bucket_notifications(props, region):
    config = props.get("NotificationConfiguration") or {}
    kw = {}
    if str(props.get("SkipDestinationValidation", "")).lower() == "true":
        kw["SkipDestinationValidation"] = True
    _client("s3", region).put_bucket_notification_configuration(
        Bucket=props["BucketName"], NotificationConfiguration=config, **kw)


def _restrict_default_sg(props, region):
    ec2 = _client("ec2", region)
    gid = props["DefaultSecurityGroupId"]
    group = ec2.describe_security_groups(GroupIds=[gid])["SecurityGroups"][0]
    if group.get("IpPermissions"):
        ec2.revoke_security_group_ingress(GroupId=gid, IpPermissions=group["IpPermissions"])
    if group.get("IpPermissionsEgress"):
        ec2.revoke_security_group_egress(GroupId=gid, IpPermissions=group["IpPermissionsEgress"])


HANDLERS = {
    "Custom::S3AutoDeleteObjects": _auto_delete_objects,
    "Custom::S3BucketNotifications": _bucket_notifications,
    "Custom::VpcRestrictDefaultSG": _restrict_default_sg,
}


def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    handler = HANDLERS.get(kwargs.get("ResourceType"))
    if handler is None:
        return _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    custom = CustomModel(region_name, str(uuid.uuid4()), kwargs["LogicalId"], resource_name)
    stack = cloudformation_backends[account_id][region_name].get_stack(kwargs["StackId"])
    stack.add_custom_resource(custom)
    props = cloudformation_json.get("Properties", {})

    # Before the call returns (the handler runs through this server's API,
    # served by another of its threads): the stack then completes as one
    # without custom resources does, and a handler's failure fails it.
    try:
        handler(props, region_name)
    except Exception as e:
        raise ValueError(f"{kwargs.get('ResourceType')} {kwargs['LogicalId']}: the handler failed: {e}")
    custom.set_data({})
    return custom


CustomModel.create_from_cloudformation_json = classmethod(create_from_cloudformation_json)
