"""CloudFormation (and so Cloud Control): AWS::EC2::CustomerGateway and
AWS::EC2::VPCCidrBlock; EC2's CreateCustomerGateway keeps DeviceName and
CertificateArn.

moto 5.2.1 has EC2's CreateCustomerGateway and AssociateVpcCidrBlock but no
CloudFormation model of either, so its Cloud Control answered
TypeNotFoundException: the Terraform corpus's terraform-aws-vpc `complete`
(aws_customer_gateway, which terrace writes as awscc.ec2.customer_gateway)
and `secondary-cidr-blocks` (aws_vpc_ipv4_cidr_block_association, written as
awscc.ec2.vpc_cidr_block) could not apply (tests/twins, issue 86). Written
from the CloudFormation template reference and the types' registry schemas
(cfn-lint's copies; ../shared/aws-schemas/handlers.json):

AWS::EC2::CustomerGateway (create ec2:CreateCustomerGateway, update
ec2:CreateTags/DeleteTags, delete ec2:DeleteCustomerGateway)
  Type, IpAddress    required; createOnly
  BgpAsn             createOnly; 1 to 2,147,483,647 (AWS's default 65000)
  BgpAsnExtended     createOnly; 2,147,483,648 to 4,294,967,295; not with BgpAsn
  DeviceName,        createOnly
  CertificateArn
  Tags               [{Key, Value}], updated in place
  CustomerGatewayId  read-only, the primaryIdentifier (cgw-...), what Ref returns
DescribeCustomerGateways answers DeviceName and CertificateArn where they were
given (moto dropped them from CreateCustomerGateway too). Delete leaves the
gateway `deleted`, as EC2 lists it for a while.

AWS::EC2::VPCCidrBlock (create ec2:AssociateVpcCidrBlock, no update: every
property is createOnly or read-only; delete ec2:DisassociateVpcCidrBlock)
  VpcId              required
  CidrBlock          an IPv4 block of /16 to /28, or
  AmazonProvidedIpv6CidrBlock  an IPv6 /56 of Amazon's, or
  Ipv6CidrBlock      an IPv6 block of the caller's
  Id                 read-only, the association id (vpc-cidr-assoc-...), what Ref returns
  IpSource,          read-only, of an IPv6 block: "amazon" or "byoip";
  Ipv6AddressAttribute  "public"
The primaryIdentifier is [Id, VpcId], so Cloud Control knows a block as
`ID|VPCID`. The IPAM pool properties (Ipv4IpamPoolId, Ipv6IpamPoolId, their
netmask lengths) and Ipv6Pool are refused (UnsupportedOperation): moto's
EC2 allocates no block from a pool, and this patch does not pretend to.
"""
import ipaddress

from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import ec2_backends
from moto.ec2.responses.customer_gateways import CustomerGateways
from moto_cfn_model import CfnModel, NoHandler, register


