#!/usr/bin/env python3
"""tests/contract/coverage.py: how much of what terrace sends the one table of
checks (provider/aws/checks/row.h) covers, member by member.

    tests/contract/coverage.py --check   exit 1 naming each member of
                                         members-sent.txt or members-code.txt
                                         that has neither a row nor a left-out
                                         line (`make unit`)
    tests/contract/coverage.py           print the totals per service
    tests/contract/coverage.py --self-test   hold the tracing on known members

The members are those of tests/contract/members-sent.txt, every member of
every request a run of the integration tests sent to moto, as the contract
check recorded them (check.py --members), and of tests/contract/members-code.txt,
every member the code can send, as tests/contract/members_code.py finds it in
the source: a member no test sent is counted too. Each is resolved to the attribute it
comes from, and that attribute's checks:
  - the models' half: a line of provider/aws/checks/constraints.map names the
    member (TYPE ATTRIBUTE SERVICE OPERATION MEMBER); its checks are what
    the model puts on the member (length, pattern, enum, range, list size),
    with the documented values of the line (min=, max=) and its rule=;
  - the written half: a line of tests/contract/attributes.map names the
    member and the attribute terrace builds it from (TYPE ATTRIBUTE), whose
    written rows (provider/aws/<service>/rules.c) are the checks;
  - both halves: the written rows for the attribute (and "aws.*"
    rows, the tags), and the checks across resources: a role given to a
    service (each service's ROLE_TRUST rows in its rules.c), a Lambda function's subnets and the
    network interface permissions of its role (lambda/rules.c), a subnet's
    and a VPC's blocks (checks/run_stack.c);
  - attributes.map's "=" lines say that a member of one operation is the
    same as one of another (UpdateJob's JobUpdate.Timeout is CreateJob's
    Timeout): it gets that member's checks.
A member without a check is listed as left out, with the reason: a line
`left-out SERVICE OPERATION MEMBER: REASON` in constraints.map (OPERATION and
MEMBER, and SERVICE, may hold * wildcards), or, for a member mapped to an attribute the
models and the documentation put no constraint on, that reason itself.
--check also fails on an attributes.map line whose attribute no row checks
(a stale line would count a member as covered).
"""
import collections
import fnmatch
import importlib.util
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
AWS = ROOT / "provider" / "aws"
SENT = ROOT / "tests" / "contract" / "members-sent.txt"
CODE = ROOT / "tests" / "contract" / "members-code.txt"
ATTRIBUTES = ROOT / "tests" / "contract" / "attributes.map"

_spec = importlib.util.spec_from_file_location("gen_constraints", AWS / "checks" / "gen_constraints.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

NO_CONSTRAINT = "no constraint in the model and none documented"
BOOLEAN = "a boolean: the attribute's type, checked when the stack is read, is all there is"


def model_type(service, op, member):
    """The model's type of the member ("boolean", ...), a list's elements'."""
    try:
        m, shape = gen.member_shape(service, op, member)
    except SystemExit:
        return None
    return m["shapes"][shape["member"]["shape"]]["type"] if shape["type"] == "list" else shape["type"]


def sent_members(path=SENT):
    """[(service, operation, member)] of the committed list."""
    out = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(line.split()))
    return out


# Where each member of all_members() comes from: "suite" (members-sent.txt
# only), "code" (members-code.txt only) or "both".
ORIGIN = {}


def all_members():
    """[(service, operation, member)] of members-sent.txt and
    members-code.txt together, sorted; ORIGIN says which list holds each."""
    suite, code = set(sent_members(SENT)), set(sent_members(CODE))
    ORIGIN.clear()
    for k in suite | code:
        ORIGIN[k] = "both" if k in suite and k in code else "suite" if k in suite else "code"
    return sorted(suite | code)


def left_out_lines(path=AWS / "checks" / "constraints.map"):
    """[(service, operation glob, member glob, reason, line number)]."""
    out = []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith("left-out "):
            head, _, reason = line[len("left-out "):].partition(": ")
            service, op, member = head.split()
            out.append((service, op, member, reason.strip(), n))
    return out


def attribute_lines(path=ATTRIBUTES):
    """([(service, op glob, member glob, type, attribute, line number)],
    [(service, op, member glob, service2, op2, member2 template, line number)])
    of attributes.map."""
    direct, same = [], []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if len(words) == 4:
            words.append("")  # no attribute: a row over the whole resource
        if len(words) == 7 and words[3] == "=":
            same.append((words[0], words[1], words[2], words[4], words[5], words[6], n))
        elif len(words) == 5:
            direct.append((*words, n))
        else:
            sys.exit(f"{path.relative_to(ROOT)}:{n}: expected SERVICE OPERATION MEMBER TYPE "
                     "[ATTRIBUTE], or SERVICE OPERATION MEMBER = SERVICE OPERATION MEMBER")
    return direct, same


