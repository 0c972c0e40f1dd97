#!/usr/bin/env python3
"""provider/aws/cloudcontrol/gen_schemas.py: write schemas.gen.c beside it, the
resource schemas of every type CloudFormation's registry publishes
(AWS::<Service>::<Resource>) as terrace's awscc types read them, from the copy
of the registry's schemas that AWS's cfn-lint keeps (its data/schemas folder;
the pinned version is PINNED below, and cfn-lint is MIT-0).

    provider/aws/cloudcontrol/gen_schemas.py           write schemas.gen.c
    provider/aws/cloudcontrol/gen_schemas.py --check   exit 1 when it differs
                                                       from what the installed
                                                       cfn-lint gives, or a
                                                       name from awscc's
                                                       (registry/)
    provider/aws/cloudcontrol/gen_schemas.py --show T  print type T's schema as
                                                       the table keeps it
                                                       (awscc.route53.hosted_zone)

cfn-lint's copy carries the schemas' properties, definitions, required,
primaryIdentifier, read-only, create-only and write-only properties and
tagging, but not the handlers (which operations a type supports, and their
IAM permissions). Those come from the pinned copy in
registry/handlers.json (HANDLERS below: the registry's schemas as
terraform-provider-awscc keeps them, each schema's `handlers` alone;
registry/README.md names the commit): each row carries a bit set of the handlers its
type has (CC_HANDLER_* in schema.h, CC_HANDLERS_KNOWN when the copy has the
type at all), and its schema "handlers": {"create": {"permissions": [...],
"timeout": MINUTES}, ...}.

Each type's schema is kept as compact JSON, compressed with zlib, so that the
table costs the binary about a megabyte and a type's schema is read only when
a stack uses the type (schema.c). What is kept, per node (a property, a
definition, a list's items):

  name        the property's CloudFormation name (only in a "properties" map,
              whose keys are awscc's snake_case names: snake(), top_name())
  aliasOf     in a "properties" map, a copy of a property under the name
              terrace gave it before it followed awscc's names (id beside
              fleet_id, cnam_es beside cnames): the name it is now
              (add_aliases(); an old type name is a row of its own, marked
              ALIAS_BIT)
  type        string, integer, number, boolean, array, object, or json (a
              free-form document: no type, several types, or an object with
              no properties: a policy, an event pattern)
  map         with type object: a map of string keys to values of this node
              (patternProperties of one kind)
  ref         the name of a definition ("defs") this node is
  enum, minLength, maxLength, minimum, maximum, minItems, maxItems,
  uniqueItems, required, additionalProperties (only when false),
  oneOf, anyOf (lists of {"required": [...]}: which properties go together),
  oneOfSchemas, anyOfSchemas
              a oneOf/anyOf whose alternatives say more (their own properties,
              values, patterns): each alternative as branch() keeps it, in
              CloudFormation's names, with "says", what it asks for in a
              message; on any node (a document's too: validate.c checks it)
  dependencies ({"a": ["b"]}: a needs b)
              as JSON Schema says, names in snake_case
  pattern     as the schema writes it: an ECMA-262 regular expression that
              searches the value (PCRE2 runs it, with JavaScript's \\u)
  unordered   insertionOrder false: a list compared as a set
  kinds       the kinds of identifier a string takes or gives, as cfn-lint
              annotates them ("format": "AWS::KMS::Key.Arn", or one such
              format per branch of an anyOf) and as the registry's
              relationshipRefs say of the same kinds: ["AWS::KMS::Key.Arn",
              "AWS::KMS::Key.Id", ...]; a list's plural format (...Ids,
              ...Names) is its items' singular one (kinds/check.c reads them)

and per type: handlers (above), cfn (AWS::Route53::HostedZone), properties (a top-level one
whose name is a key terrace's resources write beside their attributes, type,
provider, count, lifecycle, is named <resource>_<name>: META_KEYS), defs, required,
primaryIdentifier, readOnly, createOnly, writeOnly (dotted snake_case paths,
"[]" for a list's elements), tagging ({"property": "tags", "updatable":
true}) when the schema says the type is taggable; extensions: cfn-lint's
extension schemas that hold for the type (extensions() below: [{"file", "id",
"at", "attr", "says", "rule"}]), which validate.c evaluates.
"""
import ast
import functools
import importlib.metadata
import importlib.util
import json
import pathlib
import re
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from awscc_names import (AWSCC_COMMIT, OLD_ONE_WORD, ONE_WORD,  # noqa: E402,F401
                         old_type_name, snake, type_name)
from registry_read import (HANDLER_BITS, HANDLERS, KNOWN_BIT, NOT_ENFORCED,  # noqa: E402,F401
                           PINNED, REGION, TEMPLATE_ONLY, handlers, handlers_of, listing,
                           registry_schema)
from schema_kinds import (  # noqa: E402,F401
                          API_KINDS, KIND_ALIASES, KIND_PLURALS, MODEL_READS, NAME_KIND_LEAST,
                          NAME_KIND_SHARE, NOT_BY_NAME, RELATIONSHIP_KINDS, ROLE_ARN_DOC,
                          ROLE_ARN_MEMBER, SHAPE_FORMS, TYPED_MODELS, _botocore_model,
                          _member_kinds, _op_members, _ops_members, _resolved, _schema_walk,
                          _walk_annotated, kind_formats, model_kind_names, model_kind_of,
                          model_kinds, name_kinds, own_arn_property, relationship_kind,
                          relationship_kind_name, relationship_kinds, shape_kinds)

OUT = HERE / "schemas.gen.c"
ALIAS_BIT = 64  # the row is an old name of the type (CC_ROW_ALIAS)

SCALAR = {"string", "integer", "number", "boolean"}


