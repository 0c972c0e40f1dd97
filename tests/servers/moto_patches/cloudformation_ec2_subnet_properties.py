"""CloudFormation (and so Cloud Control): AWS::EC2::Subnet with the
properties its registry schema has beyond VpcId, CidrBlock, AvailabilityZone
and Tags.

moto 5.2.1's model of AWS::EC2::Subnet read only those four (and required
CidrBlock), so an IPv6-only subnet (Ipv6Native, Ipv6CidrBlock, no CidrBlock)
failed with KeyError, and a subnet's IPv6 block, MapPublicIpOnLaunch,
AssignIpv6AddressOnCreation, EnableDns64 and PrivateDnsNameOptionsOnLaunch
were dropped; its update changed tags alone. The Terraform corpus's
terraform-aws-vpc examples write every subnet as awscc.ec2.subnet (the module
sets DNS64 and the DNS name options: tests/twins, issue 86; `ipv6-only` and
`ipv6-dualstack`). Written from the CloudFormation template reference and the
type's registry schema (cfn-lint's copy; ../shared/aws-schemas/handlers.json:
create ec2:CreateSubnet and ec2:ModifySubnetAttribute, update
ec2:ModifySubnetAttribute, ec2:AssociateSubnetCidrBlock,
ec2:DisassociateSubnetCidrBlock, ec2:CreateTags, ec2:DeleteTags):

  VpcId                          required; createOnly
  CidrBlock                      createOnly; not with Ipv6Native true
  Ipv6Native                     createOnly; true needs Ipv6CidrBlock
  AvailabilityZone, AvailabilityZoneId, OutpostArn   createOnly
  Ipv6CidrBlock                  a /64 of the VPC's IPv6 block; updatable
  MapPublicIpOnLaunch, AssignIpv6AddressOnCreation, EnableDns64
                                 updatable (ModifySubnetAttribute); false
                                 unless set (a subnet of a VPC that is not
                                 the default one)
  PrivateDnsNameOptionsOnLaunch  {HostnameType (ip-name, resource-name),
                                 EnableResourceNameDnsARecord,
                                 EnableResourceNameDnsAAAARecord}; updatable
  Tags                           updated in place
The IPAM pool properties (Ipv4IpamPoolId, Ipv6IpamPoolId, their netmask
lengths) are refused (UnsupportedOperation): moto's EC2 allocates no block
from a pool, and this patch does not pretend to. moto's update of the tags
(cloudformation_models_network_db.py) stays: this update is what it calls
for any other property.
"""
from moto.cloudformation.parsing import get_model_map
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import ec2_backends
from moto.ec2.models.subnets import Subnet

_POOL_PROPERTIES = ("Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength")
_HOSTNAME_TYPES = ("ip-name", "resource-name")


class _Refused(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _previous_properties(model):
    """The properties Cloud Control holds for the subnet (cloudcontrol_api.py's
    state, as cloudformation_models_network_db.py reads it)."""
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication
    held_state = DomainDispatcherApplication.__call__.__globals__
    with held_state["LOCK"]:
        for state in held_state["STATE"].values():
            for held in state["resources"].values():
                if held.model is model:
                    return held.properties
    return {}


def _bool(value):
    return str(value).lower() == "true"


def _set_settings(subnet, props, before):
    """The settings ModifySubnetAttribute changes, where props differ from
    before (at create: from AWS's defaults)."""
    for prop, attr in (("MapPublicIpOnLaunch", "map_public_ip_on_launch"),
                       ("AssignIpv6AddressOnCreation", "assign_ipv6_address_on_creation"),
                       ("EnableDns64", "enable_dns64")):
        if prop in props or prop in before:
            setattr(subnet, attr, _bool(props.get(prop, False)))
    options = props.get("PrivateDnsNameOptionsOnLaunch") or {}
    hostname = options.get("HostnameType")
    if hostname is not None and hostname not in _HOSTNAME_TYPES:
        raise _Refused("InvalidParameterValue",
                       f"Value ({hostname}) for parameter PrivateDnsHostnameTypeOnLaunch is invalid.")
    if "PrivateDnsNameOptionsOnLaunch" in props or "PrivateDnsNameOptionsOnLaunch" in before:
        subnet.private_dns_name_options_on_launch = {
            "HostnameType": hostname or "ip-name",
            "EnableResourceNameDnsARecord": _bool(options.get("EnableResourceNameDnsARecord", False)),
            "EnableResourceNameDnsAAAARecord": _bool(options.get("EnableResourceNameDnsAAAARecord", False)),
        }


def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                    **kwargs):
    props = cloudformation_json.get("Properties", {})
    if not props.get("VpcId"):
        raise _Refused("MissingParameter", "The request must contain the parameter vpcId")
    pools = [p for p in _POOL_PROPERTIES if props.get(p) is not None]
    if pools:
        raise _Refused("UnsupportedOperation",
                       f"The test server's EC2 allocates no CIDR block from a pool ({', '.join(pools)}).")
    native = _bool(props.get("Ipv6Native", False))
    if native and props.get("CidrBlock"):
        raise _Refused("InvalidParameterCombination",
                       "An IPv6-only subnet (Ipv6Native) takes no IPv4 CidrBlock.")
    if native and not props.get("Ipv6CidrBlock"):
        raise _Refused("MissingParameter", "An IPv6-only subnet (Ipv6Native) needs an Ipv6CidrBlock.")
    if not native and not props.get("CidrBlock"):
        raise _Refused("MissingParameter", "The request must contain the parameter cidrBlock")
    backend = ec2_backends[account_id][region_name]
    subnet = backend.create_subnet(
        vpc_id=props["VpcId"], cidr_block=props.get("CidrBlock"),
        ipv6_cidr_block=props.get("Ipv6CidrBlock"), availability_zone=props.get("AvailabilityZone"),
        availability_zone_id=props.get("AvailabilityZoneId"), ipv6_native=native,
        tags={"subnet": {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}})
    # moto maps a public IP on launch in the first subnet of each zone, as
    # for a default VPC's subnets; AWS's default elsewhere is false
    subnet.map_public_ip_on_launch = False
    subnet.assign_ipv6_address_on_creation = False
    _set_settings(subnet, props, {})
    return subnet


def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                    account_id, region_name):
    props = cloudformation_json.get("Properties", {})
    before = _previous_properties(original_resource)
    if props.get("Ipv6CidrBlock") != before.get("Ipv6CidrBlock"):
        raise NotImplementedError("AWS::EC2::Subnet: this test server does not change Ipv6CidrBlock in place")
    _set_settings(original_resource, props, before)
    ec2 = original_resource.ec2_backend
    want = {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}
    gone = {k: v for k, v in dict(ec2.tags.get(original_resource.id, {})).items() if k not in want}
    if gone:
        ec2.delete_tags([original_resource.id], gone)
    if want:
        ec2.create_tags([original_resource.id], want)
    return original_resource


Subnet.create_from_cloudformation_json = classmethod(create_from_cloudformation_json)
Subnet.update_from_cloudformation_json = classmethod(update_from_cloudformation_json)
assert get_model_map()["AWS::EC2::Subnet"] is Subnet
