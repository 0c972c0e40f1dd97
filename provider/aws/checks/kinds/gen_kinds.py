#!/usr/bin/env python3
"""provider/aws/checks/kinds/gen_kinds.py: write provider/aws/checks/kinds/kinds.gen.c, the
kinds of identifier the aws types' attributes take and give, from AWS's data
alone (check.c and one_network.c beside it check them; docs/validation.md,
"Kinds of identifiers").

    provider/aws/checks/kinds/gen_kinds.py           write kinds.gen.c beside it
    provider/aws/checks/kinds/gen_kinds.py --check   exit 1 when it differs from what the
                                        pinned cfn-lint gives

Two tables:
  aws_kinds[]       each kind cfn-lint knows ("AWS::KMS::Key.Arn"): the
                    pattern its format rule holds a literal to (cfn-lint's
                    rules/formats/*.py, read with ast, not imported; none
                    for a kind it has no rule for), what
                    terrace calls it in a message, and an example;
  aws_kind_attrs[]  for each written aws type (types.def's twins): the
                    attributes that take kinds (the property cfn.map puts
                    the attribute into, in the schema as the pinned cfn-lint
                    keeps it, carries cfn-lint's "format", or the registry's
                    relationshipRef: cloudcontrol/gen_schemas.py's "kinds"),
                    and the attributes that give one (a computed or set
                    attribute whose property has one kind: an aws.kms.key's
                    arn gives AWS::KMS::Key.Arn; `id` is the property of the
                    type's primary identifier when it has one, `arn` the
                    one property of the type's own ARN kind: an SNS
                    topic's TopicArn).
The awscc types carry their kinds in their own schemas (schemas.gen.c).

Every kind the data knows is in aws_kinds[]: cfn-lint's formats, the
registry's relationshipRefs (gen_schemas.py's relationship_kinds()), the
kinds it gives by a property's name and by the API's reference; a kind's
pattern is cfn-lint's, else its own property's in its type's schema, else
its service model's shape's; its words and example are WORDS' and EXAMPLES',
else made of its name. Each written attribute is mapped to its twin property
by name, by cfn.map's path lines, or by TWINS (a written type that is no one
CloudFormation type); --check also fails when an attribute named as an
identifier goes into no property without a cfn.map line saying why, or when
a kind's example does not match its pattern. Writing prints the counts.
"""
import ast
import importlib.util
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "kinds.gen.c"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gs = _load("gen_schemas", HERE.parent.parent / "cloudcontrol" / "gen_schemas.py")
gc = _load("gen_constraints", HERE.parent / "gen_constraints.py")