def own_kinds(cfn, s, top, names):
    """What type cfn's own identifiers give (issue 87), put on its top-level
    properties that carry no kind: its one primary identifier the kind
    model_kinds() names it by (an AWS::EC2::InternetGateway's
    InternetGatewayId: AWS::EC2::InternetGateway.Id, which a route's
    GatewayId ... and a VPCGatewayAttachment's InternetGatewayId take), and
    its read-only ARN (Arn, or the resource's name and Arn: a backup vault's
    BackupVaultArn) TYPE.Arn, a kind of a type's own ARN that no attribute
    takes (gen_kinds.py's schema_arn_kinds)."""
    ids = s.get("primaryIdentifier") or []
    if len(ids) == 1 and ids[0].count("/") == 2:
        prop = ids[0].rpartition("/")[2]
        kind = relationship_kind_name(cfn, prop)
        n = top.get(names.get(prop, ""))
        if n and n.get("type") == "string" and "kinds" not in n and kind in model_kind_names():
            n["kinds"] = [kind]
    prop = own_arn_property(cfn, s)
    key = names.get(prop, "") if prop else ""
    n = top.get(key)
    if n and "ref" in n:
        # a definition of a string (an S3 bucket's Arn): the property's own
        # copy of it carries the kind, not the definition others share
        n = dict(node(_resolved(s, s["properties"][prop]), cfn + "." + prop), name=n["name"])
        top[key] = n
    if n and n.get("type") == "string" and "kinds" not in n:
        n["kinds"] = [cfn + ".Arn"]


COPIED = ("enum", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
          "uniqueItems")


def node(s, where):
    """One schema node as the table keeps it."""
    out = {}
    if "$ref" in s:
        ref = s["$ref"]
        if not ref.startswith("#/definitions/"):
            return {"type": "json"}
        out["ref"] = ref[len("#/definitions/"):]
        return out
    t = s.get("type")
    if isinstance(t, list):
        t = t[0] if len(t) == 1 else "json"
    if t is None:
        if "properties" in s:
            t = "object"
        elif "items" in s:
            t = "array"
        elif s.get("enum") and all(isinstance(v, str) for v in s["enum"]):
            t = "string"
        else:
            t = "json"
    if t == "object":
        if s.get("properties"):
            out["type"] = "object"
            out["properties"] = properties(s["properties"], where)
            names = canonical_names(out["properties"])
            if s.get("required"):
                out["required"] = [names.get(r, snake(r)) for r in s["required"]]
            if s.get("additionalProperties") is False:
                out["additionalProperties"] = False
            for key in ("oneOf", "anyOf"):
                alts = together(s.get(key), names)
                if alts:
                    out[key] = alts
            deps = dependencies(s.get("dependencies"), names)
            if deps:
                out["dependencies"] = deps
            between(out, s, names, where)
        elif len(s.get("patternProperties") or {}) == 1:
            (inner,) = s["patternProperties"].values()
            out["type"] = "object"
            out["map"] = node(inner, where + ".*")
        else:
            out["type"] = "json"
    elif t == "array":
        out["type"] = "array"
        out["items"] = node(s.get("items") or {}, where + "[]")
        plural = kind_formats(s, where)[1]
        if where + "[]" in API_KINDS or where.replace("#", ".") + "[]" in API_KINDS:
            plural = API_KINDS.get(where + "[]") or API_KINDS[where.replace("#", ".") + "[]"]
            out["items"]["kinds"] = list(plural)
        elif plural and "kinds" not in out["items"] and out["items"].get("type") == "string":
            out["items"]["kinds"] = plural
        if s.get("insertionOrder") is False:
            out["unordered"] = True
    elif t in SCALAR:
        out["type"] = t
        if t == "string" and isinstance(s.get("pattern"), str):
            out["pattern"] = s["pattern"]
        if t == "string" and kind_formats(s, where)[0]:
            out["kinds"] = kind_formats(s, where)[0]
    else:
        out["type"] = "json"
    for key in COPIED:
        if key in s and out["type"] != "json":
            out[key] = s[key]
    # a oneOf/anyOf together() does not keep: checked as alternatives of the
    # value Cloud Control is sent ("oneOfSchemas", "anyOfSchemas"), named in
    # messages as the stack writes them (a block's snake_case, a document's own)
    names = canonical_names(out.get("properties") or {})
    for key in ("oneOf", "anyOf"):
        if key not in out:
            alts = alternatives(s.get(key), names, where)
            if alts:
                out[key + "Schemas"] = alts
    return out


def properties(props, where):
    out = {}
    for name, s in sorted(props.items()):
        n = node(s, where + "." + name)
        n["name"] = name
        out[snake(name)] = n
    return out


def top_name(cfn, name, one_word=None):
    """The attribute a top-level property `name` of type cfn is, as awscc
    names it (one_word None) or as terrace named it before (OLD_ONE_WORD:
    Id was id, Provider <resource>_provider)."""
    key = snake(name, one_word)
    resource = type_name(cfn, one_word).split(".")[2]
    if one_word is None and key == "id":
        return resource + "_id"
    if one_word is None and key == "provider":
        return "provider_name"
    return resource + "_" + key if key in META_KEYS else key


def canonical_names(props):
    """{CloudFormation name: key} of a "properties" map, aliases aside."""
    return {v["name"]: k for k, v in props.items() if "aliasOf" not in v}


def add_aliases(cfn, schema):
    """Schema (convert()'s) with the names terrace gave its properties
    before they followed awscc's (id, <resource>_provider, o_tel_...) as
    aliases: a copy of the property's node with "aliasOf", its name now, so
    that a stack written with them validates and its state plans no change;
    the readOnly, createOnly and writeOnly paths of an aliased top-level
    attribute get the alias's too. ALIASED counts them."""
    top = schema["properties"]
    renamed = {}
    for key, n in list(top.items()):
        old = top_name(cfn, n["name"], OLD_ONE_WORD)
        if old != key:
            if old in top:
                sys.exit("gen_schemas: %s: the old name %s of %s is another property's"
                         % (cfn, old, key))
            if old == "id" and n.get("type") == "string" and "kinds" not in n:
                # what `id` gave by its name (kinds/check.c: a type's own
                # Id kind), <resource>_id gives by its node
                n["kinds"] = [cfn + ".Id"]
            top[old] = dict(n, aliasOf=key)
            renamed[key] = old
            ALIASED.append((type_name(cfn), old, key))

    def nested(n):
        if not isinstance(n, dict):
            return
        props = n.get("properties")
        if isinstance(props, dict) and n is not schema:
            for key, p in list(props.items()):
                old = snake(p.get("name", key), OLD_ONE_WORD)
                if old != key and old not in props:
                    props[old] = dict(p, aliasOf=key)
                    ALIASED.append((type_name(cfn), old, key))
        for k, v in list(n.items()):
            if k in ("properties", "defs") and isinstance(v, dict):
                for x in list(v.values()):
                    nested(x)
            elif k in ("items", "map"):
                nested(v)
    for n in list(top.values()):
        nested(n)
    for n in (schema.get("defs") or {}).values():
        nested(n)
    for key in ("readOnly", "createOnly", "writeOnly"):
        extra = []
        for p in schema.get(key) or []:
            head = re.split(r"[.\[]", p, 1)[0]
            if head in renamed:
                extra.append(renamed[head] + p[len(head):])
        if extra:
            schema[key] = schema[key] + extra
    schema["properties"] = dict(sorted(top.items()))
    return schema


