#!/usr/bin/env bash
# t1688-moto-cloudcontrol-tf-corpus: the harness's moto patches that let the
# Terraform corpus's examples apply on moto (tests/twins, issue 86): the VPC,
# S3, DynamoDB, RDS and Lambda answers the originals and terrace's conversions
# met (t1688-moto-cfn-cloudcontrol-cdk.sh holds the CDK corpus's and the
# earlier ones), proven with botocore (not terrace) against the patched moto,
# each read back through the service's own API; each step fails with its
# patch moved aside:
#   - cloudformation_ec2_customer_gateway_vpc_cidr_block.py: Cloud Control's
#     AWS::EC2::CustomerGateway (its DeviceName and tags in EC2, a tags
#     update, a bad ASN refused, delete) and ::VPCCidrBlock (known as
#     ID|VPCID, a subnet in the block, a /29 and an IPAM pool refused, an
#     Amazon IPv6 block, no update, disassociated at delete).
#   - lambda_event_source_mapping_mq.py: an event source mapping of an
#     Amazon MQ broker's queue (read, listed, a second refused, two queues,
#     no BASIC_AUTH secret and no such broker refused, deleted).
#   - ec2_ipv6_only_subnet_ip_count.py: an IPv6-only subnet's
#     AvailableIpAddressCount is 0 (an IPv4 subnet's its free addresses).
#   - ec2_subnet_ipv6_attributes.py: a subnet's IPv6 block `associated`;
#     EnableDns64, the AAAA record and hostname type kept by
#     ModifySubnetAttribute, as DescribeSubnets answers them.
#   - ec2_vpc_block_public_access.py: the account's VPC Block Public Access
#     options (off, then block-bidirectional) and an exclusion of a VPC (its
#     states, tags, ARN, a filter, an unknown id refused, deleted).
#   - ec2_gateway_endpoint_private_dns.py: a Gateway endpoint made without
#     PrivateDnsEnabled reads false; an interface endpoint's stays true.
#   - cloudformation_ec2_route_destinations.py: Cloud Control's
#     AWS::EC2::Route to an IPv6 block through an egress-only gateway and to
#     the DNS64 prefix through a NAT gateway in one table (two routes, as
#     DescribeRouteTables lists them), deleted.
#   - s3_lifecycle_transition_default_minimum_object_size.py: a lifecycle
#     configuration's TransitionDefaultMinimumObjectSize, put and read back
#     (the default when not sent; another value refused).
#   - s3_put_bucket_logging_target_permissions.py, s3_bucket_request_payment.py,
#     s3_bucket_intelligent_tiering_metrics.py (outside us-east-1): logging
#     to a bucket that has no log-delivery policy yet (a missing target
#     refused); the payer put and read; Intelligent-Tiering and metrics
#     configurations put, read, listed, deleted (NoSuchConfiguration); no
#     bucket made by any of them.
#   - dynamodb_import_table_csv.py: ImportTable of a CSV file with a ";"
#     delimiter and a header line (keys typed by AttributeDefinitions, other
#     columns strings), a row without its key counted as an error, ION refused.
#   - rds_restore_db_instance_from_s3.py: a MySQL instance restored from a
#     bucket, listed; a missing bucket and a source engine other than mysql
#     refused.
#   - ec2_describe_network_acls_not_found.py, ec2_traffic_mirror_id_prefixes.py
#     (what plan's reads of a literal id take, provider/aws/checks/kinds/
#     reads.def): DescribeNetworkAcls of an id naming none answers
#     InvalidNetworkAclID.NotFound (one that exists is described); traffic
#     mirror filters and targets are made with ids of AWS's form, tmf- and
#     tmt-, and described by them.
#   - ec2_placement_groups.py: a placement group made, described by its id,
#     its name and a filter, a second of its name refused, one of no id
#     refused InvalidPlacementGroup.Unknown, deleted.
#   - ec2_capacity_reservations.py: a capacity reservation made, described by
#     its id and a filter, one of no id refused
#     InvalidCapacityReservationId.NotFound, cancelled (still described).
#   - s3_directory_bucket.py: an S3 Express directory bucket made (HeadBucket
#     answers its location), listed by ListDirectoryBuckets and not by
#     ListBuckets; its lifecycle answers no minimum transition size; a name
#     of another zone and a mismatched redundancy refused.
#   - s3tables_bucket_table_settings.py: S3 Tables in eu-west-1; a table
#     bucket's encryption, maintenance and policy (none: NotFound), a table's
#     encryption (its bucket's or its own), GetTable without a `false`
#     managedByService, ListTables with each tableARN and type,
#     maintenance (a type never put its default; a
#     bucket's type refused), policy put,
#     read and deleted.
#   - cloudformation_iam_saml_provider.py: Cloud Control's
#     AWS::IAM::SAMLProvider, known by its ARN (its metadata in IAM, listed,
#     read, deleted).
#   - cloudformation_events_bus_properties.py: Cloud Control's
#     AWS::Events::EventBus keeps its description, dead-letter queue and tags.
#   - cloudformation_sns_topic_properties.py: Cloud Control's AWS::SNS::Topic
#     keeps its tags, and its data protection policy as JSON text.
#   - cloudformation_ssm_parameter_tags.py: Cloud Control's
#     AWS::SSM::Parameter takes its tags as the map its schema gives.
#   - cloudformation_events_bus_policy.py: Cloud Control's
#     AWS::Events::EventBusPolicy, known as BUS|SID (a statement of an
#     account, one of an organization, in the bus's policy; read, updated,
#     deleted).

. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"
(error answers as "error CODE")."""
import json
import re
import time

from botocore.config import Config
from probe_base import EP, SESSION, cc, client, done, err, outcome, show  # noqa: F401


def customer_gateway_and_cidr_block():
    """Cloud Control: AWS::EC2::CustomerGateway and ::VPCCidrBlock
    (cloudformation_ec2_customer_gateway_vpc_cidr_block.py), as
    DescribeCustomerGateways and DescribeVpcs show."""
    ec2 = client("ec2")
    made = done(cc.create_resource(TypeName="AWS::EC2::CustomerGateway", DesiredState=json.dumps({
        "Type": "ipsec.1", "IpAddress": "1.2.3.4", "BgpAsn": 65112, "DeviceName": "some_name",
        "Tags": [{"Key": "Name", "Value": "cgw-one"}]}))["ProgressEvent"])
    cgw = made.get("Identifier", "")
    show("customer gateway through Cloud Control", "%s %s" % (made["OperationStatus"], cgw[:4]))
    def gateway():
        g = ec2.describe_customer_gateways(CustomerGatewayIds=[cgw])["CustomerGateways"][0]
        return "%s %s %s %s %s" % (g["State"], g["IpAddress"], g["BgpAsn"], g.get("DeviceName"),
                                   sorted((t["Key"], t["Value"]) for t in g.get("Tags", [])))
    show("customer gateway in EC2", gateway())
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::CustomerGateway",
                                      Identifier=cgw)["ResourceDescription"]["Properties"])
    show("customer gateway read", "%s %s" % (read["CustomerGatewayId"] == cgw, read["Type"]))
    show("customer gateway tags update", outcome(cc.update_resource(
        TypeName="AWS::EC2::CustomerGateway", Identifier=cgw, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/Tags", "value": [{"Key": "team", "Value": "net"}]}]))["ProgressEvent"]))
    show("customer gateway after update", gateway())
    show("customer gateway of a bad ASN", outcome(cc.create_resource(
        TypeName="AWS::EC2::CustomerGateway", DesiredState=json.dumps(
            {"Type": "ipsec.1", "IpAddress": "1.2.3.5", "BgpAsn": 0}))["ProgressEvent"]))
    show("customer gateway delete", outcome(cc.delete_resource(TypeName="AWS::EC2::CustomerGateway",
                                                               Identifier=cgw)["ProgressEvent"]))
    show("customer gateway after delete", gateway().split()[0])
    err("customer gateway read after delete", cc, "get_resource", TypeName="AWS::EC2::CustomerGateway",
        Identifier=cgw)

    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    made = done(cc.create_resource(TypeName="AWS::EC2::VPCCidrBlock", DesiredState=json.dumps({
        "VpcId": vpc, "CidrBlock": "10.1.0.0/16"}))["ProgressEvent"])
    ident = made.get("Identifier", "")
    assoc = ident.split("|")[0]
    show("cidr block through Cloud Control", "%s %s %s" % (made["OperationStatus"], assoc[:15],
                                                           ident.split("|")[1:] == [vpc]))

    def blocks():
        v = ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0]
        return sorted((a["CidrBlock"], a["CidrBlockState"]["State"]) for a in v["CidrBlockAssociationSet"])
    show("cidr blocks in EC2", blocks())
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::VPCCidrBlock",
                                      Identifier=ident)["ResourceDescription"]["Properties"])
    show("cidr block read", "%s %s %s" % (read["Id"] == assoc, read["VpcId"] == vpc, read["CidrBlock"]))
    err("subnet in the secondary block", ec2, "create_subnet", VpcId=vpc, CidrBlock="10.1.0.0/18")
    show("cidr block of /29", outcome(cc.create_resource(TypeName="AWS::EC2::VPCCidrBlock", DesiredState=json.dumps(
        {"VpcId": vpc, "CidrBlock": "10.2.0.0/29"}))["ProgressEvent"]))
    show("cidr block of an IPAM pool", outcome(cc.create_resource(TypeName="AWS::EC2::VPCCidrBlock",
                                                                  DesiredState=json.dumps(
        {"VpcId": vpc, "Ipv4IpamPoolId": "ipam-pool-0123", "Ipv4NetmaskLength": 20}))["ProgressEvent"]))
    made6 = done(cc.create_resource(TypeName="AWS::EC2::VPCCidrBlock", DesiredState=json.dumps({
        "VpcId": vpc, "AmazonProvidedIpv6CidrBlock": True}))["ProgressEvent"])
    read6 = json.loads(cc.get_resource(TypeName="AWS::EC2::VPCCidrBlock",
                                       Identifier=made6.get("Identifier", ""))["ResourceDescription"]["Properties"])
    v = ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0]
    show("ipv6 cidr block", "%s %s %s" % (made6["OperationStatus"], read6.get("IpSource"),
                                          [a["Ipv6CidrBlock"].endswith("/56") for a in v.get("Ipv6CidrBlockAssociationSet", [])]))
    err("cidr block update", cc, "update_resource", TypeName="AWS::EC2::VPCCidrBlock", Identifier=ident,
        PatchDocument=json.dumps([{"op": "replace", "path": "/CidrBlock", "value": "10.3.0.0/16"}]))
    show("cidr block delete", outcome(cc.delete_resource(TypeName="AWS::EC2::VPCCidrBlock",
                                                         Identifier=ident)["ProgressEvent"]))
    show("cidr blocks after delete", blocks())
    err("cidr block read after delete", cc, "get_resource", TypeName="AWS::EC2::VPCCidrBlock", Identifier=ident)


def lambda_mq_mapping():
    """Lambda: an event source mapping of an Amazon MQ broker's queue
    (lambda_event_source_mapping_mq.py), as GetEventSourceMapping answers."""
    import io
    import zipfile
    lam = client("lambda")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return 1\n")
    role = client("iam").create_role(RoleName="mq-fn", AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                "Principal": {"Service": "lambda.amazonaws.com"}}]}))["Role"]["Arn"]
    lam.create_function(FunctionName="mq-fn", Runtime="python3.12", Role=role, Handler="index.handler",
                        Code={"ZipFile": buf.getvalue()})
    broker = client("mq").create_broker(
        BrokerName="mq-broker", EngineType="RabbitMQ", EngineVersion="3.12.13", HostInstanceType="mq.t3.micro",
        DeploymentMode="SINGLE_INSTANCE", PubliclyAccessible=False, AutoMinorVersionUpgrade=True,
        Users=[{"Username": "mq-user", "Password": "mq-password-123"}])["BrokerArn"]
    secret = client("secretsmanager").create_secret(Name="mq-credentials", SecretString=json.dumps(
        {"username": "mq-user", "password": "mq-password-123"}))["ARN"]
    access = [{"Type": "BASIC_AUTH", "URI": secret}, {"Type": "VIRTUAL_HOST", "URI": "/"}]
    err("mq mapping of two queues", lam, "create_event_source_mapping", FunctionName="mq-fn",
        EventSourceArn=broker, Queues=["a", "b"], SourceAccessConfigurations=access)
    err("mq mapping without credentials", lam, "create_event_source_mapping", FunctionName="mq-fn",
        EventSourceArn=broker, Queues=["my-queue"], SourceAccessConfigurations=access[1:])
    made = err("mq mapping", lam, "create_event_source_mapping", FunctionName="mq-fn", EventSourceArn=broker,
               Queues=["my-queue"], SourceAccessConfigurations=access)
    if made:
        got = lam.get_event_source_mapping(UUID=made["UUID"])
        show("mq mapping read", "%s %s %s %s %s" % (got["EventSourceArn"] == broker, got["Queues"], got["BatchSize"],
                                                    got.get("StartingPosition", "-"),
                                                    [a["Type"] for a in got["SourceAccessConfigurations"]]))
        show("mq mappings listed", len(lam.list_event_source_mappings(EventSourceArn=broker)["EventSourceMappings"]))
    err("mq mapping again", lam, "create_event_source_mapping", FunctionName="mq-fn", EventSourceArn=broker,
        Queues=["my-queue"], SourceAccessConfigurations=access)
    err("mq mapping of no broker", lam, "create_event_source_mapping", FunctionName="mq-fn",
        EventSourceArn=broker[:-4] + "0000", Queues=["my-queue"], SourceAccessConfigurations=access)
    if made:
        err("mq mapping delete", lam, "delete_event_source_mapping", UUID=made["UUID"])
        show("mq mappings after delete",
             len(lam.list_event_source_mappings(EventSourceArn=broker)["EventSourceMappings"]))


def ipv6_only_subnet():
    """EC2: an IPv6-only subnet counts no IPv4 address (ec2_ipv6_only_subnet_ip_count.py)."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]["VpcId"]
    block = ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0]["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"]
    six = ec2.create_subnet(VpcId=vpc, Ipv6Native=True, Ipv6CidrBlock=block.replace("/56", "/64"))["Subnet"]
    four = ec2.create_subnet(VpcId=vpc, CidrBlock="10.20.1.0/24")["Subnet"]
    show("ipv6-only subnet addresses", "%s %s" % (six["AvailableIpAddressCount"], four["AvailableIpAddressCount"]))


