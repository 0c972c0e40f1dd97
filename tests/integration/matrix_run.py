"""matrix_run.py SCHEMA OUT PHASE WAY...: runs issue 39's matrix (the stacks
matrix.py writes into OUT) through terrace's commands and judges each cell
(a resource's attribute, reached by a way, through a command).

PHASE `read`: the commands that change nothing in AWS (validate, validate
-json, plan -out, show -json of that plan, graph, policy, build, console), each way's
stack once. PHASE `apply`: apply, a plan after it, show -json, state show
of every resource (one command naming them all; each alone when it fails,
to name the cells), output -json, console (and, for the way `stack`, plan
-all over it and the stack it reads: no change), then destroy.

Every command runs under `timeout` (480 s: a hang is a failure; an apply of
every type takes 10-35 s on a quiet machine and has taken 190 s on a loaded
one, so the limit is for hangs only) and a
crash (exit 87, the sanitizers', or >= 124) is a failure. A command that
refuses a way's stack (exit 1) is run again on one stack per resource
(matrix.py's subset) to name the cells it refuses; a refusal is accepted
only with a clear message (file:line:col, or the resource's name) and exit
1. The values: the plan's value (show -json; `(sensitive value)` with
after_sensitive for a secret; after_unknown for a value known after
apply), state show's, show -json's, output's and console's must agree with
each other and with the way's value. The secret's value is never printed.
The policy of a way whose value is known at plan is the literal way's with
the value replaced (the same ARNs).

Prints one line per failure ("FAIL WAY COMMAND CELL: why"), one per
accepted refusal ("REFUSED ..."), then "# figure:" lines; exits 1 on any
failure."""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TERRACE = os.environ["TERRACE"]
SCHEMA, OUT, PHASE = sys.argv[1], sys.argv[2], sys.argv[3]
WAYS = sys.argv[4:]
TIMEOUT = 480
failures, refusals = [], []
tried = {}     # command -> cells tried
refused = {}   # command -> cells refused with a message
seen = set()   # (way, command, cell) refusals counted


def cells_of(d):
    """matrix.py's cells, each EXPECTED read from its JSON ("?" kept)."""
    cells = []
    for line in open(os.path.join(d, "cells")).read().splitlines():
        name, rtype, attr, expected, address = line.split("\t")
        cells.append((name, rtype, attr, expected if expected == "?" else json.loads(expected),
                      address))
    return cells


def way_of(d):
    expr, value = open(os.path.join(d, "way")).read().splitlines()
    return expr, value


def run(d, name, args, stdin=None):
    """terrace ARGS in folder d; (rc, out, err), also kept as NAME.out/err."""
    began = time.monotonic()
    try:
        p = subprocess.run(["timeout", str(TIMEOUT), TERRACE] + args, cwd=d, input=stdin,
                           capture_output=True, text=True)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except Exception as e:  # noqa: BLE001 - reported as the cell's failure
        rc, out, err = 255, "", str(e)
    with open(os.path.join(d, "times"), "a") as f:
        f.write("%.1f %s\n" % (time.monotonic() - began, name))
    with open(os.path.join(d, name + ".out"), "w") as f:
        f.write(out)
    with open(os.path.join(d, name + ".err"), "w") as f:
        f.write(err)
    return rc, out, err


def fail(way, cmd, cell, why):
    failures.append((way, cmd, cell, why))


def broken(rc):
    """Why rc is a crash or a hang, or None."""
    if rc == 124:
        return "no answer within %d s (timeout)" % TIMEOUT
    if rc == 87:
        return "a sanitizer stopped it (exit 87)"
    if rc >= 124:
        return "crashed (exit %d)" % rc
    return None


def clear(err, names):
    """A refusal's message is clear when it names file:line:col or a resource."""
    if re.search(r"\.yaml:\d+:\d+", err):
        return True
    return any(re.search(r"\b%s\b" % re.escape(n), err) for n in names)


COMMANDS = {
    "validate": (["validate"], (0,)),
    "validate -json": (["validate", "-json"], (0,)),
    "plan": (["plan", "-out=m.plan", "-detailed-exitcode"], (2,)),
    "show -json": (["show", "-json", "m.plan"], (0,)),
    "graph": (["graph"], (0,)),
    "policy": (["policy"], (0,)),
    "build": (["build"], (0,)),
}


# What a command reads that another makes: the plan file.
NEEDS = {"show -json": ["plan"]}