ALIASED = []


def together(alts, names):
    """oneOf/anyOf as lists of the properties each alternative requires;
    alternatives that say anything else are not kept."""
    if not isinstance(alts, list):
        return None
    out = []
    for a in alts:
        if not isinstance(a, dict) or set(a) - {"required", "type", "properties"} \
                or not a.get("required") or a.get("properties"):
            return None
        out.append({"required": [names.get(r, snake(r)) for r in a["required"]]})
    return out


# What an alternative of a oneOf/anyOf may say to be carried (branch()): the
# subset of JSON Schema the registry's alternatives use; one that says anything
# else leaves its oneOf/anyOf unchecked (SKIPPED counts them).
BRANCH_COPIED = ("enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
                 "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties")
BRANCH_IGNORED = {"title", "description", "format", "relationshipRef", "insertionOrder", "$comment"}
BRANCH_KEYS = set(BRANCH_COPIED) | BRANCH_IGNORED | {
    "type", "required", "properties", "additionalProperties", "items", "$ref",
    "oneOf", "anyOf", "allOf"}
SKIPPED = []
CARRIED = []


def own_keys(a, extra=()):
    """What a schema node says of its own value, as branch() and ext_rule()
    carry it: BRANCH_COPIED's keys and `extra`, its type, no other
    property, the properties it requires."""
    out = {key: a[key] for key in BRANCH_COPIED + tuple(extra) if key in a}
    if isinstance(a.get("type"), (str, list)):
        out["type"] = a["type"]
    if a.get("additionalProperties") is False:
        out["additionalProperties"] = False
    if isinstance(a.get("required"), list) and a["required"]:
        out["required"] = a["required"]
    return out


def branch(a):
    """One alternative of a oneOf/anyOf as validate.c's branch_match reads
    it: CloudFormation's names (it is matched against the value as Cloud
    Control is sent it), a "ref" to a definition; None when it says what is
    not carried (BRANCH_KEYS)."""
    if not isinstance(a, dict) or set(a) - BRANCH_KEYS:
        return None
    if "$ref" in a:
        ref = a["$ref"]
        return {"ref": ref[len("#/definitions/"):]} if ref.startswith("#/definitions/") else {}
    out = own_keys(a)
    if isinstance(a.get("properties"), dict):
        props = {}
        for name, p in sorted(a["properties"].items()):
            props[name] = branch(p)
            if props[name] is None:
                return None
        out["properties"] = props
    if isinstance(a.get("items"), dict):
        out["items"] = branch(a["items"])
        if out["items"] is None:
            return None
    for key in ("oneOf", "anyOf", "allOf"):
        if key in a:
            alts = [branch(x) for x in a[key]] if isinstance(a[key], list) else [None]
            if None in alts:
                return None
            out[key] = alts
    return out


def says(b, names):
    """What alternative b asks for, in a message: its required properties
    (named as the stack writes them: names), its values, its pattern."""
    if b.get("required"):
        text = " and ".join(names.get(r, r) for r in b["required"])
        # what it asks of its properties' own properties (account_grouping
        # with its linked_account_ids)
        for p, inner in sorted((b.get("properties") or {}).items()):
            if inner.get("required"):
                name = names.get(p, p)
                text += ", with " + " and ".join(
                    name + "." + (snake(r) if names else r) for r in inner["required"])
        return text
    if "const" in b:
        return json.dumps(b["const"])
    if b.get("enum"):
        return "one of " + ", ".join(json.dumps(v) for v in b["enum"])
    if "pattern" in b:
        return "a value matching %s" % b["pattern"]
    for key, word in (("allOf", " and "), ("anyOf", " or "), ("oneOf", " or ")):
        if b.get(key):
            return "(" + word.join(says(x, names) for x in b[key]) + ")"
    if b.get("properties"):
        return " or ".join(names.get(r, r) for r in b["properties"])
    if "ref" in b:
        return ("an " if b["ref"][:1].lower() in "aeiou" else "a ") + b["ref"]
    if isinstance(b.get("type"), str):
        text = "a " + b["type"]
        if "minLength" in b or "maxLength" in b:
            text += " of %s to %s characters" % (b.get("minLength", 0), b.get("maxLength", "any"))
        return text
    return "another form"


def alternatives(alts, names, where):
    """A oneOf/anyOf that together() does not keep, as a list of branch()es
    each with the text of what it asks for ("says"); None when it constrains
    nothing (cfn-lint's anyOf of formats) or says what is not carried."""
    if not isinstance(alts, list) or not alts:
        return None
    if all(isinstance(a, dict) and not set(a) - BRANCH_IGNORED - {"type"} for a in alts):
        return None
    out = []
    for a in alts:
        b = branch(a)
        if b is None:
            SKIPPED.append(where)
            return None
        b["says"] = says(b, names)
        if b["says"].startswith("(") and b["says"].endswith(")"):
            b["says"] = b["says"][1:-1]
        out.append(b)
    CARRIED.append(where)
    return out


def dependencies(deps, names):
    if not isinstance(deps, dict):
        return None
    out = {}
    for k, v in sorted(deps.items()):
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            out[names.get(k, snake(k))] = [names.get(x, snake(x)) for x in v]
    return out or None


# cfn-lint's keywords of rules between a block's properties (its
# jsonschema/_keywords.py): dependentRequired (a set needs each of b set: kept
# with "dependencies"), dependentExcluded (a set excludes each of b:
# "excludes"), requiredXor (exactly one of the list set: "requiredXor"),
# requiredOr (at least one: "requiredOr"); names in snake_case.
# BETWEEN_LEFT: (where, keyword, property or None, why) of those that would
# refuse what AWS accepts, left out (the generated file's head lists them).
_IPAM = ("the API model does not forbid a CIDR block with an IPAM pool (a CIDR chosen from "
         "the pool), and terraform-provider-aws's resource takes both")
