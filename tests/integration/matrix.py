"""matrix.py SCHEMA OUT WAY [TYPE...]: the stacks of issue 39's matrix, where
features meet: each way a value reaches an attribute, for one attribute of
every resource type (`terrace providers schema -json`: aws, postgres, ssh),
of one awscc type (awscc.sqs.queue, through Cloud Control) and of the
blocks build, python, lifecycle and depends_on.

Writes OUT/WAY/stack.yaml (and what it needs beside it: the module, the
files a resource uploads), OUT/WAY/cells (one line per resource:
"NAME TYPE ATTRIBUTE EXPECTED ADDRESS", tab-separated, ATTRIBUTE a dotted
path whose numbers index lists, EXPECTED the value as JSON, "?" where it is
known only after apply) and, for the way `stack`, the stack it reads,
OUT/base/stack.yaml. With TYPE arguments (resource names, as in `cells`),
only those resources and what they refer to: the one cell of a failure.

The bodies are those of t0435's stack of every aws type made appliable
against moto (every_type/applied_stack.py, its names starting with a
placeholder prefix); the postgres and ssh bodies are the smallest ones
t0310 and t0320 apply. The way changes only where the prefix comes from:
every string of the resource that holds it gets it from the way, and the
attribute checked (ATTRIBUTE: the first of those, else a tag `m` (an awscc
type's in its list of tags), else the first string holding it in a document
or a list (a topic's policy, a group of records), a description, an
artifact's prefix; a network ACL entry, with no string that takes it, has
the value's length as its rule number) is then compared everywhere it is
shown.

Environment: MATRIX_ACCOUNT (the account moto answers, for `data`),
MATRIX_SERVERS=1 to add the postgres and ssh types (their providers read
the variables pg_host, pg_port, pg_password, ssh_port, ssh_key,
known_hosts; MATRIX_REMOTE is the folder ssh.file writes to), MATRIX_STACK (the stack's name prefix), MATRIX_LAB_ENDPOINT (a lab:
block allowing that endpoint). OUT/WAY/way holds
the way's expression and its value."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA, OUT, WAY = sys.argv[1], sys.argv[2], sys.argv[3]
ONLY = set(sys.argv[4:])
TOKEN = "zzq"
ACCOUNT = os.environ.get("MATRIX_ACCOUNT", "123456789012")
SERVERS = os.environ.get("MATRIX_SERVERS") == "1"
REMOTE = os.environ.get("MATRIX_REMOTE", "/tmp/matrix-host")
STACK = os.environ.get("MATRIX_STACK", "matrix")

# WAY: (the expression that gives the prefix, inside ${...}; its value, None
# when known only after apply). Each way's value differs, so stacks of two
# ways never name the same object.
WAYS = {
    "lit": (None, "mlit"),
    "var": ("var.p", "mvar"),
    "loc": ("local.p", "mloc"),
    "data": ('format("md%s", data.me.account_id)', "md" + ACCOUNT),
    "stack": ("data.base.outputs.p", "mstk"),
    "mod": ("module.m.p", "mmod"),
    "each": ("each.value", "mfe"),
    "count": ('format("mcnt%d", count.index)', "mcnt0"),
    "after": ('replace(seed.vpc_id, "-", "")', None),
    "secret": ("var.sp", "msec"),
    # A literal no name takes: the judging of refusals, proven (t1120).
    "bad": (None, "Bad_Name!"),
}
EXPR, VALUE = WAYS[WAY]


def applied():
    """applied_stack.py's resources, kept beside SCHEMA for the next call
    (it imports moto, seconds of CPU, and a failing cell calls this once
    per resource)."""
    kept = SCHEMA + ".matrix-bodies.json"
    if os.path.exists(kept) and os.path.getmtime(kept) >= os.path.getmtime(SCHEMA):
        return json.load(open(kept))
    out = subprocess.run([sys.executable, os.path.join(HERE, "every_type", "applied_stack.py"),
                          SCHEMA, TOKEN], check=True, capture_output=True, text=True).stdout
    resources = json.loads(out[len("resources: "):])
    with open(kept + ".tmp", "w") as f:
        json.dump(resources, f)
    os.replace(kept + ".tmp", kept)
    return resources


resources = applied()
# A subscription has no tags and its endpoint is a reference: an email one
# (left pending by moto_patches/sns_email_pending_confirmation.py, as AWS
# leaves it until its owner confirms) takes the way's value in its address.
if "aws_sns_subscription" in resources:
    resources["aws_sns_subscription"].update({"protocol": "email",
                                              "endpoint": TOKEN + "@example.com"})
# A Route 53 record's name is its zone's, written out: the record's name
# then holds the way's value itself, as the zone's does.
if "route53_zone" in resources:
    for res in resources.values():
        for record in [res] + [r for r in res.get("records", []) if isinstance(r, dict)]:
            if isinstance(record.get("name"), str):
                record["name"] = record["name"].replace("${route53_zone.name}",
                                                        resources["route53_zone"]["name"])
ATTRIBUTES = {t: s["attributes"] for p in json.load(open(SCHEMA))["provider_schemas"].values()
              for t, s in p["resource_schemas"].items()}


def token_path(v, path):
    """The path (names and list indexes, dotted) of the first string of v,
    at any depth, that holds TOKEN, or None."""
    if isinstance(v, str):
        return path if TOKEN in v else None
    items = v.items() if isinstance(v, dict) else enumerate(v) if isinstance(v, list) else []
    for k, x in items:
        found = token_path(x, "%s.%s" % (path, k) if path else str(k))
        if found:
            return found
    return None


SUBJECT = {"aws_ec2_security_group_rule": "description", "aws_s3_artifact": "prefix"}
# A number of the way's value (a type with no string that takes it, a
# network ACL entry): its length.
NUMBER = {"aws_ec2_network_acl_entry": "rule_number"}
for name, res in resources.items():
    if name == "aws_ec2_security_group_rule":
        res["description"] = TOKEN + " rule"
    elif name == "aws_s3_artifact":
        res["prefix"] = TOKEN + "/"
    elif name in NUMBER:
        res[NUMBER[name]] = '${length("%s")}' % TOKEN
        SUBJECT[name] = NUMBER[name]
    elif any(isinstance(v, str) and TOKEN in v for v in res.values()):
        pass
    elif "tags" in ATTRIBUTES.get(res["type"], {}):
        res.setdefault("tags", {})["m"] = TOKEN
        SUBJECT[name] = "tags.m"
    elif res["type"] not in ATTRIBUTES:
        # an awscc type: Cloud Control's tags are a list of keys and values
        res.setdefault("tags", []).append({"key": "m", "value": TOKEN})
        SUBJECT[name] = "tags.%d.value" % (len(res["tags"]) - 1)
    else:
        # a type without tags (a policy set on topics, a group of records):
        # the way's value where it holds it, in a document or a list
        SUBJECT[name] = token_path({k: v for k, v in res.items() if k != "type"}, "")

# The blocks: a value of the way in an attribute of each.
resources["blk_build"] = {
    "type": "aws.s3.artifact", "bucket": "${aws_s3_bucket.name}",
    "build": {"dir": ".", "command": ["sh", "-c", 'printf "%s" "$M" >built.txt'],
              "inputs": ["app.py"], "output": "built.txt", "environment": {"M": TOKEN}}}
SUBJECT["blk_build"] = "build.environment.M"
resources["blk_python"] = {
    "type": "aws.lambda.function", "function_name": TOKEN + "-py", "runtime": "python3.12",
    "handler": "app.handler", "role": "${aws_iam_role.arn}", "source": "fn",
    "python": {"requirements": "${length(\"" + TOKEN + "\") > 1 ? \"req/python.txt\" : \"\"}"}}
SUBJECT["blk_python"] = "python.requirements"
resources["blk_lifecycle"] = {
    "type": "aws.s3.bucket", "name": TOKEN + "-lc", "force_destroy": True,
    "lifecycle": {"ignore_changes": ["tags"],
                  "precondition": [{"condition": "${length(\"" + TOKEN + "\") > 1}",
                                    "error_message": "no prefix in " + TOKEN}]}}
resources["blk_depends"] = {
    "type": "aws.s3.object", "bucket": "${blk_lifecycle.name}", "key": TOKEN + "/dep",
    "content": "after the role", "depends_on": ["aws_iam_role"]}

# An awscc type (through Cloud Control, issue 49): the way's value in a
# property of the schema, as a native type's.
resources["awscc_queue"] = {"type": "awscc.sqs.queue", "queue_name": TOKEN + "-cc-queue",
                            "visibility_timeout": 45}

if SERVERS:
    resources.update({
        "pg_database": {"type": "postgres.database", "name": TOKEN + "_db"},
        "pg_role": {"type": "postgres.role", "name": TOKEN + "_role"},
        "pg_schema": {"type": "postgres.schema", "name": TOKEN + "_schema",
                      "database": "${pg_database.name}", "drop_cascade": True},
        "pg_grant": {"type": "postgres.grant", "role": TOKEN + "_role",
                     "database": "${pg_database.name}", "object_type": "database",
                     "privileges": ["connect"], "depends_on": ["pg_role"]},
        "pg_sql": {"type": "postgres.sql", "source": "sql", "database": "${pg_database.name}",
                   "vars": {"m": TOKEN}},
        "ssh_file": {"type": "ssh.file", "content": TOKEN,
                     "destination": REMOTE + "/" + TOKEN + ".txt"},
        "ssh_command": {"type": "ssh.command", "command": "echo " + TOKEN},
        "ssh_cron": {"type": "ssh.cron", "name": TOKEN + "-cron", "schedule": "@daily",
                     "command": "true"},
    })
    SUBJECT.update({"pg_sql": "vars.m", "ssh_file": "destination", "ssh_command": "command"})

# What the subset keeps: the resources named and those they refer to.
if ONLY:
    keep, todo = set(), list(ONLY)
    while todo:
        n = todo.pop()
        if n in keep or n not in resources:
            continue
        keep.add(n)
        text = json.dumps(resources[n])
        todo += [r for r in resources if re.search(r"\$\{[^}]*\b" + r + r"\b", text)]
        todo += resources[n].get("depends_on", [])
    resources = {n: r for n, r in resources.items() if n in keep}


def subject_of(name, res):
    if name in SUBJECT:
        return SUBJECT[name]
    return next(k for k, v in res.items() if isinstance(v, str) and TOKEN in v)


def get(res, path):
    for part in path.split("."):
        res = res[int(part)] if isinstance(res, list) else res[part]
    return res


def in_expression(path):
    """path as an expression reads it: a list's index in brackets."""
    return re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)


