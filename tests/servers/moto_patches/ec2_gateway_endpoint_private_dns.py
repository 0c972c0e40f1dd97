"""EC2: a Gateway VPC endpoint's PrivateDnsEnabled is false.

The EC2 API reference gives CreateVpcEndpoint's PrivateDnsEnabled as an
interface endpoint's ("(Interface endpoint) Indicates whether to associate a
private hosted zone with the specified VPC ... Default: true"); a Gateway
endpoint has no private hosted zone, and DescribeVpcEndpoints answers its
PrivateDnsEnabled false. moto 5.2.1 took an absent PrivateDnsEnabled as true
for every type, so a Gateway endpoint made without it (terrace's
aws.ec2.vpc_endpoint sends none for one) read true, where hashicorp/aws's
(which sends false) read false: the Terraform corpus's terraform-aws-vpc
`complete` differed by it (tests/twins, issue 86). An interface endpoint
without it is still true, as AWS's default.
"""
from moto.ec2.responses.vpcs import VPCs

_moto_create = VPCs.create_vpc_endpoint


def create_vpc_endpoint(self):
    answer = _moto_create(self)
    endpoint = answer.result["VpcEndpoint"]
    if self._get_param("PrivateDnsEnabled") is None and \
            (self._get_param("VpcEndpointType") or "Gateway") in ("Gateway", "GatewayLoadBalancer"):
        endpoint.private_dns_enabled = False
    return answer


VPCs.create_vpc_endpoint = create_vpc_endpoint