# What a message calls each kind ("kms_key_arn takes a KMS key's ARN"):
# terrace's own words.
WORDS = {
    "AWS::ACM::Certificate.Arn": "an ACM certificate's ARN",
    "AWS::EC2::Image.Id": "an AMI's id",
    "AWS::EC2::SecurityGroup.Id": "a security group's id",
    "AWS::EC2::SecurityGroup.Name": "a security group's name",
    "AWS::EC2::Subnet.Id": "a subnet's id",
    "AWS::EC2::VPC.Id": "a VPC's id",
    "AWS::IAM::Role.Arn": "an IAM role's ARN",
    "AWS::IAM::Role.RoleName": "an IAM role's name",
    "AWS::KMS::Alias.AliasName": "a KMS alias's name",
    "AWS::KMS::Key.Arn": "a KMS key's ARN",
    "AWS::KMS::Key.Id": "a KMS key's id",
    "AWS::Lambda::Function.Arn": "a Lambda function's ARN",
    "AWS::Lambda::Function.Name": "a Lambda function's name",
    "AWS::Logs::LogGroup.Name": "a log group's name",
    "AWS::S3::Bucket.Name": "an S3 bucket's name",
    "AWS::SNS::Topic.Arn": "an SNS topic's ARN",
    "AWS::SQS::Queue.Arn": "an SQS queue's ARN",
    "AWS::SQS::Queue.QueueUrl": "an SQS queue's URL",
    # IAM's groupNameType and existingUserNameType (gen_schemas.py's
    # model_kinds): a name, as the API Reference says it ("The name of the
    # group")
    "AWS::IAM::Group.Name": "an IAM group name",
    "AWS::IAM::User.Name": "an IAM user name",
}
# The words of kinds of a type's own ARN (arn_kinds) not made of the name:
# by_sibling.def's for a Firehose stream (what AWS now calls a delivery
# stream), a log group as the log group's name has it.
ARN_WORDS = {
    "AWS::KinesisFirehose::DeliveryStream.Arn": "a Firehose stream's ARN",
    "AWS::Logs::LogGroup.Arn": "a log group's ARN",
}
EXAMPLES = {
    "AWS::ACM::Certificate.Arn": "arn:aws:acm:us-east-1:123456789012:certificate/ID",
    "AWS::EC2::Image.Id": "ami-0123456789abcdef0",
    "AWS::EC2::SecurityGroup.Id": "sg-0123456789abcdef0",
    "AWS::EC2::SecurityGroup.Name": "web",
    "AWS::EC2::Subnet.Id": "subnet-0123456789abcdef0",
    "AWS::EC2::VPC.Id": "vpc-0123456789abcdef0",
    "AWS::IAM::Role.Arn": "arn:aws:iam::123456789012:role/NAME",
    "AWS::KMS::Alias.AliasName": "alias/NAME",
    "AWS::KMS::Key.Arn": "arn:aws:kms:us-east-1:123456789012:key/ID",
    "AWS::KMS::Key.Id": "1234abcd-12ab-34cd-56ef-1234567890ab",
    "AWS::Lambda::Function.Arn": "arn:aws:lambda:us-east-1:123456789012:function:NAME",
    "AWS::Lambda::Function.Name": "NAME",
    "AWS::Logs::LogGroup.Name": "/aws/lambda/NAME",
    "AWS::S3::Bucket.Name": "my-bucket",
    "AWS::SNS::Topic.Arn": "arn:aws:sns:us-east-1:123456789012:NAME",
    "AWS::SQS::Queue.Arn": "arn:aws:sqs:us-east-1:123456789012:NAME",
    "AWS::SQS::Queue.QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/NAME",
    "AWS::Elasticsearch::Domain.Arn": "arn:aws:es:us-east-1:123456789012:domain/logs",
    "AWS::OpenSearchService::Domain.Arn": "arn:aws:es:us-east-1:123456789012:domain/logs",
    "AWS::DirectConnect::Connection.Id": "dxcon-fh6ayh1d",
    "AWS::DirectConnect::Connection.Arn":
        "arn:aws:directconnect:us-east-1:123456789012:dxcon/dxcon-fh6ayh1d",
    "AWS::DirectConnect::Lag.Id": "dxlag-ffrz71kw",
    "AWS::DirectConnect::Lag.Arn": "arn:aws:directconnect:us-east-1:123456789012:dxlag/dxlag-ffrz71kw",
    "AWS::DirectConnect::DirectConnectGateway.Id": "5f294f92-bafb-4011-916d-9b0b0123456a",
    "AWS::DirectConnect::DirectConnectGateway.Arn":
        "arn:aws:directconnect::123456789012:dx-gateway/5f294f92-bafb-4011-916d-9b0b0123456a",
    "AWS::Kinesis::StreamConsumer.Arn":
        "arn:aws:kinesis:us-east-1:123456789012:stream/NAME/consumer/CONSUMER:1700000000",
}
# cfn-lint's rules/formats/LogGroupName.py declares its format as
# AWS::EC2::Subnet.Id (a slip of its source): the class's name says which
# kind its pattern is, and SubnetId.py has the subnet's.
FORMAT_OF_CLASS = {"LogGroupName": "AWS::Logs::LogGroup.Name"}
# What AWS takes besides a kind's pattern: EC2 resolves an AMI id given as
# an SSM parameter ("resolve:ssm:/aws/service/ami-..."; EC2 User Guide,
# "Use a Systems Manager parameter instead of an AMI ID"), which cfn-lint
# passes only in launch templates.
ALSO = {"AWS::EC2::Image.Id": "|^resolve:ssm:.+$"}
# A bucket made before March 2018 in us-east-1 may have a name of up to 255
# characters with capitals and underscores, and an attribute that names one
# takes it (cfn-lint's pattern is the rule for making one): the names AWS's
# own models take for an existing bucket, from the installed botocore.
ALSO_MODEL = {"AWS::S3::Bucket.Name": ("macie2", "S3BucketName")}


def _words_of(camel):
    """"TransitGateway" -> "transit gateway", "VPNGateway" -> "VPN gateway"."""
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+", camel)
    return " ".join(p if p.isupper() and len(p) > 1 else ACRONYMS.get(p, p.lower())
                    for p in parts)


