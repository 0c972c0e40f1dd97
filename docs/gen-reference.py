#!/usr/bin/env python3
"""gen-reference.py: the generated parts of docs/, so they cannot drift.

Writes, between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`
markers, what terrace itself knows:
  - docs/providers/PROVIDER.md: the list of its resource types ("types
    PROVIDER"), the provider's configuration ("provider PROVIDER"), one
    attribute table per resource type ("TYPE"), and, for a provider with
    lookups (data: entries), their list ("lookups PROVIDER") and one table
    per lookup kind ("data TYPE"), from `terrace providers schema -json`;
  - docs/cli.md: each command's `terrace COMMAND -help` ("terrace COMMAND");
  - docs/real-aws.md: the least-privilege IAM actions of each aws resource
    type ("iam actions"), found in the C source (see iam_actions below);
  - docs/stack-language.md: the top-level keys ("top-level keys"), as the
    error for an unknown one lists them;
  - docs/labs-and-sweep.md: the types `terrace sweep` finds, by tag and by
    name ("sweep aws"), from the schema's "sweep" of each type.
Everything outside the markers is hand-written and left alone, but for
where the sections of a provider page stand: one per resource type
(`### `TYPE``, its hand-written notes, then its block) in types.def's order
(the schema's), under the page's reference heading, and one per lookup under
"## Lookups"; generating moves each section, notes and all, to its place,
and gives a type without a section a new one there. A command without a
block gets a new section at the end of its page.

--check also fails on the shape of a page: a marker without its pair, a
block or a type's section twice, a generated table row outside every block
(a merge's leftovers), a type's section out of types.def's order, under
"## Lookups", or holding another type's block. The first three are for a
person to mend (generating refuses the page until then); --self-test holds
each check on a made-up page.

Two hand-written tables are checked, not written (their descriptions are
prose): docs/cli.md's command table must have a row for every command of
`terrace help` and name each of its subcommands (those its completion
offers), and docs/stack-language.md's function table a row for every
function terrace knows and none for another. A difference is reported by
both modes, to be fixed by hand.

    docs/gen-reference.py [--terrace BIN] [--docs DIR] [--source DIR]  rewrite the pages
    docs/gen-reference.py --check [...]   change nothing; exit 1 naming every type,
                                          attribute and command that differs, and
                                          each problem of a page's shape (file:line)
    docs/gen-reference.py --self-test     the shape checks on a made-up page
    docs/gen-reference.py --permissions [--check]  write (check) only
                                          provider/aws/permissions.gen.c: the actions
                                          per type and phase `terrace plan -policy` uses
"""
import argparse
import difflib
import functools
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys

REGENERATE = "run `make docs` (docs/gen-reference.py) and commit docs/"
BLOCK = re.compile(r"<!-- generated: (.+?) -->\n(.*?)<!-- end generated: \1 -->\n", re.S)

FLAG_WORDS = [
    ("required", "required"), ("optional", "optional"), ("computed", "computed"),
    ("force_new", "forces replacement"), ("sensitive", "sensitive"),
    ("config_only", "not read back"),
]


def run(terrace, *args):
    return subprocess.run([terrace, *args], check=True, capture_output=True, text=True).stdout


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def type_text(a):
    t = a["type"]
    if "element_type" in a:
        t += " of " + a["element_type"]
    return t


def attribute_rows(attrs, prefix=""):
    """One table row per attribute; nested blocks as dotted names."""
    rows = []
    for name, a in attrs.items():
        flags = ", ".join(word for key, word in FLAG_WORDS if a.get(key))
        default = "`%s`" % json.dumps(a["default"]) if "default" in a else ""
        rows.append((prefix + name, "| `%s%s` | %s | %s | %s | %s |" % (
            prefix, name, type_text(a), flags, cell(default), cell(a.get("description", "")))))
        if "nested" in a:
            rows += attribute_rows(a["nested"], prefix + name + ".")
    return rows


def table(rows):
    head = ["| attribute | type | | default | description |", "|---|---|---|---|---|"]
    return "\n".join(head + [r for _, r in rows]) + "\n"


def resource_block(name, rt):
    text = ""
    if rt.get("description"):
        text += rt["description"][0].upper() + rt["description"][1:] + ".\n\n"
    if rt.get("not_importable"):
        text += "Not importable: %s.\n\n" % rt["not_importable"]
    elif rt.get("import_id"):
        text += "`terrace import` takes %s.\n\n" % rt["import_id"]
    return text + table(attribute_rows(rt["attributes"]))


def sweep_block(resources):
    """The types sweep finds by tag, then by name (the schema's "sweep"),
    sorted, linked to their sections of the provider page."""
    text = ""
    for how, what in (("by tag", "their `terrace:stack` tag"),
                      ("by name", "the lab's `name_prefix`, types terrace puts no tags on")):
        types = sorted(t for t, rt in resources.items() if rt.get("sweep") == how)
        text += "- **%s** (%s; %d types): %s.\n" % (how[0].upper() + how[1:], what, len(types), ", ".join(
            "[`%s`](providers/aws.md#%s)" % (t, re.sub(r"[^a-z0-9_-]", "", t)) for t in types))
    return text