class _Refused(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _backend(account_id, region_name):
    return ec2_backends[account_id][region_name]


def _tags(props):
    return {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}


def _retag(resource, tags):
    """The resource's tags become exactly tags."""
    gone = [t["key"] for t in resource.get_tags() if t["key"] not in tags]
    if gone:
        resource.ec2_backend.delete_tags([resource.id], {k: None for k in gone})
    if tags:
        resource.add_tags(tags)


# --- EC2's CreateCustomerGateway: DeviceName and CertificateArn kept -------

_moto_create_customer_gateway = CustomerGateways.create_customer_gateway


def _create_customer_gateway(self):
    answer = _moto_create_customer_gateway(self)
    gateway = answer.result["CustomerGateway"] if hasattr(answer, "result") else None
    if gateway is not None:
        for param, attr in (("DeviceName", "device_name"), ("CertificateArn", "certificate_arn")):
            if self._get_param(param):
                setattr(gateway, attr, self._get_param(param))
    return answer


CustomerGateways.create_customer_gateway = _create_customer_gateway


# --- AWS::EC2::CustomerGateway ---------------------------------------------

class CustomerGatewayModel(CfnModel):
    """Known by its id (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.ec2.customer_gateway_model"
    TYPE = "AWS::EC2::CustomerGateway"
    ATTRIBUTES = ("CustomerGatewayId",)

    def held(self):
        g = _backend(self.account_id, self.region_name).customer_gateways.get(self.id)
        return g if g is not None and g.state != "deleted" else None

    def attribute(self, name):
        return self.id if self.held() is not None else None

    @classmethod
    def create(cls, name, props, account_id, region_name):
        for need in ("Type", "IpAddress"):
            if not props.get(need):
                raise _Refused("MissingParameter", f"The request must contain the parameter {need}")
        if props["Type"] != "ipsec.1":
            raise _Refused("InvalidParameterValue",
                           f"Value ({props['Type']}) for parameter type is invalid. Valid value is ipsec.1")
        try:
            ipaddress.IPv4Address(props["IpAddress"])
        except ValueError:
            raise _Refused("InvalidParameterValue",
                           f"Value ({props['IpAddress']}) for parameter ipAddress is invalid.")
        asn, extended = props.get("BgpAsn"), props.get("BgpAsnExtended")
        if asn is not None and extended is not None:
            raise _Refused("InvalidParameterValue",
                           "You cannot specify both BgpAsn and BgpAsnExtended.")
        if extended is not None:
            if not 2147483648 <= int(extended) <= 4294967295:
                raise _Refused("InvalidParameterValue",
                               f"Value ({extended}) for parameter bgpAsnExtended is invalid.")
            asn = extended
        elif asn is None:
            asn = 65000
        elif not 1 <= int(asn) <= 2147483647:
            raise _Refused("InvalidParameterValue", f"Value ({asn}) for parameter bgpAsn is invalid.")
        gateway = _backend(account_id, region_name).create_customer_gateway(
            props["Type"], ip_address=props["IpAddress"], bgp_asn=str(int(asn)), tags=_tags(props))
        for prop, attr in (("DeviceName", "device_name"), ("CertificateArn", "certificate_arn")):
            if props.get(prop):
                setattr(gateway, attr, props[prop])
        return cls(gateway.id, account_id, region_name)

    def change(self, props):
        # Every property but Tags is createOnly (Cloud Control refuses a
        # patch of one before this is called).
        gateway = self.held()
        if gateway is None:
            from moto.ec2.exceptions import InvalidCustomerGatewayIdError
            raise InvalidCustomerGatewayIdError(self.id)
        _retag(gateway, _tags(props))

    def delete(self, account_id, region_name):
        _backend(self.account_id, self.region_name).delete_customer_gateway(self.id)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # a gateway deleted already is InvalidCustomerGatewayID.NotFound
        if cls(resource_name, account_id, region_name).held() is None:
            from moto.ec2.exceptions import InvalidCustomerGatewayIdError
            raise InvalidCustomerGatewayIdError(resource_name)
        super().delete_from_cloudformation_json(resource_name, cloudformation_json, account_id, region_name)


# --- AWS::EC2::VPCCidrBlock ------------------------------------------------

_POOL_PROPERTIES = ("Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6IpamPoolId", "Ipv6NetmaskLength", "Ipv6Pool")


class VpcCidrBlockModel(CfnModel):
    """An association of a CIDR block with a VPC (see VPC._cidr_block_association_set),
    known by its id; to Cloud Control as ID|VPCID."""

    __module__ = "moto.ec2.vpc_cidr_block_model"
    TYPE = "AWS::EC2::VPCCidrBlock"
    ATTRIBUTES = ("Id", "IpSource", "Ipv6AddressAttribute")
    # every property is createOnly or read-only: no update handler
    update_from_cloudformation_json = NoHandler()

    def __init__(self, association_id, vpc_id, account_id, region_name):
        super().__init__(association_id, account_id, region_name)
        self.vpc_id = vpc_id

    @property
    def cloudcontrol_identifier(self):
        # primaryIdentifier [Id, VpcId]
        return f"{self.id}|{self.vpc_id}"

    def held(self):
        vpc = _backend(self.account_id, self.region_name).vpcs.get(self.vpc_id)
        if vpc is None:
            return None
        a = vpc._cidr_block_association_set.get(self.id)
        return a if a is not None and a["cidr_block_state"]["state"] == "associated" else None

    def attribute(self, name):
        a = self.held()
        if a is None:
            return None
        ipv6 = ":" in a["cidr_block"]
        if name == "Id":
            return self.id
        if name == "IpSource" and ipv6:
            return "amazon" if a.get("ipv6_pool") == "Amazon" else "byoip"
        if name == "Ipv6AddressAttribute" and ipv6:
            return "public"
        return None

    @classmethod
    def create(cls, name, props, account_id, region_name):
        vpc_id = props.get("VpcId")
        if not vpc_id:
            raise _Refused("MissingParameter", "The request must contain the parameter vpcId")
        pools = [p for p in _POOL_PROPERTIES if props.get(p) is not None]
        if pools:
            raise _Refused("UnsupportedOperation",
                           f"The test server's EC2 allocates no CIDR block from a pool ({', '.join(pools)}).")
        amazon = str(props.get("AmazonProvidedIpv6CidrBlock", "")).lower() == "true"
        given = [p for p in ("CidrBlock", "Ipv6CidrBlock") if props.get(p)] + \
            (["AmazonProvidedIpv6CidrBlock"] if amazon else [])
        if len(given) != 1:
            raise _Refused("InvalidParameterCombination" if given else "MissingParameter",
                           "Specify exactly one of CidrBlock, AmazonProvidedIpv6CidrBlock or Ipv6CidrBlock.")
        cidr = props.get("CidrBlock") or props.get("Ipv6CidrBlock")
        if cidr:
            try:
                net = ipaddress.ip_network(cidr)
            except ValueError:
                raise _Refused("InvalidParameterValue", f"Value ({cidr}) for parameter cidrBlock is invalid.")
            if props.get("CidrBlock") and (net.version != 4 or not 16 <= net.prefixlen <= 28):
                raise _Refused("InvalidVpc.Range", f"The CIDR '{cidr}' is invalid.")
            if props.get("Ipv6CidrBlock") and (net.version != 6 or net.prefixlen != 56):
                raise _Refused("InvalidVpc.Range", f"The CIDR '{cidr}' is invalid.")
        backend = _backend(account_id, region_name)
        backend.get_vpc(vpc_id)  # InvalidVpcID.NotFound
        a = backend.associate_vpc_cidr_block(vpc_id, cidr or None, amazon)
        return cls(a["association_id"], vpc_id, account_id, region_name)

    def delete(self, account_id, region_name):
        _backend(self.account_id, self.region_name).disassociate_vpc_cidr_block(self.id)

    @classmethod
    def known_as(cls, identifier, props, account_id, region_name):
        # Cloud Control's ID|VPCID, or a stack's physical id (the association's id)
        association_id, _, vpc_id = identifier.partition("|")
        return cls(association_id, vpc_id or props.get("VpcId"), account_id, region_name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        model = cls.known_as(resource_name, cloudformation_json.get("Properties", {}), account_id, region_name)
        if model.held() is None:
            from moto.ec2.exceptions import InvalidVpcCidrBlockAssociationIdError
            raise InvalidVpcCidrBlockAssociationIdError(model.id)
        model.delete(account_id, region_name)


register(CustomerGatewayModel, VpcCidrBlockModel)
