"""provider/aws/cloudcontrol/schema_kinds.py: the kinds of identifier the
registry's properties take and give, as gen_schemas.py writes them into each
node's "kinds" (docs/validation.md, "Kinds of identifiers"): cfn-lint's
formats and the registry's relationshipRefs (kind_formats,
relationship_kinds), kinds by a property's name (name_kinds), the API
reference's (API_KINDS), botocore's typed identifier shapes of the members
the create handlers send (model_kinds), a type's own ARN property. It reads
the registry through registry_read.py alone; gen_schemas.py (own_kinds,
node) and gen_kinds.py use it.
"""
import functools
import re

from registry_read import handlers, listing, registry_schema  # noqa: E402

# cfn-lint's older spelling of a format, and its plural ones (on a list: each
# item is of the singular kind).
KIND_ALIASES = {"AWS::EC2::SecurityGroup.GroupId": "AWS::EC2::SecurityGroup.Id"}
KIND_PLURALS = {"Ids": "Id", "Names": "Name", "Arns": "Arn"}
# The registry's own "relationshipRef"s ({"typeName": "AWS::KMS::Key",
# "propertyPath": "/properties/KeyId"}) are kinds of their own, named
# relationship_kind_name()'s way ("AWS::EC2::TransitGateway.Id"), except those
# that name a kind cfn-lint's formats already have, by another property's
# name: the same kind (a subnet's SubnetId is AWS::EC2::Subnet.Id).
RELATIONSHIP_KINDS = {
    ("AWS::KMS::Key", "KeyId"): "AWS::KMS::Key.Id",
    ("AWS::KMS::Alias", "AliasName"): "AWS::KMS::Alias.AliasName",
    ("AWS::EC2::Subnet", "SubnetId"): "AWS::EC2::Subnet.Id",
    ("AWS::EC2::SecurityGroup", "GroupId"): "AWS::EC2::SecurityGroup.Id",
    ("AWS::EC2::VPC", "VpcId"): "AWS::EC2::VPC.Id",
    ("AWS::S3::Bucket", "BucketName"): "AWS::S3::Bucket.Name",
    # a VPC's DefaultSecurityGroup is a security group's id; an endpoint's
    # VpcId a VPC's (the registry's schemas of AWS::EC2::VPC, VPCEndpoint)
    ("AWS::EC2::VPC", "DefaultSecurityGroup"): "AWS::EC2::SecurityGroup.Id",
    ("AWS::EC2::VPCEndpoint", "VpcId"): "AWS::EC2::VPC.Id",
    # AWS::CertificateManager::Certificate's Id is the certificate's ARN (its
    # Ref: "the ARN of the certificate"), cfn-lint's AWS::ACM::Certificate.Arn
    ("AWS::CertificateManager::Certificate", "Id"): "AWS::ACM::Certificate.Arn",
    # IAM's roleNameType (model_kinds) is the kind API_KINDS gives a role's
    # RoleName
    ("AWS::IAM::Role", "RoleName"): "AWS::IAM::Role.RoleName",
}


def relationship_kind_name(type_name_, prop):
    """The kind a relationshipRef to property `prop` of type_name_ names:
    RELATIONSHIP_KINDS's, else TYPE.Id, .Arn or .Name when prop is the
    type's Id, Arn or Name (its own name before it: a Lag's LagId, a
    StreamConsumer's ConsumerARN), else the Id, Arn or Name of the type of
    the service prop names (a user pool client's UserPoolId:
    AWS::Cognito::UserPool.Id), else TYPE.PROP (an EIP's AllocationId)."""
    if (type_name_, prop) in RELATIONSHIP_KINDS:
        return RELATIONSHIP_KINDS[(type_name_, prop)]
    service = type_name_.rpartition("::")[0]
    for suffix in ("Id", "Arn", "Name"):
        other = service + "::" + prop[:-len(suffix)]
        if prop.endswith(suffix) and other != type_name_ and other in listing()[1]:
            return other + "." + suffix
    resource = type_name_.rpartition("::")[2]
    for suffix, kind in (("Id", "Id"), ("Arn", "Arn"), ("ARN", "Arn"), ("Name", "Name")):
        head = prop[:-len(suffix)]
        if prop.endswith(suffix) and resource.lower().endswith(head.lower()):
            return type_name_ + "." + kind
    return type_name_ + "." + prop


def relationship_kind(s):
    r = s.get("relationshipRef") if isinstance(s, dict) else None
    if not isinstance(r, dict) or not isinstance(r.get("typeName"), str):
        return None
    prop = str(r.get("propertyPath", "")).rpartition("/")[2]
    return relationship_kind_name(r["typeName"], prop) if prop else None


