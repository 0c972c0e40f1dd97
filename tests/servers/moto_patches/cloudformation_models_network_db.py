"""Two of moto's CloudFormation models as CloudFormation (and Cloud Control,
cloudcontrol_api.py) hand them their properties, found by
tests/integration/convert/t1230 (a base network with a database, from a template):

- AWS::EC2::SubnetRouteTableAssociation is known by its association's id
  (rtbassoc-...: the type's reference, "Ref returns the ID of the subnet
  route table association"); moto 5.2.1's model is known by its route
  table's id and makes no association in the table, so a table's second
  association "already exists" and the subnet is not in the table. Here it
  is AssociateRouteTable's association, deleted by DisassociateRouteTable.
- AWS::RDS::DBInstance takes DBSubnetGroupName as the group's name and
  VPCSecurityGroups as security group ids (its reference); moto 5.2.1's
  model reads the name's .name (an object moto's own parser never gives:
  "'str' object has no attribute 'name'") and VPC security groups from
  VpcSecurityGroupIds, a key the type does not have. AWS::RDS::DBSubnetGroup
  is known by its name (Ref returns it); moto 5.2.1's model has no physical
  id, so DescribeStackResources leaves PhysicalResourceId out. The
  instance's read-only property Endpoint (Address, Port: a string, as the
  schema types it) is what Cloud Control reads back; moto's model answers only the GetAtt
  names Endpoint.Address and Endpoint.Port.
- AWS::EC2::Route, AWS::EC2::RouteTable, AWS::EC2::InternetGateway and
  AWS::EC2::VPCGatewayAttachment have a delete handler on AWS; moto 5.2.1's
  models none (Cloud Control answered UnsupportedActionException):
  DeleteRoute, DeleteRouteTable, DeleteInternetGateway,
  DetachInternetGateway.
- AWS::EC2::VPC, InternetGateway, Subnet, RouteTable, SecurityGroup and
  Instance, AWS::RDS::DBSubnetGroup and DBInstance update their tags in
  place on AWS; moto 5.2.1's models have no update, or make a new group
  (SecurityGroup, a new id). Here an update that changes only the tags
  (what an import of a stack's objects changes: terrace's own tags) sets
  them in place (CreateTags and DeleteTags, AddTagsToResource and
  RemoveTagsFromResource), with a VPC's EnableDnsSupport and
  EnableDnsHostnames (ModifyVpcAttribute) and an instance's
  MasterUserPassword (ModifyDBInstance: a write-only property, which an
  update sends again); any other change goes to moto's own update, or is
  refused where moto has none.
- Fn::Cidr [BLOCK, COUNT, CIDR_BITS] is the first COUNT subnets of BLOCK
  with CIDR_BITS host bits, and Fn::GetAZs "" or of {Ref: AWS::Region} the
  stack's region's zones (the intrinsic functions' reference); moto 5.2.1's
  template reader leaves Fn::Cidr as it is and reads the region from the
  Ref's map unresolved.
- What a CloudFormation stack makes, Cloud Control reads (GetResource of
  its physical id: AWS has one set of resources); cloudcontrol_api.py
  knows only what its own requests made, so each resource a stack of
  moto's makes is recorded there too, with the properties the template
  gave it.
- A template's short !GetAtt RESOURCE.ATTRIBUTE splits at the first dot
  (Database.Endpoint.Address is Endpoint.Address of Database), and
  !GetAtt [RESOURCE, ATTRIBUTE] is that list; moto 5.2.1's YAML reader
  splits at every dot and hands the list form's YAML nodes on unread.
"""
import ipaddress
import itertools

import yaml

import moto.cloudformation.models
import moto.cloudformation.parsing
import moto.cloudformation.responses
from moto.cloudformation.parsing import get_model_map
from moto.ec2.models import ec2_backends
from moto.rds.models import rds_backends
from moto.moto_server.werkzeug_app import DomainDispatcherApplication

MODELS = get_model_map()


class _Association:
    # cloudcontrol_api.py finds a model's backends by its module's service.
    __module__ = "moto.ec2.models.route_tables"

    def __init__(self, association_id, route_table_id, subnet_id):
        self.association_id = association_id
        self.route_table_id = route_table_id
        self.subnet_id = subnet_id

    @property
    def physical_resource_id(self):
        return self.association_id

    def is_created(self):
        return True

    def get_cfn_attribute(self, name):
        if name == "Id":
            return self.association_id
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def delete(self, account_id, region_name):
        ec2_backends[account_id][region_name].disassociate_route_table(self.association_id)


