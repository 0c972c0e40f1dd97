#!/usr/bin/env bash
# t1690-moto-twins-vpc-sg: the harness's moto patches that let the Terraform
# corpus's terraform-aws-vpc and -security-group examples apply on moto as
# terrace converts them (tests/twins, issue 86; t1688's files hold the
# earlier ones), proven with botocore (not terrace) against the patched
# moto, each read back through EC2's own API; each step fails with its
# patch moved aside:
#   - cloudformation_ec2_subnet_properties.py: Cloud Control's
#     AWS::EC2::Subnet with an IPv6 block, MapPublicIpOnLaunch,
#     AssignIpv6AddressOnCreation, EnableDns64 and
#     PrivateDnsNameOptionsOnLaunch as DescribeSubnets answers them; an
#     IPv6-only subnet (Ipv6Native, no CidrBlock); an IPv4 block beside
#     Ipv6Native and a bad hostname type refused; the settings updated in
#     place; MapPublicIpOnLaunch false when not set (moto's default-VPC
#     true for the first subnet of a zone).
#   - cloudformation_ec2_egress_only_internet_gateway.py: Cloud Control's
#     AWS::EC2::EgressOnlyInternetGateway (its VPC and tags in EC2, a tags
#     update, no VPC refused, delete), and a route to ::/0 through it.
#   - cloudformation_ec2_subnet_network_acl_association.py: Cloud Control's
#     AWS::EC2::SubnetNetworkAclAssociation moves a subnet into an ACL (out
#     of its VPC's default one), and its delete moves it back.

. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"."""
import json

from probe_base import cc, client, done, outcome, show  # noqa: F401


ec2 = client("ec2")


def subnet_properties():
    """Cloud Control: AWS::EC2::Subnet's properties (cloudformation_ec2_subnet_properties.py)."""
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]["VpcId"]
    block = [a["Ipv6CidrBlock"] for a in ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0]
             ["Ipv6CidrBlockAssociationSet"]][0]
    prefix = block.split("::")[0]
    sixty_four = lambda n: "%s%02x::/64" % (prefix[:-2], n)  # noqa: E731 (the /56's n-th /64)

    def subnet(sid):
        s = ec2.describe_subnets(SubnetIds=[sid])["Subnets"][0]
        o = s["PrivateDnsNameOptionsOnLaunch"]
        return "%s %s %s %s %s %s %s %s" % (
            s.get("CidrBlock", "-"), [a["Ipv6CidrBlock"] == sixty_four(1) or a["Ipv6CidrBlock"] == sixty_four(2)
                                      for a in s.get("Ipv6CidrBlockAssociationSet", [])],
            s["MapPublicIpOnLaunch"], s["AssignIpv6AddressOnCreation"], s.get("EnableDns64"),
            o["HostnameType"], o["EnableResourceNameDnsARecord"], o["EnableResourceNameDnsAAAARecord"])

    made = done(cc.create_resource(TypeName="AWS::EC2::Subnet", DesiredState=json.dumps({
        "VpcId": vpc, "CidrBlock": "10.0.1.0/24", "Ipv6CidrBlock": sixty_four(1),
        "AvailabilityZone": "us-east-1a", "MapPublicIpOnLaunch": True,
        "AssignIpv6AddressOnCreation": True, "EnableDns64": True,
        "PrivateDnsNameOptionsOnLaunch": {"HostnameType": "resource-name",
                                          "EnableResourceNameDnsARecord": True,
                                          "EnableResourceNameDnsAAAARecord": True},
        "Tags": [{"Key": "Name", "Value": "dual"}]}))["ProgressEvent"])
    dual = made.get("Identifier", "")
    show("dual-stack subnet through Cloud Control", "%s %s" % (made["OperationStatus"], dual[:7]))
    show("dual-stack subnet in EC2", subnet(dual) if dual else "-")
    made = done(cc.create_resource(TypeName="AWS::EC2::Subnet", DesiredState=json.dumps({
        "VpcId": vpc, "Ipv6Native": True, "Ipv6CidrBlock": sixty_four(2),
        "AvailabilityZone": "us-east-1b", "AssignIpv6AddressOnCreation": True,
        "EnableDns64": True}))["ProgressEvent"])
    only = made.get("Identifier", "")
    show("ipv6-only subnet through Cloud Control", "%s %s" % (made["OperationStatus"], only[:7]))
    show("ipv6-only subnet in EC2", subnet(only) if only else "-")
    show("ipv6-only subnet with an ipv4 block", outcome(cc.create_resource(
        TypeName="AWS::EC2::Subnet", DesiredState=json.dumps({
            "VpcId": vpc, "Ipv6Native": True, "CidrBlock": "10.0.3.0/24",
            "Ipv6CidrBlock": sixty_four(3)}))["ProgressEvent"]))
    show("subnet of another hostname type", outcome(cc.create_resource(
        TypeName="AWS::EC2::Subnet", DesiredState=json.dumps({
            "VpcId": vpc, "CidrBlock": "10.0.4.0/24",
            "PrivateDnsNameOptionsOnLaunch": {"HostnameType": "host-name"}}))["ProgressEvent"]))
    made = done(cc.create_resource(TypeName="AWS::EC2::Subnet", DesiredState=json.dumps({
        "VpcId": vpc, "CidrBlock": "10.0.5.0/24", "AvailabilityZone": "us-east-1c"}))["ProgressEvent"])
    plain = made.get("Identifier", "")
    show("plain subnet, first of its zone", subnet(plain) if plain else made["OperationStatus"])
    show("subnet settings update", outcome(cc.update_resource(
        TypeName="AWS::EC2::Subnet", Identifier=dual, PatchDocument=json.dumps([
            {"op": "replace", "path": "/MapPublicIpOnLaunch", "value": False},
            {"op": "replace", "path": "/EnableDns64", "value": False},
            {"op": "replace", "path": "/PrivateDnsNameOptionsOnLaunch",
             "value": {"HostnameType": "ip-name"}}]))["ProgressEvent"]))
    show("dual-stack subnet after update", subnet(dual) if dual else "-")


