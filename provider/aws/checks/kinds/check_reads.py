#!/usr/bin/env python3
"""provider/aws/checks/kinds/check_reads.py: hold the rows of kinds/reads.def (how plan
reads what a literal of a kind names: kinds/reads.c) to botocore's models and
to the kinds AWS's data knows.

    provider/aws/checks/kinds/check_reads.py           print each row's verdict
    provider/aws/checks/kinds/check_reads.py --check   only the findings; exit 1 on one
    provider/aws/checks/kinds/check_reads.py --table   the rows as docs/validation.md's
                                                table "Kinds and their reads"
    provider/aws/checks/kinds/check_reads.py --docs    write that table into docs/validation.md
                                                (--check holds it there as the rows say)

For each READ row, in the model of the service botocore ships (the installed,
pinned copy the other generators read):
  - the row's service is a row of transport/services.def (whose protocol,
    signing name, version and target gen_services.py holds to the model),
    and an operation of that name exists in its model;
  - a REST row's request is the operation's "METHOD REQUESTURI" (rest-json,
    rest-xml), and no other row has one;
  - the input has the member, in the wire form the row sends it: ec2's
    flattened list of one ("SubnetId.1": the member's locationName, else its
    name, capitalised; a filter "Filter.1.Value.1"), the query protocol's
    ("LoadBalancerArns.member.1" for a list), json's member, rest's URI label;
  - each "none" code is one of the operation's errors in the model (its
    shape's name or its wire code), or, for a model that lists none (EC2) or
    a code kept for compatibility, one AWS's page the row cites names
    (DOC_CODES below, quoting it);
  - the IAM action is the service's prefix and the operation (S3's HeadBucket
    is authorised by s3:ListBucket, as its page says).
And every kind of kinds.gen.c, of cfn-lint's formats and of the registry's
relationshipRefs (cloudcontrol/gen_schemas.py's names for them) has a READ or
a NO_READ row, and no kind two.
"""
import importlib.util
import pathlib
import re
import sys

import botocore
import botocore.loaders

HERE = pathlib.Path(__file__).resolve().parent
DEF = HERE / "reads.def"
DOCS = HERE.parents[3] / "docs" / "validation.md"
BEGIN = "<!-- generated: provider/aws/checks/kinds/check_reads.py --table -->"
END = "<!-- end generated: provider/aws/checks/kinds/check_reads.py --table -->"
KINDS = HERE / "kinds.gen.c"
LOADER = botocore.loaders.create_loader()