BETWEEN_LEFT = [
    ("AWS::CloudWatch::Alarm", "requiredXor", None,
     "PutMetricAlarm also takes an EvaluationCriteria alone (\"you must specify either "
     "MetricName, a Metrics array, or an EvaluationCriteria\"); Metrics with MetricName is "
     "refused by dependentExcluded"),
    ("AWS::CloudFront::Distribution#ViewerCertificate", "requiredXor", None,
     "CloudFront's ViewerCertificate takes CloudFrontDefaultCertificate false beside "
     "ACMCertificateArn or IAMCertificateId (\"set this field to false and specify values "
     "for ... ACMCertificateArn or IAMCertificateId\")"),
    ("AWS::EC2::SecurityGroup", "dependentRequired", "SecurityGroupEgress",
     "CreateSecurityGroup without a VpcId makes the group in the default VPC, whose groups "
     "take egress rules (AuthorizeSecurityGroupEgress); egress was VPC-only against "
     "EC2-Classic, which AWS retired"),
    ("AWS::DynamoDB::Table#SSESpecification", "dependentRequired", "KMSMasterKeyId",
     "CreateTable takes KMSMasterKeyId without SSEType: \"If enabled (true), server-side "
     "encryption type is set to KMS\" (SSESpecification.Enabled)"),
    ("AWS::EC2::VPC", "requiredXor", None, "CreateVpc: " + _IPAM),
    ("AWS::EC2::VPC", "dependentRequired", "Ipv4IpamPoolId", "CreateVpc: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentExcluded", "CidrBlock", "CreateSubnet: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentExcluded", "Ipv4IpamPoolId", "CreateSubnet: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentExcluded", "Ipv6CidrBlock", "CreateSubnet: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentExcluded", "Ipv6IpamPoolId", "CreateSubnet: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentRequired", "Ipv4IpamPoolId", "CreateSubnet: " + _IPAM),
    ("AWS::EC2::Subnet", "dependentRequired", "Ipv6IpamPoolId", "CreateSubnet: " + _IPAM),
]
BETWEEN = []  # (where, keyword) carried, for the head's count


def between(out, s, names, where):
    """The rules between properties cfn-lint's keywords say of block s, into
    out (its node)."""
    left = {(w, k, p) for w, k, p, _why in BETWEEN_LEFT}

    def name(k):
        return names.get(k, snake(k))
    for key, dst in (("dependentRequired", "dependencies"), ("dependentExcluded", "excludes")):
        rows = s.get(key)
        if not isinstance(rows, dict):
            continue
        for k, v in sorted(rows.items()):
            if (where, key, k) in left or not isinstance(v, list):
                continue
            out.setdefault(dst, {})
            have = out[dst].setdefault(name(k), [])
            have += [name(x) for x in v if name(x) not in have]
            BETWEEN.append((where, key))
    for key in ("requiredXor", "requiredOr"):
        v = s.get(key)
        if isinstance(v, list) and v and (where, key, None) not in left:
            out[key] = [name(x) for x in v]
            BETWEEN.append((where, key))


def path(pointer, top):
    """/properties/A/B, /properties/A/*/B as a dotted snake_case path (a.b,
    a[].b), or None for a pointer outside the properties; top: the
    top-level properties' names by their CloudFormation names."""
    if not pointer.startswith("/properties/"):
        return None
    out = ""
    for p in pointer.split("/")[2:]:
        if p == "*":
            out += "[]"
        else:
            out += ("." if out else "") + (top.get(p, snake(p)) if not out else snake(p))
    return out or None


def paths(pointers, top):
    out = []
    for p in pointers or []:
        x = path(p, top)
        if x and x not in out:
            out.append(x)
    return out


# The keys a terrace resource writes beside its attributes (stacks/stack_model.c's
# resource_meta_keys): a top-level property of one of these names (Type, Provider,
# Count, Lifecycle) is named <resource>_<name> instead (awscc.ec2.customer_gateway's
# Type is customer_gateway_type), as awscc names an Id that is not the identifier.
META_KEYS = ("type", "provider", "depends_on", "lifecycle", "for_each", "count")


def convert(cfn, s):
    top = {}
    props = properties(s.get("properties") or {}, cfn)
    for key, n in props.items():
        name = top_name(cfn, n["name"])
        if name != key and (name in props or name in top):
            # awscc makes no type of a schema whose Id is also <resource>_id
            # (AWS::WorkSpaces::Workspace's WorkspaceId): terrace's name stays
            name = top_name(cfn, n["name"], OLD_ONE_WORD)
        if name in top:
            sys.exit("gen_schemas: %s: two properties are %s" % (cfn, name))
        top[name] = n
    top = dict(sorted(top.items()))
    names = canonical_names(top)
    # a property other types' relationshipRefs name gives that kind (a
    # Direct Connect connection's ConnectionId: AWS::DirectConnect::Connection.Id)
    for kind, refs in relationship_kinds().items():
        for typ, prop in refs:
            n = top.get(names.get(prop, ""))
            if typ == cfn and kind.startswith(cfn + ".") and n and n.get("type") == "string" \
                    and "kinds" not in n:
                n["kinds"] = [kind]
    own_kinds(cfn, s, top, names)
    out = {"cfn": cfn, "properties": top}
    defs = {}
    for name, d in sorted((s.get("definitions") or {}).items()):
        defs[name] = node(d, cfn + "#" + name)
    if defs:
        out["defs"] = defs
    if s.get("required"):
        out["required"] = [names.get(r, snake(r)) for r in s["required"]]
    for key in ("oneOf", "anyOf"):
        alts = together(s.get(key), names)
        if alts:
            out[key] = alts
        else:
            alts = alternatives(s.get(key), names, cfn)
            if alts:
                out[key + "Schemas"] = alts
    deps = dependencies(s.get("dependencies"), names)
    if deps:
        out["dependencies"] = deps
    between(out, s, names, cfn)
    out["primaryIdentifier"] = paths(s.get("primaryIdentifier"), names)
    for src, dst in (("readOnlyProperties", "readOnly"), ("createOnlyProperties", "createOnly"),
                     ("writeOnlyProperties", "writeOnly")):
        p = paths(s.get(src), names)
        if p:
            out[dst] = p
    tagging = s.get("tagging") or {}
    if tagging.get("taggable", s.get("taggable", False)) and tagging.get("tagProperty", "/properties/Tags"):
        prop = path(tagging.get("tagProperty", "/properties/Tags"), names)
        if prop in top:
            out["tagging"] = {"property": prop, "updatable": tagging.get("tagUpdatable", True)}
    return out




