"""tests/contract/check.py: hold every request terrace sent during the tests
against the AWS API models the AWS SDKs are generated from (botocore ships
them as JSON), and fail on any request AWS would refuse.

    python3 tests/contract/check.py REQUEST_LOG_FOLDER [SOURCE_FOLDER]
    python3 tests/contract/check.py --members OUT [--run TEXT] REQUEST_LOG_FOLDER
    python3 tests/contract/check.py --self-test

REQUEST_LOG_FOLDER holds the *.jsonl files tests/servers/moto_run.py writes
with TERRACE_REQUEST_LOG set: one request a line. For each request the
service comes from its SigV4 credential scope, the protocol from the model,
and the operation from the request itself (Action=, X-Amz-Target, or the
HTTP method and path against the operations' request URIs). Its input is
then checked against the operation's input shape: the operation exists,
every member it sends is in the shape, every required member is there, and
each value has the right type and keeps to the shape's enum, length, range
and pattern.

Prints TAP lines (one per service, then one for the whole run) and a
summary: requests and operations checked, each violation with how often it
was seen, and the operations named in terrace's source (SOURCE_FOLDER,
default provider/) that no request used. Exits 1 on any violation.

With --members, it also writes OUT (tests/contract/members-sent.txt, `make
members-sent`): every member the requests held, one `SERVICE OPERATION
MEMBER` line each, the member a dotted path of the model's member names
(nested ones too; a list's elements under the list's name, a map whole),
with TEXT (which run it came from) in its header. tests/contract/coverage.py
holds that list against the one table of checks.
"""
import base64
import collections
import functools
import json
import pathlib
import re
import sys
import textwrap
import urllib.parse
import xml.etree.ElementTree as ET

import botocore.loaders

# SigV4 signing name -> botocore's model name, where the two differ.
MODEL_OF_SIGNING_NAME = {"states": "stepfunctions", "monitoring": "cloudwatch",
                         "servicequotas": "service-quotas", "cloudcontrolapi": "cloudcontrol"}

LOADER = botocore.loaders.create_loader()
MAX_DEPTH = 12


class Model:
    def __init__(self, name):
        self.raw = LOADER.load_service_model(name, "service-2")
        self.name = name
        self.meta = self.raw["metadata"]
        # A model may name several protocols (CloudWatch: smithy-rpc-v2-cbor,
        # json, query): terrace speaks the query one where it is offered.
        protocols = self.meta.get("protocols", [self.meta["protocol"]])
        self.protocol = "query" if "query" in protocols else self.meta["protocol"]
        self.shapes = self.raw["shapes"]
        self.ops = self.raw["operations"]

    def input_shape(self, op):
        ref = self.ops[op].get("input")
        return self.shapes[ref["shape"]] if ref else {"type": "structure", "members": {}}


_models = {}


def model_for(signing_name):
    name = MODEL_OF_SIGNING_NAME.get(signing_name, signing_name)
    if name not in _models:
        try:
            _models[name] = Model(name)
        except Exception:  # no such model
            _models[name] = None
    return _models[name]


# Where a list element or map entry is numbered in a `where` ("[2]",
# "['k']"): a member's path leaves them out.
INDEX = re.compile(r"\[(?:\d+|'[^']*'|\"[^\"]*\")\]")