def subnet_ipv6_attributes():
    """EC2: a subnet's IPv6 block and DNS attributes (ec2_subnet_ipv6_attributes.py)."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.30.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]["VpcId"]
    block = ec2.describe_vpcs(VpcIds=[vpc])["Vpcs"][0]["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"]
    sub = ec2.create_subnet(VpcId=vpc, CidrBlock="10.30.1.0/24", Ipv6CidrBlock=block.replace("/56", "/64"))["Subnet"]

    def attrs():
        s = ec2.describe_subnets(SubnetIds=[sub["SubnetId"]])["Subnets"][0]
        o = s.get("PrivateDnsNameOptionsOnLaunch", {})
        return "%s %s %s %s" % ([a["Ipv6CidrBlockState"]["State"] for a in s.get("Ipv6CidrBlockAssociationSet", [])],
                                s.get("EnableDns64"), o.get("EnableResourceNameDnsAAAARecord"), o.get("HostnameType"))
    show("subnet ipv6 before", attrs())
    ec2.modify_subnet_attribute(SubnetId=sub["SubnetId"], EnableDns64={"Value": True})
    ec2.modify_subnet_attribute(SubnetId=sub["SubnetId"], EnableResourceNameDnsAAAARecordOnLaunch={"Value": True})
    ec2.modify_subnet_attribute(SubnetId=sub["SubnetId"], PrivateDnsHostnameTypeOnLaunch="resource-name")
    show("subnet ipv6 after", attrs())
    err("subnet hostname type of another name", ec2, "modify_subnet_attribute", SubnetId=sub["SubnetId"],
        PrivateDnsHostnameTypeOnLaunch="no-name")


def vpc_block_public_access():
    """EC2: VPC Block Public Access options and exclusions (ec2_vpc_block_public_access.py)."""
    ec2 = client("ec2")

    def options():
        o = ec2.describe_vpc_block_public_access_options()["VpcBlockPublicAccessOptions"]
        return "%s %s %s" % (o["InternetGatewayBlockMode"], o["State"], o["AwsAccountId"])
    show("bpa options before", options())
    o = ec2.modify_vpc_block_public_access_options(InternetGatewayBlockMode="block-bidirectional")
    show("bpa options modify", o["VpcBlockPublicAccessOptions"]["State"])
    show("bpa options after", options())
    err("bpa options of another mode", ec2, "modify_vpc_block_public_access_options",
        InternetGatewayBlockMode="block-all")
    vpc = ec2.create_vpc(CidrBlock="10.40.0.0/16")["Vpc"]["VpcId"]
    x = ec2.create_vpc_block_public_access_exclusion(
        VpcId=vpc, InternetGatewayExclusionMode="allow-bidirectional", TagSpecifications=[{
            "ResourceType": "vpc-block-public-access-exclusion", "Tags": [{"Key": "team", "Value": "net"}]}])[
        "VpcBlockPublicAccessExclusion"]
    ident = x["ExclusionId"]
    show("bpa exclusion create", "%s %s %s" % (ident[:10], x["State"], x["ResourceArn"].endswith(":vpc/" + vpc)))

    def exclusion():
        e = ec2.describe_vpc_block_public_access_exclusions(ExclusionIds=[ident])["VpcBlockPublicAccessExclusions"][0]
        return "%s %s %s" % (e["State"], e["InternetGatewayExclusionMode"], e.get("Tags"))
    show("bpa exclusion", exclusion())
    ec2.modify_vpc_block_public_access_exclusion(ExclusionId=ident, InternetGatewayExclusionMode="allow-egress")
    show("bpa exclusion after modify", exclusion())
    show("bpa exclusions by state", len(ec2.describe_vpc_block_public_access_exclusions(
        Filters=[{"Name": "state", "Values": ["update-complete"]}])["VpcBlockPublicAccessExclusions"]))
    err("bpa exclusion of both", ec2, "create_vpc_block_public_access_exclusion", VpcId=vpc, SubnetId="subnet-1",
        InternetGatewayExclusionMode="allow-egress")
    err("bpa exclusion of no id", ec2, "describe_vpc_block_public_access_exclusions",
        ExclusionIds=["exclusion-00000000000000000"])
    show("bpa exclusion delete", ec2.delete_vpc_block_public_access_exclusion(ExclusionId=ident)[
        "VpcBlockPublicAccessExclusion"]["State"])
    show("bpa exclusion after delete", exclusion())


def gateway_endpoint_private_dns():
    """EC2: a Gateway endpoint's PrivateDnsEnabled (ec2_gateway_endpoint_private_dns.py)."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.50.0.0/16")["Vpc"]["VpcId"]
    gateway = ec2.create_vpc_endpoint(VpcId=vpc, ServiceName="com.amazonaws.us-east-1.dynamodb",
                                      VpcEndpointType="Gateway")["VpcEndpoint"]["VpcEndpointId"]
    interface = ec2.create_vpc_endpoint(VpcId=vpc, ServiceName="com.amazonaws.us-east-1.sqs",
                                        VpcEndpointType="Interface")["VpcEndpoint"]["VpcEndpointId"]
    found = {e["VpcEndpointId"]: e.get("PrivateDnsEnabled") for e in
             ec2.describe_vpc_endpoints(VpcEndpointIds=[gateway, interface])["VpcEndpoints"]}
    show("endpoint private dns", "%s %s" % (found[gateway], found[interface]))