ACRONYMS = {"Ip": "IP", "Arn": "ARN", "Vpc": "VPC", "Id": "id", "Nat": "NAT", "Ipam": "IPAM"}
SERVICE_WORDS = {"OpenSearchService": "OpenSearch Service",
                 "ElasticLoadBalancingV2": "Elastic Load Balancing", "DynamoDB": "DynamoDB",
                 "CloudWatch": "CloudWatch", "CodeBuild": "CodeBuild",
                 "KinesisFirehose": "Firehose", "Logs": "CloudWatch Logs",
                 "Events": "EventBridge", "Scheduler": "EventBridge Scheduler"}
# An acronym whose first letter is said with a vowel ("an RDS DB instance").
VOWEL_SOUND = re.compile(r"^(?:[AEIOU]|[FHLMNRSX][A-Z0-9]+\b)")


def words(kind):
    """What a message calls kind: WORDS', else made of its name
    ("AWS::EC2::TransitGateway.Id" -> "an EC2 transit gateway's id")."""
    if kind in WORDS or kind in ARN_WORDS:
        return WORDS.get(kind) or ARN_WORDS[kind]
    _aws, service, rest = kind.split("::")
    resource, _dot, attr = rest.partition(".")
    attr = {"Id": "id", "Arn": "ARN", "Name": "name"}.get(attr, _words_of(attr))
    # a Direct Connect gateway, not a DirectConnect direct connect gateway
    own = resource[len(service):] if resource.startswith(service) and resource != service \
        else resource
    text = "%s %s's %s" % (SERVICE_WORDS.get(service, service if service.isupper()
                                             else _words_of(service).title()),
                           _words_of(own), attr)
    return ("an " if VOWEL_SOUND.match(text) else "a ") + text


def example(kind):
    """An example of kind for messages: EXAMPLES', else one made of its name."""
    if kind in EXAMPLES:
        return EXAMPLES[kind]
    _aws, service, rest = kind.split("::")
    resource, _dot, attr = rest.partition(".")
    if attr == "Arn":
        return "arn:aws:%s:us-east-1:123456789012:%s/ID" % (service.lower(), resource.lower())
    return {"Id": "ID", "Name": "NAME"}.get(attr, "VALUE")


# The botocore model of each CloudFormation service a kind of the
# registry's relationshipRefs is of, for model_patterns().
MODELS = {"EC2": "ec2", "DirectConnect": "directconnect", "Kinesis": "kinesis",
          "ElasticLoadBalancingV2": "elbv2", "Elasticsearch": "es",
          "OpenSearchService": "opensearch", "Redshift": "redshift", "Cognito": "cognito-idp",
          "IAM": "iam"}


def own_patterns(kinds, pats):
    """{kind: pattern} for each kind of the registry's relationshipRefs that
    cfn-lint has no rule for, whose property in its own type's schema has
    a pattern (an AWS::DirectConnect::DirectConnectGateway's
    DirectConnectGatewayId): that pattern, as the awscc type holds it."""
    out = {}
    for kind, refs in gs.relationship_kinds().items():
        if kind in pats or kind not in kinds:
            continue
        for typ, prop in refs:
            if not kind.startswith(typ + "."):
                continue
            node = (gs.registry_schema(typ).get("properties") or {}).get(prop) or {}
            p = node.get("pattern")
            if isinstance(p, str) and "\\u" not in p and "\\p" not in p:
                re.compile(p)
                out[kind] = p
    return out


def model_patterns(kinds, pats):
    """{kind: pattern} for each kind cfn-lint has no rule for whose service
    model (MODELS) has a string shape named as the kind is
    ("AWS::Kinesis::Stream.Arn": kinesis's StreamARN; a StreamConsumer's
    ConsumerARN) with a pattern: the model's (Java, matched against the
    whole value), anchored at both ends."""
    out = {}
    for kind in kinds:
        _aws, service, rest = kind.split("::")
        if kind in pats or service not in MODELS:
            continue
        resource, _dot, attr = rest.partition(".")
        shapes = gc.model(MODELS[service])["shapes"]
        words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z0-9]*", resource)
        names = [("".join(words[i:]) + a) for i in range(len(words))
                 for a in (attr, attr.upper())]
        shape = next((shapes[n] for n in names if n in shapes), None)
        if shape and shape.get("type") == "string" and shape.get("pattern"):
            p = shape["pattern"]
            out[kind] = "^(?:" + p.lstrip("^").rstrip("$") + ")$"
            re.compile(out[kind])
    return out


