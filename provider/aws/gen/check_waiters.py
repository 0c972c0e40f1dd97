#!/usr/bin/env python3
"""provider/aws/gen/check_waiters.py: hold every waiter row of provider/aws/
(`struct aws_waiter`, transport/wait.h) against the waiter botocore ships for
the same call (its waiters-2.json, the data the AWS SDKs generate their
waiters from), as provider/aws/gen/waiters.map pairs them.

    provider/aws/gen/check_waiters.py           print each row's verdict
    provider/aws/gen/check_waiters.py --check   only the findings; exit 1 on one

For a row paired with a botocore waiter, the check asks:
  - the status path: botocore's `argument` (NatGateways[].State), spelled as
    the row's wire spells it (natGatewaySet/item/state for EC2, the members'
    names joined by / for JSON; a list's [] is the row's one object);
  - every state of a `path`/`pathAll`/`pathAny` acceptor: a `success` state
    in the row's done, a `failure` state in its failed, a `retry` state in
    neither; and every state of the row's done and failed in botocore's
    success and failure respectively;
  - every `error` acceptor: its code in the row's gone, and what the row does
    with it as botocore does (success: gone_is_done; retry: gone_is_again;
    failure: neither).
A row botocore has no waiter for is paired with `-`, and the check holds that
botocore has none for its operation (when it gets one, the row is paired).

The statuses of the RDS and Redshift APIs (`struct db_api`,
rds/dbinstance.h) are paired with botocore's waiter for availability
(DBInstanceAvailable): its describe call is the db_api's, each of its
success states a ready one and each failure state a stuck one; the
db_api's further stuck states come from AWS's status pages, which
tests/unit/test_waiter_rows.c holds.

The states of a run `terrace run` follows (`struct run_states`, run/api.h:
each state's outcome) are paired with the shape of the service's model
that lists them (glue JobRunState): every state of the shape's enum is a
row of the table (states-), and every row a state of the enum (states+).
Every finding the row means to keep is an `allow` line of waiters.map with
its reason; an allow line that matches no finding is itself a finding.
Every row needs a line; a line naming no row is a finding.

The rows are read from the C source: the initializer of each
`struct aws_waiter NAME = { ... };`, its string arrays, and the #define'd
strings of the file and of its folder's headers. The botocore read is the
installed one, the pinned copy the other generators read (named in the
output: "botocore X.Y.Z").
"""
import pathlib
import re
import sys

import botocore
import botocore.exceptions
import botocore.loaders

HERE = pathlib.Path(__file__).resolve().parent
AWS = HERE.parent                    # provider/aws
MAP = HERE / "waiters.map"
LOADER = botocore.loaders.create_loader()
sys.path.insert(0, str(HERE))
from gen_services import read_services  # noqa: E402
PROTOCOLS = {row["name"]: row["protocol"] for row in read_services()}

RUN_TABLE = re.compile(r"const\s+struct\s+run_states\s+(\w+)\s*=\s*\{\s*(\w+)\s*,", re.S)
RUN_ROWS = re.compile(r"struct\s+run_state_row\s+(\w+)\s*\[\]\s*=\s*\{(.*?)\};", re.S)
RUN_ROW = re.compile(r'\{\s*"([^"]+)"\s*,\s*(RUN_\w+)\s*\}')
ARRAY = re.compile(r"const\s+char\s*\*\s*const\s+(\w+)\s*\[\]\s*=\s*\{(.*?)\};", re.S)
DEFINE = re.compile(r"^#define\s+(\w+)\s+(.*?)\s*$", re.M)
FIELD = re.compile(r"\.(\w+)\s*=\s*")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def strip_comments(text):
    return re.sub(r"/\*.*?\*/", " ", text.replace("\\\n", " "), flags=re.S)


def split_top(text):
    """text split at the commas outside string literals."""
    parts, cur, quoted, i = [], [], False, 0
    while i < len(text):
        ch = text[i]
        if quoted and ch == "\\":
            cur.append(text[i:i + 2])
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
        i += 1
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def value_of(expr, defines):
    """A field's C expression as Python: a string (literals and #define'd
    strings concatenated), a name, true/false."""
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|\w+', expr)
    if len(tokens) == 1 and tokens[0] in ("true", "false"):
        return tokens[0] == "true"
    out = []
    for t in tokens:
        if t.startswith('"'):
            out.append(t[1:-1])
        elif t in defines:
            out.append(value_of(defines[t], defines))
        else:
            return expr.strip()     # a name: an array, an enum constant
    return "".join(out)