def _services():
    """The rows of transport/services.def by name (gen_services.py reads them)."""
    spec = importlib.util.spec_from_file_location(
        "gen_services", HERE.parent.parent / "gen" / "gen_services.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {row["name"]: row for row in mod.read_services()}


SERVICES = _services()
# Codes the model does not list that AWS's pages name.
DOC_CODES = {
    # https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
    # ("Client error codes": "The specified ... does not exist" / "cannot be found")
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html": {
        "InvalidAMIID.NotFound", "InvalidGroup.NotFound", "InvalidSubnetID.NotFound",
        "InvalidVpcID.NotFound", "InvalidAllocationID.NotFound", "InvalidAddress.NotFound",
        "InvalidInstanceID.NotFound", "InvalidRouteTableID.NotFound",
        "InvalidTransitGatewayID.NotFound", "InvalidVpcEndpointId.NotFound",
        "InvalidVpnGatewayID.NotFound",
        # "The specified Capacity Reservation ID does not exist", "The specified
        # carrier gateway ID cannot be found", "The specified customer gateway ID
        # cannot be found", "The specified egress-only internet gateway does not
        # exist", "The specified internet gateway does not exist", "The specified
        # launch template ID does not exist", "The specified NAT gateway ID does not
        # exist" and "The specified NAT gateway does not exist", "The specified
        # network ACL does not exist", "The specified network interface does not
        # exist", "The specified placement group cannot be found", "The specified
        # Traffic Mirror filter does not exist", "The specified Traffic Mirror
        # target does not exist" (the page's spelling, NoFound), "The specified VPC
        # endpoint service does not exist", "The specified VPC peering connection
        # ID does not exist", "The specified VPN connection ID does not exist",
        # "The specified volume does not exist"
        "InvalidCapacityReservationId.NotFound", "InvalidCarrierGatewayID.NotFound",
        "InvalidCustomerGatewayID.NotFound", "InvalidEgressOnlyInternetGatewayId.NotFound",
        "InvalidInternetGatewayID.NotFound", "InvalidLaunchTemplateId.NotFound",
        "InvalidNatGatewayID.NotFound", "NatGatewayNotFound", "InvalidNetworkAclID.NotFound",
        "InvalidNetworkInterfaceID.NotFound", "InvalidPlacementGroup.Unknown",
        "InvalidTrafficMirrorFilterNotFound", "InvalidTrafficMirrorTargetNoFound",
        "InvalidVpcEndpointServiceId.NotFound", "InvalidVpcPeeringConnectionID.NotFound",
        "InvalidVpnConnectionID.NotFound", "InvalidVolume.NotFound"},
    # GetQueueUrl's page: "QueueDoesNotExist ... HTTP Status Code: 400", with the
    # query protocol's code AWS.SimpleQueueService.NonExistentQueue that the
    # JSON protocol keeps in x-amzn-query-error (awsQueryCompatible)
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html": {
        "AWS.SimpleQueueService.NonExistentQueue"},
    # HeadBucket's page: "If the bucket does not exist ... returns a 404 Not
    # Found" (a HEAD has no body: the code is the status's, NotFound)
    "https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html": {"404", "NotFound"},
}
# An action other than SERVICE:Operation, with the page that says it.
ACTIONS = {
    # HeadBucket: "you must have the s3:ListBucket permission"
    ("s3", "HeadBucket"): "s3:ListBucket",
}

STRING = r'"((?:[^"\\]|\\.)*)"'
ARG = r'\s*(?:((?:"(?:[^"\\]|\\.)*"\s*)+)|(NULL)|([A-Za-z_][A-Za-z0-9_]*))\s*'


def strip_comments(text):
    return re.sub(r"/\*.*?\*/", " ", text, flags=re.S)


def args(text):
    """The arguments of one macro call: strings (adjacent ones joined), NULL
    as None, bare words as themselves."""
    out, i = [], 0
    while i < len(text):
        m = re.compile(ARG).match(text, i)
        if not m:
            raise ValueError("cannot read %r" % text[i:i + 40])
        if m.group(1) is not None:
            out.append(re.sub(r"\\(.)", r"\1", "".join(re.findall(STRING, m.group(1)))))
        elif m.group(2):
            out.append(None)
        else:
            out.append(m.group(3))
        i = m.end()
        if i < len(text) and text[i] == ",":
            i += 1
    return out


def rows():
    text = strip_comments(DEF.read_text())
    reads, no_reads = [], []
    for m in re.finditer(r"\b(READ|NO_READ)\((.*?)\)\s*(?=READ|NO_READ|$)", text, re.S):
        a = args(m.group(2))
        if m.group(1) == "READ":
            keys = ("kind", "label", "service", "request", "operation", "member", "form",
                    "shape", "extra", "none_codes", "none_list", "skip", "action", "source")
            if len(a) != len(keys):
                raise ValueError("READ row of %d fields: %r" % (len(a), a[:1]))
            reads.append(dict(zip(keys, a)))
        else:
            no_reads.append({"kind": a[0], "why": a[1]})
    return reads, no_reads


def cap(s):
    return s[:1].upper() + s[1:]


def wire_names(model, shape, name):
    """The wire names a value may go to as member `name` of input shape (a
    list's first element)."""
    m = model["shapes"][shape]["members"].get(name)
    if m is None:
        return set()
    target = model["shapes"][m["shape"]]
    proto = model["metadata"]["protocol"]
    if proto == "ec2":
        wire = cap(m.get("locationName") or name)
        return {wire + ".1"} if target["type"] == "list" else {wire}
    if proto == "query":
        if target["type"] == "list":
            inner = target["member"].get("locationName", "member")
            return {name + ".1"} if target.get("flattened") else {"%s.%s.1" % (name, inner)}
        return {name}
    if m.get("location") == "uri":
        return {m.get("locationName") or name}
    return {name} if not m.get("location") else set()