class Checker:
    def __init__(self, model, op):
        self.m, self.op, self.problems = model, op, []
        self.sent = set()  # the paths of the members this request holds (see saw)

    def saw(self, path, shape):
        """Record the member at path (dotted member names, a list's elements
        under the list's own name) when it holds a value: a string, number,
        blob, a list of them or a map; a structure or a list of structures
        is recorded by its members instead."""
        if shape["type"] == "list":
            shape = self.m.shapes[shape["member"]["shape"]]
        if shape["type"] != "structure":
            self.sent.add(INDEX.sub("", path))

    def bad(self, where, what):
        self.problems.append(f"{where or '(input)'}: {what}")

    # ---- values already in their types (json, rest-json bodies) ----

    def value(self, shape, v, where, depth=0):
        if depth > MAX_DEPTH:
            return
        t = shape["type"]
        if t == "structure":
            if not isinstance(v, dict):
                return self.bad(where, f"expected an object, got {type(v).__name__}")
            self.members(shape, v, where, depth)
        elif t == "list":
            if not isinstance(v, list):
                return self.bad(where, f"expected a list, got {type(v).__name__}")
            self.length(shape, len(v), where, "items")
            member = self.m.shapes[shape["member"]["shape"]]
            for i, item in enumerate(v):
                self.value(member, item, f"{where}[{i}]", depth + 1)
        elif t == "map":
            if not isinstance(v, dict):
                return self.bad(where, f"expected a map, got {type(v).__name__}")
            self.length(shape, len(v), where, "entries")
            ks, vs = self.m.shapes[shape["key"]["shape"]], self.m.shapes[shape["value"]["shape"]]
            for k, item in v.items():
                self.value(ks, k, f"{where} key {k!r}", depth + 1)
                self.value(vs, item, f"{where}[{k!r}]", depth + 1)
        else:
            self.scalar(shape, v, where)

    def members(self, shape, v, where, depth):
        members = shape.get("members", {})
        for k, item in v.items():
            if k not in members:
                self.bad(f"{where}.{k}" if where else k, "not a member of " + self.shape_name(shape))
                continue
            self.saw(f"{where}.{k}" if where else k, self.m.shapes[members[k]["shape"]])
            self.value(self.m.shapes[members[k]["shape"]], item,
                       f"{where}.{k}" if where else k, depth + 1)
        for k in shape.get("required", []):
            if k not in v:
                self.bad(f"{where}.{k}" if where else k, "required, missing")

    def shape_name(self, shape):
        for n, s in self.m.shapes.items():
            if s is shape:
                return n
        return "its shape"

    def length(self, shape, n, where, unit):
        if "min" in shape and n < shape["min"]:
            self.bad(where, f"{n} {unit}, fewer than the minimum {shape['min']}")
        if "max" in shape and n > shape["max"]:
            self.bad(where, f"{n} {unit}, more than the maximum {shape['max']}")

    def scalar(self, shape, v, where):
        t = shape["type"]
        if t == "string":
            if not isinstance(v, str):
                return self.bad(where, f"expected a string, got {type(v).__name__}")
            if "enum" in shape and v not in shape["enum"]:
                self.bad(where, f"{v!r} is not one of {', '.join(shape['enum'][:8])}")
            self.length(shape, len(v), where, "characters")
            pattern = shape.get("pattern")
            if pattern:
                try:
                    if not re.fullmatch(pattern, v, re.S):
                        self.bad(where, f"does not match the pattern {pattern}")
                except re.error:
                    pass  # a Java-only construct: not checkable here
        elif t in ("integer", "long"):
            if isinstance(v, bool) or not isinstance(v, int):
                return self.bad(where, f"expected an integer, got {v!r}")
            if "min" in shape and v < shape["min"]:
                self.bad(where, f"{v} is below the minimum {shape['min']}")
            if "max" in shape and v > shape["max"]:
                self.bad(where, f"{v} is above the maximum {shape['max']}")
        elif t in ("double", "float"):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                self.bad(where, f"expected a number, got {v!r}")
        elif t == "boolean":
            if not isinstance(v, bool):
                self.bad(where, f"expected a boolean, got {v!r}")
        elif t == "timestamp":
            if not isinstance(v, (int, float, str)):
                self.bad(where, f"expected a timestamp, got {v!r}")
        elif t == "blob":
            if not isinstance(v, str):
                self.bad(where, f"expected base64 text, got {type(v).__name__}")

    # ---- text values (query strings, headers, URI labels, XML) ----

    def text(self, shape, s, where):
        t = shape["type"]
        try:
            if t in ("integer", "long"):
                v = int(s)
            elif t in ("double", "float"):
                v = float(s)
            elif t == "boolean":
                if s not in ("true", "false"):
                    return self.bad(where, f"expected true or false, got {s!r}")
                v = s == "true"
            else:
                v = s
        except ValueError:
            return self.bad(where, f"expected a {t}, got {s!r}")
        if t in ("string", "integer", "long", "double", "float", "boolean"):
            self.scalar(shape, v, where)