def rows(kind="aws_waiter"):
    """{"ec2/nat_gateway.c:nat_up": fields} for every struct `kind` of
    provider/aws."""
    found = {}
    decl = re.compile(r"struct\s+" + kind + r"\s+(\w+)\s*=\s*\{(.*?)\};", re.S)
    for path in sorted(AWS.rglob("*.c")):
        text = strip_comments(path.read_text())
        if kind not in text or path.parent.name == "transport":
            continue
        defines = {}
        for header in sorted(path.parent.glob("*.h")):
            defines.update(DEFINE.findall(strip_comments(header.read_text())))
        defines.update(DEFINE.findall(text))
        arrays = {name: [value_of(v, defines) for v in split_top(body) if v != "NULL"]
                  for name, body in ARRAY.findall(text)}
        for name, body in decl.findall(text):
            fields = {}
            for part in split_top(body):
                m = FIELD.match(part)
                if m:
                    v = value_of(part[m.end():], defines)
                    fields[m.group(1)] = arrays.get(v, v) if isinstance(v, str) else v
            found[f"{path.relative_to(AWS)}:{name}"] = fields
    return found


def run_tables():
    """{"glue/run.c:glue_job_run_states": {state: outcome}} for every
    struct run_states of provider/aws."""
    found = {}
    for path in sorted(AWS.rglob("*.c")):
        text = strip_comments(path.read_text())
        if "run_states" not in text:
            continue
        rows = {name: dict(RUN_ROW.findall(body)) for name, body in RUN_ROWS.findall(text)}
        for name, rows_name in RUN_TABLE.findall(text):
            found[f"{path.relative_to(AWS)}:{name}"] = rows.get(rows_name, {})
    return found


def run_findings(service, shape, states):
    """[(finding, value, message)] of a run_states table against the enum
    of botocore's shape."""
    shapes = model(service, "service-2")["shapes"]
    if shape not in shapes or "enum" not in shapes[shape]:
        return [("shape", shape, f"botocore {service} has no enum shape {shape}")]
    enum = set(shapes[shape]["enum"])
    return ([("states-", s, f"botocore {service} {shape} has the state {s!r}, which no row "
              "of the table names") for s in sorted(enum - set(states))] +
            [("states+", s, f"the table has a row {s!r}, which botocore {service} {shape} "
              "does not list") for s in sorted(set(states) - enum)])


def db_findings(f, service, waiter):
    """[(finding, value, message)] of a struct db_api against botocore's
    waiter for availability: its describe call, and each success state a
    ready one, each failure state a stuck one (the db_api may know more
    stuck states than botocore, from AWS's status pages: the unit test
    holds those)."""
    w = model(service, "waiters-2")["waiters"][waiter]
    out = []
    if w["operation"] != f.get("describe_action"):
        out.append(("operation", f.get("describe_action"), f"calls {f.get('describe_action')}, "
                    f"botocore's {waiter} calls {w['operation']}"))
    for a in w["acceptors"]:
        if a["matcher"] not in ("path", "pathAll", "pathAny") or a["state"] == "retry":
            continue
        have, name = ((f.get("ready_states") or [], "ready_states") if a["state"] == "success"
                      else (f.get("stuck_states") or [], "stuck_states"))
        if a["expected"] not in have:
            out.append((name + "-", a["expected"], f"botocore's {waiter} {a['state']} state "
                        f"{a['expected']!r} is not in the db_api's {name}"))
    return out


def held(row, findings, allows, used, problems):
    """The findings of `row` the map allows (kept) and the others (differs,
    each a problem)."""
    kept, differs = [], []
    for finding, value, message in findings:
        if (row, finding, value) in allows:
            used.add((row, finding, value))
            kept.append(f"{finding} {value}")
        else:
            differs.append(f"{finding} {value}")
            problems.append(f"{row}: {message} (waiters.map: `allow {row} {finding} "
                            f"{value} -- why`)")
    return kept, differs


