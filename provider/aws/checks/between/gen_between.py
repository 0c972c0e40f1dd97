#!/usr/bin/env python3
"""provider/aws/checks/between/gen_between.py: the rules between a resource's
attributes that two pinned sources say, each held by a BETWEEN row
(checks/rules.h) in its service's rules.c, in the names of the awscc type of
its CloudFormation type, and, through cfn.map, of the written twin:

  - cfn-lint's dependentRequired, dependentExcluded, requiredXor and
    requiredOr (its copy of the registry's schemas, at the version
    cloudcontrol/gen_schemas.py pins, as its between() carries them to the
    awscc types, which validate.c's walk judges there): carried to the
    written twins (aws.*) through cfn.map's attribute mapping
    (gen_constraints.py's cfn_map and the reference tables' attributes),
    top-level rules whose every property a written attribute goes into as
    written; the row is the awscc type's, judged on its twin only;
  - terraform-provider-aws's ConflictsWith, ExactlyOneOf, AtLeastOneOf and
    RequiredWith (terraform_rules.txt, extract_tf_rules.py's rows, MPL-2.0):
    carried to the awscc type of the CloudFormation twin of the written type
    the Terraform resource converts to (stacks/convert_tf.c's table, and
    TF_TYPES below for the others), where every attribute a rule names is
    one of the type's, by the same name, at the same depth; and to that
    written type where every one is its attribute, through cfn.map into the
    awscc row's names (a top-level rule whose every attribute goes into a
    top-level property as written), else as a row of the written type's own.

A rule that would refuse what AWS takes is left out with its reason
(LEFT); one a check of the type already holds is left out too (HELD).

    provider/aws/checks/between/gen_between.py           print what each source
                                                         says, held, left out, and
                                                         the BETWEEN rows
    provider/aws/checks/between/gen_between.py --check   exit 1 while a rule has no
                                                         row or a row no rule, naming
                                                         the row to write
"""
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
AWS = HERE.parent.parent
TF_ROWS = HERE / "terraform_rules.txt"
CONVERT_TF = AWS.parent.parent / "stacks" / "convert_tf_types.c"

# Terraform resources of written types that stacks/convert_tf_types.c's table
# does not convert (yet): the written type each is (cfn.map's types, by the
# Terraform resource of the same AWS object).
TF_TYPES = {
    "aws_athena_named_query": "aws.athena.named_query",
    "aws_athena_workgroup": "aws.athena.workgroup",
    "aws_batch_compute_environment": "aws.batch.compute_environment",
    "aws_batch_job_definition": "aws.batch.job_definition",
    "aws_batch_job_queue": "aws.batch.job_queue",
    "aws_emrserverless_application": "aws.emrserverless.application",
    "aws_glue_connection": "aws.glue.connection",
    "aws_glue_crawler": "aws.glue.crawler",
    "aws_glue_catalog_table": "aws.glue.table",
    "aws_glue_job": "aws.glue.job",
    "aws_glue_trigger": "aws.glue.trigger",
    "aws_lakeformation_permissions": "aws.lakeformation.permissions",
    "aws_redshift_cluster": "aws.redshift.cluster",
    "aws_redshift_subnet_group": "aws.redshift.subnet_group",
}

# What AWS says of a Terraform resource's rules, named in their messages
# (the API model's documentation, botocore's copy).
AWS_SAYS = {
    "aws_glue_job": 'Glue CreateJob: "Do not set MaxCapacity if using WorkerType and '
                    'NumberOfWorkers"',
    "aws_sqs_queue": 'SQS CreateQueue: "Only one server-side encryption option is supported '
                     'per queue (for example, SSE-KMS or SSE-SQS)"',
    "aws_cloudwatch_metric_alarm": 'CloudWatch PutMetricAlarm',
    "aws_nat_gateway": 'EC2 CreateNatGateway: SecondaryPrivateIpAddressCount or '
                       'SecondaryPrivateIpAddresses',
    "aws_batch_job_definition": 'Batch RegisterJobDefinition: "you must specify either '
                                'containerProperties or nodeProperties", ecsProperties and '
                                'containerProperties "must not be specified for Amazon '
                                'EKS-based job definitions"',
}

# (source, type, rule text) left out: AWS takes what they refuse.
LEFT = [
]