# ---- query and ec2 protocols: flattened form parameters ----

def query_names(checker, shape, prefix, ec2, out, depth=0, paths=None, mprefix=""):
    """Fill out with name -> leaf shape for every parameter shape can take,
    numbered parts written as N, and paths (when given) with name -> the
    member's path (as Checker.saw records it)."""
    if depth > MAX_DEPTH:
        return
    m = checker.m
    for name, ref in shape.get("members", {}).items():
        ms = m.shapes[ref["shape"]]
        if ec2:
            wire = ref.get("queryName") or (ref.get("locationName", name)[:1].upper() +
                                           ref.get("locationName", name)[1:])
        else:
            wire = ref.get("locationName", name)
        query_value(checker, ms, f"{prefix}{wire}", ec2, out, depth, ref, paths, mprefix + name)


def query_value(checker, ms, key, ec2, out, depth, ref=None, paths=None, mpath=""):
    m = checker.m
    paths = {} if paths is None else paths
    t = ms["type"]
    if t == "structure":
        query_names(checker, ms, key + ".", ec2, out, depth + 1, paths, mpath + ".")
        out[key + "#struct"] = ms
    elif t == "list":
        member_ref = ms["member"]
        member = m.shapes[member_ref["shape"]]
        if ec2 or ms.get("flattened") or (ref or {}).get("flattened"):
            item = f"{key}.N"
        else:
            item = f"{key}.{member_ref.get('locationName', 'member')}.N"
        out[key + "#list"] = ms
        query_value(checker, member, item, ec2, out, depth + 1, None, paths, mpath)
    elif t == "map":
        entry = key + (".N" if ms.get("flattened") else ".entry.N")
        out[key + "#map"] = ms
        for part, loc in (("key", ms["key"]), ("value", ms["value"])):
            wire = f"{entry}.{loc.get('locationName', part)}"
            query_value(checker, m.shapes[loc["shape"]], wire, ec2, out, depth + 1)
            paths[wire] = mpath
    else:
        out[key] = ms
        paths[key] = mpath


def check_query(model, req):
    params = urllib.parse.parse_qs(req.get("body") or "", keep_blank_values=True)
    if req["method"] == "GET" or not params:
        params.update(urllib.parse.parse_qs(req["query"], keep_blank_values=True))
    flat = {k: v[0] for k, v in params.items()}
    op = flat.pop("Action", None)
    version = flat.pop("Version", None)
    if not op:
        return None, ["no Action parameter"], set()
    if op not in model.ops:
        return op, [f"{op} is not an operation of {model.name}"], set()
    c = Checker(model, op)
    if version != model.meta["apiVersion"]:
        c.bad("Version", f"{version!r}, the model's is {model.meta['apiVersion']!r}")
    names, paths = {}, {}
    shape = model.input_shape(op)
    query_names(c, shape, "", model.protocol == "ec2", names, 0, paths)
    # Only whole ".N" parts are numbers: the N of NatGatewayId.N is a name.
    patterns = [(re.compile("^" + r"\.".join(r"[1-9][0-9]*" if part == "N" else re.escape(part)
                                              for part in k.split(".")) + "$")
                 if ".N" in k else None, k, s) for k, s in names.items() if "#" not in k]
    seen_prefixes = set()
    for key, value in flat.items():
        leaf, path = names.get(key), paths.get(key)
        if leaf is None:
            for rx, k, s in patterns:
                if rx and rx.match(key):
                    leaf, path = s, paths.get(k)
                    break
        if leaf is None:
            c.bad(key, "not a parameter of " + (model.ops[op].get("input", {}).get("shape", op)))
            continue
        c.text(leaf, value, key)
        if path:
            c.sent.add(path)
        parts = key.split(".")
        for i in range(1, len(parts) + 1):
            seen_prefixes.add(".".join(parts[:i]))
    for req_name in shape.get("required", []):
        ref = shape["members"][req_name]
        wire = ref.get("locationName", req_name)
        if model.protocol == "ec2":
            wire = ref.get("queryName") or wire[:1].upper() + wire[1:]
        if wire not in seen_prefixes:
            c.bad(wire, "required, missing")
    return op, c.problems, c.sent