# Kinds by a property's name where cfn-lint annotates that name with one
# kind (in NAME_KIND_SHARE of the properties of that name it annotates, and
# in at least NAME_KIND_LEAST) and leaves some unannotated: Lambda's
# VpcConfig.SubnetIds, DMS's, EKS's ... are subnets' ids as much as the
# SubnetIds it annotates are. A name whose unannotated properties take
# another thing is in NOT_BY_NAME, with what they take.
NAME_KIND_LEAST = 5
NAME_KIND_SHARE = 0.9
NOT_BY_NAME = {
    "CertificateArn": "DMS's, IoT's, Greengrass's and MediaPackage's CertificateArn are their "
                      "own services' certificates (arn:aws:dms:..., arn:aws:iot:...), not ACM's",
    "ImageId": "AWS::Cloud9::EnvironmentEC2's ImageId takes aliases (amazonlinux-2023-x86_64; "
               "Cloud9 CreateEnvironmentEC2 imageId), not an AMI's id",
    "TopicArn": "AWS::MSK::Topic's TopicArn is a Kafka topic's ARN (arn:aws:kafka:...)",
    "BucketName": "AWS::Lightsail::Bucket's and AWS::S3Outposts::Bucket's are their own buckets",
    "FunctionArn": "AWS::AppSync::FunctionConfiguration's is an AppSync function's ARN",
    "SecurityGroups": "an EC2 launch template's SecurityGroups take groups' names (NOT_ENFORCED), "
                      "a network insights analysis's are what it found",
}
# What AWS's API takes where the schema and cfn-lint say nothing, or say
# more than the API takes: (type, property path as node() names it) ->
# kinds, each citing the API reference.
API_KINDS = {
    # RDS CreateDBInstance VpcSecurityGroupIds: "A list of Amazon EC2 VPC
    # security groups to associate with this DB instance" (the RDS API
    # Reference; the member is of EC2 security group ids, sg-...)
    "AWS::RDS::DBInstance.VPCSecurityGroups[]": ["AWS::EC2::SecurityGroup.Id"],
    # CloudWatch Logs CreateLogGroup kmsKeyId: "The Amazon Resource Name
    # (ARN) of the KMS key to use when encrypting log data" (the CloudWatch
    # Logs API Reference; Terraform's aws_cloudwatch_log_group kms_key_id is
    # verify.ValidARN); cfn-lint also annotates a key's id and an alias
    "AWS::Logs::LogGroup.KmsKeyId": ["AWS::KMS::Key.Arn"],
    # IAM AddRoleToInstanceProfile RoleName: "The name of the role to add",
    # of the pattern [\w+=,.@-]+ (the IAM API Reference), which an ARN's ':'
    # and '/' fail ("Member must satisfy regular expression pattern"); a
    # role's RoleName is the kind's own
    "AWS::IAM::InstanceProfile.Roles[]": ["AWS::IAM::Role.RoleName"],
    "AWS::IAM::Role.RoleName": ["AWS::IAM::Role.RoleName"],
    # Lambda CreateFunction Role: "The Amazon Resource Name (ARN) of the
    # function's execution role", its shape RoleArn of the pattern
    # arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/... (the Lambda API Reference)
    "AWS::Lambda::Function.Role": ["AWS::IAM::Role.Arn"],
    # Step Functions CreateStateMachine roleArn: "The Amazon Resource Name
    # (ARN) of the IAM role to use for this state machine" (the Step
    # Functions API Reference)
    "AWS::StepFunctions::StateMachine.RoleArn": ["AWS::IAM::Role.Arn"],
    # S3 PutBucketNotificationConfiguration: LambdaFunctionArn "The Amazon
    # Resource Name (ARN) of the Lambda function that Amazon S3 invokes",
    # QueueArn "... of the Amazon SQS queue to which Amazon S3 publishes a
    # message", TopicArn "... of the Amazon SNS topic" (the S3 API Reference;
    # the schema's Function, Queue and Topic carry no format); a function's
    # ARN may name a version or an alias (cfn-lint's pattern takes both)
    "AWS::S3::Bucket.LambdaConfiguration.Function": ["AWS::Lambda::Function.Arn"],
    "AWS::S3::Bucket.QueueConfiguration.Queue": ["AWS::SQS::Queue.Arn"],
    "AWS::S3::Bucket.TopicConfiguration.Topic": ["AWS::SNS::Topic.Arn"],
    # Lambda CreateFunction DeadLetterConfig TargetArn: "The Amazon Resource
    # Name (ARN) of an Amazon SQS queue or Amazon SNS topic" (the Lambda API
    # Reference; the schema's pattern takes any ARN)
    "AWS::Lambda::Function.DeadLetterConfig.TargetArn": ["AWS::SQS::Queue.Arn",
                                                        "AWS::SNS::Topic.Arn"],
    # Backup CreateBackupPlan Rules TargetBackupVaultName: "The name of a
    # logical container where backups are stored", of the pattern
    # ^[a-zA-Z0-9\-\_]{2,50}$, which an ARN's ':' fails (the Backup API
    # Reference); a vault's BackupVaultName (its schema's definition
    # BackupVaultNamePattern, which only it uses) is the kind's own
    "AWS::Backup::BackupPlan.BackupRuleResourceType.TargetBackupVault": [
        "AWS::Backup::BackupVault.Name"],
    "AWS::Backup::BackupVault.BackupVaultNamePattern": ["AWS::Backup::BackupVault.Name"],
    # Batch ComputeResource instanceRole: "The Amazon ECS instance profile
    # applied to Amazon EC2 instances ... You can specify the short name or
    # full Amazon Resource Name (ARN) of an instance profile" (a role's ARN,
    # arn:...:role/..., is no instance profile's)
    "AWS::Batch::ComputeEnvironment.ComputeResources.InstanceRole": [
        "AWS::IAM::InstanceProfile.Arn", "AWS::IAM::InstanceProfile.Name"],
    # Batch ComputeEnvironmentOrder computeEnvironment: "The Amazon Resource
    # Name (ARN) of the compute environment" (a name, which gives no kind,
    # passes: terrace sends it as written)
    "AWS::Batch::JobQueue.ComputeEnvironmentOrder.ComputeEnvironment": [
        "AWS::Batch::ComputeEnvironment.Arn"],
    # CodeBuild CreateProject serviceRole: "The ARN of the IAM role that
    # enables CodeBuild to interact with dependent Amazon Web Services
    # services" (CodeBuild also takes the role's name, which CloudFormation's
    # !Ref of a role gives)
    "AWS::CodeBuild::Project.ServiceRole": ["AWS::IAM::Role.Arn", "AWS::IAM::Role.RoleName"],
    # EC2 CreateNatGateway AllocationId: "The allocation ID of an Elastic IP
    # address to associate with the NAT gateway" (not its address)
    "AWS::EC2::NatGateway.AllocationId": ["AWS::EC2::EIP.AllocationId"],
    # SNS SetTopicAttributes TopicArn: "The ARN of the topic to modify"
    "AWS::SNS::TopicPolicy.Topics[]": ["AWS::SNS::Topic.Arn"],
    # SQS SetQueueAttributes QueueUrl: "The URL of the Amazon SQS queue whose
    # attributes are set" (not its ARN); a queue's QueueUrl is the kind's own
    "AWS::SQS::QueuePolicy.Queues[]": ["AWS::SQS::Queue.QueueUrl"],
    "AWS::SQS::Queue.QueueUrl": ["AWS::SQS::Queue.QueueUrl"],
    # CloudWatch Logs PutSubscriptionFilter destinationArn: "The ARN of the
    # destination to deliver matching log events to. Currently, the supported
    # destinations are: An Amazon Kinesis stream ..., A logical destination
    # ..., An Amazon Kinesis Data Firehose delivery stream ..., A Lambda
    # function ..."
    "AWS::Logs::SubscriptionFilter.DestinationArn": [
        "AWS::Kinesis::Stream.Arn", "AWS::Logs::Destination.Arn",
        "AWS::KinesisFirehose::DeliveryStream.Arn", "AWS::Lambda::Function.Arn"],
}