def egress_only_gateway():
    """Cloud Control: AWS::EC2::EgressOnlyInternetGateway
    (cloudformation_ec2_egress_only_internet_gateway.py), as EC2 describes it."""
    vpc = ec2.create_vpc(CidrBlock="10.1.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]["VpcId"]
    made = done(cc.create_resource(TypeName="AWS::EC2::EgressOnlyInternetGateway", DesiredState=json.dumps({
        "VpcId": vpc, "Tags": [{"Key": "Name", "Value": "eigw-one"}]}))["ProgressEvent"])
    eigw = made.get("Identifier", "")
    show("egress-only gateway through Cloud Control", "%s %s" % (made["OperationStatus"], eigw[:5]))

    def gateway():
        found = ec2.describe_egress_only_internet_gateways(
            EgressOnlyInternetGatewayIds=[eigw])["EgressOnlyInternetGateways"]
        if not found:
            return "none"
        g = found[0]
        return "%s %s %s" % ([a["VpcId"] == vpc for a in g["Attachments"]], [a["State"] for a in g["Attachments"]],
                             sorted((t["Key"], t["Value"]) for t in g.get("Tags", [])))
    show("egress-only gateway in EC2", gateway())
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::EgressOnlyInternetGateway",
                                      Identifier=eigw)["ResourceDescription"]["Properties"])
    show("egress-only gateway read", "%s %s" % (read.get("Id") == eigw, read.get("VpcId") == vpc))
    show("egress-only gateway tags update", outcome(cc.update_resource(
        TypeName="AWS::EC2::EgressOnlyInternetGateway", Identifier=eigw, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/Tags", "value": [{"Key": "team", "Value": "net"}]}]))["ProgressEvent"]))
    show("egress-only gateway after update", gateway())
    rtb = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    show("route through the egress-only gateway", outcome(cc.create_resource(
        TypeName="AWS::EC2::Route", DesiredState=json.dumps({
            "RouteTableId": rtb, "DestinationIpv6CidrBlock": "::/0",
            "EgressOnlyInternetGatewayId": eigw}))["ProgressEvent"]))
    routes = ec2.describe_route_tables(RouteTableIds=[rtb])["RouteTables"][0]["Routes"]
    show("routes through it", [r.get("DestinationIpv6CidrBlock") for r in routes
                               if r.get("EgressOnlyInternetGatewayId") == eigw])
    show("egress-only gateway of no vpc", outcome(cc.create_resource(
        TypeName="AWS::EC2::EgressOnlyInternetGateway", DesiredState=json.dumps(
            {"VpcId": "vpc-0000000000000000f"}))["ProgressEvent"]))
    ec2.delete_route(RouteTableId=rtb, DestinationIpv6CidrBlock="::/0")
    show("egress-only gateway delete", outcome(cc.delete_resource(
        TypeName="AWS::EC2::EgressOnlyInternetGateway", Identifier=eigw)["ProgressEvent"]))
    show("egress-only gateway after delete", gateway())


def acl_association():
    """Cloud Control: AWS::EC2::SubnetNetworkAclAssociation
    (cloudformation_ec2_subnet_network_acl_association.py), as EC2 describes it."""
    vpc = ec2.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    sub = ec2.create_subnet(VpcId=vpc, CidrBlock="10.2.1.0/24")["Subnet"]["SubnetId"]
    acl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]

    def acl_of_subnet():
        found = ec2.describe_network_acls(Filters=[{"Name": "association.subnet-id", "Values": [sub]}])
        return ["mine" if a["NetworkAclId"] == acl else "default" if a["IsDefault"] else "other"
                for a in found["NetworkAcls"]]
    made = done(cc.create_resource(TypeName="AWS::EC2::SubnetNetworkAclAssociation", DesiredState=json.dumps({
        "SubnetId": sub, "NetworkAclId": acl}))["ProgressEvent"])
    assoc = made.get("Identifier", "")
    show("acl association through Cloud Control", "%s %s" % (made["OperationStatus"], assoc[:9]))
    show("subnet's acl after the association", acl_of_subnet())
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::SubnetNetworkAclAssociation",
                                      Identifier=assoc)["ResourceDescription"]["Properties"])
    show("acl association read", "%s %s %s" % (read.get("AssociationId") == assoc,
                                               read.get("SubnetId") == sub, read.get("NetworkAclId") == acl))
    show("acl association of no subnet", outcome(cc.create_resource(
        TypeName="AWS::EC2::SubnetNetworkAclAssociation", DesiredState=json.dumps(
            {"SubnetId": "subnet-0000000000000000f", "NetworkAclId": acl}))["ProgressEvent"]))
    show("acl association delete", outcome(cc.delete_resource(
        TypeName="AWS::EC2::SubnetNetworkAclAssociation", Identifier=assoc)["ProgressEvent"]))
    show("subnet's acl after the delete", acl_of_subnet())