# ---- json protocol ----

def check_json(model, req):
    target = req.get("target", "")
    prefix, _, op = target.partition(".")
    if not op:
        return None, ["no X-Amz-Target header"], set()
    if prefix != model.meta.get("targetPrefix"):
        return op, [f"target prefix {prefix!r}, the model's is "
                    f"{model.meta.get('targetPrefix')!r}"], set()
    if op not in model.ops:
        return op, [f"{op} is not an operation of {model.name}"], set()
    try:
        body = json.loads(req.get("body") or "{}")
    except ValueError:
        return op, ["the body is not JSON"], set()
    c = Checker(model, op)
    c.value(model.input_shape(op), body, "")
    return op, c.problems, c.sent


# ---- rest-json and rest-xml: the operation from the method and the URI ----

@functools.lru_cache(maxsize=None)
def uri_matcher(request_uri):
    """The regex, label names and literal query of a model's request URI
    (made once per URI: the callers only read them)."""
    path, _, query = request_uri.partition("?")
    labels = []

    def label(m):
        name = m.group(1).replace("\\", "")  # re.escape wrote {Key+} as \{Key\+\}
        greedy = name.endswith("+")
        labels.append(name.rstrip("+"))
        return "(.+)" if greedy else "([^/]+)"
    rx = re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", label, re.escape(path)) + "/?$")
    literal = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return rx, labels, literal


def find_rest_op(model, req, path):
    query = urllib.parse.parse_qs(req["query"], keep_blank_values=True)
    best = None
    for op, spec in model.ops.items():
        http = spec["http"]
        if http["method"] != req["method"]:
            continue
        rx, labels, literal = uri_matcher(http["requestUri"])
        m = rx.match(path)
        if not m:
            continue
        if any(k not in query or (v and query[k][0] != v) for k, v in literal.items()):
            continue
        # Operations sharing a method and URI differ by the headers and query
        # parameters they require (S3's PutObject, CopyObject and UploadPart;
        # DeleteObject and AbortMultipartUpload), then by the query parameters
        # they take; a deprecated one (PutBucketLifecycle) loses a tie.
        shape = model.input_shape(op)
        members = shape.get("members", {})

        def sent(name):
            member = members[name]
            where = member.get("location")
            key = member.get("locationName", name)
            if where == "header":
                return key.lower() in req.get("headers", {})
            if where == "querystring":
                return key in query
            return True
        missing = sum(1 for r in shape.get("required", []) if not sent(r))
        taken = sum(1 for member in members.values()
                    if member.get("location") == "querystring" and
                    member.get("locationName") in query)
        score = (len(literal), -missing, taken, not spec.get("deprecated", False),
                 -sum(len(g) for g in m.groups()))
        if best is None or score > best[0]:
            best = (score, op, dict(zip(labels, m.groups())), literal)
    return best