def check_read(r):
    """The findings of one READ row."""
    found = []
    svc = SERVICES.get(r["service"])
    if not svc:
        return ["%s: no row of transport/services.def is named %s" % (r["kind"], r["service"])]
    key = svc["botocore"]
    model = LOADER.load_service_model(key, "service-2")
    md = model["metadata"]
    op = model["operations"].get(r["operation"])
    where = "%s (%s %s)" % (r["kind"], key, r["operation"])
    if op is None:
        return ["%s: botocore %s has no operation %s" % (where, key, r["operation"])]
    # the service's protocol, signing name, version and target are its
    # row's, which gen_services.py holds to the model; a REST row's request
    # line is the operation's
    if md["protocol"].startswith("rest"):
        want = "%s %s" % (op["http"]["method"], op["http"]["requestUri"])
        if r["request"] != want:
            found.append("%s: request %r, the model's is %r" % (where, r["request"], want))
    elif r["request"] is not None:
        found.append("%s: request %r for a %s service, which takes none" %
                     (where, r["request"], md["protocol"]))
    shape = op.get("input", {}).get("shape")
    member = r["member"]
    if r["extra"]:
        # a filter: Filter.1.Name=NAME beside Filter.1.Value.1
        fname = r["extra"].partition("=")[0]
        if not (member == "Filter.1.Value.1" and fname == "Filter.1.Name" and
                "Filter.1" in {w[:-2] + ".1" for w in wire_names(model, shape, "Filters")}):
            found.append("%s: extra %r with %r is not the input's Filters" % (where, r["extra"], member))
    else:
        names = set()
        for name in model["shapes"][shape]["members"] if shape else ():
            names |= wire_names(model, shape, name)
        if member not in names:
            found.append("%s: the input has no member sent as %r (it has %s)" %
                         (where, member, ", ".join(sorted(names))))
        elif md["protocol"].startswith("rest") and "{%s}" % member not in (r["request"] or ""):
            found.append("%s: URI label %s is not in %s" % (where, member, r["request"]))
    errors = set()
    for e in op.get("errors", []):
        errors.add(e["shape"])
        code = model["shapes"][e["shape"]].get("error", {}).get("code")
        if code:
            errors.add(code)
    doc = DOC_CODES.get(r["source"], set())
    for code in (r["none_codes"] or "").split():
        if code not in errors and code not in doc:
            found.append("%s: none code %s is neither the model's nor named by %s" %
                         (where, code, r["source"]))
    if not r["none_codes"] and not r["none_list"]:
        found.append("%s: nothing says none" % where)
    action = ACTIONS.get((r["service"], r["operation"]), "%s:%s" % (svc["iam_prefix"], r["operation"]))
    if r["action"] != action:
        found.append("%s: action %s, expected %s" % (where, r["action"], action))
    if r["shape"] is not None:
        try:
            re.compile(r["shape"])
        except re.error as e:
            found.append("%s: shape %r: %s" % (where, r["shape"], e))
    if r["form"] not in ("AS_IS", "NAME_PART"):
        found.append("%s: form %s" % (where, r["form"]))
    if not (r["source"] or "").startswith("https://docs.aws.amazon.com/"):
        found.append("%s: the source is no AWS page" % where)
    return found