def ipv6_routes_cloudcontrol():
    """Cloud Control: AWS::EC2::Route to IPv6 destinations (cloudformation_ec2_route_destinations.py)."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.60.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]["VpcId"]
    sub = ec2.create_subnet(VpcId=vpc, CidrBlock="10.60.1.0/24")["Subnet"]["SubnetId"]
    eigw = ec2.create_egress_only_internet_gateway(VpcId=vpc)["EgressOnlyInternetGateway"]["EgressOnlyInternetGatewayId"]
    eip = ec2.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2.create_nat_gateway(SubnetId=sub, AllocationId=eip)["NatGateway"]["NatGatewayId"]
    rtb = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    made = []
    for dest, target in (("::/0", {"EgressOnlyInternetGatewayId": eigw}), ("64:ff9b::/96", {"NatGatewayId": nat})):
        event = done(cc.create_resource(TypeName="AWS::EC2::Route", DesiredState=json.dumps(
            dict({"RouteTableId": rtb, "DestinationIpv6CidrBlock": dest}, **target)))["ProgressEvent"])
        made.append(event.get("Identifier"))
        show("ipv6 route " + dest, "%s %s" % (event["OperationStatus"], (event.get("Identifier") or "").endswith(dest)))

    def routes():
        table = ec2.describe_route_tables(RouteTableIds=[rtb])["RouteTables"][0]
        return sorted("%s %s" % (r["DestinationIpv6CidrBlock"], r.get("EgressOnlyInternetGatewayId") or r.get("NatGatewayId"))
                      for r in table["Routes"] if r.get("DestinationIpv6CidrBlock") and r.get("Origin") == "CreateRoute")
    show("ipv6 routes", [r.replace(eigw, "eigw").replace(nat, "nat") for r in routes()])
    for ident in made:
        if ident:
            show("ipv6 route delete", outcome(cc.delete_resource(TypeName="AWS::EC2::Route",
                                                                 Identifier=ident)["ProgressEvent"]))
    show("ipv6 routes after delete", routes())


def s3_lifecycle_minimum_size():
    """S3: TransitionDefaultMinimumObjectSize (s3_lifecycle_transition_default_minimum_object_size.py)."""
    s3 = client("s3", "us-east-1", s3_path_style=True)
    s3.create_bucket(Bucket="lifecycle-minimum")
    rules = [{"ID": "log", "Status": "Enabled", "Filter": {"Prefix": "log/"},
              "Transitions": [{"Days": 30, "StorageClass": "ONEZONE_IA"}]}]
    put = s3.put_bucket_lifecycle_configuration(Bucket="lifecycle-minimum", LifecycleConfiguration={"Rules": rules},
                                                TransitionDefaultMinimumObjectSize="varies_by_storage_class")
    got = s3.get_bucket_lifecycle_configuration(Bucket="lifecycle-minimum")
    show("lifecycle minimum size", "%s %s" % (put.get("TransitionDefaultMinimumObjectSize"),
                                              got.get("TransitionDefaultMinimumObjectSize")))
    s3.put_bucket_lifecycle_configuration(Bucket="lifecycle-minimum", LifecycleConfiguration={"Rules": rules})
    show("lifecycle minimum size by default", s3.get_bucket_lifecycle_configuration(
        Bucket="lifecycle-minimum").get("TransitionDefaultMinimumObjectSize"))
    err("lifecycle minimum size of another value", s3, "put_bucket_lifecycle_configuration",
        Bucket="lifecycle-minimum", LifecycleConfiguration={"Rules": rules}, TransitionDefaultMinimumObjectSize="tiny")


def s3_bucket_configurations():
    """S3 logging, request payment, Intelligent-Tiering and metrics
    (s3_put_bucket_logging_target_permissions.py, s3_bucket_request_payment.py,
    s3_bucket_intelligent_tiering_metrics.py), in eu-west-1 where moto read
    the PUTs as CreateBucket."""
    s3 = client("s3", "eu-west-1", s3_path_style=True)
    for name in ("configured-source", "configured-logs"):
        s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    err("logging to a bucket without a log policy", s3, "put_bucket_logging", Bucket="configured-source",
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": "configured-logs", "TargetPrefix": "log/"}})
    show("logging", s3.get_bucket_logging(Bucket="configured-source").get("LoggingEnabled", {}).get("TargetBucket"))
    err("logging to no bucket", s3, "put_bucket_logging", Bucket="configured-source",
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": "configured-none", "TargetPrefix": "log/"}})
    err("request payment put", s3, "put_bucket_request_payment", Bucket="configured-source",
        RequestPaymentConfiguration={"Payer": "Requester"})
    show("request payment", "%s %s" % (s3.get_bucket_request_payment(Bucket="configured-source")["Payer"],
                                       s3.get_bucket_request_payment(Bucket="configured-logs")["Payer"]))
    err("intelligent tiering put", s3, "put_bucket_intelligent_tiering_configuration", Bucket="configured-source",
        Id="general", IntelligentTieringConfiguration={
            "Id": "general", "Status": "Enabled", "Filter": {"Prefix": "/"},
            "Tierings": [{"Days": 180, "AccessTier": "ARCHIVE_ACCESS"}]})
    got = s3.get_bucket_intelligent_tiering_configuration(Bucket="configured-source", Id="general")[
        "IntelligentTieringConfiguration"]
    show("intelligent tiering", "%s %s %s" % (got["Status"], got["Filter"], got["Tierings"]))
    show("intelligent tiering listed", [c["Id"] for c in s3.list_bucket_intelligent_tiering_configurations(
        Bucket="configured-source")["IntelligentTieringConfigurationList"]])
    err("metrics put", s3, "put_bucket_metrics_configuration", Bucket="configured-source", Id="documents",
        MetricsConfiguration={"Id": "documents", "Filter": {"Prefix": "documents/"}})
    show("metrics", s3.get_bucket_metrics_configuration(Bucket="configured-source", Id="documents")[
        "MetricsConfiguration"]["Filter"])
    err("metrics of another id", s3, "put_bucket_metrics_configuration", Bucket="configured-source", Id="a",
        MetricsConfiguration={"Id": "b"})
    err("metrics delete", s3, "delete_bucket_metrics_configuration", Bucket="configured-source", Id="documents")
    err("metrics after delete", s3, "get_bucket_metrics_configuration", Bucket="configured-source", Id="documents")
    show("buckets named configured-", len([b for b in s3.list_buckets()["Buckets"]
                                           if b["Name"].startswith("configured-")]))


def dynamodb_csv_import():
    """DynamoDB ImportTable of CSV (dynamodb_import_table_csv.py)."""
    s3 = client("s3")
    ddb = client("dynamodb")
    s3.create_bucket(Bucket="csv-imports")
    s3.put_object(Bucket="csv-imports", Key="good/rows.csv", Body=b"id;title;note\n02;csv;\n03;csvtest;seen\n")
    s3.put_object(Bucket="csv-imports", Key="bad/rows.csv", Body=b"id;title\n;nokey\n04;fine\n")

    def run(prefix, table, fmt="CSV"):
        try:
            made = ddb.import_table(
                S3BucketSource={"S3Bucket": "csv-imports", "S3KeyPrefix": prefix}, InputFormat=fmt,
                InputFormatOptions={"Csv": {"Delimiter": ";"}}, InputCompressionType="NONE",
                TableCreationParameters={
                    "TableName": table, "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "N"},
                                             {"AttributeName": "title", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"},
                                  {"AttributeName": "title", "KeyType": "RANGE"}]})["ImportTableDescription"]
        except ddb.exceptions.ClientError as e:
            return "error " + e.response["Error"]["Code"]
        for _ in range(100):
            got = ddb.describe_import(ImportArn=made["ImportArn"])["ImportTableDescription"]
            if got["ImportStatus"] != "IN_PROGRESS":
                break
            time.sleep(0.1)
        return "%s %s %s" % (got["ImportStatus"], got.get("ImportedItemCount"), got.get("ErrorCount"))
    show("csv import", run("good", "csv-good"))
    show("csv items", sorted("%s %s %s" % (i["id"]["N"], i["title"]["S"], i.get("note", {}).get("S", "-"))
                             for i in ddb.scan(TableName="csv-good")["Items"]))
    show("csv import of a row without its key", run("bad", "csv-bad"))
    show("ion import", run("good", "ion-table", "ION"))


def rds_restore_from_s3():
    """RDS RestoreDBInstanceFromS3 (rds_restore_db_instance_from_s3.py)."""
    client("s3").create_bucket(Bucket="mysql-backups")
    rds = client("rds")
    base = dict(DBInstanceIdentifier="restored-mysql", DBInstanceClass="db.t4g.large", Engine="mysql",
                EngineVersion="8.0", AllocatedStorage=20, MasterUsername="admin_user",
                MasterUserPassword="password-1234", SourceEngine="mysql", SourceEngineVersion="8.0.28",
                S3BucketName="mysql-backups", S3IngestionRoleArn="arn:aws:iam::123456789012:role/s3-import")
    made = err("restore from s3", rds, "restore_db_instance_from_s3", **base)
    if made:
        show("restored instance", "%s %s %s" % (made["DBInstance"]["DBInstanceIdentifier"], made["DBInstance"]["Engine"],
                                                [d["DBInstanceIdentifier"] for d in rds.describe_db_instances(
                                                    DBInstanceIdentifier="restored-mysql")["DBInstances"]]))
    err("restore from no bucket", rds, "restore_db_instance_from_s3",
        **dict(base, DBInstanceIdentifier="restored-two", S3BucketName="no-such-backups"))
    err("restore of postgres", rds, "restore_db_instance_from_s3",
        **dict(base, DBInstanceIdentifier="restored-three", SourceEngine="postgres"))


def reads_network_acl_and_traffic_mirror():
    """What plan's reads of a literal id take (ec2_describe_network_acls_not_found.py,
    ec2_traffic_mirror_id_prefixes.py)."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.88.0.0/16")["Vpc"]["VpcId"]
    acl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
    show("network acl described", [a["NetworkAclId"] == acl for a in ec2.describe_network_acls(
        NetworkAclIds=[acl])["NetworkAcls"]])
    err("network acl of no id", ec2, "describe_network_acls",
        NetworkAclIds=["acl-0123456789abcdef0"])
    tmf = ec2.create_traffic_mirror_filter()["TrafficMirrorFilter"]["TrafficMirrorFilterId"]
    eni = ec2.create_network_interface(SubnetId=ec2.create_subnet(
        VpcId=vpc, CidrBlock="10.88.1.0/24")["Subnet"]["SubnetId"])["NetworkInterface"]
    tmt = ec2.create_traffic_mirror_target(
        NetworkInterfaceId=eni["NetworkInterfaceId"])["TrafficMirrorTarget"]["TrafficMirrorTargetId"]
    show("traffic mirror ids", "%s %s" % (re.sub("[0-9a-f]+$", "", tmf), re.sub("[0-9a-f]+$", "", tmt)))
    show("traffic mirror described", "%d %d" % (
        len(ec2.describe_traffic_mirror_filters(TrafficMirrorFilterIds=[tmf])["TrafficMirrorFilters"]),
        len(ec2.describe_traffic_mirror_targets(TrafficMirrorTargetIds=[tmt])["TrafficMirrorTargets"])))


def placement_groups():
    """ec2_placement_groups.py: CreatePlacementGroup, DescribePlacementGroups,
    DeletePlacementGroup."""
    ec2 = client("ec2")
    pg = ec2.create_placement_group(GroupName="probe-pg", Strategy="partition", PartitionCount=3,
                                    TagSpecifications=[{"ResourceType": "placement-group",
                                                        "Tags": [{"Key": "team", "Value": "net"}]}])
    pg = pg["PlacementGroup"]
    show("placement group", "%s %s %s %s %s %s" % (
        re.sub("[0-9a-f]+$", "", pg["GroupId"]), pg["GroupName"], pg["State"], pg["Strategy"],
        pg["PartitionCount"], pg["GroupArn"].endswith(":placement-group/probe-pg")))
    show("placement group by id", [g["GroupName"] for g in ec2.describe_placement_groups(
        GroupIds=[pg["GroupId"]])["PlacementGroups"]])
    show("placement group by name and tag", [g["GroupId"] == pg["GroupId"] for g in
        ec2.describe_placement_groups(GroupNames=["probe-pg"], Filters=[
            {"Name": "tag:team", "Values": ["net"]}])["PlacementGroups"]])
    err("placement group again", ec2, "create_placement_group", GroupName="probe-pg",
        Strategy="cluster")
    err("placement group of no id", ec2, "describe_placement_groups",
        GroupIds=["pg-0123456789abcdef0"])
    err("placement group delete", ec2, "delete_placement_group", GroupName="probe-pg")
    err("placement group after delete", ec2, "describe_placement_groups", GroupNames=["probe-pg"])