# ---- kinds from the API's models: typed identifier shapes (issue 87) ----
# The operations a type's create handler calls (registry/handlers.json's
# permissions: "ec2:CreateRoute") take their members in shapes botocore's
# models name. Some models name a string shape after the identifier it holds:
# EC2's NatGatewayId, InternetGatewayId, SubnetId, VpcId (its RouteGatewayId,
# an internet or a virtual private gateway's, names no one type), IAM's
# groupNameType, roleNameType, existingUserNameType. Such a shape, stripped of
# "Type" and "existing", that is NAME + SUFFIX where AWS::SERVICE::NAME is a
# CloudFormation type of the model's service, is that type's kind as the
# registry's relationshipRefs name it (relationship_kind_name:
# AWS::EC2::NatGateway.Id, AWS::IAM::Group.Name), and the property the member
# goes into (the same names at the same depth, a list's items its members'; a
# list property NAMEs is the member NAME + SUFFIX: an AWS::IAM::ManagedPolicy's
# Groups are AttachGroupPolicy's GroupName) takes it. Only the models whose
# shapes are so named throughout are read (TYPED_MODELS, with the suffixes
# read): another model's shape of such a name may take several forms
# (Connect's InstanceId takes an instance's id or its ARN), and a kind that
# leaves one out would refuse what AWS takes.
TYPED_MODELS = {"ec2": ("Id",), "iam": ("Name",)}
# A shape whose members take several kinds: each member takes the kinds its
# documentation names (KMS CreateAlias TargetKeyId: "Specify the key ID or key
# ARN of the KMS key"; most KeyIdType members also take "alias name" and
# "alias ARN", which cfn-lint's AWS::KMS::Key.Arn pattern takes); a member
# whose documentation names none takes no kind.
SHAPE_FORMS = {
    ("kms", "KeyIdType"): (("key ID", "AWS::KMS::Key.Id"), ("key ARN", "AWS::KMS::Key.Arn"),
                           ("alias name", "AWS::KMS::Alias.AliasName"),
                           ("alias ARN", "AWS::KMS::Key.Arn")),
}
# A member of any model whose name ends in RoleArn and whose documentation
# says it is the ARN of an IAM role ("The ARN of the IAM role that Backup
# uses ...", "The Amazon Resource Name (ARN) of the IAM role ...") takes an
# IAM role's ARN.
ROLE_ARN_MEMBER = re.compile(r"role_?arn$", re.I)
ROLE_ARN_DOC = re.compile(r"^\s*(?:<[^>]+>\s*)*(?:the|an?)\s+(?:amazon resource name\s*\(arn\)|arn)"
                          r"\s+of\s+(?:the|an|a)\s+(?:aws\s+)?(?:identity and access management\s*)?"
                          r"\(?iam\)?\s+(?:service\s+|execution\s+)?role\b", re.I)