def name_rules_block():
    """The aws types whose name a development environment prefixes, each
    with its attribute and the longest name it takes: the NAME_RULE of its
    provider/aws/types.def line (aws_name_rules), in types.def's order."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                    "provider", "aws", "gen"))
    import types_def
    rules = ["`%s` %s (%d)" % (t.name, t.name_attr, t.name_max)
             for t in types_def.types() if t.name_attr]
    return "".join("  %s%s\n" % (r, "," if i < len(rules) - 1 else ".") for i, r in enumerate(rules))


def type_list(resources, anchor_prefix=""):
    """One line per type, linking its section (GitHub's anchor of "### `a.b.c`",
    or of "### Lookup `a.b.c`" with anchor_prefix "lookup-")."""
    return "".join("- [`%s`](#%s%s): %s\n" % (t, anchor_prefix, re.sub(r"[^a-z0-9_-]", "", t),
                                              rt.get("description", ""))
                   for t, rt in resources.items())


# ---- IAM actions per aws resource type, from the source ----
#
# A type's actions are the API operations its code can send. terrace names
# every operation it sends in full, as a string literal (ec2_call(c,
# "CreateSubnet", ...)), so they are the literals found in:
#   - the type's definition (`const struct resource_type aws_ec2_subnet_type`
#     in the file its provider/aws/types.def line names) and its file's
#     macros and declarations;
#   - every function or initialised table that text names, in its own file
#     first, else a public one of any provider/aws file (the shared helpers:
#     ec2/api.c, glue/api.c, iam/api.c, tags.c, listing.c, rds/dbinstance.c, sweep.c,
#     transport/s3.c, ...), and what those name in turn, definition by
#     definition (two types of one file get only what each one reaches).
# A literal counts if botocore's model of the type's service (the word after
# "aws.", via BOTOCORE_NAME) has such an operation, so error codes, field
# names and other services' operations (STS's GetCallerIdentity, said once in
# the prose) drop out; so do literals that are only compared (strcmp), and
# the operations named in transport/timing.c's table and in the paginators'
# (NOT_SENT), which every call reaches and which name the answers it waits
# out and the operations botocore pages, not what it sends. The
# IAM action is the operation with the service's prefix, except for the S3
# operations of S3_ACTIONS, whose actions AWS names otherwise ("Required
# permissions for Amazon S3 API operations", S3 user guide).

IAM_BLOCK = "iam actions"
NOT_SENT = {os.path.join("transport", "timing.c"), os.path.join("transport", "paginators.gen.c")}
SOURCE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "provider", "aws")


def _services():
    """The rows of provider/aws/transport/services.def (gen_services.py reads them)."""
    path = os.path.join(SOURCE, "gen", "gen_services.py")
    spec = importlib.util.spec_from_file_location("gen_services", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.read_services()


# terrace's service word (a row's name in services.def) -> botocore's data
# directory, and -> the IAM action prefix (default: the word itself)
BOTOCORE_NAME = {row["name"]: row["botocore"] for row in _services()}
IAM_PREFIX = {row["name"]: row["iam_prefix"] for row in _services()}
S3_ACTIONS = {
    "HeadBucket": ["ListBucket"], "ListObjects": ["ListBucket"], "ListObjectsV2": ["ListBucket"],
    "ListBuckets": ["ListAllMyBuckets"], "ListObjectVersions": ["ListBucketVersions"],
    "ListMultipartUploads": ["ListBucketMultipartUploads"],
    "HeadObject": ["GetObject"], "CopyObject": ["GetObject", "PutObject"],
    "CreateMultipartUpload": ["PutObject"], "UploadPart": ["PutObject"],
    "CompleteMultipartUpload": ["PutObject"],
    # terrace's bulk deletes (force_destroy) name object versions
    "DeleteObjects": ["DeleteObject", "DeleteObjectVersion"],
    "GetBucketEncryption": ["GetEncryptionConfiguration"],
    "PutBucketEncryption": ["PutEncryptionConfiguration"],
    "DeleteBucketEncryption": ["PutEncryptionConfiguration"],
    "GetBucketLifecycleConfiguration": ["GetLifecycleConfiguration"],
    "PutBucketLifecycleConfiguration": ["PutLifecycleConfiguration"],
    "DeleteBucketLifecycle": ["PutLifecycleConfiguration"],
    "DeleteBucketTagging": ["PutBucketTagging"],
    "GetPublicAccessBlock": ["GetBucketPublicAccessBlock"],
    "PutPublicAccessBlock": ["PutBucketPublicAccessBlock"],
    "DeletePublicAccessBlock": ["PutBucketPublicAccessBlock"],
    "GetBucketNotificationConfiguration": ["GetBucketNotification"],
    "PutBucketNotificationConfiguration": ["PutBucketNotification"],
}
# Operations whose IAM action has another name, per service: S3's above;
# Lambda's Invoke is allowed by lambda:InvokeFunction.
ACTIONS = {"s3": S3_ACTIONS, "lambda": {"Invoke": ["InvokeFunction"]}}
# Types that hand a role to a service (iam:PassRole on it), by the attributes
# that name the role. An attribute missing from the schema is an error, so a
# rename cannot leave a stale row; a new type that passes a role needs a line.
PASSES_ROLE = {
    "aws.scheduler.schedule": "target.role_arn",
    "aws.events.rule": "role_arn, targets.role_arn",
    "aws.sfn.state_machine": "role_arn",
    "aws.glue.job": "role",
    "aws.glue.crawler": "role",
    "aws.lambda.function": "role",
    "aws.redshift.cluster": "iam_roles",
    "aws.iam.instance_profile": "role",   # AddRoleToInstanceProfile
    "aws.ec2.instance": "iam_instance_profile",   # RunInstances/AssociateIamInstanceProfile pass its role
    "aws.ecs.task_definition": "execution_role_arn, task_role_arn",
    "aws.codebuild.project": "service_role",
}

C_TOKENS = re.compile(r"'(?:\\.|[^'\\\n])+'|" r'"(?:\\.|[^"\\\n])*"|/\*.*?\*/|//[^\n]*', re.S)
C_FUNCTION = re.compile(r"(?m)^(?:[A-Za-z_][\w \t*]*\n)?[A-Za-z_][\w \t*]*?\b(?P<name>\w+)\([^;{}]*\)\s*\n\{")
C_VARIABLE = re.compile(r"(?m)^[A-Za-z_][\w \t*]*?\b(?P<name>\w+)(?:\[\w*\])?\s*=\s*\{")
C_COMPARED = re.compile(r'\bstrn?cmp\s*\([^;"()]*"[^"]*"')
C_LITERAL = re.compile(r'"([A-Z][A-Za-z0-9]+)"')


def c_source(path):
    """The file's text with comments and character constants blanked, string literals kept."""
    text = open(path).read()
    return C_TOKENS.sub(lambda m: m.group(0) if m.group(0)[0] == '"' else "' '" if m.group(0)[0] == "'"
                        else re.sub(r"[^\n]", " ", m.group(0)), text)


def c_names(text):
    """The identifiers named outside string literals."""
    return set(re.findall(r"\b[A-Za-z_]\w*\b", re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)))


def c_block_end(text, start):
    """The index just past the brace block that opens at text[start]."""
    depth = 0
    for m in re.compile(r'"(?:\\.|[^"\\\n])*"|[{}]').finditer(text, start):
        if m.group(0) == "{":
            depth += 1
        elif m.group(0) == "}":
            depth -= 1
            if depth == 0:
                return m.end()
    return len(text)


def c_definitions(path):
    """({name: (static, text)} of the functions and the initialised variables
    (`const struct aws_json_tagging glue_tagging = {...};`) the file defines,
    and the rest of the file: macros, declarations)."""
    text = c_source(path)
    out, spans = {}, []
    for m in list(C_FUNCTION.finditer(text)) + list(C_VARIABLE.finditer(text)):
        if any(a <= m.start() < b for a, b in spans):
            continue
        end = c_block_end(text, m.end() - 1)
        spans.append((m.start(), end))
        head = m.group(0).split(m.group("name"))[0]
        out.setdefault(m.group("name"), ("static" in head, text[m.start():end]))
    rest = "".join(text[a:b] for a, b in zip([0] + [e for _, e in sorted(spans)],
                                             [s for s, _ in sorted(spans)] + [len(text)]))
    return out, rest


def c_operations(text):
    """The literals that may name an operation: not those compared with
    strcmp (`!strcmp(req->operation, "CreateBucket")` tests, it sends nothing)."""
    return set(C_LITERAL.findall(C_COMPARED.sub("", text)))


@functools.lru_cache(maxsize=None)
def botocore_operations(service):
    """The operation names of botocore's model of the service (its loader
    reads service-2.json or .json.gz, newest API version), read once per
    service: every type and phase asks again (289 reads of 20 models took
    most of `--permissions --check`'s time)."""
    import botocore.exceptions
    import botocore.loaders
    try:
        model = botocore.loaders.Loader().load_service_model(BOTOCORE_NAME.get(service, service), "service-2")
    except botocore.exceptions.DataNotFoundError:
        raise SystemExit("gen-reference.py: botocore has no model for service %r; add its row to provider/aws/transport/services.def" % service)
    return frozenset(model["operations"])


def attribute_names(attrs, prefix=""):
    for name, a in attrs.items():
        yield prefix + name
        if "nested" in a:
            yield from attribute_names(a["nested"], prefix + name + ".")