# (type, keyword, first name) a check of the type already holds: not carried
# twice (the first catch would be the other's).
HELD = {
    ("aws.cloudwatch.metric_alarm", "excludes", "extended_statistic"):
        "cloudwatch/rules.c's rule_cloudwatch_statistic (one of statistic and extended_statistic)",
    ("aws.cloudwatch.metric_alarm", "excludes", "statistic"):
        "cloudwatch/rules.c's rule_cloudwatch_statistic (one of statistic and extended_statistic)",
    ("aws.glue.job", "excludes", "max_capacity"):
        "glue/rules.c's rule (worker_type with number_of_workers, or max_capacity)",
    ("aws.glue.job", "excludes", "number_of_workers"):
        "glue/rules.c's rule (worker_type with number_of_workers, or max_capacity)",
    ("aws.glue.job", "excludes", "worker_type"):
        "glue/rules.c's rule (worker_type with number_of_workers, or max_capacity)",
    ("aws.events.rule", "requiredOr", "event_pattern"):
        "events/rules.c's rule (set schedule_expression or event_pattern)",
}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    argv, sys.argv = sys.argv, [str(path)]
    spec.loader.exec_module(mod)
    sys.argv = argv
    return mod


gs = load("gen_schemas", AWS / "cloudcontrol" / "gen_schemas.py")
gc = load("gen_constraints", HERE.parent / "gen_constraints.py")


def tf_types():
    """{Terraform resource: written type}: convert_tf.c's table, TF_TYPES."""
    out = dict(re.findall(r'\{ "(aws_[a-z0-9_]+)", "(aws\.[a-z0-9_]+\.[a-z0-9_]+)", \{[^}]*\},'
                          r'\s*(?:"|NULL)', CONVERT_TF.read_text()))
    out.update(TF_TYPES)
    return out


def tf_rules():
    """[(resource, keyword, attribute, [others], source)] of terraform_rules.txt."""
    out = []
    for line in TF_ROWS.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        res, kw, attr, others, src = line.split("\t")
        out.append((res, kw, attr, others.split(","), src))
    return out


def written_names(typ, schema, cfn_map):
    """{awscc top-level name: written attribute} of written type typ: the
    attributes that go into a top-level property as written."""
    _types, _none, paths, left, _drops, _grows = cfn_map
    cc_names = {v["name"]: k for k, v in schema["properties"].items()}
    out = {}
    for a, _kind in gc.native_attributes().get(typ, []):
        if "." in a or (typ, a) in left:
            continue
        prop = paths.get((typ, a))
        if prop is None:
            top = schema["properties"].get(a)
            prop = top["name"] if top else None
        if prop and "." not in prop and prop in cc_names:
            out[cc_names[prop]] = a
    return out


class Rows:
    """The rules carried, merged per (type, own, twin, block, source) into
    one JSON node of between.c's keywords (excludes, requires, requiredXor,
    requiredOr: lists of names) in the type's names, with the twin's names
    of those the rule reads."""

    def __init__(self):
        self.rows, self.names, self.left, self.held = {}, {}, [], []

    def is_held(self, typ, kw, first, names):
        """Whether a check of written type typ holds the rule (HELD), listed."""
        held = HELD.get((typ, kw, first))
        if held:
            shown = [first] + names if kw in ("excludes", "requires") else names
            self.held.append("%s %s %s: %s" % (typ, kw, " ".join(shown), held))
        return bool(held)

    def add(self, key, kw, first, names, twin_names=None):
        node = self.rows.setdefault(key, {})
        if twin_names:
            self.names.setdefault(key, {}).update(twin_names)
        if kw in ("excludes", "requires"):
            have = node.setdefault(kw, {}).setdefault(first, [])
            have += [n for n in names if n not in have]
        else:
            lists = node.setdefault(kw, [])
            if sorted(names) not in [sorted(x) for x in lists]:
                lists.append(names)

    def place(self, cc, typ, block, source, kw, first, names, on_cc, on_written, inv):
        """One rule, in its source's names (first, names), on awscc type cc
        (on_cc: carried there) and written type typ (on_written: every name
        is its attribute; inv: {its attribute: cc's name} for the top-level
        ones that go into a property as written): one row judging both
        where the names agree, else a row each."""
        read = [first] + names if kw in ("excludes", "requires") else names
        judge_w = on_written and not self.is_held(typ, kw, first, names)
        mapped = judge_w and cc and not block and all(n in inv for n in read)
        cc_name = (lambda n: inv[n]) if mapped else (lambda n: n)
        both = mapped and on_cc and all(inv[n] == n for n in read)
        if on_cc:
            self.add((cc, True, typ if both else None, block, source), kw, first, names,
                     {n: n for n in read} if both else None)
        if judge_w and not both:
            if mapped:
                self.add((cc, False, typ, block, source), kw, cc_name(first),
                         [cc_name(n) for n in names], {inv[n]: n for n in read})
            else:
                self.add((typ, True, None, block, source), kw, first, names)


