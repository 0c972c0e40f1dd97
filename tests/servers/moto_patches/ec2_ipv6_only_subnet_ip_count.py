"""EC2: an IPv6-only subnet's AvailableIpAddressCount is 0.

The EC2 API reference (Subnet.AvailableIpAddressCount): "The number of unused
private IPv4 addresses in the subnet". An IPv6-only subnet (CreateSubnet with
Ipv6Native and no CidrBlock) has no IPv4 address, so AWS answers 0. moto 5.2.1
counted the IPv6 /64's addresses less five, 18446744073709551611, which does
not fit the API's Integer: hashicorp/aws could not read CreateSubnet's answer
("deserialization failed") and the Terraform corpus's terraform-aws-vpc
`ipv6-only` failed in the original (tests/twins, issue 86).
"""
from moto.ec2.models.subnets import Subnet

_moto_count = Subnet.available_ip_address_count


def _available_ip_address_count(self):
    if not self.cidr_block:
        return 0
    return _moto_count.fget(self)


Subnet.available_ip_address_count = property(_available_ip_address_count)