def iam_actions(resource_schemas, source=SOURCE):
    """{type: sorted IAM actions} for every aws type of the schema."""
    files, defs, rest, public = source_definitions(source)
    actions = {}
    for tname, rt in resource_schemas.items():
        symbol = type_symbol(tname)
        own = type_file(files, defs, source, tname, symbol)
        # from the type's definition and its file's macros, every definition
        # it names (its own file's first, else another file's public one)
        acts = operation_actions(tname, reached_operations(defs, public, own, [symbol], rest[own]))
        passes = PASSES_ROLE.get(tname, "")
        missing = [a for a in passes.split(", ") if a and a not in set(attribute_names(rt["attributes"]))]
        if missing:
            raise SystemExit("gen-reference.py: PASSES_ROLE names %s.%s, which the schema does not have"
                             % (tname, missing[0]))
        actions[tname] = sorted(acts) + (["iam:PassRole"] if passes else [])
    return actions


def source_definitions(source):
    """(types.def's {symbol: file}, {path: definitions}, {path: rest},
    {public name: path}) of the aws provider's C source."""
    files = {}
    for m in re.finditer(r"^RESOURCE_TYPE\((\w+),(?:[^\n]|\n\t)*?\)\s*/\*\s*(\S+\.c)\s*\*/$",
                         open(os.path.join(source, "types.def")).read(), re.M):
        files[m.group(1)] = m.group(2)
    defs, rest = {}, {}
    for path in sorted(glob.glob(os.path.join(source, "**", "*.c"), recursive=True)):
        if os.path.relpath(path, source) in NOT_SENT:
            continue
        defs[path], rest[path] = c_definitions(path)
    public = {name: path for path, ds in defs.items() for name, (static, _) in ds.items() if not static}
    return files, defs, rest, public


def type_symbol(tname):
    return "aws_" + tname.split(".", 1)[1].replace(".", "_") + "_type"


def type_file(files, defs, source, tname, symbol):
    own = os.path.join(source, files.get(symbol, "?"))
    if symbol not in defs.get(own, {}):
        raise SystemExit("gen-reference.py: %s: no `RESOURCE_TYPE(%s) /* FILE.c */` line in %s, "
                         "or FILE.c does not define %s" % (tname, symbol, os.path.join(source, "types.def"), symbol))
    return own


def reached_operations(defs, public, own, names, extra=""):
    """The operation names of the definitions `names` (of file `own`) and of
    every definition they name in turn, its own file's first, else another
    file's public one, with the text `extra` (a file's macros). A table's
    designated member naming an operation (`.create_action = "CreateCluster"`
    in a descriptor many entry points share) counts only when a function
    reached reads that member (`kind->create_action`)."""
    functions, tables = extra, []
    seen, todo = set(), [n if isinstance(n, tuple) else (own, n) for n in names]
    while todo:
        path, name = todo.pop()
        where = path if name in defs[path] else public.get(name)
        if where is None or (where, name) in seen:
            continue
        seen.add((where, name))
        body = defs[where][name][1]
        if re.match(r"[^(;{]*=\s*\{", body):
            tables.append(body)
        else:
            functions += body
        todo += [(where, n) for n in c_names(body)]
    ops = c_operations(functions)
    for body in tables:
        ops |= c_operations(re.sub(
            r'\.(\w+)\s*=\s*"[A-Z][A-Za-z0-9]+"',
            lambda m: m.group(0) if re.search(r"(?:->|\.)\s*%s\b" % m.group(1), functions) else "",
            body))
    # another type's entry points reached (an IAM user's credentials secret
    # is made by aws_secretsmanager_secret_type's): its service's operations
    # count too
    services = set()
    for _, name in seen:
        m = re.match(r"aws_([a-z0-9]+)_\w+_type$", name)
        if m:
            services.add(m.group(1))
    return ops, services


def operation_actions(tname, reached):
    """The IAM actions of the operation names that the type's service has, or
    the service of another type whose entry points it reached;
    reached = (operation names, those services)."""
    ops, others = reached
    acts = set()
    for service in {tname.split(".")[1]} | others:
        prefix = IAM_PREFIX.get(service, service)
        for op in ops & botocore_operations(service):
            for a in ACTIONS.get(service, {}).get(op, [op]):
                acts.add(prefix + ":" + a)
    return acts


# ---- The same actions by phase, for `terrace plan -policy` ----
#
# provider/aws/permissions.gen.c holds, per aws type, the actions of each of
# its entry points (the struct resource_type members below), traced as
# above from that function alone: what a plan's refresh reads (read,
# read_many), what a create, an update or a delete sends (delete: also
# find_made, which a destroy after an interrupted create calls), what
# `terrace run` and `terrace sweep` send. The operations the type's file
# names outside any definition (macros) are not tied to one entry point: they
# count for every phase. PASSES_ROLE's attributes go with it. The lookups of
# lookups.def (`data:` entries) have one phase, read, under "data:KIND".
PHASES = [("read", ["read", "read_many", "read_many_scope"]), ("create", ["create", "plan_desired", "config_id"]),
          ("update", ["update"]), ("delete", ["delete", "find_made"]), ("run", ["run"]), ("list", ["list"])]
PERMISSIONS_C = os.path.join(SOURCE, "permissions.gen.c")


