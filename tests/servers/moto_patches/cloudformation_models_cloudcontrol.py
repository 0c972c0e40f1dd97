"""moto's CloudFormation models, as cloudcontrol_api.py drives them, taking
what CloudFormation gives them and deleting what CloudFormation deletes.

cloudcontrol_api.py hands a type's model DesiredState as its template's
Properties, in the form the type's registry schema gives (as a
CloudFormation template writes them); moto 5.2.1's models depart from it
in these, each found by t0943 (awscc types of 30 services through Cloud
Control) and written from the resource's CloudFormation reference
(docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/):

- AWS::IoT::Thing AttributePayload is an object ({"Attributes": {...}});
  moto json.loads it as text (and fails on an object).
- AWS::Events::Archive EventPattern is "a JSON object"; moto stores what
  it is given and json.loads it when matching (an object fails).
- AWS::SSM::Document Content is an object or text, DocumentFormat
  defaults to JSON and DocumentType to Command (SSM's CreateDocument); moto
  takes none of them (no format: "Invalid document format None", no type:
  "Invalid document type None"; an object as Content fails).
- These types have a delete handler on AWS (Cloud Control deletes them),
  where moto's model has none (its Cloud Control answered
  UnsupportedActionException): AWS::Route53::HostedZone (a zone holding
  records other than its NS and SOA is refused: HostedZoneNotEmpty, as
  Route 53 does), AWS::Route53::HealthCheck,
  AWS::ElasticLoadBalancingV2::Listener, AWS::ElasticLoadBalancingV2::
  TargetGroup, AWS::Redshift::ClusterParameterGroup,
  AWS::EC2::VPCPeeringConnection, AWS::EC2::Volume,
  AWS::EC2::TransitGateway, AWS::EC2::FlowLog and AWS::ApiGateway::RestApi: each deleted
  through its service's backend, as its Delete* call does.
- AWS::Events::Rule's delete handler removes the rule's targets first, as
  CloudFormation does; moto's model refuses a rule with targets ("Rule
  can't be deleted since it has targets"), which left a stack of an awscc
  rule with targets undeletable here.
- AWS::KMS::Key Tags are a list of {Key, Value}, as every CloudFormation
  type's; moto's model hands them to its CreateKey, which takes KMS's API
  form {TagKey, TagValue}, and fails with KeyError 'TagKey' (Cloud Control
  answered a keyed FAILED; a stack failed too: 1 of the CDK corpus's 104
  templates, tests/corpus/cdk). KeyPolicy is "a JSON object" or text, and
  may be left out (AWS::KMS::Key KeyPolicy: "If you don't specify a key
  policy, AWS KMS attaches a default key policy"): moto requires it
  (KeyError) and keeps an object as it is given (GetKeyPolicy then answers
  no text). Tags are put in KMS's form, an object policy as its JSON text,
  a missing one as moto's default.
- AWS::Events::Rule is known by its Arn (its registry schema's
  primaryIdentifier, /properties/Arn, read-only); moto's model's physical id
  is the rule's name, so Cloud Control answered the name as the identifier
  and as the Arn GetResource reads (a Lambda permission's SourceArn then
  held a name: 3 of the CDK corpus's 104 templates, tests/corpus/cdk, failed
  terrace's apply). Cloud Control now knows a rule by its ARN
  (cloudcontrol_api.py's cloudcontrol_identifier); a stack's Ref stays the
  name, as CloudFormation's Ref of a rule is.
- AWS::EFS::AccessPoint is known by its AccessPointId (fsap-...) and has an
  Arn; moto's model gives neither (Cloud Control answered the name it had
  made up for it as the identifier).
"""
import json

from moto.cloudformation.parsing import get_model_map

MODELS = get_model_map()


def _wrap_create(type_name, fix):
    """The model's create_from_cloudformation_json (and update), with the
    template's Properties put in moto's form first."""
    cls = MODELS[type_name]
    for method in ("create_from_cloudformation_json", "update_from_cloudformation_json"):
        original = getattr(cls, method, None)
        if original is None or getattr(original, "__isabstractmethod__", False):
            continue
        original = original.__func__

        def wrapped(klass, *args, _original=original, **kwargs):
            # cloudformation_json is the second argument of both
            args = list(args)
            if "cloudformation_json" in kwargs:
                template = kwargs["cloudformation_json"]
            else:
                template = args[1]
            props = template.get("Properties")
            if isinstance(props, dict):
                fix(props)
            return _original(klass, *args, **kwargs)

        setattr(cls, method, classmethod(wrapped))


def _thing(props):
    payload = props.get("AttributePayload")
    if isinstance(payload, dict):
        # moto's create_thing takes the IoT API's attributePayload
        props["AttributePayload"] = json.dumps(
            {"attributes": payload.get("Attributes") or {}})


def _archive(props):
    if isinstance(props.get("EventPattern"), dict):
        props["EventPattern"] = json.dumps(props["EventPattern"])