def num(v):
    v = float(v)
    return str(int(v)) if v.is_integer() else str(v)


def model_checks(service, op, member, settings):
    """The checks the models' half makes of one map line, as words."""
    m, shape = gen.member_shape(service, op, member)
    out = []

    def bounds(lo, hi):
        if lo is not None and hi is not None:
            return f"{num(lo)}-{num(hi)}"
        return f"at least {num(lo)}" if lo is not None else f"at most {num(hi)}"

    def describe(c, each=""):
        if not c:
            return
        kind, lo, hi, enum, pattern = c
        lo = settings.get("min", lo)
        hi = settings.get("max", hi)
        doc = " (documented)" if "min" in settings or "max" in settings else ""
        if enum:
            out.append(f"model enum{each} ({len(enum)} values{', grows' if settings.get('grows') else ''})")
        if lo is not None or hi is not None:
            what = {"s": "length", "w": "range", "n": "range", "l": "list size"}[kind]
            out.append(f"model {what}{each} {bounds(lo, hi)}{doc}")
        if pattern and gen.java_to_xsd(pattern) is not None:
            out.append(f"model pattern{each}")
    describe(gen.constraint(m, shape))
    if shape["type"] == "list":
        ec = gen.constraint(m, m["shapes"][shape["member"]["shape"]])
        if ec and ec[0] != "l":
            describe(ec, " (each)")
    return out


ROW = re.compile(r'\b(RULE|RULE_WARNS|RULE_TEXT|ONE_OF|WHOLE_FROM|WHOLE_IN|NAME_CHARS|NAME_CHARS_IN|NUMBER_ONE_OF)'
                 r'\("([^"]+)",\s*"([^"]*)",\s*("[^"]*"|[-\w]+)(?:,\s*("[^"]*"|[-\w]+))?')


def written_rows():
    """{(type, attribute): [check words]} of the written rows (checks/tables.c's
    and each service's rules.c's; "" attribute: the whole resource)."""
    text = gen.written_rows_text()
    rows = collections.defaultdict(list)
    for kind, typ, attr, arg, most in ROW.findall(text):
        # a rule that also warns (RULE_WARNS) checks as its rule does
        word = {"RULE": f"documented rule {arg}", "RULE_WARNS": f"documented rule {arg}",
                "RULE_TEXT": f"documented rule {arg}",
                "ONE_OF": "documented enum",
                "WHOLE_FROM": f"documented minimum {arg}",
                "WHOLE_IN": f"documented range {arg}-{most}",
                "NAME_CHARS": "documented name characters",
                "NAME_CHARS_IN": "documented name characters and length",
                "NUMBER_ONE_OF": "documented numbers"}[kind]
        rows[(typ, attr.replace("[]", ""))].append(word)
    return rows


ROLE_TRUST = re.compile(r'\bROLE_TRUST\(\s*"(aws\.[a-z0-9_.]+)",\s*"(\w+)",\s*(?:NULL|"(\w+)"),\s*"[^"]*",'
                        r'\s*"([a-z0-9-]+)",\s*(true|false)')


ACROSS_ROW = re.compile(r"\bACROSS_ROW\(\s*\"[^\"]*\",\s*(\w+),")


def across_row(service, function):
    """Whether SERVICE/rules.c's table has the STACK row (ACROSS_ROW) of FUNCTION."""
    return function in ACROSS_ROW.findall((AWS / service / "rules.c").read_text())