def phase_actions(source=SOURCE):
    """{type: {phase: sorted actions}} for every aws type of types.def."""
    files, defs, rest, public = source_definitions(source)
    out = {}
    for symbol, fname in sorted(files.items()):
        own = os.path.join(source, fname)
        if symbol not in defs.get(own, {}):
            raise SystemExit("gen-reference.py: %s does not define %s (types.def)" % (own, symbol))
        body = defs[own][symbol][1]
        m = re.search(r'\.name\s*=\s*(?:"([^"]+)"|(\w+))', body)
        tname = m.group(1) or re.search(r'#define\s+%s\s+"([^"]+)"' % m.group(2), rest[own]).group(1)
        macros = operation_actions(tname, (c_operations(rest[own]), set()))
        # a type whose entry points a shared table gives (.typed), reading
        # the type's own descriptor (.data): that table's members, with it
        typed = re.search(r"\.typed\s*=\s*&?\s*(\w+)", body)
        data = re.search(r"\.data\s*=\s*&?\s*(\w+)", body)
        tfile = public.get(typed.group(1)) if typed else None
        tbody = defs[tfile][typed.group(1)][1] if tfile else ""
        # a type on the create/update contract (.native, adopt.h): its create
        # and update are the driver's, which runs what its table declares:
        # a create all of it, an update its settle_update, read and
        # converge (or converge_prior, the converge given the update's prior)
        native = re.search(r"\.native\s*=\s*&?\s*(\w+)", body)
        nbody = defs[own][native.group(1)][1] if native else ""
        declared = dict(re.findall(r"\.(\w+)\s*=\s*&?\s*([a-z_]\w*)\s*[,}]", nbody))
        # a create converges only when it can adopt (a policy but the
        # service's token, overwrite and new revision) or its send leaves
        # some out, and reads back unless its send gives what it stores
        # (sent->out)
        send = defs[own].get(declared.get("send_create"), (False, ""))[1]
        adopts = not re.search(r"AWS_ADOPT_BY_(SERVICE_TOKEN|OVERWRITE|NEW_REVISION)", nbody)
        skip = set()
        if not adopts and "left_out" not in send:
            skip.update(("converge", "converge_prior"))
            if "sent->out" in send:
                skip.add("read")
        contract = {"create": sorted({f for k, f in declared.items() if k not in skip}),
                    "update": [declared[k] for k in ("settle_update", "read", "converge",
                                                    "converge_prior") if k in declared]}
        phases = {}
        for phase, members in PHASES:
            roots = []
            for member in members:
                m = re.search(r"\.%s\s*=\s*&?\s*(\w+)" % member, body)
                t = re.search(r"\.%s\s*=\s*&?\s*(\w+)" % member, tbody)
                if native and member in contract:
                    roots += contract[member]
                elif m:
                    roots.append(m.group(1))
                elif t:
                    roots.append((tfile, t.group(1)))
            if roots and data and any(isinstance(r, tuple) for r in roots):
                roots.append(data.group(1))
            acts = operation_actions(tname, reached_operations(defs, public, own, roots)) if roots else set()
            phases[phase] = sorted(acts | (macros if roots else set()))
        out[tname] = phases
    # The awscc types (cloudcontrol/): one row for all of them, "awscc.*",
    # traced from their functions' table as a written type's from its
    # definition: Cloud Control's own actions, whose IAM prefix is
    # cloudformation. What each type's handlers need besides is in the
    # registry's schema, which terrace's copy lacks (permissions.c says so).
    own = os.path.join(source, AWSCC_TABLE[0])
    if AWSCC_TABLE[1] not in defs.get(own, {}):
        raise SystemExit("gen-reference.py: %s does not define %s" % (own, AWSCC_TABLE[1]))
    body = defs[own][AWSCC_TABLE[1]][1]
    phases = {}
    for phase, members in PHASES:
        roots = [m.group(1) for m in (re.search(r"\.%s\s*=\s*&?\s*(\w+)" % member, body)
                                      for member in members) if m]
        acts = operation_actions("aws.cloudcontrol.resource",
                                 reached_operations(defs, public, own, roots)) if roots else set()
        phases[phase] = sorted(acts)
    out["awscc.*"] = phases
    # lookups (data: entries): what their read sends, as "data:KIND" rows
    lookups = open(os.path.join(source, "lookups.def")).read()
    for m in re.finditer(r"LOOKUP_TYPE\((\w+)\)\s*/\*\s*(\S+)\s*\*/", lookups):
        symbol, own = m.group(1), os.path.join(source, m.group(2))
        if symbol not in defs.get(own, {}):
            raise SystemExit("gen-reference.py: %s does not define %s (lookups.def)" % (own, symbol))
        body = defs[own][symbol][1]
        n = re.search(r'\.name\s*=\s*(?:"([^"]+)"|(\w+))', body)
        kind = n.group(1) or re.search(r'#define\s+%s\s+"([^"]+)"' % n.group(2), rest[own]).group(1)
        service = LOOKUP_SERVICE.get(kind, kind.split(".")[1])
        r = re.search(r"\.read\s*=\s*&?\s*(\w+)", body)
        # not the credential chain's own STS calls, which the role's trust
        # policy allows, not the caller's identity policy
        acts = operation_actions("aws.%s.lookup" % service,
                                 reached_operations(defs, public, own, [r.group(1)], rest[own])) - \
            {"sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"}
        out["data:" + kind] = {phase: sorted(acts) if phase == "read" else [] for phase, _ in PHASES}
    return out


# Where the awscc types' functions are: (file, the table's name).
AWSCC_TABLE = (os.path.join("cloudcontrol", "types.c"), "cc_type_functions")

# The service of a lookup kind whose name does not say it.
LOOKUP_SERVICE = {"aws.availability_zones": "ec2", "aws.caller_identity": "sts"}


def permissions_c(source=SOURCE):
    lines = ["/*",
             " * permissions.gen.c: GENERATED by docs/gen-reference.py --permissions from the",
             " * aws provider's C source (the operations each entry point of each type can",
             " * send) and botocore's service models; do not edit. `make permissions`",
             " * writes it again; `make unit` fails while it differs from the source.",
             " */",
             '#include "provider/aws/permissions.h"',
             "",
             "const struct aws_permission_row aws_permission_rows[] = {"]
    for tname, phases in sorted(phase_actions(source).items()):
        for phase, _ in PHASES:
            if phases[phase]:
                lines.append('\t{ "%s", AWS_PHASE_%s, "%s" },' % (tname, phase.upper(), " ".join(phases[phase])))
    lines += ["\t{ NULL, 0, NULL }", "};", "",
              "const struct aws_role_passing aws_role_passing[] = {"]
    for tname, attrs in sorted(PASSES_ROLE.items()):
        lines.append('\t{ "%s", "%s" },' % (tname, attrs))
    lines += ["\t{ NULL, NULL }", "};", ""]
    return "\n".join(lines)


def iam_block(resource_schemas, source=SOURCE):
    """[(type, table row)], types in alphabetical order."""
    rows = []
    for tname, acts in sorted(iam_actions(resource_schemas, source).items()):
        cells = ["`%s`" % a for a in acts]
        if tname in PASSES_ROLE:
            cells[-1] += " (on %s)" % ", ".join("`%s`" % a for a in PASSES_ROLE[tname].split(", "))
        rows.append((tname, "| `%s` | %s |" % (tname, ", ".join(cells))))
    return rows


def lookup_block(lt):
    text = ""
    if lt.get("description"):
        text += lt["description"][0].upper() + lt["description"][1:] + ".\n\n"
    return text + table(attribute_rows(lt["attributes"]))


def service_index(resource_schemas):
    """The types made at run time, a table row per service: each type by
    its last part, linked to nothing (`terrace providers schema TYPE`
    prints one)."""
    services = {}
    for tname in sorted(resource_schemas):
        parts = tname.split(".")
        services.setdefault(parts[1], []).append(parts[2])
    return ("%d types in %d services; `terrace providers schema awscc.SERVICE.TYPE` prints one.\n\n"
            % (len(resource_schemas), len(services)) +
            "| service | types (`awscc.SERVICE.TYPE`) |\n|---|---|\n" +
            "".join("| `%s` | %s |\n" % (svc, ", ".join("`%s`" % t for t in types))
                    for svc, types in sorted(services.items())))


def same_name_counterparts(written, made):
    """The written aws types whose awscc type has their name after the
    prefix (aws.sqs.queue, awscc.sqs.queue), as a sentence's list; the
    others are the table below it, written by hand (t0946 holds both)."""
    names = ["`%s`" % n for n in sorted(written) if "awscc." + n[4:] in made]
    lines, line = [], ""
    for i, n in enumerate(names):
        word = n + ("." if i == len(names) - 1 else ",")
        if line and len(line) + 1 + len(word) > 90:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word) if line else word
    return "\n".join(lines + [line]) + "\n"


def command_block(help_text):
    return "```\n" + help_text.rstrip("\n") + "\n```\n"