def _document(props):
    fmt = props.get("DocumentFormat") or "JSON"
    props["DocumentFormat"] = fmt
    props.setdefault("DocumentType", "Command")
    content = props.get("Content")
    if isinstance(content, (dict, list)):
        if fmt == "YAML":
            import yaml
            props["Content"] = yaml.safe_dump(content)
        else:
            props["Content"] = json.dumps(content)


def _kms_key(props):
    tags = props.get("Tags")
    if isinstance(tags, list):
        props["Tags"] = [{"TagKey": t.get("Key"), "TagValue": t.get("Value")} if "Key" in t else t
                         for t in tags if isinstance(t, dict)]
    policy = props.get("KeyPolicy")
    if isinstance(policy, (dict, list)):
        props["KeyPolicy"] = json.dumps(policy)
    else:
        props.setdefault("KeyPolicy", None)


_wrap_create("AWS::IoT::Thing", _thing)
_wrap_create("AWS::Events::Archive", _archive)
_wrap_create("AWS::SSM::Document", _document)
_wrap_create("AWS::KMS::Key", _kms_key)


def _backend(module, account, region):
    import importlib
    backends = getattr(importlib.import_module(f"moto.{module}.models"), f"{module}_backends")
    regions = backends[account]
    return regions["global"] if module == "route53" else regions[region]


def _add_delete(type_name, delete):
    cls = MODELS[type_name]

    def delete_from_cloudformation_json(klass, resource_name, cloudformation_json, account_id,
                                        region_name):
        delete(resource_name, account_id, region_name)

    cls.delete_from_cloudformation_json = classmethod(delete_from_cloudformation_json)


_add_delete("AWS::Route53::HostedZone",
            lambda id_, a, r: _backend("route53", a, r).delete_hosted_zone(id_))
_add_delete("AWS::Route53::HealthCheck",
            lambda id_, a, r: _backend("route53", a, r).delete_health_check(id_))
_add_delete("AWS::ElasticLoadBalancingV2::Listener",
            lambda arn, a, r: _backend("elbv2", a, r).delete_listener(arn))
_add_delete("AWS::ElasticLoadBalancingV2::TargetGroup",
            lambda arn, a, r: _backend("elbv2", a, r).delete_target_group(arn))
_add_delete("AWS::Redshift::ClusterParameterGroup",
            lambda name, a, r: _backend("redshift", a, r).delete_cluster_parameter_group(name))
_add_delete("AWS::EC2::VPCPeeringConnection",
            lambda id_, a, r: _backend("ec2", a, r).delete_vpc_peering_connection(id_))
_add_delete("AWS::EC2::Volume",
            lambda id_, a, r: _backend("ec2", a, r).delete_volume(id_))
_add_delete("AWS::EC2::TransitGateway",
            lambda id_, a, r: _backend("ec2", a, r).delete_transit_gateway(id_))
_add_delete("AWS::ApiGateway::RestApi",
            lambda id_, a, r: _backend("apigateway", a, r).delete_rest_api(id_))
_add_delete("AWS::EC2::FlowLog",
            lambda id_, a, r: _backend("ec2", a, r).delete_flow_logs([id_]))


def _rule_delete_with_targets():
    cls = MODELS["AWS::Events::Rule"]
    original = cls.delete_from_cloudformation_json.__func__

    def delete_from_cloudformation_json(klass, resource_name, cloudformation_json, account_id,
                                        region_name):
        from moto.events.models import events_backends
        backend = events_backends[account_id][region_name]
        bus = (cloudformation_json.get("Properties") or {}).get("EventBusName")
        # the identifier is the rule's ARN (.../rule/[BUS/]NAME) or its name
        name = resource_name.rsplit("/", 1)[-1]
        try:
            rule = backend._get_event_bus(backend._normalize_event_bus_arn(bus)).rules.get(name)
        except Exception:  # the bus is gone, and the rule with it
            rule = None
        if rule is not None and rule.targets:
            backend.remove_targets(name, bus, [t["Id"] for t in rule.targets])
        return original(klass, name, cloudformation_json, account_id, region_name)

    cls.delete_from_cloudformation_json = classmethod(delete_from_cloudformation_json)


_rule_delete_with_targets()


def _access_point_attribute(self, name):
    """AWS::EFS::AccessPoint's Fn::GetAtt: AccessPointId and Arn."""
    from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
    if name == "AccessPointId":
        return self.access_point_id
    if name == "Arn":
        return self.access_point_arn
    raise UnformattedGetAttTemplateException()


# An access point is known by its id (fsap-...), as Cloud Control names it;
# moto's model has no physical id (Cloud Control answered the name it made).
MODELS["AWS::EFS::AccessPoint"].physical_resource_id = property(lambda self: self.access_point_id)
MODELS["AWS::EFS::AccessPoint"].get_cfn_attribute = _access_point_attribute

# A rule is known to Cloud Control by its ARN (Ref in a stack stays its name).
MODELS["AWS::Events::Rule"].cloudcontrol_identifier = property(lambda self: self.arn)