def known_kinds():
    """The kinds AWS's data names: kinds.gen.c's, cfn-lint's formats and the
    registry's relationshipRefs, named as gen_schemas.py names them."""
    # a type's own ARN no data names (kinds.gen.c's own_arn) is taken by no
    # attribute: no literal of it is read
    kinds = set(re.findall(r'^\t\{ "(AWS::[^"]+)", .*, false \},$', KINDS.read_text(), re.M))
    spec = importlib.util.spec_from_file_location(
        "gen_schemas", HERE.parent.parent / "cloudcontrol" / "gen_schemas.py")
    gs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gs)
    import json
    root = pathlib.Path(importlib.util.find_spec("cfnlint").origin).parent / "data" / "schemas"

    def walk(s):
        if isinstance(s, dict):
            f = s.get("format")
            if isinstance(f, str) and f.startswith("AWS::") and "." in f:
                f = gs.KIND_ALIASES.get(f, f)
                head, _, tail = f.rpartition(".")
                kinds.add(head + "." + gs.KIND_PLURALS.get(tail, tail))
            r = s.get("relationshipRef")
            if isinstance(r, dict) and r.get("typeName"):
                prop = str(r.get("propertyPath", "")).rpartition("/")[2]
                kinds.add(gs.relationship_kind_name(r["typeName"], prop))
            for v in s.values():
                walk(v)
        elif isinstance(s, list):
            for v in s:
                walk(v)

    for f in sorted(root.rglob("*.json")):
        try:
            walk(json.loads(f.read_text()))
        except ValueError:
            pass
    return kinds


def table(reads, no_reads):
    lines = ["| Kind | Values read | Read | None is | IAM action |", "|---|---|---|---|---|"]
    by = {r["kind"]: r for r in reads}
    for kind in sorted(set(by) | {n["kind"] for n in no_reads}):
        r = by.get(kind)
        if r:
            none = " or ".join("`%s`" % c for c in (r["none_codes"] or "").split())
            if r["none_list"]:
                lst = r["none_list"].partition("=")
                what = "no `%s` of the value in `%s`" % (lst[2], lst[0]) if lst[2] else \
                    "an empty `%s`" % lst[0]
                none = none + " or " + what if none else what
            how = " (the ARN's name)" if r["form"] == "NAME_PART" else ""
            shape = "`%s`" % r["shape"].replace("|", "\\|") if r["shape"] else "any"
            lines.append("| `%s` | %s | %s [`%s`](%s) `%s`%s | %s | `%s` |" %
                         (kind, shape, r["label"], r["operation"], r["source"], r["member"], how,
                          none, r["action"]))
        else:
            why = next(n["why"] for n in no_reads if n["kind"] == kind)
            lines.append("| `%s` | none | no read: %s | | |" % (kind, why))
    return "\n".join(lines)


def docs_with(text, tab):
    """docs/validation.md's text with the table between the markers."""
    head, begin, rest = text.partition(BEGIN)
    _old, end, tail = rest.partition(END)
    if not begin or not end:
        return None
    return head + BEGIN + "\n" + tab + "\n" + END + tail


def main(argv):
    reads, no_reads = rows()
    tab = table(reads, no_reads)
    if "--table" in argv:
        print(tab)
        return 0
    if "--docs" in argv:
        new = docs_with(DOCS.read_text(), tab)
        if new is None:
            print("docs/validation.md has no %s ... %s" % (BEGIN, END))
            return 1
        DOCS.write_text(new)
        return 0
    findings = []
    text = DOCS.read_text()
    if docs_with(text, tab) != text:
        findings.append("docs/validation.md's table \"Kinds and their reads\" is not what "
                        "reads.def says: run provider/aws/checks/kinds/check_reads.py --docs")
    for r in reads:
        f = check_read(r)
        findings += f
        if "--check" not in argv:
            print("%s: %s" % (r["kind"], "; ".join(f) if f else "agrees with botocore %s" %
                              botocore.__version__))
    seen = {}
    for r in reads + no_reads:
        seen[r["kind"]] = seen.get(r["kind"], 0) + 1
    findings += ["%s: %d rows" % (k, n) for k, n in sorted(seen.items()) if n > 1]
    for kind in sorted(known_kinds() - set(seen)):
        findings.append("%s: a kind AWS's data names has neither a READ nor a NO_READ row "
                        "in kinds/reads.def" % kind)
    for f in findings:
        print(f)
    if "--check" not in argv:
        print("%d READ rows, %d NO_READ rows; botocore %s" %
              (len(reads), len(no_reads), botocore.__version__))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
