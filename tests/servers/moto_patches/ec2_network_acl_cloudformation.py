"""AWS::EC2::NetworkAcl as a CloudFormation model, for Cloud Control
(cloudcontrol_api.py): moto 5.2.1's EC2 makes network ACLs
(CreateNetworkAcl) but has no CloudFormation model of them, so Cloud
Control answered TypeNotFoundException for awscc.ec2.network_acl. Here one,
written from the type's reference (Ref and primaryIdentifier: the ACL's id;
VpcId, Tags; create CreateNetworkAcl, update of the tags in place, delete
DeleteNetworkAcl), for the ACL an aws.ec2.network_acl_entry is a rule of
(tests/integration/convert/t1544, the tests of every aws type).
"""
from moto.cloudformation.parsing import get_model_map
from moto.core.common_models import CloudFormationModel
from moto.ec2.models import ec2_backends


class _NetworkAcl(CloudFormationModel):
    # cloudcontrol_api.py finds a model's backends by its module's service.
    __module__ = "moto.ec2.models.network_acls"

    def __init__(self, acl_id, vpc_id):
        self.id = acl_id
        self.vpc_id = vpc_id

    @staticmethod
    def cloudformation_type():
        return "AWS::EC2::NetworkAcl"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @property
    def physical_resource_id(self):
        return self.id

    def is_created(self):
        return True

    def get_cfn_attribute(self, name):
        if name == "Id":
            return self.id
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = ec2_backends[account_id][region_name]
        acl = backend.create_network_acl(props["VpcId"], tags=props.get("Tags", []))
        return cls(acl.id, props["VpcId"])

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        backend = ec2_backends[account_id][region_name]
        want = {t["Key"]: t["Value"] for t in props.get("Tags", [])}
        have = backend.describe_tags(filters={"resource-id": [original_resource.id]})
        gone = [t["key"] for t in have if t["key"] not in want]
        if gone:
            backend.delete_tags([original_resource.id], {k: None for k in gone})
        if want:
            backend.create_tags([original_resource.id], want)
        return original_resource

    def delete(self, account_id, region_name):
        ec2_backends[account_id][region_name].delete_network_acl(self.id)


# The map is built once (lru_cache) when the first patch asks for it: the
# model joins that same map.
get_model_map()[_NetworkAcl.cloudformation_type()] = _NetworkAcl