cells = []
for name in sorted(resources):
    res = resources[name]
    attr = subject_of(name, res)
    if VALUE is None:
        expected = "?"
    elif name in NUMBER:
        expected = json.dumps(len(VALUE))
    else:
        expected = json.dumps(get(res, attr).replace(TOKEN, VALUE))
    address = {"each": name + '["mfe"]', "count": name + "[0]"}.get(WAY, name)
    cells.append((name, res["type"], attr, expected, address))

INSTANCE = {"each": "[each.key]", "count": "[count.index]"}.get(WAY, "")


def through(v):
    """v with the prefix taken from the way, and, under for_each or count,
    references to the stack's resources made to the same instance."""
    if isinstance(v, str):
        if INSTANCE:
            v = re.sub(r"\$\{([^}]*)\}", lambda m: "${" + re.sub(
                r"\b(" + "|".join(map(re.escape, resources)) + r")\.",
                lambda r: r.group(1) + INSTANCE + ".", m.group(1)) + "}", v)
        if EXPR is not None:
            # Inside ${...} (a condition) the prefix is an expression; in
            # text, an interpolation.
            v = re.sub(r"\$\{([^}]*)\}", lambda m: "${" + m.group(1).replace(
                '"' + TOKEN + '"', EXPR) + "}", v)
            v = v.replace(TOKEN, "${" + EXPR + "}")
        else:
            v = v.replace(TOKEN, VALUE)
        return v
    if isinstance(v, list):
        return [through(x) for x in v]
    if isinstance(v, dict):
        return {k: through(x) for k, x in v.items()}
    return v