def cfn_lint_rows(rows, cfn_map):
    """The schema's own keywords, which the awscc type's walk judges: rows
    of the awscc type for its written twin alone."""
    types = cfn_map[0]
    for typ in sorted(types):
        cfn = types[typ]
        schema = gs.schema_of(cfn)
        if not schema:
            continue
        names = written_names(typ, schema, cfn_map)
        inv = {w: a for a, w in names.items()}
        cc = gs.type_name(cfn)
        source = "cfn-lint %s's %s" % (gs.PINNED, cfn)
        for key, kw in (("excludes", "excludes"), ("dependencies", "requires")):
            for first, others in (schema.get(key) or {}).items():
                for o in others:
                    if first in names and o in names:
                        rows.place(cc, typ, "", source, kw, names[first], [names[o]],
                                   False, True, inv)
        for kw in ("requiredXor", "requiredOr"):
            alts = schema.get(kw)
            if alts and all(a in names for a in alts):
                rows.place(cc, typ, "", source, kw, names[alts[0]], [names[a] for a in alts],
                           False, True, inv)


def awscc_names(schema, block):
    """The names of the properties of the awscc block at `block` ("" the
    top), or None when it is not a block of properties."""
    props = schema["properties"]
    node = None
    for part in [p for p in block.split(".") if p]:
        node = props.get(part) if props else None
        if node and node.get("type") == "array":
            node = node.get("items")
        while node and "ref" in node:
            node = (schema.get("defs") or {}).get(node["ref"])
        props = node.get("properties") if node else None
    return set(props) if props else None


def terraform_rows(rows, cfn_map):
    types = cfn_map[0]
    written = tf_types()
    native = gc.native_attributes()
    kw_of = {"ConflictsWith": "excludes", "RequiredWith": "requires",
             "ExactlyOneOf": "requiredXor", "AtLeastOneOf": "requiredOr"}
    for res, kw, attr, others, src in tf_rules():
        parts = attr.split(".0.")
        block, first = ".".join(parts[:-1]), parts[-1]
        prefix = block.replace(".", ".0.") + ".0." if block else ""
        if not all(o.startswith(prefix) and "." not in o[len(prefix):].replace(".0.", ".")
                   for o in others):
            continue  # names another block's attribute: no row of one block
        names = [o[len(prefix):] for o in others]
        if kw_of[kw] in ("requiredXor", "requiredOr"):
            first, names = names[0], names
        source = "%s; terraform-provider-aws's %s" % (AWS_SAYS.get(res, "AWS"), res)
        typ = written.get(res)
        if not typ:
            continue
        have_w = [a for a, _k in native.get(typ, [])]
        inner = [a[len(block) + 1:] for a in have_w if a.startswith(block + ".")] if block else have_w
        have_w = {a for a in inner if "." not in a}
        cfn = types.get(typ)
        schema = gs.schema_of(cfn) if cfn else None
        cc = gs.type_name(cfn) if schema else None
        have_cc = (awscc_names(schema, block) or set()) if schema else set()
        own = ((schema if not block else {}).get("excludes") or {}) if schema else {}
        inv = ({w: a for a, w in written_names(typ, schema, cfn_map).items()}
               if schema and not block else {})
        if kw_of[kw] == "excludes":
            # pairwise: each pair whose both names the type has, and that
            # the awscc type's own schema does not say already
            pairs = [(first, [n]) for n in names]
        else:
            pairs = [(first, names)]
        for f, ns in pairs:
            read = [f] + ns if kw_of[kw] in ("excludes", "requires") else ns
            on_cc = all(n in have_cc for n in read)
            if on_cc and kw_of[kw] == "excludes" and ns[0] in own.get(f, []):
                rows.held.append("%s excludes %s %s: its schema's own (cfn-lint's "
                                 "dependentExcluded)" % (cc, f, ns[0]))
                on_cc = False
            rows.place(cc, typ, block, source, kw_of[kw], f, ns, on_cc,
                       all(n in have_w for n in read), inv)


