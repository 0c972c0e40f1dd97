"""IAM Identity Center (sso-admin): ListTagsForResource, TagResource and
UntagResource of a permission set, and the ARN patterns AWS holds every
request's InstanceArn and PermissionSetArn to.

moto 5.2.1 answers ListTagsForResource with HTTP 500 (not implemented), which
hashicorp/aws's aws_ssoadmin_permission_set retries after every create
until it is stopped, and takes any text as an instance's ARN. The Terraform
corpus's terraform-aws-iam `iam-read-only-policy` makes a permission set of
the placeholder instance "arn:aws:sso:::instance/example": on moto it never
finished (tests/twins, issue 86); AWS refuses it at once.

Written from the IAM Identity Center API reference and botocore's model of
sso-admin (its shapes and errors):
- ListTagsForResource {InstanceArn, ResourceArn} answers {"Tags": [{Key,
  Value}]}: a permission set's tags (CreatePermissionSet's Tags, TagResource's
  added, UntagResource's TagKeys removed); an instance's are empty. A
  ResourceArn of nothing is ResourceNotFoundException.
- Every operation's top-level string members are held to the model's
  pattern, min and max: a value that fails is ValidationException "1
  validation error detected: Value '...' at 'instanceArn' failed to satisfy
  constraint: Member must satisfy regular expression pattern: ...", as AWS
  answers ("arn:aws:sso:::instance/example" does not match
  arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}).
- A permission set's ARN is arn:aws:sso:::permissionSet/INSTANCE-ID/ps-ID (the
  API reference's, and the model's PermissionSetArn pattern); moto 5.2.1's
  was the instance's ARN and /ps-ID, which that pattern refuses.
"""
import functools
import json
import re

import botocore.session
from moto.core.exceptions import JsonRESTError
from moto.core.utils import camelcase_to_underscores
from moto.ssoadmin.exceptions import ResourceNotFoundException
from moto.ssoadmin.models import PermissionSet
from moto.ssoadmin.responses import SSOAdminResponse

MODEL = botocore.session.get_session().get_service_model("sso-admin")


class ValidationException(JsonRESTError):
    code = 400

    def __init__(self, message):
        super().__init__("ValidationException", message)


def _checked(member, shape, value):
    """AWS's text for a value that fails the shape's constraints, or None."""
    if not isinstance(value, str) or shape.type_name != "string":
        return None
    at = member[:1].lower() + member[1:]
    pattern = shape.metadata.get("pattern")
    if pattern and not re.fullmatch(pattern, value):
        return (f"Value '{value}' at '{at}' failed to satisfy constraint: Member must satisfy "
                f"regular expression pattern: {pattern}")
    if len(value) < shape.metadata.get("min", 0):
        return (f"Value '{value}' at '{at}' failed to satisfy constraint: Member must have length "
                f"greater than or equal to {shape.metadata['min']}")
    if "max" in shape.metadata and len(value) > shape.metadata["max"]:
        return (f"Value '{value}' at '{at}' failed to satisfy constraint: Member must have length "
                f"less than or equal to {shape.metadata['max']}")
    return None


def _validated(operation, method):
    @functools.wraps(method)
    def checked(self):
        try:
            body = json.loads(self.body or "{}")
        except ValueError:
            body = {}
        errors = [e for e in (_checked(name, shape, body.get(name))
                              for name, shape in operation.input_shape.members.items()) if e]
        if errors:
            raise ValidationException(f"{len(errors)} validation error{'s' if len(errors) > 1 else ''} "
                                      f"detected: " + "; ".join(errors))
        return method(self)
    return checked


def _permission_set(backend, arn):
    for ps in backend.permission_sets:
        if ps.permission_set_arn == arn:
            return ps
    return None


def _tags_of(self):
    """The tag list of the resource the request names (a permission set's own
    list; a fresh empty one for an instance), or ResourceNotFoundException."""
    arn = self._get_param("ResourceArn")
    ps = _permission_set(self.ssoadmin_backend, arn)
    if ps is not None:
        if ps.tags is None:
            ps.tags = []
        return ps.tags
    if any(i.instance_arn == arn for i in self.ssoadmin_backend.instances):
        return []
    raise ResourceNotFoundException(f"Could not find resource with ARN {arn}")


def list_tags_for_resource(self):
    return json.dumps({"Tags": list(_tags_of(self))})


def tag_resource(self):
    tags = _tags_of(self)
    for tag in self._get_param("Tags") or []:
        tags[:] = [t for t in tags if t["Key"] != tag["Key"]] + [{"Key": tag["Key"], "Value": tag.get("Value", "")}]
    return "{}"


def untag_resource(self):
    tags = _tags_of(self)
    keys = set(self._get_param("TagKeys") or [])
    tags[:] = [t for t in tags if t["Key"] not in keys]
    return "{}"


_generate_id = PermissionSet.generate_id


def generate_id(instance_arn):
    return _generate_id(instance_arn).replace(":instance/", ":permissionSet/", 1)


PermissionSet.generate_id = staticmethod(generate_id)
SSOAdminResponse.list_tags_for_resource = list_tags_for_resource
SSOAdminResponse.tag_resource = tag_resource
SSOAdminResponse.untag_resource = untag_resource

for _name in MODEL.operation_names:
    _method = getattr(SSOAdminResponse, camelcase_to_underscores(_name), None)
    if _method is not None:
        setattr(SSOAdminResponse, camelcase_to_underscores(_name),
                _validated(MODEL.operation_model(_name), _method))
