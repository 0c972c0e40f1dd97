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
from moto.ec2.exceptions import EC2ClientError, InvalidGatewayIDError
from moto.ec2.models import ec2_backends
from moto.ec2.models.internet_gateways import EgressOnlyInternetGateway
from moto_cfn_model import CfnModel, register


class _Refused(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _tags(props):
    return {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}


class EgressOnlyInternetGatewayModel(CfnModel):
    """Known by its id (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.ec2.egress_only_internet_gateway_model"
    TYPE = "AWS::EC2::EgressOnlyInternetGateway"
    ATTRIBUTES = ("Id",)

    def held(self):
        return ec2_backends[self.account_id][self.region_name].egress_only_internet_gateways.get(self.id)

    def attribute(self, name):
        return self.id if self.held() is not None else None

    @classmethod
    def create(cls, name, props, account_id, region_name):
        if not props.get("VpcId"):
            raise _Refused("MissingParameter", "The request must contain the parameter vpcId")
        gateway = ec2_backends[account_id][region_name].create_egress_only_internet_gateway(
            props["VpcId"], tags=_tags(props))
        return cls(gateway.id, account_id, region_name)

    def change(self, props):
        # VpcId is createOnly (Cloud Control refuses a patch of it before this is called).
        gateway = self.held()
        if gateway is None:
            raise InvalidGatewayIDError(self.id)
        want = _tags(props)
        ec2 = gateway.ec2_backend
        gone = [t["key"] for t in gateway.get_tags() if t["key"] not in want]
        if gone:
            ec2.delete_tags([gateway.id], {k: None for k in gone})
        if want:
            gateway.add_tags(want)

    def delete(self, account_id, region_name):
        ec2_backends[self.account_id][self.region_name].delete_egress_only_internet_gateway(self.id)


assert not hasattr(EgressOnlyInternetGateway, "create_from_cloudformation_json")
register(EgressOnlyInternetGatewayModel)