stack = {"stack": STACK + "-" + WAY,
         "variables": {"endpoint": {"type": "string"}, "access_key": {"type": "string"},
                       "secret_key": {"type": "string", "sensitive": True}},
         "providers": {"aws": {"region": "us-east-1", "endpoint": "${var.endpoint}",
                               "path_style": True, "access_key": "${var.access_key}",
                               "secret_key": "${var.secret_key}"}}}
if SERVERS:
    stack["variables"].update({
        "pg_host": {"type": "string"}, "pg_port": {"type": "number"},
        "pg_password": {"type": "string", "sensitive": True},
        "ssh_port": {"type": "number"}, "ssh_key": {"type": "string", "sensitive": True},
        "known_hosts": {"type": "string"}})
    stack["providers"]["postgres"] = {"host": "${var.pg_host}", "port": "${var.pg_port}",
                                      "username": "terrace", "password": "${var.pg_password}",
                                      "sslmode": "disable"}
    stack["providers"]["ssh"] = {"host": "127.0.0.1", "port": "${var.ssh_port}",
                                 "private_key": "${var.ssh_key}",
                                 "known_hosts_file": "${var.known_hosts}", "timeout": 20}
if os.environ.get("MATRIX_LAB_ENDPOINT"):
    # A lab stack (`terrace lab up`, `terrace sweep`): moto allowed; the
    # names of the types without tags start with the way's value.
    stack["lab"] = {"allowed_endpoints": [os.environ["MATRIX_LAB_ENDPOINT"]],
                    "name_prefix": VALUE}
    stack["variables"]["attendee"] = {"type": "string", "default": "none"}