def schema_of(cfn):
    """CloudFormation type cfn's schema as the table keeps it, or None when
    cfn-lint has none (gen_constraints.py's rows for the native types)."""
    base, types = listing()
    if cfn not in types:
        return None
    s, _lists = without_grown(cfn, registry_schema(cfn))
    return convert(cfn, s)


# cfn-lint's extension schemas (data/schemas/extensions/<type>/<rule>.json):
# conditional rules per CloudFormation type (if/then/else over the
# properties), carried as the type's "extensions" ([{"file", "says",
# "attr", "rule"}]) where each file uses only EXT_KEYWORDS; validate.c's
# doc_match evaluates them on the properties Cloud Control is sent. A file
# that uses another keyword, one keyed by region, one that cfn-lint
# regenerates from AWS's price lists or APIs, and cfn-lint's advice
# (deprecations, "warning" rules) are left out, each listed with why in
# the generated file's head (EXT_LEFT).
EXT_KEYWORDS = {"properties", "type", "const", "enum", "required", "if", "then", "else",
                "pattern", "allOf", "anyOf", "oneOf", "not", "items", "minimum", "maximum",
                "minItems", "maxItems", "additionalProperties", "description", "minLength",
                "maxLength", "exclusiveMinimum", "multipleOf"}
EXT_LEFT = []
# Files of cfn-lint's errors that would refuse what AWS takes: left out.
EXT_NOT_AWS = {
    "aws_cloudwatch_alarm/period.json": "refuses a period of 20, which PutMetricAlarm takes "
                                        "(10, 20, 30 or a multiple of 60)",
}


@functools.lru_cache(maxsize=None)
def ext_levels():
    """{"<folder>/<file>.json": the id of the cfn-lint rule that reads it}
    (E3638: an error, AWS refuses it; W3687, I3013: cfn-lint's advice),
    from the text of cfn-lint's rules (importing them costs seconds)."""
    base, _types = listing()
    out = {}
    pat = re.compile(r'(?:module=)?cfnlint\.data\.schemas\.extensions\.(aws_[a-z0-9_]+),\s*'
                     r'(?:filename=)?"([a-z0-9_]+\.json)"')
    for f in sorted((base.parent.parent / "rules").rglob("*.py")):
        text = f.read_text()
        ids = re.findall(r'id = "([EWI]\d+)"', text)
        m = re.search(r'keywords=\[(.*?)\]', text, re.S)
        where = re.findall(r'"Resources/(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)/Properties/?([^"]*)"',
                           m.group(1)) if m else []
        for folder, name in pat.findall(text):
            if ids:
                out[folder + "/" + name] = (ids[0], where)
    return out


def ext_keywords(x, out):
    """The keywords schema x uses (properties' names aside)."""
    if isinstance(x, dict):
        for k, v in x.items():
            out.add(k)
            if k == "properties" and isinstance(v, dict):
                for p in v.values():
                    ext_keywords(p, out)
            elif k not in ("enum", "const", "required", "description", "pattern"):
                ext_keywords(v, out)
    elif isinstance(x, list):
        for v in x:
            ext_keywords(v, out)
    return out


def ext_rule(x):
    """An extension schema as doc_match reads it: branch()'s form, with
    if/then/else, not, and true/false for a property that must (not) be
    there; each "if" with "ifSays", the condition in a message."""
    if isinstance(x, bool):
        return x
    out = own_keys(x, ("exclusiveMinimum", "multipleOf"))
    if isinstance(x.get("properties"), dict):
        out["properties"] = {k: ext_rule(v) for k, v in sorted(x["properties"].items())}
    for key in ("items", "if", "then", "else", "not"):
        if key in x:
            out[key] = ext_rule(x[key])
    if "if" in x and ext_says(x["if"]) != "always":
        out["ifSays"] = ext_says(x["if"])
    for key in ("allOf", "anyOf", "oneOf"):
        if key in x:
            out[key] = [ext_rule(v) for v in x[key]]
    return out


def ext_says(x):
    """An "if" as a condition: BillingMode is "PAY_PER_REQUEST", FifoQueue
    is one of true, "true"."""
    if not isinstance(x, dict):
        return "always"
    parts = []
    for name, p in sorted((x.get("properties") or {}).items()):
        if not isinstance(p, dict):
            continue
        if "const" in p:
            parts.append("%s is %s" % (name, json.dumps(p["const"])))
        elif p.get("enum"):
            parts.append("%s is one of %s" % (name, ", ".join(json.dumps(v) for v in p["enum"][:6])
                                               + (", ..." if len(p["enum"]) > 6 else "")))
        elif "pattern" in p:
            parts.append("%s matches %s" % (name, p["pattern"]))
        elif isinstance(p.get("not"), dict) and "const" in p["not"]:
            parts.append("%s is not %s" % (name, json.dumps(p["not"]["const"])))
    for name in x.get("required") or []:
        if not any(t.startswith(name + " ") for t in parts):
            parts.append("%s is set" % name)
    for key in ("allOf", "anyOf"):
        for v in x.get(key) or []:
            t = ext_says(v)
            if t != "always":
                parts.append(t)
    return " and ".join(parts) or "always"


def ext_attr(x, names):
    """The top-level property a rule is about (the first its "then" names),
    as the stack writes it: where validate points."""
    if not isinstance(x, dict):
        return None
    for key in ("then", "else"):
        t = x.get(key)
        if isinstance(t, dict):
            for name in list((t.get("properties") or {})) + list(t.get("required") or []):
                return names.get(name, snake(name))
            a = ext_attr(t, names)
            if a:
                return a
    for v in (x.get("allOf") or []) + (x.get("anyOf") or []):
        a = ext_attr(v, names)
        if a:
            return a
    for name in (x.get("properties") or {}):
        return names.get(name, snake(name))
    return None