def across_rows():
    """{(type, attribute): [check words]} of the checks across resources."""
    rows = collections.defaultdict(list)
    role_rows = "".join(p.read_text() for p in sorted(AWS.glob("*/rules.c")))
    for typ, attr, member, service, refused in ROLE_TRUST.findall(role_rows):
        path = attr + ("." + member if member else "")
        rows[(typ, path)].append(f"across: the role trusts {service} "
                                 f"({'error' if refused == 'true' else 'warning'})")
    if across_row("lambda", "check_lambda_vpcs"):
        rows[("aws.lambda.function", "vpc_config.subnet_ids")].append(
            "across: the role may manage network interfaces (warning)")
    if across_row("cloudwatch", "check_alarms"):
        for attr in ("alarm_actions", "ok_actions", "insufficient_data_actions"):
            rows[("aws.cloudwatch.metric_alarm", attr)].append(
                "across: a reference names an SNS topic or Lambda function by ARN")
    kms = (AWS / "kms/rules.c").read_text()
    if across_row("kms", "check_key_uses"):
        rows[("aws.logs.log_group", "kms_key_id")].append(
            "across: the key's policy lets CloudWatch Logs use it (error)")
    if "role_accesses[]" in kms:
        rows[("aws.s3.bucket", "encryption.kms_key_id")].append(
            "across: the roles reading or writing the bucket may use the key (warning)")
        rows[("aws.secretsmanager.secret", "kms_key_id")].append(
            "across: the key lets the account (Secrets Manager) and the secret's readers use it "
            "(warning)")
    if "publishers[]" in kms:
        for typ in ("aws.sns.topic", "aws.sqs.queue"):
            rows[(typ, "kms_master_key_id")].append(
                "across: the key lets the services publishing to it use it (S3 an error, "
                "EventBridge, CloudWatch, SNS a warning)")
    if across_row("firehose", "check_firehose_deliveries"):
        rows[("aws.firehose.delivery_stream", "extended_s3_configuration.role_arn")].append(
            "across: the role may write the bucket (warning)")
        rows[("aws.firehose.delivery_stream", "kinesis_source_configuration.role_arn")].append(
            "across: the role may read the Kinesis stream (warning)")
    if across_row("ecs", "check_ecs_executions"):
        rows[("aws.ecs.task_definition", "execution_role_arn")].append(
            "across: the execution role may pull from ECR and write awslogs (warning)")
    if across_row("lambda", "check_lambda_mappings"):
        rows[("aws.lambda.event_source_mapping", "event_source_arn")].append(
            "across: the function's role may read the source (error)")
    if across_row("s3", "check_notifications"):
        for attr in ("queue.queue_arn", "topic.topic_arn", "lambda_function.lambda_function_arn"):
            rows[("aws.s3.bucket_notification", attr)].append(
                "across: the destination lets S3 deliver from the bucket")
    if across_row("events", "check_message_targets"):
        rows[("aws.events.rule", "targets.arn")].append(
            "across: a FIFO queue has its message group (error), deduplication (warning); "
            "the queue's or topic's policy lets EventBridge send (warning)")
        rows[("aws.scheduler.schedule", "target.arn")].append(
            "across: a FIFO queue has its message group and deduplication; the role may "
            "send or publish to it (warning)")
    if across_row("ec2", "check_subnets"):
        rows[("aws.ec2.subnet", "cidr_block")].append("across: inside its VPC's block, no overlap")
        rows[("aws.ec2.vpc", "cidr_block")].append("across: holds its subnets' blocks")
    return rows


def attribute_checks(typ, attr, written, across):
    """The written and across checks of one attribute (and the rows of every
    aws type, "aws.*", for it)."""
    key = attr.replace("[]", "")
    out = []
    if key == "":
        out += [w + " (whole resource)" for w in written.get((typ, ""), [])]
    else:
        out += written.get((typ, key), []) + (written.get(("aws.*", key), []) if typ != "aws.*" else [])
    return out + across.get((typ, key), [])


def resolve(sent=None):
    """[(service, operation, member, [(type, attribute)], [checks], left-out
    reason or None)] for every sent member (members-sent.txt's, or `sent`),
    and the problems --check reports."""
    written, across = written_rows(), across_rows()
    by_member = collections.defaultdict(list)
    for typ, attr, service, op, path, settings in gen.map_lines():
        by_member[(service, op, path)].append((typ, attr, settings))
    direct, same = attribute_lines()
    left = left_out_lines()
    problems = []
    for _s, _o, _m, typ, attr, n in direct:
        if not attribute_checks(typ, attr, written, across):
            problems.append(f"tests/contract/attributes.map:{n}: {typ} {attr or '(whole)'}: no row "
                            "of the table checks it (a stale line?)")

    def checks_of(key, depth=0):
        attrs, checks = [], []
        for typ, attr, settings in by_member.get(key, []):
            attrs.append((typ, attr))
            checks += model_checks(*key, settings)
            checks += [c for c in attribute_checks(typ, attr, written, across) if c not in checks]
        for typ, attr in ((t, a) for s, o, m, t, a, _n in direct if fnmatch.fnmatchcase(key[0], s) and
                          fnmatch.fnmatchcase(key[1], o) and fnmatch.fnmatchcase(key[2], m)):
            attrs.append((typ, attr))
            checks += [c for c in attribute_checks(typ, attr, written, across) if c not in checks]
        if depth == 0:
            for s, o, glob, s2, o2, template, _n in same:
                # GLOB is PREFIX* (or a whole member): what * matched goes
                # into TEMPLATE's *
                if (s, o) == key[:2] and fnmatch.fnmatchcase(key[2], glob):
                    star = key[2][len(glob.rstrip("*")):] if glob.endswith("*") else ""
                    a2, c2 = checks_of((s2, o2, template.replace("*", star)), 1)
                    attrs += [a for a in a2 if a not in attrs]
                    checks += [c for c in c2 if c not in checks]
        return attrs, checks

    out = []
    used = set()
    for service, op, member in all_members() if sent is None else sent:
        attrs, checks = checks_of((service, op, member))
        reason = None
        if not checks:
            for s, o, mg, why, n in left:
                if fnmatch.fnmatchcase(service, s) and fnmatch.fnmatchcase(op, o) and \
                        fnmatch.fnmatchcase(member, mg):
                    reason = why
                    used.add(n)
                    break
            if reason is None and attrs:
                reason = NO_CONSTRAINT
            if reason is None and model_type(service, op, member) == "boolean":
                reason = BOOLEAN
            if reason is None:
                where = {"suite": "sent (tests/contract/members-sent.txt)",
                         "code": "sent by the code (tests/contract/members-code.txt)"}.get(
                             ORIGIN.get((service, op, member)), "sent")
                problems.append(f"{service} {op} {member}: {where} "
                                "but neither a row of the table checks it nor a left-out line "
                                "of provider/aws/checks/constraints.map says why not")
        out.append((service, op, member, attrs, checks, reason))
    UNUSED[:] = [(n, f"{s} {o} {m}") for s, o, m, _why, n in left if n not in used]
    return out, problems


