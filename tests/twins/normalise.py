"""tests/twins/normalise.py: what two accounts' objects may differ in without
being different, and the comparison of two inventories.

Two motos given the same source hold objects that differ in what the server
or the tool generated: ids (vpc-0a1b..., a KMS key's UUID), the generated
part of ARNs and of names (Terraform's name_prefix suffix of 26 digits; a
name CloudFormation or Cloud Control made whole, STACK-LogicalId-RANDOM or
CloudControl-Resource-RANDOM), timestamps, the server's own
address (a queue's URL), and the tags each tool adds to mark what it made
(terrace:stack/terrace:workspace, aws:cloudformation:*). Only these are
normalised; everything else that differs is printed as a difference. A JSON
document held as a string (a policy, a state machine's definition, a
redrive policy) is compared parsed, and an IAM policy as IAM reads it (a
single value and a list of one are the same, the order of a statement's
actions or resources does not matter).

Both tools' name_prefix suffixes are set aside alike: Terraform's (a UTC
time and a counter, 26 digits) wherever it is, and terrace's (8 hex digits
of a hash, stable per stack, workspace, module and resource:
docs/convert.md) where the original holds a Terraform suffix after the same
prefix (generated_prefixes(), terrace_suffixes()), so that a name ending in
8 hex digits of the user's own is never taken for a generated one.

compare(original, twin) pairs the objects of the two inventories
(inventory.py: lists of {"type", "name", "attrs"}) by type and normalised
name, then pairs what is left of a type by the fewest differing attributes,
and returns the differences as printable lines.
"""
import datetime
import json
import re

UUIDS = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)

# Generated identifiers, by the shape AWS gives them.
ID_PATTERNS = [
    (re.compile(r"\b(vpc|subnet|sg|sgr|rtb|rtbassoc|igw|eigw|nat|eipalloc|eipassoc|acl|aclassoc|vpce|"
                r"eni|fl|dopt|pl|tgw|tgw-attach|vgw|cgw|vpn|pcx|lt|i|ami|snap|vol|ipam|ipam-pool|"
                r"ipam-scope|ipam-res-disco|ipam-res-disco-assoc|prefix|vpc-cidr-assoc|subnet-cidr-assoc)"
                r"-[0-9a-f]{8,17}\b"), lambda m: "<" + m.group(1) + "-id>"),
    (UUIDS, lambda m: "<uuid>"),
    # An IPv6 /56 of Amazon's, random per VPC (moto's 2400:6500:XXXX:XX00::/56):
    # its random 56 bits, the subnet's /64 number after them kept.
    (re.compile(r"\b2400:6500:[0-9a-f]{4}:[0-9a-f]{2}(?=[0-9a-f]{2}::)"), lambda m: "<amazon-ipv6-56>:"),
    # A DynamoDB stream's label, the time it was enabled.
    (re.compile(r"/stream/\d{4}-\d\d-\d\dT[0-9:.]+"), lambda m: "/stream/<time>"),
    # The server's own address (a queue's URL names it).
    (re.compile(r"https?://(127\.0\.0\.1|localhost)(:\d+)?"), lambda m: "<endpoint>"),
    # Terraform's name_prefix: the prefix, then a UTC time (18 digits) and a
    # counter (8 hex digits: ...0000000b).
    (re.compile(r"(?<=[A-Za-z0-9_.-])20\d{16}[0-9a-f]{8}\b"), lambda m: "<generated>"),
    # A name the server made, the whole of it: CloudFormation's physical
    # names STACK-LogicalId-RANDOM (12-13 of A-Z0-9), and Cloud Control's.
    (re.compile(r"[A-Za-z0-9._-]+-[A-Z0-9]{12,13}\b"), lambda m: "<generated-name>"),
    # Moto's generated ids of 21 (IAM unique ids: AROA..., ANPA...; access keys).
    (re.compile(r"\b(AROA|ANPA|AIDA|AGPA|AIPA|ASCA|AKIA)[A-Z0-9]{12,21}\b"), lambda m: "<" + m.group(1) + "-id>"),
    # RDS's resource ids, DynamoDB stream labels, Lambda revision ids and the like.
    (re.compile(r"\bdb-[A-Z0-9]{26}\b"), lambda m: "<db-resource-id>"),
    (re.compile(r"\bcluster-[A-Z0-9]{26}\b"), lambda m: "<cluster-resource-id>"),
    # An Amazon MQ broker's id in its ARN: moto's broker:ID (6 hex digits;
    # AWS's broker:NAME:b-UUID has its UUID set aside above).
    (re.compile(r"(:mq:[a-z0-9-]+:\d{12}:broker:)[0-9a-f]{6}\b"), lambda m: m.group(1) + "<broker-id>"),
    # An organization's id (Organizations' Id pattern: o- and 10 to 32
    # lower-case letters or digits): each side's account is in an
    # organization of its own (twins.py's organization_member).
    (re.compile(r"\bo-[a-z0-9]{10,32}\b"), lambda m: "<organization-id>"),
    # Secrets Manager's six random characters after a secret's name in its
    # ARN ("Secrets Manager adds a hyphen and six random characters"): the
    # name before them stays.
    (re.compile(r"(:secretsmanager:[a-z0-9-]+:\d{12}:secret:\S+?)-[A-Za-z0-9]{6}(?![\w-])"),
     lambda m: m.group(1) + "-<secret-suffix>"),
]