SECTIONS = [subnet_properties, egress_only_gateway, acl_association]

# Each section alone: one that fails names itself and the others still run.
for section in SECTIONS:
    try:
        section()
    except Exception as e:  # a patch missing: moto's own refusal
        show(section.__name__ + " stopped", repr(e)[:300])
EOF

test_expect_success 'the probe runs against the patched moto' '
	ENDPOINT=$MOTO_ENDPOINT PYTHONPATH="$TEST_HERE/t1688" python3 probe.py >probe.out 2>probe.err ||
	{ cat probe.err; false; }
'

test_expect_success 'Cloud Control makes AWS::EC2::Subnet with its IPv6 block and settings, as EC2 describes them' '
	test_line probe.out "dual-stack subnet through Cloud Control: SUCCESS subnet-" &&
	test_line probe.out "dual-stack subnet in EC2: 10.0.1.0/24 [True] True True True resource-name True True" &&
	test_line probe.out "ipv6-only subnet through Cloud Control: SUCCESS subnet-" &&
	test_line probe.out "ipv6-only subnet in EC2: - [True] False True True ip-name False False" &&
	test_line probe.out "ipv6-only subnet with an ipv4 block: FAILED InvalidRequest" &&
	test_line probe.out "subnet of another hostname type: FAILED InvalidRequest" &&
	test_line probe.out "plain subnet, first of its zone: 10.0.5.0/24 [] False False False ip-name False False" &&
	test_line probe.out "subnet settings update: SUCCESS" &&
	test_line probe.out "dual-stack subnet after update: 10.0.1.0/24 [True] False True False ip-name False False"
'

test_expect_success 'Cloud Control makes AWS::EC2::EgressOnlyInternetGateway, as EC2 describes it, and a route through it' '
	test_line probe.out "egress-only gateway through Cloud Control: SUCCESS eigw-" &&
	test_line probe.out "egress-only gateway in EC2: [True] ['"'"'attached'"'"'] [('"'"'Name'"'"', '"'"'eigw-one'"'"')]" &&
	test_line probe.out "egress-only gateway read: True True" &&
	test_line probe.out "egress-only gateway tags update: SUCCESS" &&
	test_line probe.out "egress-only gateway after update: [True] ['"'"'attached'"'"'] [('"'"'team'"'"', '"'"'net'"'"')]" &&
	test_line probe.out "route through the egress-only gateway: SUCCESS" &&
	test_line probe.out "routes through it: ['"'"'::/0'"'"']" &&
	test_line probe.out "egress-only gateway of no vpc: FAILED NotFound" &&
	test_line probe.out "egress-only gateway delete: SUCCESS" &&
	test_line probe.out "egress-only gateway after delete: none"
'

test_expect_success 'Cloud Control makes AWS::EC2::SubnetNetworkAclAssociation: the subnet moves into the ACL, and back to its default one on delete' '
	test_line probe.out "acl association through Cloud Control: SUCCESS aclassoc-" &&
	test_line probe.out "subnet'"'"'s acl after the association: ['"'"'mine'"'"']" &&
	test_line probe.out "acl association read: True True True" &&
	test_line probe.out "acl association of no subnet: FAILED NotFound" &&
	test_line probe.out "acl association delete: SUCCESS" &&
	test_line probe.out "subnet'"'"'s acl after the delete: ['"'"'default'"'"']"
'

test_done