MODEL_READS = re.compile(r"^(Get|List|Describe|Head|BatchGet|Search|Lookup)")


@functools.lru_cache(maxsize=None)
def _botocore_model(prefix):
    """botocore's model of the service whose IAM prefix is `prefix` (its
    signing name or endpoint prefix), or None."""
    import botocore.loaders
    loader = botocore.loaders.create_loader()
    if prefix not in loader.list_available_services("service-2"):
        return None
    m = loader.load_service_model(prefix, "service-2")
    if prefix not in (m["metadata"].get("signingName"), m["metadata"].get("endpointPrefix")):
        return None
    return m


def shape_kinds(model_name, m, shape_name, doc):
    """The kinds a member of shape `shape_name` of model m (its documentation
    doc) takes by the rules above, and the shape's pattern for them."""
    if (model_name, shape_name) in SHAPE_FORMS:
        text = re.sub(r"<[^>]+>", "", doc or "")
        kinds = []
        for words, kind in SHAPE_FORMS[(model_name, shape_name)]:
            if words.lower() in text.lower() and kind not in kinds:
                kinds.append(kind)
        return kinds, None
    if model_name not in TYPED_MODELS:
        return [], None
    n = shape_name[:-4] if shape_name.endswith("Type") else shape_name
    n = n[len("existing"):] if n.startswith("existing") else n
    n = n[:1].upper() + n[1:]
    types = listing()[1]
    service = {"ec2": "AWS::EC2::", "iam": "AWS::IAM::"}[model_name]
    for suffix in TYPED_MODELS[model_name]:
        if not n.endswith(suffix) or n == suffix:
            continue
        head = n[:-len(suffix)].lower()
        found = [t for t in types if t.startswith(service) and
                 t[len(service):].lower() == head]
        # a type with no handlers (AWS::IAM::Policy: an inline policy's
        # PolicyName is its own name, no object's of that type) is no kind
        if len(found) == 1 and found[0] in handlers():
            pattern = m["shapes"][shape_name].get("pattern")
            return [relationship_kind_name(found[0], n)], pattern
    return [], None


def _member_kinds(model_name, m, shape_name, ref):
    shape = m["shapes"][shape_name]
    if shape["type"] == "list":
        shape_name = shape["member"]["shape"]
        shape = m["shapes"][shape_name]
    if shape["type"] != "string":
        return [], None
    kinds, pattern = shape_kinds(model_name, m, shape_name, ref.get("documentation"))
    return kinds, pattern