def capacity_reservations():
    """ec2_capacity_reservations.py: CreateCapacityReservation,
    DescribeCapacityReservations, CancelCapacityReservation."""
    ec2 = client("ec2")
    cr = ec2.create_capacity_reservation(
        InstanceType="t3.micro", InstancePlatform="Linux/UNIX", InstanceCount=2,
        AvailabilityZone="us-east-1b", TagSpecifications=[{
            "ResourceType": "capacity-reservation", "Tags": [{"Key": "team", "Value": "net"}]}])
    cr = cr["CapacityReservation"]
    rid = cr["CapacityReservationId"]
    show("capacity reservation", "%s %s %s %s %s %s" % (
        re.sub("[0-9a-f]+$", "", rid), cr["State"], cr["InstanceType"], cr["AvailabilityZone"],
        cr["AvailableInstanceCount"], cr["CapacityReservationArn"].endswith(":capacity-reservation/" + rid)))
    show("capacity reservation by id and tag", [r["CapacityReservationId"] == rid for r in
        ec2.describe_capacity_reservations(CapacityReservationIds=[rid], Filters=[
            {"Name": "tag:team", "Values": ["net"]}])["CapacityReservations"]])
    err("capacity reservation of no id", ec2, "describe_capacity_reservations",
        CapacityReservationIds=["cr-0123456789abcdef0"])
    err("capacity reservation cancel", ec2, "cancel_capacity_reservation", CapacityReservationId=rid)
    show("capacity reservation after cancel", [r["State"] for r in ec2.describe_capacity_reservations(
        CapacityReservationIds=[rid])["CapacityReservations"]])