# Terraform's name_prefix suffix alone (ID_PATTERNS' <generated>).
TERRAFORM_SUFFIX = re.compile(r"(?<=[A-Za-z0-9_.-])20\d{16}[0-9a-f]{8}\b")

# Terraform's name_prefix suffix with the prefix before it (the run of name
# characters it ends).
TERRAFORM_PREFIXED = re.compile(r"(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]+?)20\d{16}[0-9a-f]{8}\b")


def strings_of(v):
    """Every string inside v (a dict's keys and values, a list's members)."""
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield from strings_of(k)
            yield from strings_of(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings_of(x)


def generated_prefixes(inventory):
    """The prefixes Terraform's name_prefix suffix follows in an inventory."""
    found = set()
    for o in inventory:
        for s in strings_of([o["name"], o["attrs"]]):
            found.update(m.group(1) for m in TERRAFORM_PREFIXED.finditer(s))
    return found


def terrace_suffixes(v, prefixes):
    """v with terrace's name_prefix suffix (8 hex digits right after one of
    prefixes; 12 in a Lambda permission's statement id) written as
    Terraform's is normalised, <generated>."""
    if not prefixes:
        return v
    pattern = re.compile(r"(?<![A-Za-z0-9_.-])(" + "|".join(
        re.escape(p) for p in sorted(prefixes, key=len, reverse=True)) + r")[0-9a-f]{8}(?:[0-9a-f]{4})?(?![A-Za-z0-9_-])")
    def walk(x):
        if isinstance(x, str):
            return pattern.sub(lambda m: m.group(1) + "<generated>", x)
        if isinstance(x, dict):
            return {walk(k): walk(y) for k, y in x.items()}
        if isinstance(x, list):
            return [walk(y) for y in x]
        return x
    return walk(v)


# Keys whose values are times, or generated by the server whatever was asked.
VOLATILE_KEYS = {
    "CreationDate", "CreatedDate", "CreateDate", "CreationTime", "CreatedTime", "CreatedTimestamp",
    "CreationDateTime", "LastModified", "LastModifiedDate", "LastModifiedTime", "LastUpdateDate",
    "LastUpdatedDate", "LastUpdatedTime", "LastUpdateTime", "LastUpdateStatusReason", "CreateTime",
    "InstanceCreateTime", "ClusterCreateTime", "TableCreationDateTime", "CreationDateTime",
    "LastDecreaseDateTime", "LastIncreaseDateTime", "LastUpdateToPayPerRequestDateTime",
    "LatestStreamLabel", "LatestStreamArn", "RevisionId", "CodeSha256", "Version", "DefaultVersionId",
    "VersionId", "ETag", "RequestId", "ResponseMetadata", "OwnerId", "LatestRestorableTime",
    "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
    "ApproximateNumberOfMessagesDelayed", "StateReasonData", "StateUpdatedTimestamp",
    "StateTransitionedTimestamp", "AlarmConfigurationUpdatedTimestamp", "InstanceId", "ResourceId",
    "DbiResourceId", "DbClusterResourceId", "AssociationId", "NetworkInterfaceId", "PrivateIpAddress",
    "PublicIp", "PublicIpAddress", "AllocationId", "CarrierIp", "Ipv6CidrBlockAssociationSet",
    "CidrBlockAssociationSet", "ReservationId", "RouteTableAssociationId", "NetworkAclAssociationId",
    "AttachTime", "UpdatedTimestamp", "CreatedAt", "UpdatedAt", "LastModificationTime",
    "DeletionDate", "ValidTo", "ValidFrom", "KeyManager", "AWSAccountId", "OriginalMessage",
    "LastModifiedTimestamp",
}

# Tags each tool adds to mark what it made.
TOOL_TAG = re.compile(r"^(terrace:|aws:cloudformation:)")


def normal_string(s):
    for pattern, repl in ID_PATTERNS:
        s = pattern.sub(repl, s)
    return s


def parse_json_string(s):
    if isinstance(s, str) and s[:1] in "{[" and len(s) > 1:
        try:
            return json.loads(s)
        except ValueError:
            return s
    return s


def policy_like(v):
    return isinstance(v, dict) and "Statement" in v


def canonical_policy(doc):
    """An IAM policy as IAM reads it."""
    def as_list(x):
        return x if isinstance(x, list) else [x]
    statements = doc.get("Statement")
    out = dict(doc)
    stmts = []
    for st in as_list(statements):
        if not isinstance(st, dict):
            stmts.append(st)
            continue
        s = {}
        for k, v in st.items():
            if k in ("Action", "NotAction", "Resource", "NotResource"):
                s[k] = sorted(normal(x) for x in as_list(v))
            elif k in ("Principal", "NotPrincipal") and isinstance(v, dict):
                s[k] = {pk: sorted(normal(x) for x in as_list(pv)) for pk, pv in v.items()}
            elif k == "Condition" and isinstance(v, dict):
                s[k] = {op: {ck: sorted(normal(x) for x in as_list(cv)) for ck, cv in c.items()}
                        if isinstance(c, dict) else normal(c) for op, c in v.items()}
            else:
                s[k] = normal(v)
        stmts.append(s)
    out["Statement"] = sorted(stmts, key=lambda x: json.dumps(x, sort_keys=True))
    return {k: (v if k == "Statement" else normal(v)) for k, v in out.items()}


def normal(v, key=None):
    """v with generated parts replaced, times dropped, JSON strings parsed."""
    if isinstance(v, (datetime.datetime, datetime.date)):
        return "<time>"
    if isinstance(v, bytes):
        return "<bytes %d>" % len(v)
    if isinstance(v, str):
        parsed = parse_json_string(v)
        if parsed is not v:
            return normal(parsed, key)
        return normal_string(v)
    if isinstance(v, dict):
        if policy_like(v):
            return canonical_policy(v)
        out = {}
        for k, x in v.items():
            if k in VOLATILE_KEYS:
                continue
            if k in ("Tags", "TagList", "TagSet", "tags") and isinstance(x, (list, dict)):
                x = normal_tags(x)
                if not x:
                    continue  # no tags, or only the tools' own: as absent
            out[k] = normal(x, k)
        return out
    if isinstance(v, list):
        return [normal(x, key) for x in v]
    return v


def normal_tags(tags):
    """Tags as a sorted {key: value}, without the tools' own."""
    if isinstance(tags, dict):
        pairs = tags.items()
    else:
        pairs = [(t.get("Key", t.get("key", t.get("TagKey"))), t.get("Value", t.get("value", t.get("TagValue"))))
                 for t in tags if isinstance(t, dict)]
    return {k: normal_string(v or "") for k, v in sorted(pairs) if k and not TOOL_TAG.match(k)}


def flatten(v, prefix=""):
    """{path: scalar} of a nested value, for printing differences one by one."""
    out = {}
    if isinstance(v, dict):
        if not v and prefix:
            out[prefix] = {}
        for k, x in v.items():
            out.update(flatten(x, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(v, list):
        if not v and prefix:
            out[prefix] = []
        simple = all(not isinstance(x, (dict, list)) for x in v)
        if simple:
            out[prefix] = sorted(v, key=lambda x: json.dumps(x)) if v else []
        else:
            for i, x in enumerate(sorted(v, key=lambda x: json.dumps(x, sort_keys=True, default=str))):
                out.update(flatten(x, f"{prefix}[{i}]"))
    else:
        out[prefix] = v
    return out


def attr_diffs(a, b):
    fa, fb = flatten(a), flatten(b)
    diffs = []
    for k in sorted(set(fa) | set(fb)):
        if fa.get(k, "<absent>") != fb.get(k, "<absent>"):
            diffs.append((k, fa.get(k, "<absent>"), fb.get(k, "<absent>")))
    return diffs


def show(v):
    s = json.dumps(v, sort_keys=True, default=str) if not isinstance(v, str) else v
    return s if len(s) <= 160 else s[:157] + "..."


def normal_keys(v):
    """v with the generated parts of its maps' keys normalised as a value's
    are (normal_string): an inventory keys a role's inline policies by name,
    and Terraform's name_prefix makes the name (the iam modules'
    aws_iam_role_policy, PREFIX_inline_ and its 26 digits)."""
    if isinstance(v, dict):
        return {(normal_string(k) if isinstance(k, str) else k): normal_keys(x) for k, x in v.items()}
    if isinstance(v, list):
        return [normal_keys(x) for x in v]
    return v


# ---- a security group's permissions, as AWS means them --------------------
#
# A security group allows a set of (direction, protocol, ports, source), each
# with its description: DescribeSecurityGroups groups them into IpPermissions
# by protocol and ports, and how a server groups them or orders them is not
# what the group allows. Each side's permissions and rules
# (DescribeSecurityGroupRules) are compared as that set, keyed
# "PROTOCOL FROM-TO SOURCE" (a rule's key begins ingress/egress): one rule
# missing is one difference, not a shift of every permission after it.

def permission_key(protocol, low, high, source):
    ports = "" if low is None and high is None else f" {low}-{high}"
    return normal_string(f"{protocol}{ports} {source}")


def permission_set(permissions):
    """{key: the rest} of IpPermissions (one entry per source)."""
    out = {}
    for p in permissions:
        if not isinstance(p, dict):
            return permissions
        sources = [(r.get("CidrIp"), r) for r in p.get("IpRanges", [])] + \
                  [(r.get("CidrIpv6"), r) for r in p.get("Ipv6Ranges", [])] + \
                  [(r.get("PrefixListId"), r) for r in p.get("PrefixListIds", [])] + \
                  [(" ".join(str(r[k]) for k in ("UserId", "GroupId") if r.get(k)), r)
                   for r in p.get("UserIdGroupPairs", [])]
        for source, r in sources:
            rest = {k: v for k, v in r.items() if k not in ("CidrIp", "CidrIpv6", "PrefixListId", "UserId", "GroupId")}
            out.setdefault(permission_key(p.get("IpProtocol"), p.get("FromPort"), p.get("ToPort"), source),
                           []).append(rest)
    return {k: v[0] if len(v) == 1 else v for k, v in out.items()}


def rule_set(rules):
    """{key: the rest} of DescribeSecurityGroupRules' rules."""
    out = {}
    for r in rules:
        if not isinstance(r, dict):
            return rules
        ref = r.get("ReferencedGroupInfo") or {}
        source = r.get("CidrIpv4") or r.get("CidrIpv6") or r.get("PrefixListId") or \
            " ".join(str(ref[k]) for k in ("UserId", "GroupId") if ref.get(k))
        key = ("egress " if r.get("IsEgress") else "ingress ") + \
            permission_key(r.get("IpProtocol"), r.get("FromPort"), r.get("ToPort"), source)
        rest = {k: v for k, v in r.items() if k not in ("IsEgress", "IpProtocol", "FromPort", "ToPort", "CidrIpv4",
                                                       "CidrIpv6", "PrefixListId", "ReferencedGroupInfo")}
        out.setdefault(key, []).append(rest)
    return {k: v[0] if len(v) == 1 else v for k, v in out.items()}


def security_group_sets(o):
    """An ec2.security_group's attrs with its permissions and rules as sets."""
    if not o["type"].endswith("ec2.security_group"):
        return o["attrs"]
    a = dict(o["attrs"])
    for k in ("IpPermissions", "IpPermissionsEgress"):
        if isinstance(a.get(k), list):
            a[k] = permission_set(a[k])
    if isinstance(a.get("rules"), list):
        a["rules"] = rule_set(a["rules"])
    return a


def compare(original, twin, set_aside=True):
    """Lines naming each difference between two inventories (empty: the same).
    set_aside: the CDK half's generated names, notification ids and stack ids
    set aside first (set_aside_generated_names(), set_aside_notification_ids(),
    set_aside_stack_ids())."""
    if set_aside:
        original, twin = set_aside_generated_names(set_aside_notification_ids(set_aside_stack_ids(original)),
                                                   set_aside_notification_ids(set_aside_stack_ids(twin)))
    def by_type(inv):
        out = {}
        for o in inv:
            out.setdefault(o["type"], []).append({"name": normal_string(o["name"]),
                                                  "attrs": normal(normal_keys(security_group_sets(o)))})
        return out
    prefixes = generated_prefixes(original)
    twin = [dict(o, name=terrace_suffixes(o["name"], prefixes), attrs=terrace_suffixes(o["attrs"], prefixes))
            for o in twin]
    a, b = by_type(original), by_type(twin)
    lines = []
    for t in sorted(set(a) | set(b)):
        left, right = list(a.get(t, [])), list(b.get(t, []))
        pairs = []
        for o in list(left):
            # by name only where the name is one object's on each side (a
            # name normalised whole, <generated-name>, may be several's)
            match = [x for x in right if x["name"] == o["name"]]
            if len(match) == 1 and [y["name"] for y in a.get(t, [])].count(o["name"]) == 1:
                pairs.append((o, match[0]))
                left.remove(o)
                right.remove(match[0])
        # What is left pairs by the fewest differing attributes.
        while left and right:
            best = min(((len(attr_diffs(o["attrs"], x["attrs"])), i, j)
                        for i, o in enumerate(left) for j, x in enumerate(right)))
            _, i, j = best
            pairs.append((left.pop(i), right.pop(j)))
        for o in left:
            lines.append(f"{t} {o['name']}: only in the original")
        for x in right:
            lines.append(f"{t} {x['name']}: only in terrace's")
        for o, x in pairs:
            label = o["name"]
            if o["name"] != x["name"]:
                lines.append(f"{t} {o['name']}: name: original {show(o['name'])}, terrace {show(x['name'])}")
            for k, va, vb in attr_diffs(o["attrs"], x["attrs"]):
                lines.append(f"{t} {label}: {k}: original {show(va)}, terrace {show(vb)}")
    return lines


# ---- the CDK half: names generated in lower case, and notification ids ------
#
# A bucket the template leaves unnamed (and a Glue database or table, whose
# names Glue folds to lower case) is named by CloudFormation
# STACK-LOGICALID-SUFFIX in lower case (12 of [a-z0-9]; the stack's name and
# the logical id cut to fit), by Cloud Control (terrace's awscc types)
# cloudcontrol-resource-SUFFIX, and by terrace itself, where the conversion
# names it, STACK-LOGICALID-HASH (8 hex digits; docs/convert.md). Each is
# generated, and so is every occurrence of it inside another value (a
# policy's Resource, an ARN, a condition, an environment variable). Such a
# name is set aside only as one of a pair: the original's (of
# CloudFormation's shape, after the original stack's name) with the twin's
# (of Cloud Control's shape, or terrace's with the same logical id); both
# become the same <generated-name-N> wherever they occur. terrace's pair
# with the original's of the same logical id; Cloud Control's, which name no
# logical id, pair with what is left by the fewest differences over the
# whole comparison. A name of the user's, or a generated one with nothing to
# pair with, is left as it is and still differs.

# CloudFormation's generated names in upper case (a role's, a function's):
# STACK-LOGICALID-SUFFIX, the logical id without "-".
CFN_UPPER_NAME = re.compile(r"^(.+)-[A-Za-z0-9]+-[A-Z0-9]{12,13}$")
# A lower-case generated name: the run of name characters it is, then its
# logical id and suffix.
CFN_LOWER_NAME = re.compile(r"(?<![A-Za-z0-9_.-])([a-z0-9][a-z0-9.-]*)-([a-z0-9]+)-([a-z0-9]{12})(?![A-Za-z0-9_-])")
CLOUDCONTROL_LOWER_NAME = re.compile(r"(?<![A-Za-z0-9_.-])cloudcontrol-resource-[a-z0-9]{12}(?![A-Za-z0-9_-])")
TERRACE_NAME = re.compile(r"(?<![A-Za-z0-9_.-])[A-Za-z0-9][A-Za-z0-9.-]*-([A-Za-z0-9]+)-[0-9a-f]{8}(?![A-Za-z0-9_-])")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# At most this many of Cloud Control's names are paired by trying every
# order; beyond it, in the order they are found.
MAX_TRIED = 6


def original_stack(original):
    """The original stack's name, as CloudFormation's generated names in
    upper case begin with it (the commonest), or None (no CloudFormation
    names: a Terraform original)."""
    counts = {}
    for o in original:
        m = CFN_UPPER_NAME.match(o["name"])
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return max(sorted(counts), key=lambda s: counts[s]) if counts else None


def found_in(inventory, pattern, keep=lambda m: True):
    """{match: its match object} of pattern in every string of inventory,
    in the order first found."""
    out = {}
    for o in inventory:
        for s in strings_of([o["name"], o["attrs"]]):
            if not isinstance(s, str):
                continue
            for m in pattern.finditer(s):
                if m.group(0) not in out and keep(m):
                    out[m.group(0)] = m
    return out


def replace_names(v, names):
    """v with each of names ({name: placeholder}) replaced wherever it occurs
    whole (not as a part of a longer name)."""
    if not names:
        return v
    pattern = re.compile(r"(?<![A-Za-z0-9_.-])(" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![A-Za-z0-9_-])")

    def walk(x):
        if isinstance(x, str):
            return pattern.sub(lambda m: names[m.group(1)], x)
        if isinstance(x, dict):
            return {walk(k): walk(y) for k, y in x.items()}
        if isinstance(x, list):
            return [walk(y) for y in x]
        return x
    return [dict(o, name=walk(o["name"]), attrs=walk(o["attrs"])) for o in v]


def set_aside_generated_names(original, twin):
    """(original, twin) with each pair of generated lower-case names (above)
    written as the same <generated-name-N>."""
    stack = original_stack(original)
    if not stack:
        return original, twin
    head = stack.lower()[:24]
    theirs = found_in(original, CFN_LOWER_NAME, lambda m: m.group(0).startswith(head)
                      and not UUID.match(m.group(0)))
    if not theirs:
        return original, twin
    lids = {}
    for name, m in theirs.items():
        lids.setdefault(m.group(2), []).append(name)
    ours = found_in(twin, TERRACE_NAME, lambda m: m.group(1).lower() in lids and m.group(0) not in theirs)
    a_names, b_names, left = {}, {}, list(theirs)
    for name, m in ours.items():
        same = [x for x in lids[m.group(1).lower()] if x in left]
        if len(same) == 1:
            left.remove(same[0])
            a_names[same[0]] = b_names[name] = "<generated-name-%d>" % (len(a_names) + 1)
    clouds = list(found_in(twin, CLOUDCONTROL_LOWER_NAME))
    n = min(len(left), len(clouds))
    if n:
        import itertools
        tried = itertools.permutations(clouds, n) if n <= MAX_TRIED else [clouds[:n]]
        best = None
        for order in tried:
            a = dict(a_names, **{x: "<generated-name-%d>" % (len(a_names) + i + 1) for i, x in enumerate(left[:n])})
            b = dict(b_names, **{x: "<generated-name-%d>" % (len(b_names) + i + 1) for i, x in enumerate(order)})
            cost = len(compare(replace_names(original, a), replace_names(twin, b), set_aside=False))
            if best is None or cost < best[0]:
                best = (cost, a, b)
        a_names, b_names = best[1], best[2]
    return replace_names(original, a_names), replace_names(twin, b_names)


# A stack's id (AWS::StackId, which a template may write into a name: the CDK's
# Glue security configuration), CloudFormation's for the original's stack and
# terrace's for its own: generated, and named after a stack each harness names.
STACK_ID = re.compile(r"arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:[0-9]{12}:stack/[A-Za-z][A-Za-z0-9-]*/"
                      r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def set_aside_stack_ids(inventory):
    """inventory with each stack id, wherever it occurs, as <stack-id>."""
    def walk(x):
        if isinstance(x, str):
            return STACK_ID.sub("<stack-id>", x)
        if isinstance(x, dict):
            return {walk(k): walk(y) for k, y in x.items()}
        if isinstance(x, list):
            return [walk(y) for y in x]
        return x
    return [dict(o, name=walk(o["name"]), attrs=walk(o["attrs"])) for o in inventory]


# A bucket notification's Id where the stack gives none: S3's own (50
# letters and digits; moto's as S3's) or terrace's, its kind and place
# (provider/aws/s3/bucket_notification.c: lambda_function-1).
GENERATED_NOTIFICATION_ID = re.compile(r"^([A-Za-z0-9]{50}|(topic|queue|lambda_function)-[0-9]+)$")
NOTIFICATION_LISTS = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")


def set_aside_notification_ids(inventory):
    """inventory with each bucket notification's generated Id as <generated-id>."""
    out = []
    for o in inventory:
        notification = o["attrs"].get("notification") if o["type"] == "s3.bucket" else None
        if isinstance(notification, dict):
            notification = {k: [dict(c, Id="<generated-id>") if k in NOTIFICATION_LISTS and isinstance(c, dict)
                                and GENERATED_NOTIFICATION_ID.match(str(c.get("Id", ""))) else c for c in v]
                            if isinstance(v, list) else v for k, v in notification.items()}
            o = dict(o, attrs=dict(o["attrs"], notification=notification))
        out.append(o)
    return out


def set_aside_random_values(original, twin, values):
    """The values hashicorp/random made for the original ([(value, n)]:
    twins.py's random_values) set aside, and terrace's stand-ins for them
    (n hex digits: stacks/convert_tf_refs.c's random_value) where the
    original has the random value: the same text around (up to 16
    characters on each side, within the string) with n hex digits in its
    place. Both are <random>; a hex stand-in anywhere else stays, and so
    does every other difference. The text around is read with UUIDs set
    aside first (<uuid>, as compare() sets them aside): an alarm Application
    Auto Scaling names TargetTracking-table/NAME-AlarmHigh-UUID has a UUID of
    its own on each side after the random part."""
    if not values:
        return original, twin
    contexts = set()

    def document(x, each):
        """A JSON document held as a string (a policy), its strings each
        read alone (the text around a value is the value's, not the two
        tools' spacing of the document), written back in one form: compare()
        reads such a string parsed."""
        if x[:1] in ("{", "["):
            try:
                parsed = json.loads(x)
            except ValueError:
                return None
            if isinstance(parsed, (dict, list)):
                return json.dumps(each(parsed), sort_keys=True)
        return None
    ordered = sorted(values, key=lambda x: -len(x[0]))

    def in_original(x):
        if isinstance(x, str):
            doc = document(x, in_original)
            if doc is not None:
                return doc
            x = UUIDS.sub("<uuid>", x)
            for value, n in ordered:
                if len(value) < 3:
                    continue
                start = 0
                while True:
                    i = x.find(value, start)
                    if i < 0:
                        break
                    # the text after with Terraform's name_prefix suffix
                    # as <generated>: terrace's own suffix (8 hex digits)
                    # stands there in the twin (a bucket_prefix of
                    # "${random_pet.this.id}-")
                    rest = x[i + len(value):]
                    after = TERRAFORM_SUFFIX.sub("<generated>", rest)
                    cut = after.find("<generated>")
                    window = after[:max(16, cut + len("<generated>"))] if 0 <= cut < 16 else after[:16]
                    contexts.add((x[max(0, i - 16):i], window, n, i < 16, len(rest) < 16))
                    start = i + len(value)
                x = x.replace(value, "<random>")
            return x
        if isinstance(x, dict):
            return {in_original(k): in_original(y) for k, y in x.items()}
        if isinstance(x, list):
            return [in_original(y) for y in x]
        return x
    original = [dict(o, name=in_original(o["name"]), attrs=in_original(o["attrs"])) for o in original]
    # A context shorter than 16 characters met the string's start or end:
    # the stand-in is held to the same place, never taken from the middle
    # of other digits (an account id's last 8, where the random value was
    # a whole string).
    compiled = [re.compile("(?<=" + ("\\A" if at_start else "") + re.escape(before) + ")" +
                           "[0-9a-f]{%d}" % n + "(?=" + re.escape(after).replace(
                               "<generated>", "[0-9a-f]{8}(?:[0-9a-f]{4})?") + ("\\Z" if at_end else "") + ")")
                for before, after, n, at_start, at_end in sorted(contexts)]

    def in_twin(x):
        if isinstance(x, str):
            doc = document(x, in_twin)
            if doc is not None:
                return doc
            x = UUIDS.sub("<uuid>", x)
            for c in compiled:
                x = c.sub("<random>", x)
            return x
        if isinstance(x, dict):
            return {in_twin(k): in_twin(y) for k, y in x.items()}
        if isinstance(x, list):
            return [in_twin(y) for y in x]
        return x
    twin = [dict(o, name=in_twin(o["name"]), attrs=in_twin(o["attrs"])) for o in twin]
    return original, twin