def one_cell(way, cell_name, cmds):
    """The cell's own stack (the resource and what it refers to): the rc of
    each of cmds, in order, stopping at the first that is not ok."""
    sub = os.path.join(OUT, "cell", cell_name)
    subprocess.run([sys.executable, os.path.join(HERE, "matrix.py"), SCHEMA, sub, way, cell_name],
                   check=True)
    d = os.path.join(sub, way)
    results = []
    for c in cmds:
        args, ok = COMMANDS[c]
        rc, out, err = run(d, c.replace(" ", ""), args)
        results.append((c, rc, ok, out + err if c.endswith("-json") else err))
        if rc not in ok:
            break
    return results


def judge(way, d, cmd, rc, err, cells):
    """Counts the command's cells; on a refusal, finds the cells refused."""
    names = [c[0] for c in cells]
    tried[cmd] = tried.get(cmd, 0) + len(cells)
    why = broken(rc)
    if why:
        fail(way, cmd, "(every cell)", why + ": " + err.strip()[-300:])
        return False
    if rc in COMMANDS[cmd][1]:
        return True
    # Refused: which cells? Each resource in a stack of its own.
    found = False
    for name in names:
        for c, crc, ok, cerr in one_cell(way, name, NEEDS.get(cmd, []) + [cmd]):
            if crc in ok:
                continue
            found = True
            why = broken(crc)
            if why:
                fail(way, c, name, why)
            elif crc != 1 or not clear(cerr, [name]):
                fail(way, c, name, "exit %d without a clear message: %s" % (crc, cerr.strip()[-300:]))
            elif (way, c, name) not in seen:
                seen.add((way, c, name))
                lines = cerr.strip().splitlines()
                said = next((l.strip() for l in lines if ".yaml:" in l or name in l), lines[0])
                refusals.append("REFUSED %s %s %s: %s" % (way, c, name, said[:200]))
                refused[c] = refused.get(c, 0) + 1
    if not found:
        fail(way, cmd, "(the stack)", "exit %d, yet no cell alone is refused: %s" %
             (rc, err.strip()[-300:]))
    return False


def lookup(value, path):
    """value's member at path (matrix.py's ATTRIBUTE: numbers index lists)."""
    for part in path.split("."):
        if value == "(sensitive value)":
            return value  # a map kept as a whole: its entries are too
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def in_expression(path):
    """path as an expression reads it: a list's index in brackets."""
    return re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)


def top(path):
    return path.split(".")[0]


def check_plan_json(way, d, cells, value):
    doc = json.load(open(os.path.join(d, "show-json.out")))
    changes = {r["address"]: r["change"] for r in doc.get("resource_changes", [])}
    for name, rtype, attr, expected, address in cells:
        ch = changes.get(address)
        if ch is None:
            fail(way, "show -json", name, "no resource_changes entry %s" % address)
            continue
        if attr.startswith(("build.", "python.")):
            continue  # a build's inputs are in its key, not in the plan's attributes
        got = lookup(ch.get("after") or {}, attr)
        if value == "?":
            unknown = ch.get("after_unknown") or {}
            if not (lookup(unknown, attr) is True or unknown.get(top(attr)) is True):
                fail(way, "show -json", name, "%s is %r, not unknown until apply" % (attr, got))
        elif way == "secret":
            sens = ch.get("after_sensitive") or {}
            if not (lookup(sens, attr) is True or sens.get(top(attr)) is True):
                fail(way, "show -json", name, "%s is not marked sensitive" % attr)
        elif got != expected:
            fail(way, "show -json", name, "%s is %r, the way gives %r" % (attr, got, expected))


def check_secret_hidden(way, d, names):
    if way != "secret":
        return
    _, value = way_of(d)
    for n in names:
        path = os.path.join(d, n)
        if os.path.exists(path) and value in open(path).read():
            fail(way, n.rsplit(".", 1)[0], "(every cell)", "prints the secret %r" % value)