def s3_directory_bucket():
    """S3 Express directory buckets (s3_directory_bucket.py), signed without
    a CreateSession session as tests/twins sends them."""
    s3 = SESSION.create_client("s3", region_name="eu-west-1", endpoint_url=EP,
                               aws_access_key_id="AKIAMOTOUNCHECKED000",
                               aws_secret_access_key="moto-accepts-any-secret",
                               config=Config(retries={"total_max_attempts": 1},
                                             s3={"addressing_style": "path",
                                                 "disable_s3_express_session_auth": True}))
    directory = {"Location": {"Type": "AvailabilityZone", "Name": "euw1-az1"},
                 "Bucket": {"Type": "Directory", "DataRedundancy": "SingleAvailabilityZone"}}
    err("directory bucket", s3, "create_bucket", Bucket="probe--euw1-az1--x-s3",
        CreateBucketConfiguration=directory)
    s3.create_bucket(Bucket="probe-general", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    head = s3.head_bucket(Bucket="probe--euw1-az1--x-s3")["ResponseMetadata"]["HTTPHeaders"]
    show("directory bucket head", "%s %s %s" % (head.get("x-amz-bucket-region"), head.get("x-amz-bucket-location-type"),
                                                head.get("x-amz-bucket-location-name")))
    show("general bucket head", s3.head_bucket(Bucket="probe-general")["ResponseMetadata"]["HTTPHeaders"].get(
        "x-amz-bucket-location-type"))
    show("directory buckets listed", [(b["Name"], b["BucketRegion"]) for b in s3.list_directory_buckets()["Buckets"]])
    show("general buckets listed", [b["Name"] for b in s3.list_buckets()["Buckets"]
                                     if b["Name"].startswith("probe")])
    rules = [{"ID": "logs", "Status": "Enabled", "Expiration": {"Days": 5}, "Filter": {"Prefix": "logs/"}}]
    put = s3.put_bucket_lifecycle_configuration(Bucket="probe--euw1-az1--x-s3", LifecycleConfiguration={"Rules": rules})
    got = s3.get_bucket_lifecycle_configuration(Bucket="probe--euw1-az1--x-s3")
    show("directory bucket lifecycle", "%s %s %s" % ([r["ID"] for r in got["Rules"]],
                                                     put.get("TransitionDefaultMinimumObjectSize"),
                                                     got.get("TransitionDefaultMinimumObjectSize")))
    err("directory bucket of another zone's name", s3, "create_bucket", Bucket="probe--euw1-az2--x-s3",
        CreateBucketConfiguration=directory)
    err("directory bucket of a local zone's redundancy", s3, "create_bucket", Bucket="probe-two--euw1-az1--x-s3",
        CreateBucketConfiguration=dict(directory, Bucket={"Type": "Directory", "DataRedundancy": "SingleLocalZone"}))


def s3tables_settings():
    """S3 Tables in eu-west-1: a table bucket's and a table's encryption,
    maintenance and policy (s3tables_bucket_table_settings.py)."""
    c = client("s3tables", "eu-west-1")
    kms = {"sseAlgorithm": "aws:kms", "kmsKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/probe"}
    made = err("table bucket in eu-west-1", c, "create_table_bucket", name="probe-tables",
               encryptionConfiguration=kms)
    arn = made["arn"]
    show("table bucket encryption", c.get_table_bucket_encryption(tableBucketARN=arn)["encryptionConfiguration"])
    c.put_table_bucket_maintenance_configuration(
        tableBucketARN=arn, type="icebergUnreferencedFileRemoval",
        value={"status": "enabled", "settings": {"icebergUnreferencedFileRemoval": {
            "unreferencedDays": 3, "nonCurrentDays": 7}}})
    show("table bucket maintenance", c.get_table_bucket_maintenance_configuration(tableBucketARN=arn)["configuration"])
    err("table bucket policy before one", c, "get_table_bucket_policy", tableBucketARN=arn)
    c.put_table_bucket_policy(tableBucketARN=arn, resourcePolicy='{"Version": "2012-10-17", "Statement": []}')
    show("table bucket policy", c.get_table_bucket_policy(tableBucketARN=arn)["resourcePolicy"])
    c.create_namespace(tableBucketARN=arn, namespace=["probe_ns"])
    where = dict(tableBucketARN=arn, namespace="probe_ns")
    c.create_table(name="plain", format="ICEBERG", **where)
    c.create_table(name="own", format="ICEBERG", encryptionConfiguration={"sseAlgorithm": "AES256"}, **where)
    show("table encryption of its bucket", c.get_table_encryption(name="plain", **where)["encryptionConfiguration"])
    show("table encryption of its own", c.get_table_encryption(name="own", **where)["encryptionConfiguration"])
    show("table read", sorted(c.get_table(name="plain", **where)))
    show("tables listed", sorted((t["name"], t["tableARN"].endswith("/table/" + t["name"]), t["type"])
                                 for t in c.list_tables(tableBucketARN=arn)["tables"]))
    c.put_table_maintenance_configuration(name="plain", type="icebergCompaction", value={
        "status": "enabled", "settings": {"icebergCompaction": {"targetFileSizeMB": 64}}}, **where)
    conf = c.get_table_maintenance_configuration(name="plain", **where)["configuration"]
    show("table maintenance", conf["icebergCompaction"])
    show("table snapshot management by default", conf["icebergSnapshotManagement"])
    err("table maintenance of a bucket's type", c, "put_table_maintenance_configuration", name="plain",
        type="icebergUnreferencedFileRemoval", value={"status": "enabled"}, **where)
    c.put_table_policy(name="plain", resourcePolicy='{"Version": "2012-10-17"}', **where)
    show("table policy", c.get_table_policy(name="plain", **where)["resourcePolicy"])
    c.delete_table_policy(name="plain", **where)
    err("table policy after delete", c, "get_table_policy", name="plain", **where)


def iam_saml_provider_cloudcontrol():
    """Cloud Control: AWS::IAM::SAMLProvider (cloudformation_iam_saml_provider.py),
    as IAM's GetSAMLProvider and ListSAMLProviders answer."""
    iam = client("iam")
    doc = ('<?xml version="1.0"?><EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" '
           'entityID="https://idp.example.com/saml"></EntityDescriptor>')
    made = done(cc.create_resource(TypeName="AWS::IAM::SAMLProvider", DesiredState=json.dumps(
        {"Name": "idp_saml", "SamlMetadataDocument": doc}))["ProgressEvent"])
    arn = made.get("Identifier", "")
    show("saml provider through Cloud Control", "%s %s" % (made["OperationStatus"], arn))
    show("saml provider in IAM", iam.get_saml_provider(SAMLProviderArn=arn)["SAMLMetadataDocument"] == doc)
    show("saml providers listed", [p["Arn"] for p in iam.list_saml_providers()["SAMLProviderList"]])
    read = json.loads(cc.get_resource(TypeName="AWS::IAM::SAMLProvider",
                                      Identifier=arn)["ResourceDescription"]["Properties"])
    show("saml provider read", "%s %s" % (read.get("Arn") == arn, read.get("Name")))
    show("saml provider delete", outcome(cc.delete_resource(TypeName="AWS::IAM::SAMLProvider",
                                                            Identifier=arn)["ProgressEvent"]))
    show("saml providers after delete", len(iam.list_saml_providers()["SAMLProviderList"]))


def event_bus_properties_cloudcontrol():
    """Cloud Control: an AWS::Events::EventBus's Description, DeadLetterConfig and
    Tags (cloudformation_events_bus_properties.py), as EventBridge answers them."""
    events = client("events")
    made = done(cc.create_resource(TypeName="AWS::Events::EventBus", DesiredState=json.dumps({
        "Name": "tagged-bus", "Description": "orders",
        "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
        "Tags": [{"Key": "Name", "Value": "tagged-bus"}]}))["ProgressEvent"])
    show("tagged bus through Cloud Control", "%s %s" % (made["OperationStatus"], made.get("Identifier")))
    bus = events.describe_event_bus(Name="tagged-bus")
    show("tagged bus in EventBridge", "%s %s" % (bus.get("Description"), bus.get("DeadLetterConfig")))
    show("tagged bus tags", events.list_tags_for_resource(ResourceARN=bus["Arn"])["Tags"])


def sns_topic_properties_cloudcontrol():
    """Cloud Control: an AWS::SNS::Topic's Tags and DataProtectionPolicy
    (cloudformation_sns_topic_properties.py), as SNS answers them."""
    sns = client("sns")
    policy = {"Name": "deny-email", "Version": "2021-06-01", "Statement": [{
        "Sid": "deny", "DataDirection": "Inbound", "Principal": ["*"],
        "DataIdentifier": ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"],
        "Operation": {"Deny": {}}}]}
    made = done(cc.create_resource(TypeName="AWS::SNS::Topic", DesiredState=json.dumps({
        "TopicName": "tagged-topic", "DataProtectionPolicy": policy,
        "Tags": [{"Key": "Name", "Value": "tagged-topic"}]}))["ProgressEvent"])
    arn = made.get("Identifier", "")
    show("tagged topic through Cloud Control", "%s %s" % (made["OperationStatus"], arn))
    show("tagged topic tags", sns.list_tags_for_resource(ResourceArn=arn)["Tags"])
    got = sns.get_data_protection_policy(ResourceArn=arn)["DataProtectionPolicy"]
    show("tagged topic data protection", "%s %s" % (type(got).__name__, json.loads(got) == policy))


def ssm_parameter_tags_cloudcontrol():
    """Cloud Control: an AWS::SSM::Parameter's Tags, a map
    (cloudformation_ssm_parameter_tags.py), as SSM answers them."""
    ssm = client("ssm")
    made = done(cc.create_resource(TypeName="AWS::SSM::Parameter", DesiredState=json.dumps({
        "Name": "/t1688/tagged", "Type": "String", "Value": "v", "Tier": "Advanced",
        "Tags": {"team": "data"}}))["ProgressEvent"])
    show("tagged parameter through Cloud Control", "%s %s" % (made["OperationStatus"], made.get("Identifier")))
    show("tagged parameter tags", ssm.list_tags_for_resource(
        ResourceType="Parameter", ResourceId="/t1688/tagged")["TagList"])


def event_bus_policy_cloudcontrol():
    """Cloud Control: AWS::Events::EventBusPolicy (cloudformation_events_bus_policy.py),
    as EventBridge's DescribeEventBus answers the bus's policy."""
    events = client("events")
    events.create_event_bus(Name="policy-bus")

    def statements():
        policy = events.describe_event_bus(Name="policy-bus").get("Policy")
        # the account of the principal's ARN (moto's PutPermission writes
        # "*" as arn:aws:iam::*:root)
        return sorted((s["Sid"], s["Principal"]["AWS"].split(":")[4], json.dumps(s.get("Condition"), sort_keys=True))
                      for s in json.loads(policy or "{}").get("Statement", []))
    kind = "AWS::Events::EventBusPolicy"
    made = done(cc.create_resource(TypeName=kind, DesiredState=json.dumps({
        "EventBusName": "policy-bus", "StatementId": "DevAccess", "Action": "events:PutEvents",
        "Principal": "099720109477"}))["ProgressEvent"])
    ident = made.get("Identifier", "")
    show("bus policy through Cloud Control", "%s %s" % (made["OperationStatus"], ident))
    org = done(cc.create_resource(TypeName=kind, DesiredState=json.dumps({
        "EventBusName": "policy-bus", "StatementId": "OrgAccess", "Action": "events:PutEvents",
        "Principal": "*", "Condition": {"Type": "StringEquals", "Key": "aws:PrincipalOrgID",
                                        "Value": "o-1234567890"}}))["ProgressEvent"])
    show("bus policy of an organization", "%s %s" % (org["OperationStatus"], org.get("Identifier")))
    show("bus policy statements", statements())
    read = json.loads(cc.get_resource(TypeName=kind, Identifier=ident)["ResourceDescription"]["Properties"])
    show("bus policy read", sorted(read.items()))
    show("bus policy update", outcome(cc.update_resource(TypeName=kind, Identifier=ident, PatchDocument=json.dumps(
        [{"op": "replace", "path": "/Principal", "value": "099720109466"}]))["ProgressEvent"]))
    show("bus policy statements after update", statements())
    show("bus policy delete", outcome(cc.delete_resource(TypeName=kind, Identifier=ident)["ProgressEvent"]))
    show("bus policy statements after delete", statements())
    err("bus policy read after delete", cc, "get_resource", TypeName=kind, Identifier=ident)


SECTIONS = [customer_gateway_and_cidr_block, lambda_mq_mapping, ipv6_only_subnet,
            subnet_ipv6_attributes, vpc_block_public_access,
            gateway_endpoint_private_dns, ipv6_routes_cloudcontrol,
            s3_lifecycle_minimum_size, s3_bucket_configurations, dynamodb_csv_import,
            rds_restore_from_s3, reads_network_acl_and_traffic_mirror,
            placement_groups, capacity_reservations, s3_directory_bucket,
            s3tables_settings, iam_saml_provider_cloudcontrol, event_bus_properties_cloudcontrol,
            sns_topic_properties_cloudcontrol, ssm_parameter_tags_cloudcontrol,
            event_bus_policy_cloudcontrol]

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

test_expect_success 'Cloud Control makes AWS::EC2::CustomerGateway and ::VPCCidrBlock, as EC2 describes them' '
	test_line probe.out "customer gateway through Cloud Control: SUCCESS cgw-" &&
	test_line probe.out "customer gateway in EC2: available 1.2.3.4 65112 some_name [('"'"'Name'"'"', '"'"'cgw-one'"'"')]" &&
	test_line probe.out "customer gateway read: True ipsec.1" &&
	test_line probe.out "customer gateway tags update: SUCCESS" &&
	test_line probe.out "customer gateway after update: available 1.2.3.4 65112 some_name [('"'"'team'"'"', '"'"'net'"'"')]" &&
	test_line probe.out "customer gateway of a bad ASN: FAILED InvalidRequest" &&
	test_line probe.out "customer gateway delete: SUCCESS" &&
	test_line probe.out "customer gateway after delete: deleted" &&
	test_line probe.out "customer gateway read after delete: error ResourceNotFoundException" &&
	test_line probe.out "cidr block through Cloud Control: SUCCESS vpc-cidr-assoc- True" &&
	test_line probe.out "cidr blocks in EC2: [('"'"'10.0.0.0/16'"'"', '"'"'associated'"'"'), ('"'"'10.1.0.0/16'"'"', '"'"'associated'"'"')]" &&
	test_line probe.out "cidr block read: True True 10.1.0.0/16" &&
	test_line probe.out "subnet in the secondary block: ok" &&
	test_line probe.out "cidr block of /29: FAILED InvalidRequest" &&
	test_line probe.out "cidr block of an IPAM pool: FAILED GeneralServiceException" &&
	test_line probe.out "ipv6 cidr block: SUCCESS amazon [True]" &&
	test_line probe.out "cidr block update: error NotUpdatableException" &&
	test_line probe.out "cidr block delete: SUCCESS" &&
	test_line probe.out "cidr blocks after delete: [('"'"'10.0.0.0/16'"'"', '"'"'associated'"'"'), ('"'"'10.1.0.0/16'"'"', '"'"'disassociated'"'"')]" &&
	test_line probe.out "cidr block read after delete: error ResourceNotFoundException"
'

test_expect_success 'Lambda maps an Amazon MQ broker'"'"'s queue to a function' '
	test_line probe.out "mq mapping of two queues: error InvalidParameterValueException" &&
	test_line probe.out "mq mapping without credentials: error InvalidParameterValueException" &&
	test_line probe.out "mq mapping: ok" &&
	test_line probe.out "mq mapping read: True ['"'"'my-queue'"'"'] 100 - ['"'"'BASIC_AUTH'"'"', '"'"'VIRTUAL_HOST'"'"']" &&
	test_line probe.out "mq mappings listed: 1" &&
	test_line probe.out "mq mapping again: error ResourceConflictException" &&
	test_line probe.out "mq mapping of no broker: error ResourceNotFoundException" &&
	test_line probe.out "mq mapping delete: ok" &&
	test_line probe.out "mq mappings after delete: 0"
'

test_expect_success 'EC2 answers an IPv6-only subnet'"'"'s AvailableIpAddressCount as 0' '
	test_line probe.out "ipv6-only subnet addresses: 0 251"
'

test_expect_success 'EC2 reads a subnet'"'"'s IPv6 block as associated and keeps its DNS64 and AAAA settings' '
	test_line probe.out "subnet ipv6 before: ['"'"'associated'"'"'] False False ip-name" &&
	test_line probe.out "subnet ipv6 after: ['"'"'associated'"'"'] True True resource-name" &&
	test_line probe.out "subnet hostname type of another name: error InvalidParameterValue"
'

test_expect_success 'EC2 keeps VPC Block Public Access options and exclusions' '
	test_line probe.out "bpa options before: off default-state 123456789012" &&
	test_line probe.out "bpa options modify: update-in-progress" &&
	test_line probe.out "bpa options after: block-bidirectional update-complete 123456789012" &&
	test_line probe.out "bpa options of another mode: error InvalidParameterValue" &&
	test_line probe.out "bpa exclusion create: exclusion- create-in-progress True" &&
	test_line probe.out "bpa exclusion: create-complete allow-bidirectional [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'net'"'"'}]" &&
	test_line probe.out "bpa exclusion after modify: update-complete allow-egress [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'net'"'"'}]" &&
	test_line probe.out "bpa exclusions by state: 1" &&
	test_line probe.out "bpa exclusion of both: error InvalidParameterCombination" &&
	test_line probe.out "bpa exclusion of no id: error InvalidVpcBlockPublicAccessExclusionId.NotFound" &&
	test_line probe.out "bpa exclusion delete: delete-in-progress" &&
	test_line probe.out "bpa exclusion after delete: delete-complete allow-egress [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'net'"'"'}]"