def check_rest(model, req):
    path = req["path"]
    if model.protocol == "rest-xml" and model.name == "s3" and path.count("/") == 1 and path != "/":
        pass  # /bucket: the path-style form matches "/{Bucket}"
    found = find_rest_op(model, req, path)
    if not found:
        return (f"{req['method']} {path}?{req['query']}",
                ["no operation of the model has this method and URI"], set())
    _, op, labels, literal = found
    c = Checker(model, op)
    shape = model.input_shape(op)
    members = shape.get("members", {})
    query = urllib.parse.parse_qs(req["query"], keep_blank_values=True)
    given = set()
    for name, ref in members.items():
        loc, wire = ref.get("location"), ref.get("locationName", name)
        ms = model.shapes[ref["shape"]]
        if loc == "uri":
            if wire in labels:
                given.add(name)
                c.saw(name, ms)
                c.text(ms, urllib.parse.unquote(labels[wire]), name)
        elif loc == "querystring":
            if wire in query:
                given.add(name)
                c.saw(name, ms)
                if ms["type"] != "list":
                    c.text(ms, query[wire][0], name)
        elif loc == "header":
            v = req.get("headers", {}).get(wire.lower())
            if v is not None:
                given.add(name)
                c.saw(name, ms)
                if ms["type"] not in ("map", "list"):
                    c.text(ms, v, name)
    known_query = {ref.get("locationName", n) for n, ref in members.items()
                   if ref.get("location") == "querystring"} | set(literal)
    for k in query:
        if k not in known_query and not k.lower().startswith("x-amz-"):
            c.bad(k, f"not a query parameter of {op}")
    body_members = {n: r for n, r in members.items() if "location" not in r}
    payload = shape.get("payload")
    text = req.get("body")
    if text:
        if model.protocol == "rest-json" and not payload:
            try:
                body = json.loads(text)
            except ValueError:
                body = None
                c.bad("(body)", "not JSON")
            if isinstance(body, dict):
                c.members({"members": body_members, "required": [
                    r for r in shape.get("required", []) if r in body_members]}, body, "", 0)
                given.update(body.keys())
        elif model.protocol == "rest-xml" and payload and \
                model.shapes[members[payload]["shape"]]["type"] == "structure":
            given.add(payload)
            check_xml(c, model.shapes[members[payload]["shape"]], text, payload)
        elif model.protocol == "rest-xml" and not payload and body_members:
            # No payload (Route 53): the document is the input shape's own
            # members, under its locationName (ChangeResourceRecordSetsRequest).
            given.update(body_members)
            check_xml(c, {"type": "structure", "members": body_members, "required": [
                r for r in shape.get("required", []) if r in body_members]}, text, "")
        elif payload:
            given.add(payload)
            c.saw(payload, model.shapes[members[payload]["shape"]])
    for r in shape.get("required", []):
        if r not in given and r in members and members[r].get("location") != "uri":
            if members[r].get("location") or r == payload or model.protocol == "rest-xml":
                c.bad(r, "required, missing")
    return op, c.problems, c.sent


def check_xml(c, shape, text, where):
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return c.bad(where, "the body is not XML")
    xml_value(c, shape, root, where, 0, where)


def local(tag):
    return tag.rpartition("}")[2]


def joined(path, name):
    """A member's path under path ("" at a document's top)."""
    return f"{path}.{name}" if path else name


def xml_value(c, shape, el, where, depth, mpath):
    if depth > MAX_DEPTH:
        return
    t = shape["type"]
    if t == "structure":
        members = shape.get("members", {})
        by_wire = {r.get("locationName", n): (n, r) for n, r in members.items()}
        present = set()
        for child in el:
            name = local(child.tag)
            if name not in by_wire:
                c.bad(joined(where, name), "not an element of its shape")
                continue
            n, ref = by_wire[name]
            present.add(n)
            ms = c.m.shapes[ref["shape"]]
            c.saw(joined(mpath, n), ms)
            if ms["type"] == "list" and ms.get("flattened", ref.get("flattened")):
                xml_value(c, c.m.shapes[ms["member"]["shape"]], child, joined(where, name),
                          depth + 1, joined(mpath, n))
            else:
                xml_value(c, ms, child, joined(where, name), depth + 1, joined(mpath, n))
        for r in shape.get("required", []):
            if r not in present and not members[r].get("location") and \
                    not members[r].get("xmlAttribute"):
                ms = c.m.shapes[members[r]["shape"]]
                if not (ms["type"] == "list" and ms.get("flattened", members[r].get("flattened"))):
                    c.bad(joined(where, r), "required, missing")
    elif t == "list":
        member = c.m.shapes[shape["member"]["shape"]]
        for i, child in enumerate(el):
            xml_value(c, member, child, f"{where}[{i}]", depth + 1, mpath)
    elif t == "map":
        return
    else:
        c.text(shape, (el.text or "").strip() if t != "string" else (el.text or ""), where)


CHECKS = {"query": check_query, "ec2": check_query, "json": check_json,
          "rest-json": check_rest, "rest-xml": check_rest}


