"""CloudFormation (and so Cloud Control): an AWS::EC2::Route to an IPv6 block
or a prefix list, or through a carrier gateway or a VPC endpoint.

moto 5.2.1's model of AWS::EC2::Route passed CreateRoute only
DestinationCidrBlock and seven targets: DestinationIpv6CidrBlock,
DestinationPrefixListId, CarrierGatewayId and VpcEndpointId were dropped, so a
route to `::/0` through an egress-only gateway, or to the DNS64 prefix
`64:ff9b::/96` through a NAT gateway, was made with no destination at all and
known as `rtb-...~None`; the second such route of a table then "already
exists" (the Terraform corpus's terraform-aws-vpc `ipv6-dualstack`, whose
aws_route resources terrace writes as awscc.ec2.route; tests/twins, issue 86).
Written from the CloudFormation template reference, AWS::EC2::Route: exactly
one destination (DestinationCidrBlock, DestinationIpv6CidrBlock or
DestinationPrefixListId), all createOnly; the route is known by its table and
destination, as EC2's DeleteRoute takes them.
"""
from moto.ec2.models import ec2_backends
from moto.ec2.models.route_tables import Route


def _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json["Properties"]
    return ec2_backends[account_id][region_name].create_route(
        route_table_id=props["RouteTableId"],
        destination_cidr_block=props.get("DestinationCidrBlock"),
        destination_ipv6_cidr_block=props.get("DestinationIpv6CidrBlock"),
        destination_prefix_list_id=props.get("DestinationPrefixListId"),
        gateway_id=props.get("GatewayId"),
        instance_id=props.get("InstanceId"),
        nat_gateway_id=props.get("NatGatewayId"),
        egress_only_igw_id=props.get("EgressOnlyInternetGatewayId"),
        transit_gateway_id=props.get("TransitGatewayId"),
        interface_id=props.get("NetworkInterfaceId"),
        vpc_peering_connection_id=props.get("VpcPeeringConnectionId"),
        carrier_gateway_id=props.get("CarrierGatewayId"),
        vpc_endpoint_id=props.get("VpcEndpointId"))


Route.create_from_cloudformation_json = classmethod(_create)