'

test_expect_success 'EC2 answers a Gateway endpoint'"'"'s PrivateDnsEnabled false, an interface endpoint'"'"'s true' '
	test_line probe.out "endpoint private dns: False True"
'

test_expect_success 'Cloud Control makes AWS::EC2::Route to IPv6 destinations, each its own route' '
	test_line probe.out "ipv6 route ::/0: SUCCESS True" &&
	test_line probe.out "ipv6 route 64:ff9b::/96: SUCCESS True" &&
	test_line probe.out "ipv6 routes: ['"'"'64:ff9b::/96 nat'"'"', '"'"'::/0 eigw'"'"']" &&
	test_line probe.out "ipv6 routes after delete: []"
'

test_expect_success 'S3 keeps a lifecycle configuration'"'"'s TransitionDefaultMinimumObjectSize' '
	test_line probe.out "lifecycle minimum size: varies_by_storage_class varies_by_storage_class" &&
	test_line probe.out "lifecycle minimum size by default: all_storage_classes_128K" &&
	test_line probe.out "lifecycle minimum size of another value: error InvalidArgument"
'

test_expect_success 'S3 takes logging before the target'"'"'s policy, request payment, Intelligent-Tiering and metrics configurations' '
	test_line probe.out "logging to a bucket without a log policy: ok" &&
	test_line probe.out "logging: configured-logs" &&
	test_line probe.out "logging to no bucket: error InvalidTargetBucketForLogging" &&
	test_line probe.out "request payment put: ok" &&
	test_line probe.out "request payment: Requester BucketOwner" &&
	test_line probe.out "intelligent tiering put: ok" &&
	test_line probe.out "intelligent tiering: Enabled {'"'"'Prefix'"'"': '"'"'/'"'"'} [{'"'"'Days'"'"': 180, '"'"'AccessTier'"'"': '"'"'ARCHIVE_ACCESS'"'"'}]" &&
	test_line probe.out "intelligent tiering listed: ['"'"'general'"'"']" &&
	test_line probe.out "metrics put: ok" &&
	test_line probe.out "metrics: {'"'"'Prefix'"'"': '"'"'documents/'"'"'}" &&
	test_line probe.out "metrics of another id: error InvalidArgument" &&
	test_line probe.out "metrics delete: ok" &&
	test_line probe.out "metrics after delete: error NoSuchConfiguration" &&
	test_line probe.out "buckets named configured-: 2"
'

test_expect_success 'DynamoDB imports a table from CSV, keys typed by its attribute definitions' '
	test_line probe.out "csv import: COMPLETED 2 0" &&
	test_line probe.out "csv items: ['"'"'02 csv -'"'"', '"'"'03 csvtest seen'"'"']" &&
	test_line probe.out "csv import of a row without its key: FAILED 1 1" &&
	test_line probe.out "ion import: error ValidationException"
'

test_expect_success 'S3 makes a directory bucket, listed apart from general purpose buckets, with no minimum transition size' '
	test_line probe.out "directory bucket: ok" &&
	test_line probe.out "directory bucket head: eu-west-1 AvailabilityZone euw1-az1" &&
	test_line probe.out "general bucket head: None" &&
	test_line probe.out "directory buckets listed: [('"'"'probe--euw1-az1--x-s3'"'"', '"'"'eu-west-1'"'"')]" &&
	test_line probe.out "general buckets listed: ['"'"'probe-general'"'"']" &&
	test_line probe.out "directory bucket lifecycle: ['"'"'logs'"'"'] None None" &&
	test_line probe.out "directory bucket of another zone'"'"'s name: error InvalidBucketName" &&
	test_line probe.out "directory bucket of a local zone'"'"'s redundancy: error InvalidRequest"
'

