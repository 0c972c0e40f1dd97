"""CloudFormation (and so Cloud Control): AWS::EC2::EgressOnlyInternetGateway.

moto 5.2.1 has EC2's CreateEgressOnlyInternetGateway but no CloudFormation
model of it, so its Cloud Control answered TypeNotFoundException: the
Terraform corpus's terraform-aws-vpc `ipv6-only` and `ipv6-dualstack`
(aws_egress_only_internet_gateway, which terrace writes as
awscc.ec2.egress_only_internet_gateway, and the private tables' `::/0`
routes through it: tests/twins, issue 86). Written from the CloudFormation
template reference and the type's registry schema (cfn-lint's copy;
../shared/aws-schemas/handlers.json: create
ec2:CreateEgressOnlyInternetGateway, update ec2:CreateTags/DeleteTags,
delete ec2:DeleteEgressOnlyInternetGateway):

  VpcId   required; createOnly
  Tags    [{Key, Value}], updated in place
  Id      read-only, the primaryIdentifier (eigw-...), what Ref returns
"""
from moto.cloudformation.parsing import get_model_map
from moto.ec2.exceptions import EC2ClientError, InvalidGatewayIDError
from moto.ec2.models import ec2_backends
from moto.ec2.models.internet_gateways import EgressOnlyInternetGateway


class _Refused(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _tags(props):
    return {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}


class EgressOnlyInternetGatewayModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.ec2.egress_only_internet_gateway_model"

    def __init__(self, gateway_id, account_id, region_name):
        self.gateway_id, self.account_id, self.region_name = gateway_id, account_id, region_name

    @staticmethod
    def cloudformation_type():
        return "AWS::EC2::EgressOnlyInternetGateway"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @property
    def physical_resource_id(self):
        return self.gateway_id

    def held(self):
        return ec2_backends[self.account_id][self.region_name].egress_only_internet_gateways.get(
            self.gateway_id)

    def exists_in_service(self):
        """Whether EC2 still holds the gateway (cloudcontrol_api.py)."""
        return self.held() is not None

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Id"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Id" and self.held() is not None:
            return self.gateway_id
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        if not props.get("VpcId"):
            raise _Refused("MissingParameter", "The request must contain the parameter vpcId")
        gateway = ec2_backends[account_id][region_name].create_egress_only_internet_gateway(
            props["VpcId"], tags=_tags(props))
        return cls(gateway.id, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        # VpcId is createOnly (Cloud Control refuses a patch of it before this is called).
        gateway = original_resource.held()
        if gateway is None:
            raise InvalidGatewayIDError(original_resource.gateway_id)
        want = _tags(cloudformation_json.get("Properties", {}))
        ec2 = gateway.ec2_backend
        gone = [t["key"] for t in gateway.get_tags() if t["key"] not in want]
        if gone:
            ec2.delete_tags([gateway.id], {k: None for k in gone})
        if want:
            gateway.add_tags(want)
        return original_resource

    def delete(self, account_id, region_name):
        ec2_backends[self.account_id][self.region_name].delete_egress_only_internet_gateway(self.gateway_id)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the gateway's id (Cloud Control's identifier, a stack's physical id)
        cls(resource_name, account_id, region_name).delete(account_id, region_name)


assert not hasattr(EgressOnlyInternetGateway, "create_from_cloudformation_json")
get_model_map()[EgressOnlyInternetGatewayModel.cloudformation_type()] = EgressOnlyInternetGatewayModel