def read_phase(way):
    d = os.path.join(OUT, way)
    cells = cells_of(d)
    expr, value = way_of(d)
    plan_ok = True
    for cmd in COMMANDS:
        args, ok = COMMANDS[cmd]
        if cmd == "show -json" and not plan_ok:
            # show -json reads the plan: run cell by cell with it when the
            # plan was refused (judge's NEEDS).
            tried[cmd] = tried.get(cmd, 0) + len(cells)
            continue
        rc, out, err = run(d, cmd.replace(" ", ""), args)
        good = judge(way, d, cmd, rc, out + err if cmd.endswith("-json") else err, cells)
        if not good:
            plan_ok = plan_ok and cmd != "plan"
            continue
        if cmd == "validate -json":
            doc = json.loads(out)
            if doc.get("valid") is not True:
                fail(way, cmd, "(every cell)", "not valid: %s" % out[:300])
        if cmd == "show -json":
            check_plan_json(way, d, cells, value)
        if cmd == "graph":
            for name, _, _, _, address in cells:
                if '"%s"' % address.replace('"', '\\"') not in out and '"%s"' % name not in out:
                    fail(way, cmd, name, "no node %s" % address)
        if cmd == "policy":
            json.loads(out)
            lit = os.path.join(OUT, "lit", "policy.out")
            if way not in ("lit", "secret") and value != "?" and os.path.exists(lit):
                want = open(lit).read().replace("mlit", value)
                if want != out:
                    fail(way, cmd, "(every cell)", "the ARNs differ from the literal way's")
    # console: the way's own value, before anything is applied (a lookup's
    # results, a module's outputs and an instance's key exist only with state).
    if way in ("lit", "var", "loc", "secret"):
        tried["console"] = tried.get("console", 0) + len(cells)
        rc, out, err = run(d, "console", ["console"], stdin="${%s}\n" % expr)
        why = broken(rc)
        want = "(sensitive value)" if way == "secret" else json.dumps(value)
        if why or rc != 0 or out.strip() != want:
            fail(way, "console", "(the way)", "exit %d, printed %r, wants %r %s" %
                 (rc, out.strip(), want, err.strip()[-200:]))
    check_secret_hidden(way, d, [c.replace(" ", "") + s for c in list(COMMANDS) + ["console"]
                                 for s in (".out", ".err")])


def values_of(way, d, cells, rc_state, doc_state, outputs, console_lines):
    """Each cell's value as state show, show -json, output and console
    give it: they agree, and are the way's value."""
    state_vals = {r["address"]: r.get("values", {}) for r in
                  doc_state.get("values", {}).get("root_module", {}).get("resources", [])}
    expected_seen = {}
    i = 0
    for name, rtype, attr, expected, address in cells:
        if attr.startswith(("build.", "python.")):
            continue
        shown = {}
        shown["show -json"] = lookup(state_vals.get(address, {}), attr)
        shown["state show"] = lookup(rc_state.get(address) or {}, attr)
        out = outputs.get("o_" + name, {})
        shown["output"] = out.get("value")
        shown["console"] = console_lines[i] if i < len(console_lines) else None
        i += 1
        if way == "secret":
            shown["console"] = json.loads(shown["console"]) if shown["console"] and \
                shown["console"].startswith('"') else shown["console"]
            for k in ("show -json", "state show", "console"):
                if shown[k] != "(sensitive value)":
                    fail(way, k, name, "%s shows %r, not (sensitive value)" % (attr, shown[k]))
            if out.get("sensitive") is not True:
                fail(way, "output", name, "o_%s is not sensitive: %r" % (name, out))
            continue
        want = expected if expected != "?" else shown["state show"]
        if want is None:
            fail(way, "state show", name, "no %s in state" % attr)
            continue
        if expected == "?":
            expected_seen[name] = want
        for k, v in shown.items():
            if k == "console":
                v = json.loads(v) if v else v
            if v != want:
                fail(way, k, name, "%s is %r; %s" % (attr, v, "the way gives %r" % expected
                                                       if expected != "?" else
                                                       "state show has %r" % want))
    if way == "after":
        values = set(expected_seen.values())
        seed = lookup(rc_state.get("seed") or {}, "vpc_id") or ""
        prefix = seed.replace("-", "")
        for name, v in expected_seen.items():
            # a number made from the value is its length (matrix.py's NUMBER)
            if isinstance(v, str) and (not prefix or prefix not in v) or \
                    not isinstance(v, str) and (not prefix or v != len(prefix)):
                fail(way, "state show", name, "%r holds no %r (the seed VPC's id)" % (v, prefix))


def state_show(d, address):
    rc, out, err = run(d, "state-show." + re.sub(r"\W", "_", address),
                       ["state", "show", "-json", address])
    if rc != 0:
        return rc, err, None
    doc = json.loads(out)
    return rc, err, doc.get("values", {})


def documents(text):
    """The JSON documents of text, one after another."""
    dec, i, docs = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            return docs
        doc, i = dec.raw_decode(text, i)
        docs.append(doc)


def state_show_all(way, d, named):
    """state show -json of every address of named ((cell, address) pairs)
    in one command (one process, not one per cell); each address's values,
    None for one it did not show. When that command fails, each address
    alone, to name the cells."""
    addresses = [a for _, a in named]
    rc, out, err = run(d, "state-show-all", ["state", "show", "-json"] + addresses)
    try:
        docs = documents(out) if rc == 0 else []
    except ValueError:
        docs = []
    if rc == 0 and [doc.get("address") for doc in docs] == addresses:
        return {a: doc.get("values", {}) for a, doc in zip(addresses, docs)}
    shown = {}
    for name, a in named:
        src, serr, attrs = state_show(d, a)
        if src != 0:
            fail(way, "state show", name, broken(src) or "exit %d: %s" % (src, serr[-300:]))
        shown[a] = attrs
    if all(shown[a] is not None for a in addresses):
        fail(way, "state show", "(the stack)", "state show of %d addresses: exit %d, %d "
             "documents, each alone shown: %s" % (len(addresses), rc, len(docs), err[-300:]))
    return shown


