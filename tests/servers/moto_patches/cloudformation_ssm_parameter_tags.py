"""CloudFormation: an AWS::SSM::Parameter's Tags are a map, as the template reference says.

The resource type's Tags is "Json" in CloudFormation's reference and an
object of tag keys to values in its registry schema (AWS::SSM::Parameter,
`"Tags": {"type": "object", "patternProperties": ...}`), not the list of
{Key, Value} other types take. moto 5.2.1's model handed the map to
PutParameter's backend as it was, which reads a list ("string indices must
be integers": every tagged parameter made through CloudFormation or Cloud
Control failed, and terrace tags every resource it makes). This passes the
map as PutParameter's Tags list, and then creates as moto's model did.
"""
from moto.ssm.models import Parameter

_moto_create = Parameter.create_from_cloudformation_json.__func__


def _create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                     **kwargs):
    template = dict(cloudformation_json)
    properties = dict(template.get("Properties", {}))
    if isinstance(properties.get("Tags"), dict):
        properties["Tags"] = [{"Key": k, "Value": v} for k, v in properties["Tags"].items()]
    template["Properties"] = properties
    return _moto_create(cls, resource_name, template, account_id, region_name, **kwargs)


Parameter.create_from_cloudformation_json = classmethod(_create_from_cloudformation_json)