# Files whose operation names are answers waited out, not requests sent
# (provider/aws/transport/timing.c: the table of AWS's timing).
NOT_SENT = {"timing.c"}


def source_operations(folder, models):
    """Operations of the models seen that terrace's source names as a string."""
    text = "\n".join(p.read_text(errors="replace") for p in pathlib.Path(folder).rglob("*.c")
                     if p.name not in NOT_SENT)
    # Every string literal made of a name's characters, found once (a
    # search of the whole text per operation took ten seconds a run).
    strings = set(re.findall(r'"(?=([A-Za-z0-9_.]+)")', text))

    def named_in_text(name):
        if re.fullmatch(r"[A-Za-z0-9_.]+", name):
            return name in strings
        return f'"{name}"' in text

    named = collections.defaultdict(set)
    for model in models:
        for op in model.ops:
            if named_in_text(op) or named_in_text(f'{model.meta.get("targetPrefix", "")}.{op}'):
                named[model.name].add(op)
    return named


# Requests AWS would refuse, each with the violation the check must find:
# --self-test proves the check fails where it should.
SELF_TEST = [
    ({"scope": "us-east-1/iam", "method": "POST", "path": "/", "query": "",
      "body": "Action=CreateRole&Version=2010-05-08&RoleName=r"},
     "AssumeRolePolicyDocument: required, missing"),
    ({"scope": "us-east-1/iam", "method": "POST", "path": "/", "query": "",
      "body": "Action=CreateRole&Version=2010-05-08&RoleName=r&AssumeRolePolicyDocument=%7B%7D"
              "&Tags.member.1.Key=k&Tags.member.1.Vaule=v"},
     "Tags.member.1.Vaule: not a parameter"),
    ({"scope": "us-east-1/glue", "method": "POST", "path": "/", "query": "",
      "target": "AWSGlue.CreateJob",
      "body": json.dumps({"Name": "j", "Role": "r", "Command": {"Name": "glueetl"},
                          "WorkerType": "G.3X"})},
     "WorkerType: 'G.3X' is not one of"),
    ({"scope": "us-east-1/glue", "method": "POST", "path": "/", "query": "",
      "target": "AWSGlue.CreateDatabase", "body": json.dumps({"DatabaseInput": {"Nam": "d"}})},
     "DatabaseInput.Nam: not a member"),
    ({"scope": "us-east-1/lambda", "method": "POST", "path": "/2015-03-31/functions",
      "query": "", "body": json.dumps({"FunctionName": "f", "Role": "r", "Code": {},
                                       "Timeout": 0})},
     "Timeout: 0 is below the minimum 1"),
    ({"scope": "us-east-1/s3", "method": "PUT", "path": "/b", "query": "versioning=",
      "body": "<VersioningConfiguration><Status>On</Status></VersioningConfiguration>"},
     "'On' is not one of"),
    ({"scope": "us-east-1/ec2", "method": "POST", "path": "/", "query": "",
      "body": "Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0/16&InstanceTenancy=shared"},
     "InstanceTenancy: 'shared' is not one of"),
    # Cloud Control (signed as cloudcontrolapi, modelled as cloudcontrol):
    # terrace's type name where CloudFormation's belongs, a ClientToken
    # longer than AWS takes, an update without its patch.
    ({"scope": "us-east-1/cloudcontrolapi", "method": "POST", "path": "/", "query": "",
      "target": "CloudApiService.CreateResource",
      "body": json.dumps({"TypeName": "awscc.sqs.queue", "DesiredState": "{}"})},
     "TypeName: does not match the pattern"),
    ({"scope": "us-east-1/cloudcontrolapi", "method": "POST", "path": "/", "query": "",
      "target": "CloudApiService.CreateResource",
      "body": json.dumps({"TypeName": "AWS::SQS::Queue", "DesiredState": "{}",
                          "ClientToken": "t" * 129})},
     "ClientToken: 129 characters, more than the maximum 128"),
    ({"scope": "us-east-1/cloudcontrolapi", "method": "POST", "path": "/", "query": "",
      "target": "CloudApiService.UpdateResource",
      "body": json.dumps({"TypeName": "AWS::SQS::Queue", "Identifier": "q"})},
     "PatchDocument: required, missing"),
]


