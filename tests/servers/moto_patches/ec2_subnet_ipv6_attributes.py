"""EC2: a subnet's IPv6 block reads as `associated`; ModifySubnetAttribute
keeps EnableDns64, EnableResourceNameDnsAAAARecordOnLaunch and
PrivateDnsHostnameTypeOnLaunch, as DescribeSubnets answers them.

moto 5.2.1 answered a subnet's Ipv6CidrBlockAssociationSet[].Ipv6CidrBlockState.State
as the text "{'State': 'associated'}" (its association's state dict put
inside another), so hashicorp/aws's aws_subnet, which waits after CreateSubnet
for its IPv6 block to be `associated`, waited until stopped; and moto's
ModifySubnetAttribute took only MapPublicIpOnLaunch, AssignIpv6AddressOnCreation
and EnableResourceNameDnsARecordOnLaunch, so the provider's waits for
`enable_dns64` and `enable_resource_name_dns_aaaa_record_on_launch` to read
back could never end either: the Terraform corpus's terraform-aws-vpc
`ipv6-dualstack` and `network-acls` (subnets with an IPv6 block) timed out in
the original (tests/twins, issue 86). From the EC2 API reference: Subnet's
EnableDns64 (false unless set) and PrivateDnsNameOptionsOnLaunch
{HostnameType, EnableResourceNameDnsARecord, EnableResourceNameDnsAAAARecord};
ModifySubnetAttribute's EnableDns64.Value,
EnableResourceNameDnsAAAARecordOnLaunch.Value and
PrivateDnsHostnameTypeOnLaunch (ip-name or resource-name).
"""
from moto.ec2.exceptions import InvalidParameterValueError
from moto.ec2.models.subnets import Subnet
from moto.ec2.responses.subnets import Subnets

_moto_init = Subnet.__init__


def _init(self, *args, **kwargs):
    _moto_init(self, *args, **kwargs)
    self.enable_dns64 = False


def _ipv6_cidr_block_association_set(self):
    return [{"ipv6CidrBlock": a["ipv6CidrBlock"], "associationId": a["associationId"],
             "ipv6CidrBlockState": {"state": a["ipv6CidrBlockState"]["State"]}}
            for a in self.ipv6_cidr_block_associations.values()
            if a["ipv6CidrBlockState"]["State"] == "associated"]


Subnet.__init__ = _init
Subnet.ipv6_cidr_block_association_set = property(_ipv6_cidr_block_association_set)

_moto_modify = Subnets.modify_subnet_attribute


def _bool(text):
    return str(text).lower() == "true"


def modify_subnet_attribute(self):
    subnet = self.ec2_backend.get_subnet(self._get_param("SubnetId"))
    dns64 = self._get_param("EnableDns64.Value")
    aaaa = self._get_param("EnableResourceNameDnsAAAARecordOnLaunch.Value")
    hostname = self._get_param("PrivateDnsHostnameTypeOnLaunch")
    if hostname is not None and hostname not in ("ip-name", "resource-name"):
        raise InvalidParameterValueError(hostname)
    if dns64 is not None:
        subnet.enable_dns64 = _bool(dns64)
    if aaaa is not None:
        subnet.private_dns_name_options_on_launch["EnableResourceNameDnsAAAARecord"] = _bool(aaaa)
    if hostname is not None:
        subnet.private_dns_name_options_on_launch["HostnameType"] = hostname
    return _moto_modify(self)


Subnets.modify_subnet_attribute = modify_subnet_attribute