def read_map():
    pairs, allows, problems = {}, {}, []
    for n, line in enumerate(MAP.read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        words = line.split()
        if words[0] == "allow":
            head, _, reason = line.partition(" -- ")
            w = head.split()
            if len(w) != 4 or not reason.strip():
                problems.append(f"waiters.map:{n}: an allow line is `allow ROW FINDING VALUE -- reason`")
                continue
            allows[(w[1], w[2], w[3])] = n
        elif len(words) == 3:
            pairs[words[0]] = (words[1], words[2], n)
        else:
            problems.append(f"waiters.map:{n}: a pairing is `ROW BOTOCORE_SERVICE WAITER` (or -)")
    return pairs, allows, problems


_models = {}


def model(service, kind):
    if (service, kind) not in _models:
        try:
            _models[(service, kind)] = LOADER.load_service_model(service, kind)
        except botocore.exceptions.DataNotFoundError:
            if kind == "service-2":
                raise SystemExit(f"check_waiters: botocore has no service {service!r}")
            model(service, "service-2")     # the service is there, with no waiters
            _models[(service, kind)] = {"waiters": {}}
    return _models[(service, kind)]


def wire_path(service, operation, argument, protocol):
    """botocore's argument (a JMESPath of members and []) as the row's wire
    (its service's protocol in services.def) spells it, or None when it is
    more than a path."""
    if not re.fullmatch(r"[A-Za-z0-9_]+(\[\])?(\.[A-Za-z0-9_]+(\[\])?)*", argument):
        return None
    m = model(service, "service-2")
    shapes = m["shapes"]
    shape = shapes[m["operations"][operation]["output"]["shape"]]
    out = []
    for part in argument.split("."):
        name, is_list = part.rstrip("[]"), part.endswith("[]")
        member = shape["members"][name]
        if protocol == "ec2":
            out.append(member.get("locationName", name[0].lower() + name[1:]))
        elif protocol == "query":
            out.append(member.get("locationName", name))
        else:
            out.append(name)
        shape = shapes[member["shape"]]
        if is_list:
            if protocol in ("ec2", "query"):
                out.append(shape["member"].get("locationName",
                                               "item" if protocol == "ec2" else "member"))
            shape = shapes[shape["member"]["shape"]]
    return "/".join(out)


def protocol_of(f):
    """The protocol of a row's service (.service = &aws_service_NAME), as
    services.def gives it: how the waiter's call is sent and read."""
    name = str(f.get("service", "")).lstrip("&").replace("aws_service_", "", 1)
    return PROTOCOLS.get(name)


def findings_of(row, f, service, waiter):
    """[(finding, value, message)] of row f against botocore's waiter."""
    out = []
    w = model(service, "waiters-2")["waiters"][waiter]
    same_call = w["operation"] == f.get("operation")
    if not same_call:
        out.append(("operation", f.get("operation"), f"calls {f.get('operation')}, "
                    f"botocore's {waiter} calls {w['operation']} (its states and errors "
                    "are still held, its path not)"))
    done, failed = set(f.get("done") or []), set(f.get("failed") or [])
    gone = set(f.get("gone") or [])
    by_state = {"success": set(), "failure": set(), "retry": set()}
    for a in w["acceptors"]:
        kind, state, expected = a["matcher"], a["state"], a["expected"]
        if kind in ("path", "pathAll", "pathAny") and isinstance(expected, str):
            path = wire_path(service, w["operation"], a["argument"], protocol_of(f))
            if same_call and path != f.get("status_path"):
                out.append(("status_path", a["argument"], f"reads {f.get('status_path')}, "
                            f"botocore's {waiter} reads {a['argument']} ({path})"))
            by_state[state].add(expected)
        elif kind == "error" and isinstance(expected, str):
            does = ("success" if f.get("gone_is_done") else
                    "retry" if f.get("gone_is_again") else "failure")
            if expected not in gone:
                out.append(("gone-", expected, f"botocore's {waiter} knows the error "
                            f"{expected} ({state}); the row's gone does not list it"))
            elif does != state:
                out.append(("gone", expected, f"botocore's {waiter} takes the error "
                            f"{expected} as {state}, the row as {does}"))
        elif kind == "path" and expected is True and "== `0`" in a.get("argument", ""):
            if state == "success" and not f.get("gone_is_done"):
                out.append(("gone", "empty", f"botocore's {waiter} is done when the answer "
                            "lists nothing; the row is not (gone_is_done)"))
        else:
            out.append(("acceptor", kind, f"botocore's {waiter} has an acceptor the check "
                        f"cannot read: {a}"))
    for state, have, name in (("success", done, "done"), ("failure", failed, "failed")):
        for s in sorted(by_state[state] - have):
            out.append((name + "-", s, f"botocore's {waiter} {state} state {s!r} is not in "
                        f"the row's {name}"))
        for s in sorted(have - by_state[state]):
            out.append((name + "+", s, f"the row's {name} has {s!r}, botocore's {waiter} has "
                        f"it not as {state}"))
    return out


def main(argv):
    check = "--check" in argv
    found = rows()
    pairs, allows, problems = read_map()
    used = set()
    say = (lambda *a: None) if check else print
    print(f"check_waiters: {len(found)} rows against botocore {botocore.__version__}'s waiters")
    for row, f in found.items():
        if row not in pairs:
            problems.append(f"{row}: no line in provider/aws/gen/waiters.map (pair it with "
                            "botocore's waiter of its call, or `-`)")
            continue
        service, waiter, _ = pairs[row]
        if waiter == "-":
            theirs = sorted(n for n, w in model(service, "waiters-2")["waiters"].items()
                            if w["operation"] == f.get("operation"))
            if theirs:
                problems.append(f"{row}: botocore {service} has waiters for "
                                f"{f.get('operation')} ({', '.join(theirs)}): pair the row")
            elif f.get("operation") not in model(service, "service-2")["operations"]:
                problems.append(f"{row}: botocore {service} has no operation {f.get('operation')}")
            else:
                say(f"  {row}: botocore {service} has no waiter for {f.get('operation')}")
            continue
        if waiter not in model(service, "waiters-2")["waiters"]:
            problems.append(f"{row}: botocore {service} has no waiter {waiter}")
            continue
        findings = {(k, v): m for k, v, m in findings_of(row, f, service, waiter)}
        kept, differs = held(row, [(k, v, m) for (k, v), m in findings.items()], allows, used,
                             problems)
        say(f"  {row}: " + (f"DIFFERS from botocore {service} {waiter}: {', '.join(differs)}"
                               if differs else f"agrees with botocore {service} {waiter}")
              + (f" (allowed: {', '.join(kept)})" if kept else ""))
    runs = run_tables()
    print(f"check_waiters: {len(runs)} run-state tables against botocore's enums")
    for row, states in runs.items():
        if row not in pairs:
            problems.append(f"{row}: no line in provider/aws/gen/waiters.map (pair it with the "
                            "shape of the service's model that lists its states)")
            continue
        service, shape, _ = pairs[row]
        kept, _ = held(row, run_findings(service, shape, states), allows, used, problems)
        say(f"  {row}: {len(states)} states against botocore {service} {shape}"
            + (f" (allowed: {', '.join(kept)})" if kept else ""))
    dbs = rows("db_api")
    print(f"check_waiters: {len(dbs)} RDS and Redshift status tables against botocore's waiters")
    for row, f in dbs.items():
        if row not in pairs:
            problems.append(f"{row}: no line in provider/aws/gen/waiters.map (pair it with "
                            "botocore's waiter for its availability)")
            continue
        service, waiter, _ = pairs[row]
        if waiter not in model(service, "waiters-2")["waiters"]:
            problems.append(f"{row}: botocore {service} has no waiter {waiter}")
            continue
        kept, differs = held(row, db_findings(f, service, waiter), allows, used, problems)
        say(f"  {row}: " + (f"DIFFERS from botocore {service} {waiter}: {', '.join(differs)}"
                               if differs else f"agrees with botocore {service} {waiter}")
            + (f" (allowed: {', '.join(kept)})" if kept else ""))
    for row in pairs:
        if row not in found and row not in runs and row not in dbs:
            problems.append(f"waiters.map:{pairs[row][2]}: {row} names no row")
    for key, n in allows.items():
        if key not in used:
            problems.append(f"waiters.map:{n}: allow {' '.join(key)} matches no finding")
    sys.stdout.flush()
    for p in problems:
        print("check_waiters: " + p, file=sys.stderr)
    return 1 if problems and check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
