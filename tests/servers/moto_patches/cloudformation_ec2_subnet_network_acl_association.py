"""CloudFormation (and so Cloud Control): AWS::EC2::SubnetNetworkAclAssociation.

moto 5.2.1 has EC2's ReplaceNetworkAclAssociation but no CloudFormation
model of a subnet's ACL association, so its Cloud Control answered
TypeNotFoundException: terraform-aws-vpc's `network-acls` (aws_network_acl's
subnet_ids, which terrace writes as awscc.ec2.subnet_network_acl_association,
one per subnet: tests/twins, issue 86). Written from the CloudFormation
template reference and the type's registry schema (cfn-lint's copy;
../shared/aws-schemas/handlers.json: create and delete
ec2:DescribeNetworkAcls and ec2:ReplaceNetworkAclAssociation):

  SubnetId, NetworkAclId  required; createOnly
  AssociationId           read-only, the primaryIdentifier, what Ref returns

A subnet is always in one ACL (EC2 puts a new subnet in its VPC's default
one): create moves it from the ACL it is in (ReplaceNetworkAclAssociation of
that association), delete moves it back to its VPC's default ACL, as
CloudFormation's handler does (the association's id changes each time).
"""
from moto.cloudformation.parsing import get_model_map
from moto.core.common_models import CloudFormationModel
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import ec2_backends


class _NotFound(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _association_of(backend, key, value):
    """(acl, association id) of the association whose key (subnet_id or id)
    is value, or (None, None)."""
    for acl in list(backend.network_acls.values()):
        for aid, assoc in list(acl._associations.items()):
            if getattr(assoc, key) == value:
                return acl, aid
    return None, None


class _SubnetNetworkAclAssociation(CloudFormationModel):
    # cloudcontrol_api.py finds a model's backends by its module's service.
    __module__ = "moto.ec2.models.network_acls"

    def __init__(self, association_id, subnet_id, acl_id):
        self.id = association_id
        self.subnet_id = subnet_id
        self.network_acl_id = acl_id

    @staticmethod
    def cloudformation_type():
        return "AWS::EC2::SubnetNetworkAclAssociation"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @property
    def physical_resource_id(self):
        return self.id

    def is_created(self):
        return True

    def get_cfn_attribute(self, name):
        if name == "AssociationId":
            return self.id
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = ec2_backends[account_id][region_name]
        acl_id, subnet_id = props["NetworkAclId"], props["SubnetId"]
        backend.get_network_acl(acl_id)  # InvalidNetworkAclID.NotFound
        _, aid = _association_of(backend, "subnet_id", subnet_id)
        if aid is None:
            raise _NotFound("InvalidSubnetID.NotFound",
                            f"The subnet ID '{subnet_id}' does not exist")
        assoc = backend.replace_network_acl_association(aid, acl_id)
        return cls(assoc.id, subnet_id, acl_id)

    def delete(self, account_id, region_name):
        backend = ec2_backends[account_id][region_name]
        acl, aid = _association_of(backend, "id", self.id)
        if acl is None:
            return  # its subnet is gone, or moved by another association
        default = next((a for a in backend.network_acls.values()
                        if a.default and a.vpc_id == acl.vpc_id), None)
        if default is not None and default is not acl:
            backend.replace_network_acl_association(aid, default.id)


# The map is built once (lru_cache) when the first patch asks for it: the
# model joins that same map.
get_model_map()[_SubnetNetworkAclAssociation.cloudformation_type()] = \
    _SubnetNetworkAclAssociation