def all_kinds(pats):
    """Every kind the data knows: cfn-lint's formats (plurals made singular),
    the registry's relationshipRefs, and the kinds gen_schemas.py gives by
    name and by the API's reference."""
    known = set(pats) | set(WORDS) | set(gs.relationship_kinds()) | gs.model_kind_names()
    for kinds in list(gs.name_kinds().values()) + list(gs.API_KINDS.values()):
        known |= set(kinds)
    return sorted(known)


def also(kind):
    """What AWS takes besides kind's pattern, as an alternative ("|...")."""
    if kind in ALSO_MODEL:
        service, shape = ALSO_MODEL[kind]
        return "|" + gc.model(service)["shapes"][shape]["pattern"]
    return ALSO.get(kind, "")


def formats():
    """{kind: pattern} from cfn-lint's rules/formats/*.py."""
    spec = importlib.util.find_spec("cfnlint")
    folder = pathlib.Path(spec.submodule_search_locations[0]) / "rules" / "formats"
    prefix = None
    for node in ast.walk(ast.parse((folder / "FormatKeyword.py").read_text())):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ARN_PREFIX":
            prefix = ast.literal_eval(node.value)
    out = {}
    for f in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(f.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"):
                continue
            kw = {k.arg: k.value for k in node.keywords}
            if "format" not in kw or "pattern" not in kw:
                continue
            fmt = FORMAT_OF_CLASS.get(f.stem, ast.literal_eval(kw["format"]))
            p = kw["pattern"]
            if isinstance(p, ast.BinOp) and isinstance(p.left, ast.Attribute) \
                    and p.left.attr == "ARN_PREFIX":
                pattern = prefix + ast.literal_eval(p.right)
            else:
                pattern = ast.literal_eval(p)
            re.compile(pattern)
            out[fmt] = pattern
    return out


def reference_rows():
    """{type: [attribute]} of every row of the reference tables (set and
    computed), top-level and nested."""
    out = {}
    text = gc.REFERENCE.read_text()
    for m in re.finditer(r"<!-- generated: (aws\.[a-z0-9_]+\.[a-z0-9_]+) -->\n(.*?)<!-- end generated",
                         text, re.S):
        rows = out.setdefault(m.group(1), [])
        for line in m.group(2).splitlines():
            r = re.match(r"\| `([^`]+)` \| ([^|]*) \| ([^|]*) \|", line)
            if r:
                rows.append((r.group(1), r.group(2).strip(), r.group(3)))
    return out


def kinds_of(node, defs):
    """A property node's kinds: its own, or its list's items'."""
    node = gc._resolve(node, defs)
    if node.get("type") == "array":
        node = gc._resolve(node.get("items") or {}, defs)
    return node.get("kinds") or []


# A written type that is no one CloudFormation type (types.def's NO_CFN
# lines) whose attributes are properties of some: each attribute's
# (CloudFormation type, property) twins, their kinds the attribute's. A
# security group rule is an AWS::EC2::SecurityGroupIngress or Egress by its
# direction; an internet gateway's vpc_id is what
# AWS::EC2::VPCGatewayAttachment attaches it to; a route table's subnet_ids
# are AWS::EC2::SubnetRouteTableAssociation's; a default group's vpc_id a
# security group's VpcId, a default ACL's and main table's an ACL's and a
# route table's.
TWINS = {
    ("aws.ec2.security_group_rule", "security_group_id"): [
        ("AWS::EC2::SecurityGroupIngress", "GroupId"), ("AWS::EC2::SecurityGroupEgress", "GroupId")],
    ("aws.ec2.security_group_rule", "source_security_group_id"): [
        ("AWS::EC2::SecurityGroupIngress", "SourceSecurityGroupId"),
        ("AWS::EC2::SecurityGroupEgress", "DestinationSecurityGroupId")],
    ("aws.ec2.internet_gateway", "vpc_id"): [("AWS::EC2::VPCGatewayAttachment", "VpcId")],
    # the VPC whose default group it takes: a security group's VpcId
    ("aws.ec2.default_security_group", "vpc_id"): [("AWS::EC2::SecurityGroup", "VpcId")],
    # the VPC whose default ACL / main route table it takes: an ACL's and a
    # route table's VpcId
    ("aws.ec2.default_network_acl", "vpc_id"): [("AWS::EC2::NetworkAcl", "VpcId")],
    ("aws.ec2.default_route_table", "vpc_id"): [("AWS::EC2::RouteTable", "VpcId")],
    ("aws.ec2.route_table", "subnet_ids"): [("AWS::EC2::SubnetRouteTableAssociation", "SubnetId")],
    ("aws.ec2.route_table", "routes.gateway_id"): [("AWS::EC2::Route", "GatewayId")],
    ("aws.ec2.route_table", "routes.nat_gateway_id"): [("AWS::EC2::Route", "NatGatewayId")],
    # a role given by its ARN or its name (cfn.map's left-out lines: terrace
    # sends the ARN): an IAM role's Arn or RoleName, where the API takes
    # only a role's ARN and refuses a create whose role it cannot assume
    # (Lambda CreateFunction Role: its model's pattern, arn:...:iam::
    # ACCOUNT:role/..., and "The role defined for the function cannot be
    # assumed by Lambda"; Step Functions CreateStateMachine roleArn: "The
    # Amazon Resource Name (ARN) of the IAM role", and "Neither the global
    # service principal states.amazonaws.com, nor the regional one is
    # authorized to assume the provided role"), so a literal one is read at
    # plan. Glue's Role and EventBridge's RoleArn have no pattern in their
    # models, and no page says that their creates refuse a role that does not
    # exist yet: left as they are. EventBridge Scheduler's target RoleArn:
    # "The Amazon Resource Name (ARN) of the IAM role that EventBridge
    # Scheduler will use for this target when the schedule is invoked", and
    # CreateSchedule's ValidationException "The execution role you provide
    # must allow AWS EventBridge Scheduler to assume the role"
    # (scheduler/rules.c's ROLE_TRUST row)
    **{(typ, attr): [("AWS::IAM::Role", "Arn"), ("AWS::IAM::Role", "RoleName")]
       for typ, attr in (("aws.lambda.function", "role"),
                         ("aws.sfn.state_machine", "role_arn"),
                         ("aws.scheduler.schedule", "target.role_arn"))},
    # an inline policy put on groups, users and roles is an
    # AWS::IAM::GroupPolicy, UserPolicy or RolePolicy of each: their
    # GroupName, UserName, RoleName (IAM PutGroupPolicy's groupNameType,
    # PutUserPolicy's existingUserNameType, PutRolePolicy's roleNameType:
    # gen_schemas.py's model_kinds); a role is also taken by its ARN
    # (terrace sends its name)
    ("aws.iam.inline_policy", "groups"): [("AWS::IAM::GroupPolicy", "GroupName")],
    ("aws.iam.inline_policy", "users"): [("AWS::IAM::UserPolicy", "UserName")],
    ("aws.iam.inline_policy", "roles"): [("AWS::IAM::RolePolicy", "RoleName"),
                                         ("AWS::IAM::Role", "Arn")],
    # a bucket's notification destinations are its NotificationConfiguration's
    # (gen_schemas.py's API_KINDS: S3 PutBucketNotificationConfiguration's
    # LambdaFunctionArn, QueueArn, TopicArn)
    ("aws.s3.bucket_notification", "lambda_function.lambda_function_arn"): [
        ("AWS::S3::Bucket", "NotificationConfiguration.LambdaConfigurations.Function")],
    ("aws.s3.bucket_notification", "queue.queue_arn"): [
        ("AWS::S3::Bucket", "NotificationConfiguration.QueueConfigurations.Queue")],
    ("aws.s3.bucket_notification", "topic.topic_arn"): [
        ("AWS::S3::Bucket", "NotificationConfiguration.TopicConfigurations.Topic")],
    # an instance's groups go into RunInstances' SecurityGroupIds, whose
    # shape is SecurityGroupId ("The IDs of the security groups"; names go
    # into SecurityGroups, which terrace does not send): a launch
    # template's SecurityGroupIds, the same member, takes ids alone, where
    # cfn-lint lets AWS::EC2::Instance's take names too
    ("aws.ec2.instance", "vpc_security_group_ids"): [
        ("AWS::EC2::LaunchTemplate", "LaunchTemplateData.SecurityGroupIds")],
    # a cluster's roles, given by ARN or name (cfn.map's left-out line:
    # terrace sends ARNs), are an IAM role's Arn (the registry's
    # relationshipRef on AWS::Redshift::Cluster's IamRoles; Redshift
    # CreateCluster IamRoles: "You must supply the IAM roles in their Amazon
    # Resource Name (ARN) format") or RoleName, not a policy's ARN
    ("aws.redshift.cluster", "iam_roles"): [("AWS::IAM::Role", "Arn"),
                                            ("AWS::IAM::Role", "RoleName")],
    # a queue's url is its QueueUrl (schema_kinds.py's API_KINDS: what an
    # SQS queue policy's queues take)
    ("aws.sqs.queue", "url"): [("AWS::SQS::Queue", "QueueUrl")],
    # the workgroup's flat settings are its WorkGroupConfiguration's
    ("aws.athena.workgroup", "kms_key"): [
        ("AWS::Athena::WorkGroup",
         "WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.KmsKey")],
}
# An attribute named as an identifier is (IDENTIFIER): one that goes into no
# property needs a cfn.map line saying why (--check).
IDENTIFIER = re.compile(r"(_id|_ids|_arn|_arns|\bkms_key|subnets|security_groups)$")


def camel(attr):
    """A snake_case attribute's last part as CloudFormation names it."""
    return "".join(w[:1].upper() + w[1:] for w in attr.rpartition(".")[2].split("_"))


def attr_rows(known):
    """(rows, report): the rows of aws_kind_attrs; report: counts, the
    settable attributes that go into no property ("unmapped"), and those of
    them whose name the schemas give a kind to (name_kinds) with no cfn.map
    line ("missing": --check fails)."""
    types, _none, paths, left, _drops, _grows = gc.cfn_map()
    refs = reference_rows()
    rows, unmapped, missing = [], [], []
    named = gs.name_kinds()
    for typ in sorted(set(types) | {t for t, _a in TWINS}):
        schema = gs.schema_of(types[typ]) if typ in types else None
        defs = schema.get("defs", {}) if schema else {}
        own = types.get(typ, "-") + "."
        for attr, _type, flags in refs.get(typ, []):
            key = (typ, attr)
            settable = "required" in flags or "optional" in flags
            node = None
            if key in TWINS:
                kinds = []
                for cfn, prop in TWINS[key]:
                    n, _names, _keys = gc._property(gs.schema_of(cfn), prop)
                    kinds += [k for k in kinds_of(n, {}) if k not in kinds]
                node = {"kinds": kinds}
            elif schema is None or gc._under(key, left):
                continue
            else:
                mapped = gc._under(key, paths)
                path = mapped[1] + ("." + mapped[2] if mapped[2] else "") if mapped else attr
                node, _names, _keys = gc._property(schema, path)
            if node is None and attr == "id" and len(schema.get("primaryIdentifier") or []) == 1:
                node, _names, _keys = gc._property(schema, schema["primaryIdentifier"][0])
            if node is None and attr == "arn":
                # the type's own ARN, wherever its schema keeps it (an SNS
                # topic's TopicArn): the top-level property of that one kind
                mine = [p for p in schema["properties"].values()
                        if kinds_of(p, defs) == [own + "Arn"]]
                node = mine[0] if len(mine) == 1 else None
            if node is None:
                if settable:
                    unmapped.append("%s %s" % key)
                    if camel(attr) in named or camel(attr) + "s" in named or \
                            IDENTIFIER.search(attr):
                        missing.append("%s %s" % key)
                continue
            kinds = [k for k in kinds_of(node, defs) if k in known]
            # a type's own name or id is its identity, not a reference
            takes = [k for k in kinds if not k.startswith(own)]
            if settable and takes:
                rows.append((typ, attr, " ".join(takes), False))
            if "." not in attr and len(kinds) == 1:
                rows.append((typ, attr, kinds[0], True))
    report = {"takes": len({(r[0], r[1]) for r in rows if not r[3]}),
              "gives": len({(r[0], r[1]) for r in rows if r[3]}),
              "unmapped": unmapped, "missing": missing}
    return rows, report


# An own ARN format's ${...} as an example fills it: ${ATTR|DEFAULT} its
# default, any other the attribute's NAME; a wildcard is one character.
FILL = [(re.compile(r"\$\{partition\}"), "aws"), (re.compile(r"\$\{region\}"), "us-east-1"),
        (re.compile(r"\$\{account\}"), "123456789012"),
        (re.compile(r"\$\{[a-z_]+\|([^}]*)\}"), r"\1"), (re.compile(r"\$\{[^}]*\}"), "NAME"),
        (re.compile(r"\*"), "1"), (re.compile(r"\?"), "a")]


def arn_kinds(known, rows, api=frozenset()):
    """{kind: example} and rows: the kind of each written type's own ARN
    that AWS's data names none for (a DynamoDB table's: no cfn-lint format,
    no relationshipRef), "TWIN.Arn", given by the type's `arn` (and its
    awscc twin's, by the kind's name). Its example is the type's first ARN
    format in types.def when that is its own: a literal resource part
    ("table/") naming the type's name attribute (an alias's
    "...:${name}", a log stream's log group ARN are not). No attribute
    takes such a kind but where API_KINDS names it (a job queue's compute
    environment: `api`, the kinds named only so); check.c refuses a
    reference of one only where its example fits none of the kinds the
    attribute takes."""
    sys.path.insert(0, str(HERE.parent.parent / "gen"))
    from types_def import types
    refs = reference_rows()
    gives = {(r[0], r[1]): r[2] for r in rows if r[3]}
    out, new_rows = {}, []
    for t in types():
        kind = "%s.Arn" % t.cfn if t.cfn else None
        if not kind or (kind in known and kind not in api) or not t.arns or \
                gives.get((t.name, "arn"), kind) != kind or \
                "arn" not in {a for a, _type, _flags in refs.get(t.name, [])}:
            continue
        fmt = t.arns[0]
        resource = fmt.split(":", 5)[5] if fmt.count(":") >= 5 else ""
        if not t.name_attr or "${%s" % t.name_attr not in resource or resource.startswith("${"):
            continue
        for pat, to in FILL:
            fmt = pat.sub(to, fmt)
        out[kind] = fmt
        if (t.name, "arn") not in gives:
            new_rows.append((t.name, "arn", kind, True))
    return out, new_rows


def api_arn_kinds(pats):
    """The ARN kinds that only API_KINDS names, as what another type's
    property takes, with no pattern of cfn-lint's: a type's own ARN still
    (arn_kinds', schema_arn_kinds')."""
    other = set(pats) | set(WORDS) | set(gs.relationship_kinds()) | gs.model_kind_names()
    for named in gs.name_kinds().values():
        other |= set(named)
    out = set()
    for where, named in gs.API_KINDS.items():
        for k in named:
            if k.endswith(".Arn") and not where.startswith(k.rpartition(".")[0] + "."):
                out.add(k)
    return out - other


def shape_patterns(kinds, pats):
    """{kind: pattern} for each kind gen_schemas.py's model_kinds() names
    first by a model's typed shape that has a pattern (IAM's groupNameType:
    [\\w+=,.@-]+), where no other data gives the kind one: the model's
    (Java, matched against the whole value), anchored at both ends."""
    out = {}
    # a kind other data named first keeps what it had (an IAM role's
    # RoleName, which API_KINDS gives its own type's property, takes any
    # literal as before); one API_KINDS names only as what another type's
    # property takes (an instance profile's name, a Batch instance role's)
    # keeps its shape's pattern
    before = set(gs.relationship_kinds())
    for named in gs.name_kinds().values():
        before |= set(named)
    for where, named in gs.API_KINDS.items():
        before |= {k for k in named if where.startswith(k.rpartition(".")[0] + ".")}
    for kind, p in gs.model_kinds()[1].items():
        if kind in kinds and kind not in pats and kind not in before:
            out[kind] = "^(?:" + p.lstrip("^").rstrip("$") + ")$"
            re.compile(out[kind])
    return out


def schema_arn_kinds(known, arns):
    """{kind: example} of the kind of each type's own ARN that its schema's
    read-only ARN property gives (gen_schemas.py's own_kinds: a backup
    vault's BackupVaultArn gives AWS::Backup::BackupVault.Arn) and no other
    data names (arn_kinds' written ones have an example of their format).
    Its example is an ARN of the service whose actions the type's create
    handler names (backup:CreateBackupVault: backup) with no resource part
    of its own: check.c judges a reference of it by its service alone
    (aws_kinds_by_service[])."""
    out = {}
    for cfn in sorted(gs.listing()[1]):
        kind = cfn + ".Arn"
        if kind in known or kind in arns:
            continue
        if not gs.own_arn_property(cfn, gs.registry_schema(cfn)):
            continue
        perms = (gs.handlers().get(cfn) or {}).get("create", {}).get("permissions") or []
        prefixes = sorted({p.partition(":")[0].lower() for p in perms})
        service = cfn.split("::")[1].lower()
        # the prefix of the service the type is of (its own name, or the
        # one prefix its create handler names)
        prefix = service if service in prefixes else (prefixes[0] if len(prefixes) == 1 else None)
        if not prefix:
            continue
        out[kind] = "arn:aws:%s:us-east-1:123456789012:ID" % prefix
    return out


def render():
    pats = formats()
    kinds = all_kinds(pats)
    owns = own_patterns(kinds, pats)
    models = model_patterns(kinds, dict(pats, **owns))
    shapes = shape_patterns(kinds, dict(pats, **owns, **models))
    models.update(shapes)
    api = api_arn_kinds(pats)
    candidates = schema_arn_kinds(set(kinds) - api, {})
    rows, report = attr_rows(set(kinds) | set(candidates))
    arns, arn_rows = arn_kinds(set(kinds), rows, api)
    by_service = {k: v for k, v in candidates.items() if k not in arns}
    EXAMPLES.update(arns)
    EXAMPLES.update(by_service)
    kinds = sorted(set(kinds) | set(arns) | set(by_service))
    rows = rows + arn_rows
    report["gives"] += len(arn_rows)
    out = ["/* Generated by provider/aws/checks/kinds/gen_kinds.py from cfn-lint %s's rules/formats and"
           % gs.PINNED,
           " * resource schemas (the kinds of identifier cfn-lint annotates, and the",
           " * registry's relationshipRefs) and provider/aws/checks/cfn.map; do not edit.",
           " *",
           " * %d kinds (%d with cfn-lint's pattern, %d with their own property's in its"
           % (len(kinds), sum(1 for k in kinds if k in pats), len(owns)),
           " * schema, %d with their model's (%d of them a typed shape's); %d of a type's own"
           % (len(models), len(shapes), len(arns)),
           " * ARN made of its format in types.def, %d of one its schema gives, judged"
           % len(by_service),
           " * by its service alone: none of them any attribute takes); written",
           " * attributes that take a kind: %d; that give one: %d;" % (report["takes"],
                                                                     report["gives"]),
           " * %d settable attributes of written types go into no CloudFormation property"
           % len(report["unmapped"]),
           " * (no kinds from a twin): %s. */" % ", ".join(report["unmapped"]),
           '#include "provider/aws/checks/kinds/api.h"', "",
           "const struct aws_kind aws_kinds[] = {"]
    for k in kinds:
        # a kind with no format rule (AWS::SQS::Queue.Arn) has no pattern:
        # its literals pass
        pattern = "(?:" + pats[k] + ")" + also(k) if k in pats else owns.get(k, models.get(k))
        if pattern and not re.match(pattern.replace("\\Z", "$"), example(k)):
            sys.exit("gen_kinds: the example %s of %s does not match its pattern %s: "
                     "give it one in EXAMPLES" % (example(k), k, pattern))
        out.append("\t{ %s, %s, %s, %s, %s }," % (gc.c_str(k), gc.c_str(words(k)),
                                                 gc.c_str(pattern) if pattern else "NULL",
                                                 gc.c_str(example(k)),
                                                 "true" if k in arns or k in by_service
                                                 else "false"))
    out += ["\t{ NULL, NULL, NULL, NULL, false },", "};", "",
            "/* the kinds of a type's own ARN whose example says only its service */",
            "const char *const aws_kinds_by_service[] = {"]
    out += ["\t%s," % gc.c_str(k) for k in sorted(by_service)]
    out += ["\tNULL,", "};", "",
            "const struct aws_kind_attr aws_kind_attrs[] = {"]
    for typ, attr, kinds_, gives in rows:
        out.append("\t{ %s, %s, %s, %s }," % (gc.c_str(typ), gc.c_str(attr), gc.c_str(kinds_),
                                             "true" if gives else "false"))
    out += ["\t{ NULL, NULL, NULL, false },", "};", ""]
    return "\n".join(out), report


def main(argv):
    text, report = render()
    if report["missing"]:
        sys.exit("gen_kinds: written attributes named as identifiers (or as what the schemas "
                 "give a kind to) that go into no CloudFormation property, with no cfn.map "
                 "path or left-out line: "
                 + ", ".join(report["missing"]))
    if argv[1:] == ["--check"]:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit("gen_kinds: provider/aws/checks/kinds/kinds.gen.c differs from what cfn.map and the "
                     "pinned cfn-lint give: run `make kinds`")
        return 0
    if argv[1:]:
        sys.exit("usage: provider/aws/checks/kinds/gen_kinds.py [--check]")
    OUT.write_text(text)
    print("gen_kinds: written attributes that take a kind: %d, that give one: %d; %d settable "
          "attributes go into no CloudFormation property" % (report["takes"], report["gives"],
                                                             len(report["unmapped"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