if WAY == "var":
    stack["variables"]["p"] = {"type": "string", "default": VALUE}
if WAY == "secret":
    stack["variables"]["sp"] = {"type": "string", "default": VALUE, "sensitive": True}
if WAY == "loc":
    stack["locals"] = {"p": VALUE}
if WAY == "data":
    stack["data"] = {"me": {"type": "aws.caller_identity"}}
if WAY == "stack":
    stack["data"] = {"base": {"type": "terrace.stack", "path": "../base"}}
if WAY == "mod":
    stack["modules"] = {"m": {"source": "./mod", "p": VALUE}}
out_resources = {}
for name, res in resources.items():
    res = through(res)
    if WAY == "each":
        res["for_each"] = {"mfe": VALUE}
    if WAY == "count":
        res["count"] = 1
    out_resources[name] = res
if WAY == "after":
    out_resources["seed"] = {"type": "aws.ec2.vpc", "cidr_block": "10.9.0.0/16"}
stack["resources"] = out_resources
outputs = {}
for name, rtype, attr, expected, address in cells:
    if attr.startswith(("build.", "python.")):
        continue  # a block's attributes are the resource's inputs, not in state
    ref = "${" + address + "." + in_expression(attr) + "}"
    outputs["o_" + name] = {"value": ref, "sensitive": True} if WAY == "secret" else ref
stack["outputs"] = outputs

d = os.path.join(OUT, WAY)
os.makedirs(os.path.join(d, "fn"), exist_ok=True)
os.makedirs(os.path.join(d, "req"), exist_ok=True)
os.makedirs(os.path.join(d, "sql"), exist_ok=True)
with open(os.path.join(d, "stack.yaml"), "w") as f:
    f.write(json.dumps(stack, indent=1) + "\n")
# OUT/WAY/way: the way's expression (the prefix in ${...}, a literal
# quoted) and its value ("?" when known only after apply).
with open(os.path.join(d, "way"), "w") as f:
    f.write("%s\n%s\n" % (EXPR or json.dumps(VALUE), VALUE or "?"))
with open(os.path.join(d, "cells"), "w") as f:
    for c in cells:
        f.write("\t".join(c) + "\n")
if not os.path.exists(os.path.join(d, "deploy.pub")):
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "matrix", "-f",
                    os.path.join(d, "deploy")], check=True)
for path, text in [("app.py", "def handler(e, c):\n    return 1\n"),
                   ("fn/app.py", "def handler(e, c):\n    return 1\n"),
                   ("sql/001_m.sql", "CREATE TABLE IF NOT EXISTS m (id int);\n")]:
    with open(os.path.join(d, path), "w") as f:
        f.write(text)
# The requirements file the python block names (empty: pip installs nothing).
open(os.path.join(d, "req", "python.txt"), "w").close()
if WAY == "mod":
    os.makedirs(os.path.join(d, "mod"), exist_ok=True)
    with open(os.path.join(d, "mod", "main.yaml"), "w") as f:
        f.write(json.dumps({"variables": {"p": {"type": "string"}},
                            "outputs": {"p": "${var.p}"}}) + "\n")
if WAY == "stack":
    os.makedirs(os.path.join(OUT, "base"), exist_ok=True)
    base = {k: stack[k] for k in ("variables", "providers")}
    base = {"stack": STACK + "-base", **base, "outputs": {"p": VALUE}}
    if SERVERS:
        del base["providers"]["postgres"], base["providers"]["ssh"]
        base["variables"] = {k: v for k, v in base["variables"].items()
                             if k in ("endpoint", "access_key", "secret_key")}
    with open(os.path.join(OUT, "base", "stack.yaml"), "w") as f:
        f.write(json.dumps(base, indent=1) + "\n")