# Requests and the members --members must record of each: query lists of
# structures, nested JSON, URI labels (S3's greedy {Key+}) and XML payloads.
SELF_TEST_MEMBERS = [
    ({"scope": "us-east-1/iam", "method": "POST", "path": "/", "query": "",
      "body": "Action=CreateRole&Version=2010-05-08&RoleName=r&AssumeRolePolicyDocument=%7B%7D"
              "&Tags.member.1.Key=k&Tags.member.1.Value=v&Tags.member.2.Key=k2"},
     {"RoleName", "AssumeRolePolicyDocument", "Tags.Key", "Tags.Value"}),
    ({"scope": "us-east-1/glue", "method": "POST", "path": "/", "query": "",
      "target": "AWSGlue.CreateJob",
      "body": json.dumps({"Name": "j", "Role": "r", "Command": {"Name": "glueetl",
                                                                "ScriptLocation": "s3://b/k"},
                          "DefaultArguments": {"--a": "1"}, "Connections": {"Connections": ["c"]}})},
     {"Name", "Role", "Command.Name", "Command.ScriptLocation", "DefaultArguments",
      "Connections.Connections"}),
    ({"scope": "us-east-1/s3", "method": "PUT", "path": "/b/dir/k.py", "query": "",
      "headers": {"x-amz-tagging": "a=b"}, "body": "x"},
     {"Bucket", "Key", "Tagging", "Body"}),
    ({"scope": "us-east-1/s3", "method": "PUT", "path": "/b", "query": "tagging=",
      "body": "<Tagging><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>"},
     {"Bucket", "Tagging.TagSet.Key", "Tagging.TagSet.Value"}),
]


def self_test():
    failed = 0
    for i, (req, want) in enumerate(SELF_TEST, 1):
        model = model_for(req["scope"].partition("/")[2])
        op, problems, _ = CHECKS[model.protocol](model, req)
        found = any(want in p for p in problems)
        print(f"{'ok' if found else 'not ok'} {i} - contract self-test: {model.name} {op} "
              f"is refused ({want})")
        if not found:
            failed += 1
            for p in problems:
                print(f"#   found instead: {p}")
    for i, (req, want) in enumerate(SELF_TEST_MEMBERS, len(SELF_TEST) + 1):
        model = model_for(req["scope"].partition("/")[2])
        op, _, members = CHECKS[model.protocol](model, req)
        ok = members == want
        print(f"{'ok' if ok else 'not ok'} {i} - contract self-test: {model.name} {op} "
              f"sends {', '.join(sorted(want))}")
        if not ok:
            failed += 1
            print(f"#   recorded instead: {', '.join(sorted(members))}")
    # The operations the source names: as a string of its own, after
    # another string's closing quote, or as TARGETPREFIX.Operation; a longer
    # name holding one, an unquoted one or one in timing.c is not one.
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "a.c").write_text(
            'x("CreateRole"); y("ListRoles"DeleteRole"); "GetUser2"; GetGroup;\n'
            't = "AWSGlue.CreateJob";\n')
        pathlib.Path(folder, "timing.c").write_text('"TagRole"\n')
        got = source_operations(folder, [model_for("iam"), model_for("glue")])
        want = {"iam": {"CreateRole", "ListRoles", "DeleteRole"}, "glue": {"CreateJob"}}
        ok = dict(got) == want
        print(f"{'ok' if ok else 'not ok'} {len(SELF_TEST) + len(SELF_TEST_MEMBERS) + 1} - "
              f"contract self-test: the operations the source names")
        if not ok:
            failed += 1
            print(f"#   found instead: {dict(got)}")
    return 1 if failed else 0


# STS actions AWS accepts unsigned (no credentials exist yet), by Action.
UNSIGNED_STS_ACTIONS = ("AssumeRoleWithWebIdentity", "AssumeRoleWithSAML")


def unsigned_service(req):
    """The service of an unsigned request: only STS's unsigned actions have one."""
    action = urllib.parse.parse_qs(req.get("body", "")).get("Action", [""])[0]
    return "sts" if action in UNSIGNED_STS_ACTIONS else ""