def _op_members(model_name, m, op):
    """{dotted member path, lower-case: (kinds, pattern)} of every string
    member (lists' items their list's) of operation op's input."""
    out = {}
    inp = m["operations"][op].get("input")

    def walk(shape_name, at, depth):
        for name, ref in m["shapes"][shape_name].get("members", {}).items():
            key = (at + "." if at else "") + name.lower()
            kinds, pattern = _member_kinds(model_name, m, ref["shape"], ref)
            if not kinds and ROLE_ARN_MEMBER.search(name) and \
                    ROLE_ARN_DOC.match(ref.get("documentation") or ""):
                kinds = ["AWS::IAM::Role.Arn"]
            out[key] = (kinds, pattern)
            sub = m["shapes"][ref["shape"]]
            if sub["type"] == "list":
                sub = m["shapes"][sub["member"]["shape"]]
                inner = m["shapes"][ref["shape"]]["member"]["shape"]
            else:
                inner = ref["shape"]
            if sub["type"] == "structure" and depth < 6:
                walk(inner, key, depth + 1)
    if inp:
        walk(inp["shape"], "", 0)
    return out


@functools.lru_cache(maxsize=None)
def _ops_members(cfn):
    """The members of the operations type cfn's create handler calls:
    [{path: (kinds, pattern)}], one a model operation."""
    out = []
    for perm in (handlers().get(cfn) or {}).get("create", {}).get("permissions") or []:
        prefix, _colon, op = perm.partition(":")
        m = _botocore_model(prefix)
        if m is None or op not in m["operations"] or MODEL_READS.match(op):
            continue
        out.append(_op_members(prefix, m, op))
    return out


def _schema_walk(cfn, s, defs, path, where, out, seen):
    """(dotted CloudFormation path, lower-case; where as node() names it;
    whether a list) of every string (or list of strings) below s."""
    if "$ref" in s:
        name = s["$ref"].rpartition("/")[2]
        if name in seen or name not in defs:
            return
        s, where = defs[name], cfn + "#" + name
        seen = seen | {name}
    t = s.get("type")
    if t == "array" or (t is None and "items" in s):
        items = s.get("items") or {}
        if "$ref" in items or "properties" in items:
            _schema_walk(cfn, items, defs, path, where + "[]", out, seen)
        elif items.get("type") == "string":
            out.append((path, where + "[]", True))
        return
    if t == "string":
        out.append((path, where, False))
        return
    for name, sub in (s.get("properties") or {}).items():
        if isinstance(sub, dict):
            _schema_walk(cfn, sub, defs, (path + "." if path else "") + name.lower(),
                         where + "." + name, out, seen)


@functools.lru_cache(maxsize=None)
def model_kinds():
    """({where: kinds}, {kind: shape pattern}) of every property of every
    schema that a member of its create handler's operations goes into,
    where that member takes kinds by the rules above and every member it
    goes into takes the same ones."""
    out, patterns = {}, {}
    _base, types = listing()
    for cfn in sorted(types):
        ops = _ops_members(cfn)
        if not ops:
            continue
        s = registry_schema(cfn)
        found = []
        _schema_walk(cfn, s, s.get("definitions") or {}, "", cfn, found, frozenset())
        by_where = {}
        for path, where, is_list in found:
            head, _dot, last = path.rpartition(".")
            names = [path]
            if is_list and last.endswith("s"):
                names += [(head + "." if head else "") + last[:-1] + suffix
                          for suffix in ("name", "id", "arn")]
            seen = []
            for members in ops:
                for n in names:
                    if n in members:
                        seen.append(members[n])
            if not seen:
                continue
            by_where.setdefault(where, []).extend(seen)
        for where, seen in by_where.items():
            kinds = {tuple(k) for k, _p in seen}
            if len(kinds) != 1 or not next(iter(kinds)):
                continue
            out[where] = list(next(iter(kinds)))
            for k, p in seen:
                if p and len(k) == 1:
                    patterns.setdefault(k[0], p)
    return out, patterns


def model_kind_names():
    """Every kind model_kinds() gives some property."""
    return {k for kinds in model_kinds()[0].values() for k in kinds}




def _resolved(s, prop):
    """Schema node prop, or the definition of s its $ref names."""
    while isinstance(prop, dict) and "$ref" in prop:
        prop = (s.get("definitions") or {}).get(prop["$ref"].rpartition("/")[2]) or {}
    return prop