def apply_phase(way):
    d = os.path.join(OUT, way)
    cells = cells_of(d)
    names = [c[0] for c in cells]
    expr, value = way_of(d)
    count = lambda c: tried.__setitem__(c, tried.get(c, 0) + len(cells))  # noqa: E731
    for c in ("apply", "plan after apply", "show -json", "state show", "output", "console",
              "destroy"):
        count(c)
    rc, out, err = run(d, "apply", ["apply", "-auto-approve"])
    ok = broken(rc) is None and rc == 0
    if not ok:
        fail(way, "apply", "(the stack)", (broken(rc) or "exit %d" % rc) + ": " +
             " | ".join(l for l in err.splitlines() if "rror" in l)[:1500])
    else:
        rc, out, err = run(d, "plan-after", ["plan", "-detailed-exitcode"])
        if rc != 0:
            fail(way, "plan after apply", "(the stack)", (broken(rc) or "exit %d" % rc) + ": " +
                 " | ".join(l for l in (out + err).splitlines()
                            if re.match(r"\s*[~+-]|.*rror", l))[:1500])
        rc, out, err = run(d, "show-json-state", ["show", "-json"])
        doc_state = json.loads(out) if rc == 0 else {}
        if rc != 0:
            fail(way, "show -json", "(the stack)", broken(rc) or "exit %d: %s" % (rc, err[-300:]))
        named = [(name, address) for name, _, _, _, address in cells]
        in_state = state_show_all(way, d, named + ([("seed", "seed")] if way == "after" else []))
        in_state.setdefault("seed", None)
        rc, out, err = run(d, "output-json", ["output", "-json"])
        outputs = json.loads(out) if rc == 0 else {}
        if rc != 0:
            fail(way, "output", "(the stack)", broken(rc) or "exit %d: %s" % (rc, err[-300:]))
        lines = "".join("${%s.%s}\n" % (a, in_expression(attr)) for _, _, attr, _, a in cells
                        if not attr.startswith(("build.", "python.")))
        rc, out, err = run(d, "console", ["console"], stdin=lines)
        if rc != 0:
            fail(way, "console", "(the stack)", broken(rc) or "exit %d: %s" % (rc, err[-300:]))
        values_of(way, d, cells, in_state, doc_state, outputs, out.splitlines())
        if way == "stack":
            # The two-stack pattern applied: plan -all over the base and its
            # reader plans no change in either.
            count("plan -all")
            with open(os.path.join(OUT, "terrace.stacks.yaml"), "w") as f:
                f.write("stacks: [base, stack]\n")
            rc, out, err = run(OUT, "plan-all", ["plan", "-all", "-detailed-exitcode"])
            os.remove(os.path.join(OUT, "terrace.stacks.yaml"))
            if rc != 0:
                fail(way, "plan -all", "(the stack)", (broken(rc) or "exit %d" % rc) + ": " +
                     " | ".join(l for l in (out + err).splitlines()
                                if re.match(r"\s*[~+-] |.*rror|\s+\w+: ", l))[:1500])
    rc, out, err = run(d, "destroy", ["destroy", "-auto-approve"])
    if rc != 0:
        fail(way, "destroy", "(the stack)", (broken(rc) or "exit %d" % rc) + ": " +
             " | ".join(l for l in err.splitlines() if "rror" in l)[:1500])
    rc, out, err = run(d, "state-list", ["state", "list"])
    if out.strip():
        fail(way, "destroy", "(the stack)", "left in state: " + " ".join(out.split()))
    # The state keeps a name made from a secret as it is (it is the
    # object's id, docs/safety.md): state show and show -json of the state
    # are not the stack's readers that know the secret.
    check_secret_hidden(way, d, [n for n in os.listdir(d) if n.endswith((".out", ".err"))
                                 and not n.startswith(("output", "state-show", "show-json"))])


for way in WAYS:
    if PHASE == "read":
        read_phase(way)
    else:
        apply_phase(way)
for line in refusals:
    print(line)
for f in failures:
    print("FAIL %s %s %s: %s" % f)
for cmd in tried:
    print("# figure: %s: %d cells tried, %d refused with a message, %d failures" %
          (cmd, tried[cmd], refused.get(cmd, 0), sum(1 for f in failures if f[1] == cmd)))
sys.exit(1 if failures else 0)