# The left-out lines the last resolve() matched no member with: (line, text).
UNUSED = []


def totals(members):
    """{service: (sent, checked, left out, from the code only)}."""
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    for service, op, m, _a, checks, reason in members:
        row = per[service]
        row[0] += 1
        if checks:
            row[1] += 1
        elif reason:
            row[2] += 1
        if ORIGIN.get((service, op, m)) == "code":
            row[3] += 1
    return {s: tuple(v) for s, v in sorted(per.items())}


# Members and what resolve must make of them: --self-test proves a member
# with no line is found, and that each way of covering one works.
SELF_TEST = [
    (("glue", "CreateJob", "Timeout"), "model range at least 1"),                 # constraints.map
    (("glue", "UpdateJob", "JobUpdate.Timeout"), "model range at least 1"),       # an "=" line
    (("glue", "CreateJob", "Command.ScriptLocation"), "documented rule rule_s3_uri"),
    (("lambda", "CreateFunction", "Role"), "across: the role trusts lambda"),
    (("lambda", "CreateFunction", "VpcConfig.SubnetIds"), "across: the role may manage network"),
    (("firehose", "CreateDeliveryStream", "ExtendedS3DestinationConfiguration.RoleARN"),
     "across: the role may write the bucket"),
    (("lambda", "UpdateFunctionConfiguration", "VpcConfig.SecurityGroupIds"), "model list size 0-5"),
    (("iam", "CreateRole", "Tags.Key"), "documented rule rule_tags"),
    (("logs", "CreateLogGroup", "kmsKeyId"), "across: the key's policy lets CloudWatch Logs"),
    (("ec2", "CreateVpc", "VpcId"), "left out: an id from another resource"),
    (("s3", "PutBucketNotificationConfiguration",
      "NotificationConfiguration.QueueConfigurations.QueueArn"), "across: the destination lets S3"),
    (("lambda", "CreateEventSourceMapping", "EventSourceArn"),
     "across: the function's role may read the source"),
    (("glue", "CreateJob", "NoSuchMember"), "problem"),
]


def self_test():
    members, problems = resolve([k for k, _ in SELF_TEST])
    failed = 0
    for i, ((key, want), (_s, _o, _m, _a, checks, reason)) in enumerate(zip(SELF_TEST, members), 1):
        if want == "problem":
            got = [p for p in problems if p.startswith(" ".join(key) + ":")]
            ok = bool(got)
        else:
            got = checks if checks else ["left out: " + reason] if reason else []
            ok = any(g.startswith(want) for g in got)
        print(f"{'ok' if ok else 'not ok'} {i} - coverage self-test: {' '.join(key)}: {want}")
        if not ok:
            failed += 1
            print(f"#   found instead: {got}")
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    members, problems = resolve()
    if sys.argv[1:] == ["--check"]:
        for p in problems:
            print("coverage: " + p, file=sys.stderr)
        if problems:
            print(f"coverage: {len(problems)} problem(s); add a row, an attributes.map line or a "
                  "left-out line (docs/validation.md, \"Coverage\")", file=sys.stderr)
            return 1
        return 0
    for service, (sent, checked, left, code) in totals(members).items():
        print(f"{service:16} {sent:4} sent {checked:4} checked {left:4} left out "
              f"({100 * checked // sent}% checked; {code} from the code only)")
    for p in problems:
        print("# " + p)
    for n, text in UNUSED:
        print(f"# provider/aws/checks/constraints.map:{n}: left-out {text} matches no sent member")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