def own_arn_property(cfn, s):
    """Type cfn's read-only property of its own ARN: Arn, or its resource's
    name and Arn or ARN (BackupVaultArn), a string, or None."""
    resource = cfn.rpartition("::")[2]
    read_only = {p.rpartition("/")[2] for p in s.get("readOnlyProperties") or []
                 if p.count("/") == 2}
    props = s.get("properties") or {}
    for name in ("Arn", resource + "Arn", resource + "ARN"):
        if name in read_only and _resolved(s, props.get(name)).get("type") == "string":
            return name
    return None


def model_kind_of(where):
    """The kinds model_kinds() gives the node at `where`, or []."""
    return model_kinds()[0].get(where, [])


def _walk_annotated(x, name, out):
    """(name, kinds) of every string or list-of-strings node below x
    carrying a property name, for name_kinds()."""
    if not isinstance(x, dict):
        return
    if name and x.get("type") in ("string", "array"):
        one, many = kind_formats(x, by_name=False)
        if x.get("type") == "array" and isinstance(x.get("items"), dict):
            a, b = kind_formats(x["items"], by_name=False)
            one, many = one + a, many + b
        out.append((name, tuple(sorted(set(one + many)))))
    for key in ("properties", "definitions"):
        for n, v in (x.get(key) or {}).items():
            _walk_annotated(v, n if key == "properties" else None, out)
    if isinstance(x.get("items"), dict):
        _walk_annotated(x["items"], None, out)


@functools.lru_cache(maxsize=None)
def name_kinds():
    """{property name: its kinds} by NAME_KIND_LEAST and NAME_KIND_SHARE,
    over every schema of the pinned copy."""
    import collections
    _base, types = listing()
    seen = []
    for cfn in sorted(types):
        _walk_annotated(registry_schema(cfn), None, seen)
    annotated = collections.defaultdict(collections.Counter)
    bare = collections.Counter()
    for name, kinds in seen:
        if kinds:
            annotated[name][kinds] += 1
        else:
            bare[name] += 1
    out = {}
    for name, counts in annotated.items():
        kinds, n = counts.most_common(1)[0]
        if n >= NAME_KIND_LEAST and n >= NAME_KIND_SHARE * sum(counts.values()) and \
                bare[name] and name not in NOT_BY_NAME:
            out[name] = list(kinds)
    return out


@functools.lru_cache(maxsize=None)
def relationship_kinds():
    """{kind: [(type, its relationshipRef's property)]} of every
    relationshipRef in the pinned copy's schemas (gen_kinds.py's table of
    kinds has each)."""
    out = {}

    def walk(x):
        if isinstance(x, dict):
            r = x.get("relationshipRef")
            k = relationship_kind(x)
            if k:
                ref = (r["typeName"], str(r.get("propertyPath", "")).rpartition("/")[2])
                if ref not in out.setdefault(k, []):
                    out[k].append(ref)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    _base, types = listing()
    for cfn in sorted(types):
        walk(registry_schema(cfn))
    return out


def kind_formats(s, where=None, by_name=True):
    """The identifier formats cfn-lint puts on node s (its own "format" and
    its anyOf branches'), as (singular kinds, plural kinds made singular);
    where (node()'s: "AWS::Lambda::Function#VpcConfig.SubnetIds") gives
    API_KINDS' and, when s has none, name_kinds()' by its property's name."""
    branches = [a for a in s.get("anyOf") or [] if isinstance(a, dict)]
    found = [s.get("format"), relationship_kind(s)] + \
        [a.get("format") for a in branches] + [relationship_kind(a) for a in branches]
    one, many = [], []
    for f in found:
        if not isinstance(f, str) or not f.startswith("AWS::") or "." not in f:
            continue
        f = KIND_ALIASES.get(f, f)
        head, _dot, tail = f.rpartition(".")
        into = many if tail in KIND_PLURALS else one
        f = head + "." + KIND_PLURALS.get(tail, tail)
        if f not in into:
            into.append(f)
    if where and where.replace("#", ".") in API_KINDS:
        return list(API_KINDS[where.replace("#", ".")]), []
    if where and not one and not many and model_kind_of(where):
        return list(model_kind_of(where)), []
    if where and by_name and not one and not many and "[]" not in where:
        name = where.rpartition(".")[2]
        if name in name_kinds() and s.get("type") in ("string", "array"):
            if s.get("type") == "array":
                return [], list(name_kinds()[name])
            return list(name_kinds()[name]), []
    return one, many