def expected_pages(terrace, docs, source=SOURCE):
    """{page path: [(block name, heading, generated text, rows or None)]}."""
    schema = json.loads(run(terrace, "providers", "schema", "-json", "-written"))
    pages = {}
    # the awscc types: an index by service on the page written by hand, from
    # the list of types (`providers schema -json -written` leaves them out)
    made = {}
    for t in json.loads(run(terrace, "providers", "-json"))["types"]:
        if t["provider"] not in schema["provider_schemas"]:
            made.setdefault(t["provider"], {})[t["name"]] = None
    for pname, names in made.items():
        pages[os.path.join(docs, "providers", pname + ".md")] = [
            ("index " + pname, "## Index of the types by service", service_index(names), None)]
    written = schema["provider_schemas"]["aws"]["resource_schemas"]
    pages[os.path.join(docs, "providers", "awscc.md")].insert(0, (
        "native counterparts", "## Written types first",
        same_name_counterparts(written, made.get("awscc", {})), None))
    for pname, p in schema["provider_schemas"].items():
        blocks = [("types " + pname, "## Resource types", type_list(p["resource_schemas"]), None),
                  ("provider " + pname, "## Provider configuration",
                   table(attribute_rows(p["provider"]["attributes"])),
                   attribute_rows(p["provider"]["attributes"]))]
        for tname, rt in p["resource_schemas"].items():
            blocks.append((tname, "### `%s`" % tname, resource_block(tname, rt),
                           attribute_rows(rt["attributes"])))
        lookups = p.get("data_source_schemas", {})
        if lookups:
            blocks.append(("lookups " + pname, "## Lookups", type_list(lookups, "lookup-"), None))
        for tname, lt in lookups.items():
            blocks.append(("data " + tname, "### Lookup `%s`" % tname, lookup_block(lt),
                           attribute_rows(lt["attributes"])))
        pages[os.path.join(docs, "providers", pname + ".md")] = blocks
    commands = [("terrace " + name, "### `terrace %s`" % name,
                 command_block(run(terrace, name, "-help")), None)
                for name in command_names(terrace)]
    pages[os.path.join(docs, "cli.md")] = commands
    rows = iam_block(schema["provider_schemas"]["aws"]["resource_schemas"], source)
    keys = "".join(("" if i == 0 else " and " if i == len(top) - 1 else ", ") + "`%s`" % k
                   for top in [top_level_keys(terrace)] for i, k in enumerate(top)) + "\n"
    pages[os.path.join(docs, "stack-language.md")] = [
        ("top-level keys", "## Top-level keys", keys, None),
        ("name rules aws", "## Environments", name_rules_block(), None)]
    pages[os.path.join(docs, "labs-and-sweep.md")] = [
        ("sweep aws", "## Sweep", sweep_block(schema["provider_schemas"]["aws"]["resource_schemas"]),
         None)]
    pages[os.path.join(docs, "real-aws.md")] = [
        (IAM_BLOCK, "## Least-privilege IAM policy per resource type",
         "| Resource type | Actions |\n|---|---|\n" + "".join(r + "\n" for _, r in rows), rows)]
    pages[os.path.join(docs, "coverage.md")] = coverage_blocks()
    pages[os.path.join(docs, "adding-a-resource-type.md")] = [
        ("example type", "## The complete change that adds `aws.glue.database`",
         example_type_block(source), None)]
    return pages


# ---- docs/coverage.md: what terrace sends and which checks it gets ----
#
# From tests/contract/coverage.py (which `make unit` runs with --check): every
# member of tests/contract/members-sent.txt (what the suite sent) and of
# members-code.txt (what the code can send, found by members_code.py), resolved to the attribute it
# comes from and the rows of the one table of checks, or left out with the
# reason. A block of totals, then a block per service.