MEMBERS_HEADER = """\
# tests/contract/members-sent.txt: GENERATED by tests/contract/check.py --members
# from the requests a run of the integration tests sent to moto; do not edit.
# One line per member of a request terrace sent: SERVICE OPERATION MEMBER,
# the member a dotted path of the models' member names (a list's elements
# under the list's name, a map as one member). `make members-sent
# REQUESTS=FOLDER` writes it again from a request log folder (see
# docs/testing.md); tests/contract/coverage.py (`make unit`) fails while one
# has neither a row of the constraints table nor a left-out line.
"""


def write_members(path, run, sent):
    lines = sorted(f"{service} {op} {member}" for (service, op), members in sent.items()
                   for member in members)
    with open(path, "w") as f:
        f.write(MEMBERS_HEADER + "".join(f"# {l}\n" for l in textwrap.wrap(run, 76, break_on_hyphens=False)))
        f.write("".join(l + "\n" for l in lines))


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    args = sys.argv[1:]
    members_out = run = None
    while args and args[0].startswith("--"):
        if args[0] == "--members" and len(args) > 1:
            members_out, args = args[1], args[2:]
        elif args[0] == "--run" and len(args) > 1:
            run, args = args[1], args[2:]
        else:
            sys.exit(f"check.py: unknown option {args[0]} (see the comment at the top)")
    if not args:
        sys.exit("usage: check.py [--members OUT [--run TEXT]] REQUEST_LOG_FOLDER [SOURCE_FOLDER]")
    folder = pathlib.Path(args[0])
    source = args[1] if len(args) > 1 else "provider"
    requests = []
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text().splitlines():
            if line.strip():
                requests.append(json.loads(line))
    if not requests:
        print("ok 1 - contract: no request was recorded (nothing to check)")
        return 0
    seen = collections.defaultdict(collections.Counter)
    violations = collections.defaultdict(collections.Counter)
    unknown_service = collections.Counter()
    sent = collections.defaultdict(set)
    for req in requests:
        service = req.get("scope", "").partition("/")[2] or unsigned_service(req)
        model = model_for(service) if service else None
        if model is None:
            unknown_service[service or "(unsigned)"] += 1
            continue
        op, problems, members = CHECKS[model.protocol](model, req)
        seen[model.name][op or "?"] += 1
        if op in model.ops:
            sent[(model.name, op)] |= members
        for p in problems:
            violations[(model.name, op or "?")][p] += 1
    n = 0
    failed = False
    for service in sorted(seen):
        n += 1
        bad = {k: v for k, v in violations.items() if k[0] == service}
        ops = sorted(seen[service])
        reqs = sum(seen[service].values())
        if bad:
            failed = True
            print(f"not ok {n} - contract {service}: {reqs} requests, {len(ops)} operations, "
                  f"{sum(sum(c.values()) for c in bad.values())} violations")
            for (_, op), problems in sorted(bad.items()):
                for p, count in problems.most_common():
                    print(f"#   {service} {op}: {p} ({count}x)")
        else:
            print(f"ok {n} - contract {service}: {reqs} requests, {len(ops)} operations "
                  f"({', '.join(ops)}), 0 violations")
    for service, count in unknown_service.items():
        n += 1
        failed = True
        print(f"not ok {n} - contract: {count} requests for {service!r}, which has no model")
    models = [m for m in _models.values() if m]
    named = source_operations(source, models)
    total_ops = sum(len(s) for s in seen.values())
    print(f"# contract: {len(requests)} requests, {total_ops} operations of "
          f"{len(seen)} services checked against botocore's models")
    for service in sorted(named):
        unseen = sorted(named[service] - set(seen.get(service, {})))
        if unseen:
            print(f"# not seen in this run ({service}): {', '.join(unseen)}")
    if members_out:
        write_members(members_out, run or f"from {len(requests)} requests in {folder}", sent)
        print(f"# wrote {members_out}: {sum(len(m) for m in sent.values())} members of "
              f"{len(sent)} operations")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