test_expect_success 'S3 Tables in eu-west-1: a table bucket'"'"'s and a table'"'"'s encryption, maintenance and policy' '
	test_line probe.out "table bucket in eu-west-1: ok" &&
	test_line probe.out "table bucket encryption: {'"'"'sseAlgorithm'"'"': '"'"'aws:kms'"'"', '"'"'kmsKeyArn'"'"': '"'"'arn:aws:kms:eu-west-1:123456789012:key/probe'"'"'}" &&
	test_line probe.out "table bucket maintenance: {'"'"'icebergUnreferencedFileRemoval'"'"': {'"'"'status'"'"': '"'"'enabled'"'"', '"'"'settings'"'"': {'"'"'icebergUnreferencedFileRemoval'"'"': {'"'"'unreferencedDays'"'"': 3, '"'"'nonCurrentDays'"'"': 7}}}}" &&
	test_line probe.out "table bucket policy before one: error NotFoundException" &&
	test_line probe.out "table bucket policy: {\"Version\": \"2012-10-17\", \"Statement\": []}" &&
	test_line probe.out "table encryption of its bucket: {'"'"'sseAlgorithm'"'"': '"'"'aws:kms'"'"', '"'"'kmsKeyArn'"'"': '"'"'arn:aws:kms:eu-west-1:123456789012:key/probe'"'"'}" &&
	test_line probe.out "table encryption of its own: {'"'"'sseAlgorithm'"'"': '"'"'AES256'"'"'}" &&
	test_match probe.out "^table read: .*'"'"'format'"'"'" &&
	# negatives: no run of terrace (the lines of the probe, the read asserted just above)
	! grep "^table read: .*managedByService" probe.out &&
	test_line probe.out "tables listed: [('"'"'own'"'"', True, '"'"'customer'"'"'), ('"'"'plain'"'"', True, '"'"'customer'"'"')]" &&
	test_line probe.out "table maintenance: {'"'"'status'"'"': '"'"'enabled'"'"', '"'"'settings'"'"': {'"'"'icebergCompaction'"'"': {'"'"'targetFileSizeMB'"'"': 64}}}" &&
	test_line probe.out "table snapshot management by default: {'"'"'status'"'"': '"'"'enabled'"'"', '"'"'settings'"'"': {'"'"'icebergSnapshotManagement'"'"': {'"'"'minSnapshotsToKeep'"'"': 1, '"'"'maxSnapshotAgeHours'"'"': 120}}}" &&
	test_line probe.out "table maintenance of a bucket'"'"'s type: error ValidationException" &&
	test_line probe.out "table policy: {\"Version\": \"2012-10-17\"}" &&
	test_line probe.out "table policy after delete: error NotFoundException"
'

test_expect_success 'RDS restores a MySQL instance from S3' '
	test_line probe.out "restore from s3: ok" &&
	test_line probe.out "restored instance: restored-mysql mysql ['"'"'restored-mysql'"'"']" &&
	test_line probe.out "restore from no bucket: error InvalidS3BucketFault" &&
	test_line probe.out "restore of postgres: error InvalidParameterValue"
'

test_expect_success 'EC2 answers a missing network ACL InvalidNetworkAclID.NotFound; traffic mirror ids of AWS'"'"'s form' '
	test_line probe.out "network acl described: [True]" &&
	test_line probe.out "network acl of no id: error InvalidNetworkAclID.NotFound" &&
	test_line probe.out "traffic mirror ids: tmf- tmt-" &&
	test_line probe.out "traffic mirror described: 1 1"
'

test_expect_success 'EC2 makes, describes and deletes placement groups; one of no id is InvalidPlacementGroup.Unknown' '
	test_line probe.out "placement group: pg- probe-pg available partition 3 True" &&
	test_line probe.out "placement group by id: ['"'"'probe-pg'"'"']" &&
	test_line probe.out "placement group by name and tag: [True]" &&
	test_line probe.out "placement group again: error InvalidPlacementGroup.Duplicate" &&
	test_line probe.out "placement group of no id: error InvalidPlacementGroup.Unknown" &&
	test_line probe.out "placement group delete: ok" &&
	test_line probe.out "placement group after delete: error InvalidPlacementGroup.Unknown"
'

test_expect_success 'EC2 makes, describes and cancels capacity reservations; one of no id is InvalidCapacityReservationId.NotFound' '
	test_line probe.out "capacity reservation: cr- active t3.micro us-east-1b 2 True" &&
	test_line probe.out "capacity reservation by id and tag: [True]" &&
	test_line probe.out "capacity reservation of no id: error InvalidCapacityReservationId.NotFound" &&
	test_line probe.out "capacity reservation cancel: ok" &&
	test_line probe.out "capacity reservation after cancel: ['"'"'cancelled'"'"']"
'

test_expect_success 'Cloud Control makes AWS::IAM::SAMLProvider, known by its ARN, as IAM answers it' '
	test_line probe.out "saml provider through Cloud Control: SUCCESS arn:aws:iam::123456789012:saml-provider/idp_saml" &&
	test_line probe.out "saml provider in IAM: True" &&
	test_line probe.out "saml providers listed: ['"'"'arn:aws:iam::123456789012:saml-provider/idp_saml'"'"']" &&
	test_line probe.out "saml provider read: True idp_saml" &&
	test_line probe.out "saml provider delete: SUCCESS" &&
	test_line probe.out "saml providers after delete: 0"
'

test_expect_success 'Cloud Control makes AWS::Events::EventBus with its description, dead-letter queue and tags' '
	test_line probe.out "tagged bus through Cloud Control: SUCCESS tagged-bus" &&
	test_line probe.out "tagged bus in EventBridge: orders {'"'"'Arn'"'"': '"'"'arn:aws:sqs:us-east-1:123456789012:dlq'"'"'}" &&
	test_line probe.out "tagged bus tags: [{'"'"'Key'"'"': '"'"'Name'"'"', '"'"'Value'"'"': '"'"'tagged-bus'"'"'}]"
'

test_expect_success 'Cloud Control makes AWS::SNS::Topic with its tags and its data protection policy as text' '
	test_line probe.out "tagged topic through Cloud Control: SUCCESS arn:aws:sns:us-east-1:123456789012:tagged-topic" &&
	test_line probe.out "tagged topic tags: [{'"'"'Key'"'"': '"'"'Name'"'"', '"'"'Value'"'"': '"'"'tagged-topic'"'"'}]" &&
	test_line probe.out "tagged topic data protection: str True"
'

test_expect_success 'Cloud Control makes AWS::SSM::Parameter with its tags, a map' '
	test_line probe.out "tagged parameter through Cloud Control: SUCCESS /t1688/tagged" &&
	test_line probe.out "tagged parameter tags: [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'data'"'"'}]"
'

test_expect_success 'Cloud Control makes AWS::Events::EventBusPolicy, known as BUS|SID, as EventBridge answers the bus policy' '
	test_line probe.out "bus policy through Cloud Control: SUCCESS policy-bus|DevAccess" &&
	test_line probe.out "bus policy of an organization: SUCCESS policy-bus|OrgAccess" &&
	test_line probe.out "bus policy statements: [('"'"'DevAccess'"'"', '"'"'099720109477'"'"', '"'"'null'"'"'), ('"'"'OrgAccess'"'"', '"'"'*'"'"', '"'"'{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1234567890\"}}'"'"')]" &&
	test_line probe.out "bus policy read: [('"'"'EventBusName'"'"', '"'"'policy-bus'"'"'), ('"'"'StatementId'"'"', '"'"'DevAccess'"'"')]" &&
	test_line probe.out "bus policy update: SUCCESS" &&
	test_line probe.out "bus policy statements after update: [('"'"'DevAccess'"'"', '"'"'099720109466'"'"', '"'"'null'"'"'), ('"'"'OrgAccess'"'"', '"'"'*'"'"', '"'"'{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1234567890\"}}'"'"')]" &&
	test_line probe.out "bus policy delete: SUCCESS" &&
	test_line probe.out "bus policy statements after delete: [('"'"'OrgAccess'"'"', '"'"'*'"'"', '"'"'{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1234567890\"}}'"'"')]" &&
	test_line probe.out "bus policy read after delete: error ResourceNotFoundException"
'

test_done