# cfn-lint's per-region lists (instance types, node types, DB instance
# classes: <type>/<property>_enum.json, {region: {"enum": [...]}}), carried
# as the type's "growingEnums" ([{"file", "id", "at", "attr", "sets",
# "regions"}]: the distinct lists, and each region's index into them): a
# value outside its region's list is a warning, not a refusal, since cfn-lint
# regenerates them from AWS's price lists and AWS adds types every few
# weeks (validate.c's cc_warn_growing). A file whose region's lists are
# chosen by other properties' values (RDS's DB instance classes by engine
# and license) is carried as "cases" ({region: [[{property: value}, set],
# ...]}, null for a property that must be absent) in place of "regions".
REGIONAL = {}


def region_cases(region_list):
    """(property, [({property: value, or None for absent}, values)]) of a
    region's lists chosen by other properties (RDS's DB instance classes:
    {"allOf": [{"if": {"properties": {"DBInstanceClass": {"type": "string"},
    "Engine": {"const": "postgres"}, "LicenseModel": false}, "required":
    [...]}, "then": {"properties": {"DBInstanceClass": {"enum": [...]}}}}]}),
    or None when it is not of that form."""
    if not isinstance(region_list, dict) or set(region_list) != {"allOf"}:
        return None
    prop, cases = None, []
    for c in region_list["allOf"]:
        then = ((c.get("then") or {}).get("properties") or {}) if isinstance(c, dict) else {}
        if set(c) != {"if", "then"} or len(then) != 1:
            return None
        (p, listed), = then.items()
        if prop not in (None, p) or set(listed) != {"enum"}:
            return None
        prop = p
        cond = {}
        cond_props = c["if"].get("properties") or {}
        required = set(c["if"].get("required") or [])
        for k, v in cond_props.items():
            if k == p:
                continue
            if v is False:
                cond[k] = None
            elif isinstance(v, dict) and set(v) == {"const"} and k in required:
                cond[k] = v["const"]
            else:
                return None
        cases.append((cond, sorted(set(listed["enum"]))))
    return (prop, cases) if prop else None


def regional(rel, x):
    level, where = ext_levels().get(rel, (None, []))
    _base, types = listing()
    lists = {k: v for k, v in x.items() if k != "description"}
    plain = all(isinstance(v, dict) and set(v) == {"enum"} for v in lists.values())
    by_case = None if plain else {r: region_cases(v) for r, v in lists.items()}
    if by_case is not None:
        props = {c[0] if c else None for c in by_case.values()}
        if None in props or len(props) != 1:
            EXT_LEFT.append((rel, "per-region lists conditional otherwise than on other "
                                  "properties' values (not carried)"))
            return
        # where cfn-lint applies it to the properties: the listed property
        (prop,) = props
        where = [(cfn, at or prop) for cfn, at in where]
    where = [(cfn, at) for cfn, at in where if cfn in types and at]
    if level is None or not where:
        EXT_LEFT.append((rel, "per-region lists no rule of cfn-lint applies to a type"))
        return
    sets, regions = [], {}
    for region in sorted(lists):
        if by_case is None:
            values = sorted(set(lists[region]["enum"]))
            if values not in sets:
                sets.append(values)
            regions[region] = sets.index(values)
            continue
        regions[region] = []
        for cond, values in by_case[region][1]:
            if values not in sets:
                sets.append(values)
            regions[region].append([cond, sets.index(values)])
    for cfn, at in where:
        REGIONAL.setdefault(cfn, []).append((rel, level, at, sets, regions, by_case is not None))


# The enums cfn-lint adds to the registry's schemas from AWS's API models
# (patches/extensions/all/<type>/smithy.json: "add" .../enum). Cloud Control
# holds a value only to the registry's own schema; the API's list is the one
# the API had when cfn-lint copied it. Where it is a list AWS grows every few
# weeks (an enum the API model gives a member that provider/aws/checks/constraints.map
# marks "grows": EC2's instance types, Lambda's runtimes), a value outside it is
# a warning, as it is for the written types, not a refusal of what AWS
# launched since: the enum is taken off the node and carried as a list of the
# type's "growingEnums" (no "regions"). Others stay enums, as constraints.map's
# lines without "grows" are errors for the written types.
GROWS_SHARE = 0.9  # of the patch's values in a growing member's enum
GROWN = set()  # (type, path) of each list carried, for the generated file's head


@functools.lru_cache(maxsize=None)
def growing_enums():
    """[(the constraints.map line's words, set of its API enum)] of each line
    marked grows, from the installed botocore models."""
    spec = importlib.util.spec_from_file_location("gen_constraints",
                                                  HERE.parent / "checks" / "gen_constraints.py")
    gc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gc)
    out = []
    for typ, attr, service, op, path, settings in gc.map_lines():
        if settings.get("grows"):
            m, shape = gc.member_shape(service, op, path)
            while shape.get("type") == "list":
                shape = m["shapes"][shape["member"]["shape"]]
            if shape.get("enum"):
                out.append(("%s %s %s" % (service, op, path), set(shape["enum"])))
    return out


def grown_by_patch(cfn):
    """[(pointer of the node, values, the patch file, the member it grows as)]
    of type cfn's enums that cfn-lint's API-model patch added and that grow."""
    base, _types = listing()
    rel = "patches/extensions/all/%s/smithy.json" % cfn.lower().replace("::", "_")
    f = base / rel
    if not f.exists():
        return []
    out = []
    for op in json.loads(f.read_text()):
        if op.get("op") != "add" or not op.get("path", "").endswith("/enum"):
            continue
        values = set(op.get("value") or [])
        for member, grows in growing_enums():
            if values and len(values & grows) >= GROWS_SHARE * len(values):
                out.append((op["path"][:-len("/enum")], sorted(values), rel, member))
                break
    return out


def pointer_paths(s, pointer):
    """The property paths (CloudFormation's names, "*" for a list's items) at
    which the node at JSON pointer `pointer` of schema s is met, through
    the definitions that lead to it."""
    parts = pointer.strip("/").split("/")
    defs = s.get("definitions") or {}

    def tail(steps):
        out = []
        for i, p in enumerate(steps):
            if p == "items":
                out.append("*")
            elif i and steps[i - 1] == "properties":
                out.append(p)
        return out

    if parts[0] == "properties":
        return [tail(parts)]
    if parts[0] != "definitions" or len(parts) < 2:
        return []
    found = []

    def walk(node, at, seen):
        if not isinstance(node, dict) or len(at) > 12:
            return
        ref = node.get("$ref", "")
        if ref.startswith("#/definitions/"):
            name = ref[len("#/definitions/"):]
            if name == parts[1]:
                found.append(at + tail(parts[2:]))
            if name not in seen:
                walk(defs.get(name), at, seen | {name})
            return
        for k, v in (node.get("properties") or {}).items():
            walk(v, at + [k], seen)
        if isinstance(node.get("items"), dict):
            walk(node["items"], at + ["*"], seen)

    walk({"properties": s.get("properties") or {}}, [], frozenset())
    return found


