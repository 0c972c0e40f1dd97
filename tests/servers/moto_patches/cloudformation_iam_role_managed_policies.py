"""AWS::IAM::Role's ManagedPolicyArns, an absent Description and its Policies'
documents, as
CloudFormation (and Cloud Control, cloudcontrol_api.py, which makes a type
through these models) give them; moto 5.2.1's Role model drops the first,
writes the second as "" and keeps an inline policy's PolicyDocument object
as Python's text of it (GetRolePolicy answered "{'Statement': ...}", not
JSON).

From the CloudFormation resource reference (AWS::IAM::Role,
ManagedPolicyArns): "A list of Amazon Resource Names (ARNs) of the IAM
managed policies that you want to attach to the role"; the role is made
with them attached, and an update attaches those added and detaches those
taken out. Description is optional: a role made without one has none
(GetRole has no Description member), as one made by CreateRole without it.
Policies' PolicyDocument is "The policy document" (JSON; a template may
write it as an object, which CloudFormation sends as JSON text).
terrace's awscc.iam.role (what `terrace convert` writes for an aws_iam_role
with its aws_iam_role_policy_attachment resources folded in) sends both;
without this the twins of issue 86 showed every converted role without its
policies and with an empty description.
"""
import json

from moto.iam.models import Role, iam_backends
from moto.utilities.utils import get_partition

_original_create = Role.create_from_cloudformation_json.__func__
_original_update = Role.update_from_cloudformation_json.__func__


def _backend(account_id, region_name):
    return iam_backends[account_id][get_partition(region_name)]


def _attached(role):
    return {p.arn for p in role.managed_policies.values()}


def _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    role = _original_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    properties = cloudformation_json.get("Properties") or {}
    if properties.get("Description") is None:
        role.description = None
    for policy in properties.get("Policies") or []:
        document = policy.get("PolicyDocument")
        if not isinstance(document, str):
            role.put_policy(policy["PolicyName"], json.dumps(document))
    backend = _backend(account_id, region_name)
    for arn in properties.get("ManagedPolicyArns") or []:
        backend.attach_role_policy(arn, role.name)
    return role


def _update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
    role = _original_update(cls, original_resource, new_resource_name, cloudformation_json,
                            account_id, region_name)
    properties = cloudformation_json.get("Properties") or {}
    if "ManagedPolicyArns" in properties:
        backend = _backend(account_id, region_name)
        target = backend.get_role(properties.get("RoleName", original_resource.name))
        wanted = set(properties.get("ManagedPolicyArns") or [])
        for arn in sorted(_attached(target) - wanted):
            backend.detach_role_policy(arn, target.name)
        for arn in sorted(wanted - _attached(target)):
            backend.attach_role_policy(arn, target.name)
    return role


Role.create_from_cloudformation_json = classmethod(_create)
Role.update_from_cloudformation_json = classmethod(_update)