def c_str(s):
    return json.dumps(s)


def wanted(rows):
    """{(type, rule JSON, source)} of the BETWEEN rows the sources give: an
    awscc type's in its names, a written twin's renamed into its own."""
    out = set()
    for key, node in rows.rows.items():
        typ, own, twin, block, source = key
        if block:
            sys.exit("gen_between: %s: a rule of block %s: BETWEEN rows judge the resource "
                     "itself; give the macro a block first" % (typ, block))
        if own:
            out.add((typ, json.dumps(node, separators=(",", ":"), sort_keys=True), source))
        if twin:
            names = rows.names.get(key) or {}
            renamed = {}
            for kw, v in node.items():
                if isinstance(v, dict):
                    renamed[kw] = {names.get(k, k): [names.get(n, n) for n in ns]
                                   for k, ns in v.items()}
                else:
                    renamed[kw] = [[names.get(n, n) for n in ns] for ns in v]
            out.add((twin, json.dumps(renamed, separators=(",", ":"), sort_keys=True), source))
    return out


C_STRINGS = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'
BETWEEN_ROW = re.compile(r'\bBETWEEN\(\s*"([^"]+)",\s*' + C_STRINGS + r',\s*' + C_STRINGS + r'\)')


def c_text(literals):
    """The text of adjacent C string literals."""
    return "".join(json.loads(m) for m in re.findall(r'"(?:[^"\\]|\\.)*"', literals))


def written():
    """{(type, rule JSON, source): file} of the BETWEEN rows of the services'
    rules.c files."""
    out = {}
    for f in sorted(AWS.glob("*/rules.c")):
        for m in BETWEEN_ROW.finditer(f.read_text()):
            rule = json.dumps(json.loads(c_text(m.group(2))), separators=(",", ":"),
                              sort_keys=True)
            out[(m.group(1), rule, c_text(m.group(3)))] = f.relative_to(AWS.parent.parent)
    return out


def row_text(typ, rule, source):
    return "\tBETWEEN(%s,\n\t\t%s,\n\t\t%s)," % (c_str(typ), c_str(rule), c_str(source))


def report(rows):
    out = ["gen_between: the rules between a resource's attributes that cfn-lint %s's "
           "schemas (through cfn.map) and terraform-provider-aws's rules say:" % gs.PINNED]
    out += ["  held by a check of the type already, not carried:"]
    out += ["    " + h for h in sorted(set(rows.held))] or ["    none"]
    out += ["  left out, as AWS takes what they refuse:"]
    out += ["    %s %s: %s" % l for l in LEFT] or ["    none"]
    out += ["  BETWEEN rows (each in provider/aws/SERVICE/rules.c):"]
    for typ, rule, source in sorted(wanted(rows)):
        out.append(row_text(typ, rule, source))
    return "\n".join(out)


def main(argv):
    cfn_map = gc.cfn_map()
    rows = Rows()
    cfn_lint_rows(rows, cfn_map)
    terraform_rows(rows, cfn_map)
    want, have = wanted(rows), written()
    if argv[1:] != ["--check"]:
        print(report(rows))
    missing = sorted(want - set(have))
    extra = sorted(set(have) - want)
    for typ, rule, source in missing:
        print("gen_between: no row of provider/aws/%s/rules.c holds this rule; add:\n%s"
              % (typ.split(".")[1], row_text(typ, rule, source)), file=sys.stderr)
    for key in extra:
        print("gen_between: %s: BETWEEN(%s, %s) is said by neither source (or differs from "
              "what they say)" % (have[key], key[0], key[1]), file=sys.stderr)
    if missing or extra:
        sys.exit(1)
    if argv[1:] == ["--check"]:
        print("gen_between: %d BETWEEN rows, each what its sources say" % len(want))


if __name__ == "__main__":
    main(sys.argv)
