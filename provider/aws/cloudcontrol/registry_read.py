"""provider/aws/cloudcontrol/registry_read.py: reading the registry's schemas
as gen_schemas.py and its users read them: the pinned cfn-lint's copy
(listing, registry_schema: PINNED, REGION, the template-only patches and
the annotations AWS does not enforce taken off) and the handlers' pinned
copy (registry/handlers.json: handlers, handlers_of). It imports no other
generator; gen_schemas.py and schema_kinds.py import it.
"""
import ast
import functools
import importlib.metadata
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
# The pinned copy of the registry's handlers (registry/README.md).
HANDLERS = HERE / "registry" / "handlers.json"

HANDLER_BITS = {"create": 1, "read": 2, "update": 4, "delete": 8, "list": 16}

KNOWN_BIT = 32

PINNED = "1.51.0"

REGION = "us_east_1"


@functools.lru_cache(maxsize=None)
def listing():
    """cfn-lint's folder of schemas and its {CloudFormation type: file digest}
    of REGION, at the pinned version."""
    try:
        version = importlib.metadata.version("cfn-lint")
    except importlib.metadata.PackageNotFoundError:
        version = None
    if version != PINNED:
        sys.exit("gen_schemas: cfn-lint %s is installed, the table is of %s "
                 "(pip install cfn-lint==%s, or raise PINNED)" % (version, PINNED, PINNED))
    # cfn-lint's data is read as files: importing cfnlint itself costs seconds
    spec = importlib.util.find_spec("cfnlint")
    base = pathlib.Path(spec.submodule_search_locations[0]) / "data" / "schemas"
    tree = ast.parse((base / "providers" / (REGION + ".py")).read_text())
    types = None
    for stmt in tree.body:
        if isinstance(stmt, ast.AnnAssign) and getattr(stmt.target, "id", "") == "types":
            types = ast.literal_eval(stmt.value)
    if types is None:
        sys.exit("gen_schemas: no types in cfn-lint's %s listing" % REGION)
    return base, types


# cfn-lint's patches that say what a template may write of a type, not what
# AWS's registry (and so Cloud Control) takes: the type's schema is the
# registry's own (registry/, its README names the copy), with cfn-lint's
# other patches of the type applied where they still apply.
TEMPLATE_ONLY = {
    "AWS::CloudFormation::Stack": (
        "patches/providers/all/aws_cloudformation_stack/ccapi.json",
        "a template's nested stack is given by TemplateURL alone; Cloud Control's "
        "AWS::CloudFormation::Stack requires StackName and takes TemplateBody, Description, "
        "Capabilities, ..."),
}
# cfn-lint's annotations of a node that AWS does not enforce: (type, JSON
# pointer of the node in cfn-lint's schema, the keys taken off it and off
# its items, why).
NOT_ENFORCED = [
    ("AWS::EC2::LaunchTemplate", "/definitions/LaunchTemplateData/properties/SecurityGroups",
     ("format",), "EC2 takes security group names there (a default VPC's groups); ids go in "
                  "SecurityGroupIds"),
    ("AWS::KinesisFirehose::DeliveryStream",
     "/definitions/ProcessorParameter/properties/ParameterValue", ("pattern", "anyOf"),
     "the value's kind depends on its ParameterName: a LambdaArn's is a function's ARN, a "
     "RoleArn's a role's, a Delimiter's any text (\"\\n\", which the API model's pattern "
     "^(?!\\s*$).+$ refuses)"),
    ("AWS::SSM::Association", "/definitions/Target/properties/Values", ("anyOf",),
     "a target's Values are instances' ids with Key InstanceIds, and tag values with "
     "tag:NAME, resource groups' names with resource-groups:Name (SSM's Target: the "
     "relationshipRef to an instance's Id is one case of several)"),
]


def registry_schema(cfn):
    """Type cfn's schema as gen_schemas reads it: cfn-lint's, or, for a type
    of TEMPLATE_ONLY, the registry's own with cfn-lint's other patches; then
    NOT_ENFORCED's annotations taken off."""
    base, types = listing()
    if cfn in TEMPLATE_ONLY:
        import jsonpatch  # cfn-lint's own dependency
        s = json.loads((HERE / "registry" / (cfn.replace("::", "_") + ".json")).read_text())
        folder = cfn.lower().replace("::", "_")
        patches = sorted((base / "patches" / "providers" / "all" / folder).glob("*.json")) + \
            sorted((base / "patches" / "extensions" / "all" / folder).glob("*.json"))
        for f in patches:
            if str(f.relative_to(base)) == TEMPLATE_ONLY[cfn][0]:
                continue
            for op in json.loads(f.read_text()):
                try:
                    s = jsonpatch.apply_patch(s, [op])
                except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException):
                    pass  # written for another version of the schema
        for key in ("handlers", "description", "sourceUrl", "documentationUrl"):
            s.pop(key, None)
    else:
        s = json.loads((base / "resources" / (types[cfn] + ".json")).read_text())
    for typ, pointer, keys, _why in NOT_ENFORCED:
        if typ != cfn:
            continue
        n = s
        for part in pointer.strip("/").split("/"):
            n = n.get(part) if isinstance(n, dict) else None
        if not isinstance(n, dict):
            sys.exit("gen_schemas: NOT_ENFORCED names %s %s, which cfn-lint's schema does not have"
                     % (cfn, pointer))
        for at in (n, n.get("items")):
            for key in keys:
                if isinstance(at, dict):
                    at.pop(key, None)
    return s




@functools.lru_cache(maxsize=None)
def handlers():
    """The pinned copy's {CloudFormation type: its handlers}."""
    try:
        return json.loads(HANDLERS.read_text())
    except OSError as e:
        sys.exit("gen_schemas: %s: %s (the handlers' pinned copy, registry/README.md)"
                 % (HANDLERS, e.strerror))


def handlers_of(cfn):
    """(bits, {"create": {"permissions": [...], "timeout": N}, ...}) of type cfn:
    bits 0 and {} when the copy does not have it."""
    h = handlers().get(cfn)
    if h is None:
        return 0, {}
    bits, out = KNOWN_BIT, {}
    for op, v in sorted(h.items()):
        if op not in HANDLER_BITS:
            continue
        bits |= HANDLER_BITS[op]
        out[op] = {"permissions": sorted(set(v.get("permissions") or []))}
        if isinstance(v.get("timeoutInMinutes"), int):
            out[op]["timeout"] = v["timeoutInMinutes"]
    return bits, out