def without_grown(cfn, s):
    """Schema s with the growing enums of grown_by_patch() taken off their
    nodes, and [(at, values, file, member)] for the type's growingEnums."""
    lists = []
    for pointer, values, rel, member in grown_by_patch(cfn):
        node = s
        for part in pointer.strip("/").split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict) or sorted(set(node.get("enum") or [])) != values:
            continue
        del node["enum"]
        for at in pointer_paths(s, pointer):
            lists.append((at, values, rel, member))
    return s, lists


def regional_files():
    extensions()
    return {r[0] for v in REGIONAL.values() for r in v}


@functools.lru_cache(maxsize=None)
def extensions():
    """{CloudFormation type: [rule, ...]} of cfn-lint's extension schemas
    that are carried; EXT_LEFT gets each file left out, with why."""
    base, _types = listing()
    root = base / "extensions"
    out = {}
    EXT_LEFT.clear()
    REGIONAL.clear()
    for f in sorted(root.rglob("*.json")):
        rel = str(f.relative_to(root))
        x = json.loads(f.read_text())
        folder = f.parent.name
        cfn = None
        if isinstance(x, dict) and any(k[:2] in ("us", "eu", "ap", "af", "ca", "cn", "me", "sa",
                                                 "il", "mx") and "-" in k for k in x):
            regional(rel, x)
            continue
        if "update_specs_from_pricing" in str(x.get("description", "")) or \
                "using aws api" in str(x.get("description", "")):
            EXT_LEFT.append((rel, "regenerated from AWS's price lists or APIs (stale-prone)"))
            continue
        if rel in EXT_NOT_AWS:
            EXT_LEFT.append((rel, EXT_NOT_AWS[rel]))
            continue
        level, where = ext_levels().get(rel, (None, []))
        if level is None:
            EXT_LEFT.append((rel, "no rule of cfn-lint reads it"))
            continue
        if not level.startswith("E"):
            EXT_LEFT.append((rel, "cfn-lint's advice (%s), not a refusal" % level))
            continue
        used = ext_keywords(x, set()) - EXT_KEYWORDS
        if used:
            EXT_LEFT.append((rel, "uses " + ", ".join(sorted(used))))
            continue
        # where cfn-lint applies it: a type's properties, or a block inside
        # them ("HealthCheckConfig", "BlockDeviceMappings/*/Ebs")
        where = [(cfn, at) for cfn, at in where if cfn in _types]
        if not where:
            EXT_LEFT.append((rel, "its rule applies it to no type of the registry"))
            continue
        for cfn, at in where:
            out.setdefault(cfn, []).append((rel, level, at, x))
    return out


def growing_lists(cfn, names, grown):
    """Type cfn's growingEnums: cfn-lint's per-region lists of its
    properties, then the API models' enums that grow (without_grown()'s)
    where no per-region list covers the property; names: {CloudFormation
    name: awscc name} of its top-level properties."""
    extensions()
    out = []
    for rel, level, at, sets, regions, by_case in REGIONAL.get(cfn, []):
        top = at.split("/")[0]
        out.append({"file": rel, "id": level, "at": at.split("/"),
                    "attr": names.get(top, snake(top)), "sets": sets,
                    "cases" if by_case else "regions": regions})
    regional_at = {tuple(e["at"]) for e in out}
    for at, values, rel, member in grown:
        if tuple(at) in regional_at:
            continue  # its region's list says more
        out.append({"file": rel, "id": "the API model's " + member, "at": at,
                    "attr": names.get(at[0], snake(at[0])), "sets": [values]})
        GROWN.add((cfn, "/".join(at)))
    return out


def regional_of(cfn):
    """Type cfn's per-region lists as growing_lists() carries them (what the
    written types of cfn.map are held to: gen_constraints.py)."""
    base, types = listing()
    if cfn not in types:
        return []
    s = json.loads((base / "resources" / (types[cfn] + ".json")).read_text())
    names = canonical_names(convert(cfn, s)["properties"])
    return [e for e in growing_lists(cfn, names, []) if "regions" in e or "cases" in e]


def load():
    base, types = listing()
    rows = []
    for cfn, digest in sorted(types.items()):
        if not cfn.startswith("AWS::") or cfn.count("::") != 2:
            continue
        s = registry_schema(cfn)
        if not s.get("primaryIdentifier"):
            continue
        s, grown = without_grown(cfn, s)
        schema = convert(cfn, s)
        names = canonical_names(schema["properties"])
        for rel, level, at, x in extensions().get(cfn, []):
            top = at.split("/")[0] if at else None
            schema.setdefault("extensions", []).append({
                "file": rel, "id": level, "rule": ext_rule(x), "at": at.split("/") if at else [],
                "attr": names.get(top, snake(top)) if top else ext_attr(x, names),
                "says": x.get("description") if isinstance(x, dict) else None})
        lists = growing_lists(cfn, names, grown)
        if lists:
            schema["growingEnums"] = lists
        bits, ops = handlers_of(cfn)
        if ops:
            schema["handlers"] = ops
        schema = add_aliases(cfn, schema)
        rows.append((type_name(cfn), cfn, bits, schema))
        if old_type_name(cfn):
            # the name terrace gave the type before: a row of its own (a
            # state written with it names it), marked an alias
            rows.append((old_type_name(cfn), cfn, bits | ALIAS_BIT, schema))
    rows.sort(key=lambda r: r[0])
    return rows


def c_bytes(data):
    out, line = [], ""
    for b in data:
        if 32 <= b < 127 and chr(b) not in '"\\?':
            piece = chr(b)
        else:
            piece = "\\%03o" % b
        line += piece
        if len(line) >= 96:
            out.append('\t"%s"\n' % line)
            line = ""
    if line:
        out.append('\t"%s"\n' % line)
    return "".join(out)