def coverage_module():
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "tests", "contract", "coverage.py")
    spec = importlib.util.spec_from_file_location("coverage_of_members", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


READ_OPERATIONS = ("Get", "Describe", "List", "Head", "Delete")


def share(part, whole):
    return "%d%%" % round(100.0 * part / whole) if whole else "-"


def coverage_blocks():
    """[(block name, heading, text, None)] of docs/coverage.md."""
    cov = coverage_module()
    members, _problems = cov.resolve()
    totals = cov.totals(members)
    # what reads, lists and deletes send names what terrace made or its own
    # filters: the share of the rest says how much of what it creates with is held
    rest = {}
    for svc, op, _m, _a, checks, _r in members:
        if not op.startswith(READ_OPERATIONS):
            n_c = rest.setdefault(svc, [0, 0])
            n_c[0] += 1
            n_c[1] += bool(checks)
    head = ("| service | members sent | of them, from the code only | checked | left out | share checked "
            "| sent, reads, lists and deletes aside | share of those checked |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|\n")
    rows = "".join("| %s | %d | %d | %d | %d | %s | %d | %s |\n" % (
        s, n, k, c, l, share(c, n), rest.get(s, [0, 0])[0], share(rest.get(s, [0, 0])[1], rest.get(s, [0, 0])[0]))
        for s, (n, c, l, k) in totals.items())
    n, c, l, k = (sum(t[i] for t in totals.values()) for i in range(4))
    rn, rc = (sum(v[i] for v in rest.values()) for i in range(2))
    rows += "| **all** | **%d** | **%d** | **%d** | **%d** | **%s** | **%d** | **%s** |\n" % (
        n, k, c, l, share(c, n), rn, share(rc, rn))
    blocks = [("coverage totals", "## Totals", head + rows, None)]
    reasons = {}
    for _s, _o, _m, _a, checks, reason in members:
        if not checks and reason:
            reasons[reason] = reasons.get(reason, 0) + 1
    blocks.append(("coverage reasons", "## Left out, by reason",
                   "| members | reason |\n|---:|---|\n" +
                   "".join("| %d | %s |\n" % (k, cell(r))
                           for r, k in sorted(reasons.items(), key=lambda x: (-x[1], x[0]))), None))
    for service in totals:
        lines = ["| type.attribute | operation | member | checks, or why none |", "|---|---|---|---|"]
        for svc, op, member, attrs, checks, reason in members:
            if svc != service:
                continue
            where = ", ".join("`%s.%s`" % (t, a) if a else "`%s` (whole)" % t for t, a in attrs) or "-"
            what = "; ".join(checks) if checks else "left out: " + reason
            code = " (code)" if cov.ORIGIN.get((svc, op, member)) == "code" else ""
            lines.append("| %s | %s | `%s`%s | %s |" % (where, op, member, code, cell(what)))
        blocks.append(("coverage " + service, "## %s" % service, "\n".join(lines) + "\n", None))
    return blocks


def example_type_block(source, name="glue/database", type_name="aws.glue.database"):
    """The worked example of adding a type, from the source as it is: its
    types.def line, its constraints.map lines, its rows of the written
    table, and the whole file."""
    def lines_with(path, needle):
        with open(os.path.join(source, path)) as f:
            return [l.rstrip("\n") for l in f if needle in l]
    with open(os.path.join(source, "types.def")) as f:  # its line, over two
        line = re.search(r"^RESOURCE_TYPE\(\w+, \"%s\"(?:[^\n]|\n\t)*?\*/$" % re.escape(type_name),
                         f.read(), re.M)
    parts = ["`provider/aws/types.def` (its twin, name rule and ARNs):\n\n```c", line.group(0), "```\n"]
    parts += ["`provider/aws/checks/constraints.map` (then `make constraints`):\n\n```"]
    parts += lines_with("checks/constraints.map", type_name + " ") + ["```\n"]
    # its service's rows (its name's limit is its types.def line's)
    rules = name.split("/")[0] + "/rules.c"
    found = False
    for path in (rules,):
        rows = lines_with(path, '"%s"' % type_name) if os.path.exists(os.path.join(source, path)) else []
        if rows:
            parts += ["`provider/aws/%s`:\n\n```c" % path] + rows + ["```\n"]
            found = True
    if not found:
        parts += ["`provider/aws/%s`: no row (the models' constraints are all AWS documents for it).\n"
                  % rules]
    with open(os.path.join(source, name + ".c")) as f:
        parts += ["`provider/aws/%s.c`:\n\n```c\n%s```" % (name, f.read())]
    return "\n".join(parts) + "\n"


def validate_detail(terrace, stack_text, prefix):
    """The text after `prefix` in the hint `terrace validate` prints for
    stack_text: how the binary itself lists its top-level keys or functions."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "probe.yaml")
        with open(path, "w") as f:
            f.write(stack_text)
        err = subprocess.run([terrace, "validate", "-no-color", "-stack", path],
                             capture_output=True, text=True).stderr
    for line in err.splitlines():
        if line.strip().startswith(prefix):
            return line.strip()[len(prefix):].strip()
    raise SystemExit("terrace validate printed no \"%s\" hint:\n%s" % (prefix, err))


def word_list(text):
    """"a, b and c" -> [a, b, c]"""
    return [w for w in re.split(r", | and ", text) if w]


def top_level_keys(terrace):
    return word_list(validate_detail(terrace, "stack: probe\nqqqqqqqqqqqq: 1\n",
                                     "the top-level keys are"))


def function_names(terrace):
    stack = 'stack: probe\noutputs:\n  x: ${qqqqqqqqqqqq("a")}\n'
    return word_list(validate_detail(terrace, stack, "the functions are"))


def command_names(terrace):
    listing = run(terrace, "help").split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    return [m.group(1) for m in (re.match(r"  (\S+)\s", l) for l in listing.splitlines()) if m]


def hand_written_checks(terrace, docs):
    """Problems of the hand-written tables checked against the binary."""
    problems = []
    cli = os.path.join(docs, "cli.md")
    text = open(cli).read()
    section = text.split("## Commands\n", 1)[-1].split("\n## ", 1)[0]
    rows = [l for l in section.splitlines() if l.startswith("| `terrace ")]
    for name in command_names(terrace):
        mine = [r.split(" | ")[0] for r in rows if re.match(r"\| `terrace %s[ `]" % re.escape(name), r)]
        if not mine:
            problems.append("%s: the command table has no row for `terrace %s`"
                            % (os.path.relpath(cli), name))
            continue
        words = run(terrace, name, "-completion-words").split()
        for sub in (w for w in words if not w.startswith("-")):
            if not any(re.search(r"\b%s\b" % re.escape(sub), cell) for cell in mine):
                problems.append("%s: the command table's rows for `terrace %s` do not name "
                                "its subcommand %s" % (os.path.relpath(cli), name, sub))
    lang = os.path.join(docs, "stack-language.md")
    text = open(lang).read()
    documented = set()
    for line in text.splitlines():
        if line.startswith("| `") and "(" in line.split(" | ")[0]:
            documented |= set(re.findall(r"`(\w+)\(", line.split(" | ")[0]))
    known = set(function_names(terrace))
    for f in sorted(known - documented):
        problems.append("%s: the function table has no row for %s()" % (os.path.relpath(lang), f))
    for f in sorted(documented - known):
        problems.append("%s: the function table has %s(), which terrace does not know"
                        % (os.path.relpath(lang), f))
    return problems


# ---- The shape of a page: what --check holds besides the blocks' text ----
#
# A block is written between its markers only, so what lies outside them is
# the page's own: a page whose markers do not pair, or with a generated table
# row outside every block (what a merge leaves when it keeps one side's
# rows and the other's markers), would keep stale text that no check reads.
# A provider page has one section per resource type, `### `TYPE``: its
# hand-written prose, then its block; the sections come in types.def's order
# (the schema's), under the page's reference heading, each once, and the
# lookups' sections (`### Lookup `KIND``) under "## Lookups". `make docs`
# puts the sections in that order (moving each with its prose) and gives a
# type without a section a new one in its place; a page whose markers do not
# pair, with a stray row or a section twice is for a person to mend, and
# `make docs` refuses it.

MARKER = re.compile(r"<!-- (end )?generated: (.+?) -->")
HEADING = re.compile(r"(#{1,6}) ")
TYPE_HEADING = re.compile(r"### `([^`]+)`$")
LOOKUP_HEADING = re.compile(r"### Lookup `([^`]+)`$")
LOOKUPS = "## Lookups"
# a row of an attribute table as attribute_rows writes it: name, type, flags
TYPE_CELL = re.compile(r"(string|number|bool|json|any|map|list|set|object|object_list)( of \w+)?$")
FLAG_CELL = re.compile(r"(%s)(, (%s))*$" % ("|".join(w for _, w in FLAG_WORDS), "|".join(w for _, w in FLAG_WORDS)))
TABLE_HEAD = table([]).splitlines()[0]


def generated_looking(line):
    """Whether a line is one only the generator writes: an attribute table's
    heading or row."""
    if line == TABLE_HEAD:
        return True
    cells = [c.strip() for c in line.split(" | ")]
    return (line.startswith("| `") and line.endswith(" |") and len(cells) >= 5
            and bool(TYPE_CELL.match(cells[1])) and (cells[2] == "" or bool(FLAG_CELL.match(cells[2]))))


def page_lines(text):
    """[(line number, line, in a code fence)]."""
    out, fence = [], False
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("```"):
            fence = not fence
            out.append((n, line, True))
        else:
            out.append((n, line, fence))
    return out


def section_kinds(blocks):
    """({resource type: order}, {lookup kind: order}) of a provider page's
    blocks (one with a "types PROVIDER" block); none for another page."""
    if not any(name.startswith("types ") for name, _, _, _ in blocks):
        return {}, {}
    types = [name for name, heading, _, _ in blocks if TYPE_HEADING.match(heading)]
    lookups = [name[len("data "):] for name, heading, _, _ in blocks if LOOKUP_HEADING.match(heading)]
    return {t: i for i, t in enumerate(types)}, {t: i for i, t in enumerate(lookups)}


def mending_problems(page, text, blocks=()):
    """What a person must mend before the page can be generated: markers
    that do not pair, a block twice, a generated row outside every block (of
    an attribute table's shape, or a table row one of the page's blocks
    has)."""
    rows = set(l for _, _, t, _ in blocks for l in t.splitlines() if l.startswith("| ") and l.endswith(" |"))
    msgs, open_block, seen = [], None, {}
    for n, line, _ in page_lines(text):
        m = MARKER.fullmatch(line)
        if m and not m.group(1):
            if open_block:
                msgs.append("%s:%d: `<!-- generated: %s -->` opens before the block of %s (line %d) "
                            "ends: a marker without its pair; mend it by hand"
                            % (page, n, m.group(2), open_block[0], open_block[1]))
            if m.group(2) in seen:
                msgs.append("%s:%d: the block of %s is there twice (line %d too); keep one by hand"
                            % (page, n, m.group(2), seen[m.group(2)]))
            seen.setdefault(m.group(2), n)
            open_block = (m.group(2), n)
        elif m:
            if not open_block or open_block[0] != m.group(2):
                msgs.append("%s:%d: `<!-- end generated: %s -->` has no `<!-- generated: %s -->` "
                            "before it: a marker without its pair; mend it by hand"
                            % (page, n, m.group(2), m.group(2)))
            open_block = None
        elif not open_block and (generated_looking(line) or line in rows):
            msgs.append("%s:%d: a generated table row outside every block (left by a merge?); "
                        "remove it by hand: %s" % (page, n, line[:100]))
    if open_block:
        msgs.append("%s:%d: `<!-- generated: %s -->` has no end marker; mend it by hand"
                    % (page, open_block[1], open_block[0]))
    return msgs


def sections(text):
    """The page cut before each heading of level 1 to 3 outside code: a list
    of [kind, key, text, line], kind "type" (`### `TYPE``), "lookup"
    (`### Lookup `KIND``) or "other"; the first is what precedes any heading."""
    out = [["other", None, [], 1]]
    for n, line, code in page_lines(text):
        m = None if code else HEADING.match(line)
        if m and len(m.group(1)) <= 3:
            t, l = TYPE_HEADING.match(line), LOOKUP_HEADING.match(line)
            out.append(["type", t.group(1), [], n] if t else ["lookup", l.group(1), [], n] if l
                       else ["other", line, [], n])
        out[-1][2].append(line)
    if not out[0][2]:
        out.pop(0)
    for s in out:
        s[2] = "\n".join(s[2])
    return out


def section_problems(page, text, blocks):
    """Sections of the page's types and lookups: once each, in types.def's
    (the schema's) order, resource types' never under "## Lookups", lookups'
    only there, each block in its own section."""
    types, lookups = section_kinds(blocks)
    msgs, seen, last, chapter = [], {}, {}, None
    for kind, key, body, n in sections(text):
        if kind == "other" and key and key.startswith("## "):
            chapter = key
        if kind == "other":
            continue
        order = types if kind == "type" else lookups
        if key not in order:
            continue     # differences() names a section terrace has no type for
        what = "`%s`" % key if kind == "type" else "Lookup `%s`" % key
        if (kind, key) in seen:
            msgs.append("%s:%d: the section of %s is there twice (line %d too); keep one by hand"
                        % (page, n, what, seen[(kind, key)]))
            continue
        seen[(kind, key)] = n
        if kind == "type" and chapter == LOOKUPS:
            msgs.append("%s:%d: the section of `%s` is under \"%s\", a resource type's belongs under "
                        "the reference's heading" % (page, n, key, LOOKUPS))
        if kind == "lookup" and chapter != LOOKUPS:
            msgs.append("%s:%d: the section of Lookup `%s` is not under \"%s\"" % (page, n, key, LOOKUPS))
        prev = last.get(kind)
        if prev and order[key] < order[prev[0]]:
            msgs.append("%s:%d: the section of %s comes after that of `%s` (line %d), but %s puts it before"
                        % (page, n, what, prev[0], prev[1],
                           "types.def" if kind == "type" else "lookups.def"))
        if not prev or order[key] > order[prev[0]]:
            last[kind] = (key, n)
        name = key if kind == "type" else "data " + key
        for m in MARKER.finditer(body):
            if m.group(2) != name and m.group(2) in (set(types) | set("data " + l for l in lookups)):
                msgs.append("%s:%d: the block of %s is in the section of %s" % (page, n, m.group(2), what))
    return msgs


def page_problems(page, text, blocks):
    """Everything wrong with a page's shape (see above), for --check."""
    return mending_problems(page, text, blocks) + section_problems(page, text, blocks)


def ordered(text, blocks):
    """The page with its types' and lookups' sections in the schema's order,
    each where the first of its kind was, one for a type without one made in
    its place (heading and empty block, filled by render), a block missing
    from an existing section put at its end."""
    types, lookups = section_kinds(blocks)
    parts = sections(text)
    out, placed = [], set()
    for kind, key, body, _ in parts:
        if kind == "other" or key not in (types if kind == "type" else lookups):
            out.append(body)
            continue
        if kind in placed:
            continue
        placed.add(kind)
        order = types if kind == "type" else lookups
        have = {k: b for c, k, b, _ in parts if c == kind}
        for key2 in sorted(order, key=order.get):
            name = key2 if kind == "type" else "data " + key2
            heading = "### `%s`" % key2 if kind == "type" else "### Lookup `%s`" % key2
            body2 = have.get(key2, heading).rstrip("\n")
            if "<!-- generated: %s -->" % name not in body2:
                body2 += "\n\n<!-- generated: %s -->\n<!-- end generated: %s -->" % (name, name)
            out.append(body2 + "\n")
    return "\n".join(out)


def render(page_text, blocks, page="page"):
    """The page with every block's text replaced, its types' and lookups'
    sections in order (ordered), other missing blocks appended. Refuses
    (SystemExit) a page with something for a person to mend."""
    mend = [m for m in page_problems(page, page_text, blocks) if m.endswith("by hand") or "by hand:" in m]
    if mend:
        raise SystemExit("gen-reference.py: the page cannot be generated until this is mended:\n  "
                         + "\n  ".join(mend))
    types, lookups = section_kinds(blocks)
    if types or lookups:
        page_text = ordered(page_text, blocks)
    wanted = {name: text for name, _, text, _ in blocks}
    out = BLOCK.sub(lambda m: "<!-- generated: %s -->\n%s<!-- end generated: %s -->\n" % (
        m.group(1), wanted.get(m.group(1), m.group(2)), m.group(1)), page_text)
    present = set(m.group(1) for m in BLOCK.finditer(page_text))
    for name, heading, text, _ in blocks:
        if name not in present:
            out = out.rstrip("\n") + "\n\n%s\n\n<!-- generated: %s -->\n%s<!-- end generated: %s -->\n" % (
                heading, name, text, name)
    return out


# ---- --self-test: the page checks on a small made-up provider page ----

SELF_TEST_ROWS = [("x", "| `x` | string | required |  | an x |")]
SELF_TEST_BLOCKS = [
    ("types p", "## Resource types", "- the types\n", None),
    ("p.a", "### `p.a`", "A.\n\n" + table(SELF_TEST_ROWS), SELF_TEST_ROWS),
    ("p.b", "### `p.b`", "B.\n\n" + table(SELF_TEST_ROWS), SELF_TEST_ROWS),
    ("p.c", "### `p.c`", "C.\n\n" + table(SELF_TEST_ROWS), SELF_TEST_ROWS),
    ("lookups p", "## Lookups", "- the lookups\n", None),
    ("data p.l", "### Lookup `p.l`", "L.\n\n" + table(SELF_TEST_ROWS), SELF_TEST_ROWS),
]
SELF_TEST_PAGE = """# p

## Resource types

<!-- generated: types p -->
<!-- end generated: types p -->

## Reference

### `p.a`

Prose of a.

```yaml
# not a heading
```

### `p.b`

Prose of b.

<!-- generated: p.b -->
<!-- end generated: p.b -->

More prose of b.

### `p.c`

## Lookups

<!-- generated: lookups p -->
<!-- end generated: lookups p -->

### Lookup `p.l`
"""


def self_test():
    """Each check fails on the page it is about and passes once mended;
    exit status 1 if one does not."""
    good = render(SELF_TEST_PAGE, SELF_TEST_BLOCKS)
    results = []

    def problems(text):
        return differences("p.md", text, SELF_TEST_BLOCKS)

    def section(text, key):
        start = text.index("### `%s`" % key)
        end = min(i for i in (text.find("\n### ", start + 1), text.find("\n## ", start + 1), len(text)) if i >= 0)
        return text[start:end + 1]

    def expect(what, text, want, mended=None):
        got = problems(text)
        ok = any(want in p for p in got)
        if ok and mended is not None:
            fixed = render(text, SELF_TEST_BLOCKS)
            ok = fixed == mended and not problems(fixed)
        results.append((ok, what, got))

    def refused(what, text):
        try:
            render(text, SELF_TEST_BLOCKS)
            results.append((False, what + ": make docs refuses it", ["rendered"]))
        except SystemExit as e:
            results.append(("by hand" in str(e), what + ": make docs refuses it", [str(e)]))

    results.append((good.startswith("# p\n") and not problems(good) and render(good, SELF_TEST_BLOCKS) == good and
                    all(s in good for s in ("Prose of a.", "# not a heading", "More prose of b.")) and
                    good.index("### `p.c`") < good.index("## Lookups") < good.index("### Lookup `p.l`") and
                    good.count("### `p.c`") == 1,
                    "a made-up page is generated whole: no problem, generating again changes nothing",
                    problems(good)))
    a, b, c = section(good, "p.a"), section(good, "p.b"), section(good, "p.c")
    unpaired_end = good.replace(c, c + "<!-- end generated: p.b -->\n\n")
    expect("an unpaired end marker", unpaired_end, "has no `<!-- generated: p.b -->` before it")
    refused("an unpaired end marker", unpaired_end)
    unpaired_start = good.replace("<!-- end generated: p.a -->\n", "", 1)
    expect("an unpaired start marker", unpaired_start, "opens before the block of p.a")
    refused("an unpaired start marker", unpaired_start)
    stray = good.replace(c, c + "| `x` | string | required |  | an x |\n\n")
    expect("a table row outside every block", stray, "a generated table row outside every block")
    refused("a table row outside every block", stray)
    twice = good.replace(c, c + a)
    expect("a section twice", twice, "the section of `p.a` is there twice")
    refused("a section twice", twice)
    swapped = good.replace(a + b, b + a)
    expect("a section out of types.def's order", swapped, "the section of `p.a` comes after that of `p.b`",
           good)
    under = good.replace(b, "").rstrip("\n") + "\n\n" + b
    expect("a resource type's section under \"## Lookups\"", under,
           "the section of `p.b` is under \"## Lookups\"", good)
    no_block = good.replace(section(good, "p.c"), "### `p.c`\n\n")
    expect("a type's section without its block", no_block, "p.c has no generated section", good)
    results.append((render(good.replace(c, ""), SELF_TEST_BLOCKS) == good,
                    "a type without a section gets one in types.def's order", []))
    failed = 0
    for i, (ok, what, got) in enumerate(results, 1):
        print("%s %d - gen-reference self-test: %s" % ("ok" if ok else "not ok", i, what))
        if not ok:
            failed += 1
            for p in got:
                print("#   " + p.replace("\n", "\n#   "))
    return 1 if failed else 0


def rows_of(text):
    rows = {}
    for line in text.splitlines():
        m = re.match(r"\| `([^`]+)` \|", line)
        if m:
            rows[m.group(1)] = line
    return rows


def differences(page, page_text, blocks):
    """One line per type, attribute or command whose block differs."""
    found = {m.group(1): m.group(2) for m in BLOCK.finditer(page_text)}
    msgs = []
    for name, _, text, rows in blocks:
        have = found.pop(name, None)
        if have is None:
            msgs.append("%s: %s has no generated section" % (page, name))
        elif have != text and rows is not None:
            row, source = ("type", "the source") if name == IAM_BLOCK else ("attribute", "the schema")
            have_rows, want_rows = rows_of(have), dict(rows)
            for key, line in want_rows.items():
                if key not in have_rows:
                    msgs.append("%s: %s: %s %s is missing" % (page, name, row, key))
                elif have_rows[key] != line:
                    msgs.append("%s: %s: %s %s differs from %s:\n    docs:   %s\n    %s %s"
                                % (page, name, row, key, source, have_rows[key],
                                   "schema:" if source == "the schema" else "source:", line))
            for key in have_rows:
                if key not in want_rows:
                    msgs.append("%s: %s: %s %s is not in %s" % (page, name, row, key, source))
            if have_rows == want_rows:
                msgs.append("%s: %s: %s" % (page, name, "the table's heading differs" if name == IAM_BLOCK
                                            else "description or import id differs from the schema"))
        elif have != text:
            source = ("its -help" if name.startswith("terrace ") else
                      "the code" if name == "top-level keys" else
                      "tests/contract/coverage.py" if name.startswith("coverage ") else "the schema")
            diff = difflib.unified_diff(have.splitlines(), text.splitlines(), "docs", source, lineterm="", n=0)
            msgs.append("%s: %s: differs from %s:\n    %s" % (page, name, source, "\n    ".join(list(diff)[2:])))
    for name in found:
        msgs.append("%s: %s has a generated section but terrace has no such %s; remove it by hand"
                    % (page, name, "command" if name.startswith("terrace ") else "type or provider"))
    return msgs + page_problems(page, page_text, blocks)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 on any difference")
    ap.add_argument("--terrace", default=os.environ.get("TERRACE", "build/terrace"))
    ap.add_argument("--docs", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--source", default=SOURCE, help="the aws provider's C source (provider/aws)")
    ap.add_argument("--self-test", action="store_true",
                    help="only the checks of a page's shape, on a made-up page (no terrace binary needed)")
    ap.add_argument("--permissions", action="store_true",
                    help="only provider/aws/permissions.gen.c (no terrace binary needed): write it, "
                         "or with --check exit 1 when it differs from the source")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if args.permissions:
        path = os.path.join(args.source, "permissions.gen.c")
        want = permissions_c(args.source)
        have = open(path).read() if os.path.exists(path) else ""
        if have == want:
            return 0
        if args.check:
            diff = difflib.unified_diff(have.splitlines(), want.splitlines(), path, "the source", lineterm="", n=0)
            print("\n".join(list(diff)[:40]), file=sys.stderr)
            print("%s differs from the source; run `make permissions` (docs/gen-reference.py "
                  "--permissions) and commit it" % os.path.relpath(path), file=sys.stderr)
            return 1
        with open(path, "w") as f:
            f.write(want)
        print("wrote " + os.path.relpath(path))
        return 0
    problems = []
    for page, blocks in expected_pages(args.terrace, args.docs, args.source).items():
        text = open(page).read() if os.path.exists(page) else "# " + os.path.basename(page) + "\n"
        if args.check:
            problems += differences(os.path.relpath(page), text, blocks)
        else:
            new = render(text, blocks, os.path.relpath(page))
            if new != text:
                with open(page, "w") as f:
                    f.write(new)
                print("wrote " + os.path.relpath(page))
    problems += hand_written_checks(args.terrace, args.docs)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("%d difference(s) between docs/ and terrace; %s" % (len(problems), REGENERATE), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