def _associate(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json["Properties"]
    backend = ec2_backends[account_id][region_name]
    association_id = backend.associate_route_table(props["RouteTableId"],
                                                   subnet_id=props["SubnetId"])
    return _Association(association_id, props["RouteTableId"], props["SubnetId"])


def _disassociate(cls, resource_name, cloudformation_json, account_id, region_name):
    ec2_backends[account_id][region_name].disassociate_route_table(resource_name)


ASSOCIATION = MODELS["AWS::EC2::SubnetRouteTableAssociation"]
ASSOCIATION.create_from_cloudformation_json = classmethod(_associate)
ASSOCIATION.delete_from_cloudformation_json = classmethod(_disassociate)

DB_INSTANCE = MODELS["AWS::RDS::DBInstance"]
_create_db_instance = DB_INSTANCE.create_from_cloudformation_json.__func__


class _GroupName(str):
    @property
    def name(self):
        return str(self)


def _db_instance(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = dict(cloudformation_json.get("Properties", {}))
    if isinstance(props.get("DBSubnetGroupName"), str):
        props["DBSubnetGroupName"] = _GroupName(props["DBSubnetGroupName"])
    if "VPCSecurityGroups" in props and "VpcSecurityGroupIds" not in props:
        props["VpcSecurityGroupIds"] = props["VPCSecurityGroups"]
    json = dict(cloudformation_json, Properties=props)
    return _create_db_instance(cls, resource_name, json, account_id, region_name, **kwargs)


DB_INSTANCE.create_from_cloudformation_json = classmethod(_db_instance)
MODELS["AWS::RDS::DBSubnetGroup"].physical_resource_id = property(lambda self: self.name)


_db_attribute = DB_INSTANCE.get_cfn_attribute


def _db_instance_attribute(self, name):
    if name == "Endpoint":
        return {"Address": self.address, "Port": str(self.port)}
    return _db_attribute(self, name)


DB_INSTANCE.get_cfn_attribute = _db_instance_attribute


def _route_delete(self, account_id, region_name):
    ec2_backends[account_id][region_name].delete_route(
        self.route_table.id, self.destination_cidr_block,
        getattr(self, "destination_ipv6_cidr_block", None),
        getattr(self, "destination_prefix_list_id", None))


MODELS["AWS::EC2::Route"].delete = _route_delete

_tag_constructor = moto.cloudformation.responses.yaml_tag_constructor


def _yaml_tag_constructor(loader, tag, node):
    if tag == "!GetAtt":
        if isinstance(node, yaml.SequenceNode):
            return {"Fn::GetAtt": loader.construct_sequence(node)}
        return {"Fn::GetAtt": node.value.split(".", 1)}
    return _tag_constructor(loader, tag, node)


moto.cloudformation.responses.yaml_tag_constructor = _yaml_tag_constructor
moto.cloudformation.models.yaml_tag_constructor = _yaml_tag_constructor



def _delete_with(delete):
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name):
        delete(ec2_backends[account_id][region_name], resource_name,
               cloudformation_json.get("Properties", {}))
    return classmethod(delete_from_cloudformation_json)


MODELS["AWS::EC2::RouteTable"].delete_from_cloudformation_json = _delete_with(
    lambda ec2, id_, props: ec2.delete_route_table(id_))
MODELS["AWS::EC2::InternetGateway"].delete_from_cloudformation_json = _delete_with(
    lambda ec2, id_, props: ec2.delete_internet_gateway(id_))
MODELS["AWS::EC2::VPCGatewayAttachment"].delete_from_cloudformation_json = _delete_with(
    lambda ec2, id_, props: ec2.detach_internet_gateway(props["InternetGatewayId"], props["VpcId"]))

_clean_json = moto.cloudformation.parsing.clean_json


def _clean(resource_json, resources_map):
    if isinstance(resource_json, dict) and "Fn::Cidr" in resource_json:
        block, count, bits = (_clean(x, resources_map) for x in resource_json["Fn::Cidr"])
        net = ipaddress.ip_network(block, strict=False)
        subnets = net.subnets(new_prefix=net.max_prefixlen - int(bits))
        return [str(n) for n in itertools.islice(subnets, int(count))]
    if isinstance(resource_json, dict) and "Fn::GetAZs" in resource_json:
        region = _clean(resource_json["Fn::GetAZs"], resources_map)
        return _clean_json({"Fn::GetAZs": region}, resources_map)
    return _clean_json(resource_json, resources_map)


moto.cloudformation.parsing.clean_json = _clean


# cloudcontrol_api.py's module (its patch of the dispatcher is defined there).
CLOUDCONTROL = DomainDispatcherApplication.__call__.__globals__
_parse_and_create = moto.cloudformation.parsing.parse_and_create_resource


def _made_by_stack(logical_id, resource_json, resources_map, account_id, region_name):
    resource = _parse_and_create(logical_id, resource_json, resources_map, account_id,
                                 region_name)
    type_name = resource_json.get("Type")
    ident = str(getattr(resource, "physical_resource_id", "") or "") if resource else ""
    if ident and "Resource" in CLOUDCONTROL and CLOUDCONTROL["_schema"](type_name)["primary"]:
        props = _clean(resource_json.get("Properties", {}), resources_map)
        held = CLOUDCONTROL["Resource"](type_name, ident, resource, props, ident, account_id,
                                        region_name)
        with CLOUDCONTROL["LOCK"]:
            CLOUDCONTROL["_state"](account_id, region_name)["resources"][(type_name, ident)] = held
    return resource


moto.cloudformation.parsing.parse_and_create_resource = _made_by_stack




def _previous_properties(model):
    """The properties Cloud Control holds for the resource moto's model is."""
    with CLOUDCONTROL["LOCK"]:
        for state in CLOUDCONTROL["STATE"].values():
            for held in state["resources"].values():
                if held.model is model:
                    return held.properties
    return {}


def _ec2_tags(account_id, region_name, model, tags):
    ec2 = ec2_backends[account_id][region_name]
    want = {t["Key"]: t["Value"] for t in tags}
    gone = {k: v for k, v in dict(ec2.tags.get(model.id, {})).items() if k not in want}
    if gone:
        ec2.delete_tags([model.id], gone)
    if want:
        ec2.create_tags([model.id], want)


def _rds_tags(account_id, region_name, model, tags):
    rds = rds_backends[account_id][region_name]
    want = {t["Key"] for t in tags}
    gone = [t["Key"] for t in rds.list_tags_for_resource(model.arn) if t["Key"] not in want]
    if gone:
        rds.remove_tags_from_resource(model.arn, gone)
    if tags:
        rds.add_tags_to_resource(model.arn, tags)


def _tags_update(type_name, set_tags, in_place):
    """An update in place of the tags (set_tags(account, region, model,
    TAGS)) and of the properties in_place names (in_place[PROP](account,
    region, model, VALUE)); any other change goes to moto's own update,
    when it has one (a security group's: made again), else is refused."""
    cls = MODELS[type_name]
    own = getattr(cls, "update_from_cloudformation_json", None)
    own = None if own is None or getattr(own, "__isabstractmethod__", False) else own.__func__

    def update_from_cloudformation_json(klass, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        before = _previous_properties(original_resource)
        other = {k for k in set(props) | set(before)
                 if k != "Tags" and k not in in_place and props.get(k) != before.get(k)}
        if other:
            if own is None:
                raise NotImplementedError(
                    f"{type_name}: this test server updates {sorted(in_place) + ['Tags']} only")
            return own(klass, original_resource, new_resource_name, cloudformation_json,
                       account_id, region_name)
        set_tags(account_id, region_name, original_resource, props.get("Tags") or [])
        for prop, apply in in_place.items():
            if prop in props and props[prop] != before.get(prop):
                apply(account_id, region_name, original_resource, props[prop])
        return original_resource
    cls.update_from_cloudformation_json = classmethod(update_from_cloudformation_json)


def _vpc_attribute(attr):
    # as ModifyVpcAttribute's handler passes it: the query's text
    return lambda a, r, model, value: ec2_backends[a][r].modify_vpc_attribute(
        model.id, attr, str(value).lower())


def _master_password(a, r, model, value):
    rds_backends[a][r].modify_db_instance(model.db_instance_identifier,
                                          {"master_user_password": value})


_tags_update("AWS::EC2::VPC", _ec2_tags,
             {"EnableDnsSupport": _vpc_attribute("enable_dns_support"),
              "EnableDnsHostnames": _vpc_attribute("enable_dns_hostnames")})
for _type in ("AWS::EC2::InternetGateway", "AWS::EC2::Subnet", "AWS::EC2::RouteTable",
              "AWS::EC2::SecurityGroup", "AWS::EC2::Instance"):
    _tags_update(_type, _ec2_tags, {})
_tags_update("AWS::RDS::DBSubnetGroup", _rds_tags, {})
_tags_update("AWS::RDS::DBInstance", _rds_tags, {"MasterUserPassword": _master_password})