def render(rows):
    blob = bytearray()
    table = []
    for name, cfn, bits, schema in rows:
        text = json.dumps(schema, separators=(",", ":"), sort_keys=True).encode()
        z = zlib.compress(text, 9)
        table.append('\t{ "%s", "%s", %d, %d, %d, 0x%02x },\n' % (name, cfn, len(blob), len(z),
                                                               len(text), bits))
        blob += z
    known = sum(1 for r in rows if r[2] & KNOWN_BIT and not r[2] & ALIAS_BIT)
    aliases = [r[0] for r in rows if r[2] & ALIAS_BIT]
    head = ("/*\n * schemas.gen.c: generated by provider/aws/cloudcontrol/gen_schemas.py from\n"
            " * cfn-lint %s's copy of CloudFormation's resource schemas (%s) and the\n"
            " * handlers of registry/handlers.json (%d of the types); do not edit.\n"
            " * %d types (gen_schemas.py --show prints one as the table keeps it), named\n"
            " * as terraform-provider-awscc %s names them, and %d old names kept as\n"
            " * aliases: %s;\n"
            " * %d old attribute names kept as aliases (\"aliasOf\");\n"
            " * taken from the registry's own schema, cfn-lint's patch for templates\n"
            " * left out:%s\n"
            " * cfn-lint's annotations AWS does not enforce, taken off:%s\n"
            " * %d oneOf/anyOf whose alternatives say more than which properties go\n"
            " * together are checked as alternatives (oneOfSchemas, anyOfSchemas);\n"
            " * %d say what is not carried and are not checked:%s\n"
            " * cfn-lint's extension schemas: %d of %d files carried (extensions: the\n"
            " * rules of cfn-lint's errors, which AWS refuses, where cfn-lint applies\n"
            " * them; growingEnums: %d files of per-region lists, a value outside its\n"
            " * region's list a warning);\n"
            " * %d enums cfn-lint adds from AWS's API models that grow (growingEnums\n"
            " * without regions: a value outside them a warning);\n"
            " * left out:%s\n"
            " * cfn-lint's rules between properties (dependentRequired kept with\n"
            " * dependencies, dependentExcluded as excludes, requiredXor, requiredOr):\n"
            " * %d carried on %d blocks; left out, as AWS takes what they refuse:%s\n"
            " */\n#include \"provider/aws/cloudcontrol/schema.h\"\n\n" % (
                PINNED, REGION.replace("_", "-"), known, len(rows) - len(aliases), AWSCC_COMMIT[:7],
                len(aliases), ", ".join(aliases) or "none", len(set(ALIASED)),
                "".join("\n *   %s: %s (%s)" % (k, v[0], v[1]) for k, v in sorted(TEMPLATE_ONLY.items())),
                "".join("\n *   %s %s: %s (%s)" % (t, p, "/".join(k), w) for t, p, k, w in NOT_ENFORCED),
                len(set(CARRIED)),
                len(set(SKIPPED)), "".join("\n *   " + w for w in sorted(set(SKIPPED))),
                len({r[0] for v in extensions().values() for r in v}) + len(regional_files()),
                len({r[0] for v in extensions().values() for r in v}) + len(regional_files()) +
                len(EXT_LEFT), len(regional_files()), len(GROWN),
                "".join("\n *   %s: %s" % r for r in EXT_LEFT),
                len(set(BETWEEN)), len({w for w, _k in BETWEEN}),
                "".join("\n *   %s %s%s: %s" % (w, k, " " + p if p else "", why)
                        for w, k, p, why in BETWEEN_LEFT) or " none"))
    return (head + "const unsigned char cc_schema_blob[] =\n" + c_bytes(bytes(blob)) + ";\n\n"
            "const struct cc_schema_row cc_schema_rows[] = {\n" + "".join(table) +
            "};\n\nconst size_t cc_schema_count = %d;\n\n"
            "const char cc_cfn_lint_version[] = \"%s\";\n" % (len(rows), PINNED))


# terraform-provider-awscc's own type names at AWSCC_COMMIT (registry/):
# every row's name is held to them where awscc has the type.
AWSCC_TYPES = HERE / "registry" / "awscc_types.txt"
# and its names of the top-level properties Id and Provider (<resource>_id,
# provider_name), from its generated resources' attribute name maps
AWSCC_RENAMED = HERE / "registry" / "awscc_renamed.txt"


def awscc_names_differ(rows):
    """The types whose name here is not awscc's ("AWS::X::Y: awscc.x.y, awscc
    names it awscc_x_z"), from the pinned list."""
    theirs = {}
    for line in AWSCC_TYPES.read_text().splitlines():
        if line and not line.startswith("#"):
            cfn, tf = line.split()
            theirs[cfn] = tf
    renamed = {}
    for line in AWSCC_RENAMED.read_text().splitlines():
        if line and not line.startswith("#"):
            cfn, prop, attr = line.split()
            renamed.setdefault(cfn, {})[prop] = attr
    out = []
    for name, cfn, bits, schema in rows:
        tf = theirs.get(cfn)
        if tf and not bits & ALIAS_BIT and name != "awscc." + tf[len("awscc_"):].replace("_", ".", 1):
            out.append("%s: %s, awscc names it %s" % (cfn, name, tf))
        mine = canonical_names(schema["properties"])
        for prop, attr in sorted(renamed.get(cfn, {}).items()):
            if not bits & ALIAS_BIT and mine.get(prop) != attr:
                out.append("%s's %s: %s, awscc names it %s" % (cfn, prop, mine.get(prop), attr))
    return out


def main(argv):
    rows = load()
    differ = awscc_names_differ(rows)
    if differ:
        print("gen_schemas: named otherwise than terraform-provider-awscc %s names them:\n  %s"
              % (AWSCC_COMMIT[:7], "\n  ".join(differ)), file=sys.stderr)
        return 1
    if len(argv) > 2 and argv[1] == "--show":
        for name, cfn, bits, schema in rows:
            if name == argv[2] or cfn == argv[2]:
                print(json.dumps(schema, indent=1, sort_keys=True))
                return 0
        print("gen_schemas: no type %s" % argv[2], file=sys.stderr)
        return 1
    text = render(rows)
    if len(argv) > 1 and argv[1] == "--check":
        if not OUT.exists() or OUT.read_text() != text:
            print("gen_schemas: %s differs from what cfn-lint %s gives: run `make awscc-schemas`"
                  % (OUT.relative_to(HERE.parent.parent.parent), PINNED), file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print("gen_schemas: %d types" % len(rows), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
