#!/usr/bin/env python3
"""tests/integration/scan_secrets.py: no test prints a sensitive value.

    scan_secrets.py FOLDER OUTPUT     report where a value appears
    scan_secrets.py --mask FOLDER FILE
                                      FILE with those values masked (lib.sh's
                                      show_file, when a step fails)
    scan_secrets.py --pieces VALUE... -- FILE...
                                      name each FILE holding a piece of a
                                      VALUE (a test's own check of a step)
    scan_secrets.py --self-test       the scan finds a leak (make unit)

FOLDER is a test file's folder (lib.sh's TRASH_PARENT): its work folder
FOLDER/w and what lib.sh noted beside it. OUTPUT is the file's output
(every step's lines, and the logs of failed ones). Two kinds of values:

- declared (sensitive.values, lib.sh's test_sensitive_values): looked for
  in OUTPUT and every file of the work folder but the servers' side
  (w/.servers: what moto and the aws CLI were sent, where terrace is asked
  to put the secret) and the files test_holds_secret named
  (sensitive.holds, paths relative to w);
- found by the harness (sensitive.vars: the TERRACE_VAR_*, TF_VAR_* and
  TERRACE_BACKEND_SECRET_KEY each `terrace` run was given, NUL-separated
  name and value): a variable's value when a stack of the work folder
  declares that variable sensitive (and none declares it plain), or
  write_stack wrote it (sensitive.names); the backend's secret key always;
  the default a stack gives a sensitive variable (flow form).
  Values under 8 characters, one a plain variable also holds, and one a
  stack the test wrote (.yaml, .yml, .tf that no `terrace` run wrote) holds
  literally (the stack made it plain) are not looked for. Those are looked
  for in OUTPUT and in the files a `terrace` run wrote (sensitive.touched):
  what the test wrote itself (its stacks, a credentials file) is not
  terrace's output.

Both are looked for in FOLDER/printed too: what each `terrace` run printed
to a file of the work folder, as the run left it (a later step often
writes the same out or err); named path%to%file.TIME.

A plan file (JSON with "terrace_plan") is scanned without its snapshot and
its changes' "after": the stack and the values `apply PLANFILE` sends, kept
as Terraform's plan keeps them; its prior_state, reads and "before" are
scanned. Each place a value appears is a line naming the file and which
value (a declared one by its number, a found one by its variable: the value
itself is never printed); exit 1 when there is any, 0 when none, 2 on bad
arguments. A value is looked for as it is and as JSON writes it inside a
string.
"""
import json
import os
import random
import re
import shutil
import sys
import tempfile
import urllib.parse

# What a test's work folder holds that is not terrace's: the servers' side.
SERVER_SIDE = ".servers"
# Shorter values would be found in anything.
MIN_LENGTH = 8
# A value this long or longer is looked for by its pieces of this length
# too: what a cut (a message's limit) leaves of it.
PIECE = 16
BLOCK = PIECE // 2
# What --mask writes in place of a value.
MASK = b"(a sensitive value, masked by the harness)"
# Given to terrace outside TERRACE_VAR_*: always sensitive.
ALWAYS_SENSITIVE = {"TERRACE_BACKEND_SECRET_KEY"}

FLOW_DECL = re.compile(r"^\s+([A-Za-z_][\w-]*):\s*\{([^}\n]*)\}", re.M)
BLOCK_DECL = re.compile(r"^(\s+)([A-Za-z_][\w-]*):\s*$")
HCL_DECL = re.compile(r'variable\s+"([A-Za-z_][\w-]*)"\s*\{([^}]*)\}')
SENSITIVE = re.compile(r"\bsensitive:\s*true\b")
FLOW_DEFAULT = re.compile(r"\bdefault:\s*(?:\"([^\"]*)\"|'([^']*)'|([^,}\s]+))")


def forms(value):
    """The byte strings a value appears as: itself, its JSON escape, that
    escaped again (a JSON document quoted in a JSON string) and its
    URL-encoding (a query or form body)."""
    once = json.dumps(value, ensure_ascii=False)[1:-1]
    return {value.encode(), once.encode(), json.dumps(once, ensure_ascii=False)[1:-1].encode(),
            urllib.parse.quote(value, safe="-._~").encode()}


def spans(data, form):
    """Where data holds form: whole, or when form has PIECE bytes or more,
    any PIECE bytes of it or more (a value cut, or wrapped). Found by the
    blocks of BLOCK bytes at form's offsets that are multiples of BLOCK:
    any PIECE bytes of form hold one whole. (start, end) pairs, in order."""
    if len(form) < PIECE:
        out, at = [], data.find(form)
        while at != -1:
            out.append((at, at + len(form)))
            at = data.find(form, at + len(form))
        return out
    out = []
    for o in range(0, len(form) - BLOCK + 1, BLOCK):
        block = form[o:o + BLOCK]
        at = data.find(block)
        while at != -1:
            start, end = at, at + BLOCK
            while start > 0 and start - at + o > 0 and data[start - 1] == form[start - 1 - at + o]:
                start -= 1
            while end < len(data) and end - at + o < len(form) and data[end] == form[end - at + o]:
                end += 1
            if end - start >= PIECE:
                out.append((start, end))
            at = data.find(block, at + 1)
    out.sort()
    merged = []
    for start, end in out:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def read_lines(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f if line.rstrip("\n")]


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def stack_declarations(text):
    """(sensitive, plain, defaults): the names of the variables text
    declares sensitive, and plainly, in flow form (`name: {type: string,
    sensitive: true}`), block form (a `sensitive: true` line under `name:`)
    or HCL, and the defaults flow form gives the sensitive ones. An output
    (it has a value) is neither."""
    sensitive, plain, defaults = set(), set(), []
    for name, inner in FLOW_DECL.findall(text):
        if re.search(r"\bvalue:", inner):
            continue
        if SENSITIVE.search(inner):
            sensitive.add(name)
            m = FLOW_DEFAULT.search(inner)
            if m:
                defaults.append((name, next(g for g in m.groups() if g is not None)))
        elif re.search(r"\b(type|default):", inner):
            plain.add(name)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = BLOCK_DECL.match(line)
        if not m:
            continue
        body = []
        for below in lines[i + 1:]:
            if below.strip() and len(below) - len(below.lstrip()) <= len(m.group(1)):
                break
            body.append(below)
        body = "\n".join(body)
        if re.search(r"^\s+sensitive:\s*true\s*$", body, re.M) and \
                not re.search(r"^\s+value:", body, re.M):
            sensitive.add(m.group(2))
    for name, inner in HCL_DECL.findall(text):
        (sensitive if re.search(r"\bsensitive\s*=\s*true\b", inner) else plain).add(name)
    return sensitive, plain, defaults


def work_files(work):
    """Every file of the work folder but the servers' side, relative."""
    for root, dirs, files in os.walk(work):
        rel_root = os.path.relpath(root, work)
        if rel_root == ".":
            dirs[:] = [d for d in dirs if d != SERVER_SIDE]
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            yield os.path.normpath(os.path.join(rel_root, name)), path


def read_vars(path):
    """The (name, value) pairs of sensitive.vars, once each."""
    data = read_bytes(path) or b""
    parts = data.split(b"\0")
    pairs = []
    for i in range(0, len(parts) - 1, 2):
        pair = (parts[i].decode(errors="replace"), parts[i + 1].decode(errors="replace"))
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def variable_of(env_name):
    for prefix in ("TERRACE_VAR_", "TF_VAR_"):
        if env_name.startswith(prefix):
            return env_name[len(prefix):]
    return None


def found_values(pairs, names, work, touched):
    """(label, value) of the values the harness found sensitive."""
    sensitive, plain, defaults, written = set(names), set(), [], []
    for rel, path in work_files(work):
        if rel.endswith((".yaml", ".yml", ".tf")):
            text = (read_bytes(path) or b"").decode(errors="replace")
            if rel not in touched:
                written.append(text)
            s, p, d = stack_declarations(text)
            sensitive |= s
            plain |= p
            defaults += [("TERRACE_VAR_" + n, v) for n, v in d if ("TERRACE_VAR_" + n, v) not in defaults]
    sensitive -= plain
    pairs = pairs + defaults

    def is_sensitive(env_name):
        return env_name in ALWAYS_SENSITIVE or variable_of(env_name) in sensitive

    plain_values = {v for n, v in pairs if not is_sensitive(n)}
    out = []
    for n, v in pairs:
        if is_sensitive(n) and len(v) >= MIN_LENGTH and v not in plain_values and \
                v not in [x for _, x in out] and \
                ((n, v) in defaults or not any(v in text for text in written)):
            label = "the default of variable %s" % variable_of(n) if (n, v) in defaults \
                else "the value of %s" % n
            out.append((label, v))
    return out


def plan_file_scanned(data):
    """What of a plan file is scanned: all but its snapshot and what its
    changes send (after); other files whole."""
    if b'"terrace_plan"' not in data:
        return data
    try:
        doc = json.loads(data)
    except ValueError:
        return data
    if not isinstance(doc, dict) or "terrace_plan" not in doc:
        return data
    doc.pop("snapshot", None)
    for change in doc.get("changes") or []:
        if isinstance(change, dict):
            change.pop("after", None)
    return json.dumps(doc).encode()


def holds(data, values):
    """The labels of the values data holds (a piece of one counts)."""
    return [label for label, v in values if any(spans(data, f) for f in forms(v))]


def read_values(path):
    """The declared values: one JSON string a line (lib.sh's
    test_sensitive_values), so a value may hold a newline."""
    return [json.loads(line) for line in read_lines(path)]


def values_of(folder):
    """The file's values: those it declared, those the harness found, and
    the files terrace runs touched (relative to the work folder)."""
    work = os.path.join(folder, "w")
    declared = [("sensitive value %d" % (i + 1), v)
                for i, v in enumerate(read_values(os.path.join(folder, "sensitive.values")))]
    touched = {os.path.normpath(os.path.relpath(t, work))
               for t in read_lines(os.path.join(folder, "sensitive.touched"))}
    found_by_harness = found_values(read_vars(os.path.join(folder, "sensitive.vars")),
                                    read_lines(os.path.join(folder, "sensitive.names")), work,
                                    touched)
    return declared, found_by_harness, touched


def masked(folder, data):
    """data with each of the file's values (either form) replaced by
    MASK: what lib.sh's show_file prints of a file when a step fails."""
    declared, found_by_harness, _ = values_of(folder)
    found = sorted(span for _, v in declared + found_by_harness for f in forms(v)
                   for span in spans(data, f))
    out, at = [], 0
    for start, end in found:
        if end <= at:
            continue
        out += [data[at:max(start, at)], MASK] if start >= at else []
        at = end
    return b"".join(out) + data[at:]


def scan(folder, output):
    """Lines naming where a value appears."""
    work = os.path.join(folder, "w")
    declared, found_by_harness, touched = values_of(folder)
    allowed = {os.path.normpath(h) for h in read_lines(os.path.join(folder, "sensitive.holds"))}
    found = []
    data = read_bytes(output) if output else None
    if data is not None:
        for label in holds(data, declared + found_by_harness):
            found.append("the file's output holds %s" % label)
    for rel, path in work_files(work):
        if rel in allowed:
            continue
        values = declared + (found_by_harness if rel in touched else [])
        data = read_bytes(path)
        if data is None or not values:
            continue
        for label in holds(plan_file_scanned(data), values):
            found.append("%s holds %s" % (rel, label))
    printed = os.path.join(folder, "printed")
    for name in sorted(os.listdir(printed)) if os.path.isdir(printed) else []:
        rel = os.path.normpath(name.rsplit(".", 2)[0].replace("%", "/"))
        data = read_bytes(os.path.join(printed, name))
        if rel in allowed or data is None:
            continue
        for label in holds(plan_file_scanned(data), declared + found_by_harness):
            line = "%s (as a terrace run left it) holds %s" % (rel, label)
            if line not in found and "%s holds %s" % (rel, label) not in found:
                found.append(line)
    return found


def self_test():
    """A leak in the output, in a file, in JSON form (once or twice),
    URL-encoded and a 16-byte piece of a long value is found; the
    servers' side, a file the test declared and clean files are not; the
    values the harness finds are looked for in what terrace wrote only."""
    steps = []

    def check(name, ok):
        steps.append(ok)
        print("%s %d - %s" % ("ok" if ok else "not ok", len(steps), name))

    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "w")
        os.makedirs(os.path.join(work, SERVER_SIDE))
        os.makedirs(os.path.join(work, "sub"))
        values = ["Pa55-\"quoted\"-1", "plain-secret-2"]

        def put(rel, text, at=work):
            with open(os.path.join(at, rel), "w", encoding="utf-8") as f:
                f.write(text)

        def note(name, lines):
            put(name, "".join(line + "\n" for line in lines), tmp)

        def touched(*rels):
            with open(os.path.join(tmp, "sensitive.touched"), "a", encoding="utf-8") as f:
                for rel in rels:
                    f.write(os.path.join(work, rel) + "\n")

        out = os.path.join(tmp, "out")
        put(out, "ok 1 - nothing here\n", tmp)
        note("sensitive.values", [json.dumps(v) for v in values])
        note("sensitive.holds", ["pw"])
        put("plan.out", "environment = (sensitive value)\n")
        put(os.path.join(SERVER_SIDE, "moto.log"), "SecretString=plain-secret-2\n")
        put("pw", "plain-secret-2\n")
        check("a clean run finds nothing", scan(tmp, out) == [])
        note("sensitive.holds", [])
        check("an undeclared file holding a value is found",
              scan(tmp, out) == ["pw holds sensitive value 2"])
        note("sensitive.holds", ["pw"])
        put(os.path.join("sub", "show.json"), json.dumps({"before": values[0]}))
        check("a value in JSON form is found, in a folder below",
              scan(tmp, out) == ["sub/show.json holds sensitive value 1"])
        os.remove(os.path.join(work, "sub", "show.json"))
        # A long value with a newline and a quote: by a piece of 16 bytes
        # (a message's cut), escaped twice, URL-encoded; 15 bytes are not.
        draw = random.Random(1410)
        long_value = "Canary-\"q\"-" + "".join(draw.choice("abcdef0123456789") for _ in range(300)) + "\nend"
        note("sensitive.values", [json.dumps(v) for v in values + [long_value]])
        for name, text in [("cut", "name: \"%s…\" (311 bytes)" % long_value[:196]),
                           ("tail", "…%s" % long_value[-16:]),
                           ("twice", json.dumps({"m": json.dumps({"v": long_value})})),
                           ("url", "Value=" + urllib.parse.quote(long_value, safe="-._~"))]:
            put("leak.txt", text)
            check("a piece of a long value (%s) is found" % name,
                  scan(tmp, out) == ["leak.txt holds sensitive value 3"])
        put("leak.txt", "…%s" % long_value[-15:])
        check("15 bytes of it are not", scan(tmp, out) == [])
        shown = masked(tmp, ("x %s y" % long_value[:40]).encode())
        check("--mask masks a piece", shown == b"x " + MASK + b" y")
        os.remove(os.path.join(work, "leak.txt"))
        note("sensitive.values", [json.dumps(v) for v in values])

        # Found by the harness: the provider key write_stack declares, a
        # variable a stack declares sensitive, the backend's key; a plain
        # variable's, a short one and one a plain variable shares are not.
        key, token, backend = "moto-key-7f3a9c21", "token-5e8d0b44", "backend-key-91c2"
        env = [("TERRACE_VAR_secret_key", key), ("TF_VAR_token", token),
               ("TERRACE_VAR_bucket", "bucket-name-0001"), ("TERRACE_VAR_pin", "1234"),
               ("TERRACE_VAR_shared", "same-value-0002"), ("TERRACE_VAR_plainly", "same-value-0002"),
               ("TERRACE_VAR_twice", "twice-value-0003"), ("TERRACE_BACKEND_SECRET_KEY", backend)]
        put(os.path.join(tmp, "sensitive.vars"),
            "".join("%s\0%s\0" % pair for pair in env), tmp)
        note("sensitive.names", ["secret_key"])
        put("stack.yaml", "variables:\n  token: {type: string, sensitive: true}\n"
            "  pin: {type: string, sensitive: true}\n  twice: {type: string, sensitive: true}\n"
            "  dflt: {type: string, sensitive: true, default: \"dflt-0a1b2c3d\"}\n  shared:\n    type: string\n"
            "    sensitive: true\n  bucket: {type: string}\n")
        put("credentials", "aws_secret_access_key = %s\n" % key)
        put(os.path.join("sub", "other.yml"), "variables:\n  twice: {type: string}\n")
        leak = "bucket-name-0001 same-value-0002 1234 twice-value-0003\n"
        put("apply.out", leak)
        touched("apply.out")
        check("a plain variable's value, a short one, a shared one and one a stack declares "
              "plain are not looked for; "
              "the stack the test wrote holding one is not terrace's output",
              scan(tmp, out) == [])
        put("plan.log", " ".join([key, token, backend, "dflt-0a1b2c3d"]) + "\n")
        check("a value found is not looked for where terrace wrote nothing",
              scan(tmp, out) == [])
        touched("plan.log")
        check("write_stack's key, a stack's sensitive variable, the backend's key and a "
              "sensitive variable's default are found",
              scan(tmp, out) == ["plan.log holds the value of TERRACE_VAR_secret_key",
                                 "plan.log holds the value of TF_VAR_token",
                                 "plan.log holds the value of TERRACE_BACKEND_SECRET_KEY",
                                 "plan.log holds the default of variable dflt"])
        os.remove(os.path.join(work, "apply.out"))
        put(os.path.join("sub", "module.yaml"), "resources:\n  job: {environment: {TOKEN: %s}}\n" % token)
        check("a value a stack the test wrote holds literally is not looked for",
              scan(tmp, out) == ["plan.log holds the value of TERRACE_VAR_secret_key",
                                 "plan.log holds the value of TERRACE_BACKEND_SECRET_KEY",
                                 "plan.log holds the default of variable dflt"])
        touched(os.path.join("sub", "module.yaml"))
        check("unless terrace wrote that stack",
              scan(tmp, out)[1:2] == ["plan.log holds the value of TF_VAR_token"])
        os.remove(os.path.join(work, "sub", "module.yaml"))
        os.remove(os.path.join(work, "plan.log"))
        os.makedirs(os.path.join(tmp, "printed"))
        put(os.path.join("printed", "sub%err.1700000000.123456"), "token: %s\n" % token, tmp)
        put(os.path.join("printed", "pw.1700000000.123457"), "%s\n" % values[1], tmp)
        check("what a run printed to a file written over later is found; not to a declared one",
              scan(tmp, out) == ["sub/err (as a terrace run left it) holds the value of TF_VAR_token"])
        shutil.rmtree(os.path.join(tmp, "printed"))
        plan = {"terrace_plan": "1", "snapshot": {"variables": {"secret_key": key}},
                "changes": [{"name": "a", "after": {"value": token}, "before": {"value": "x"}}]}
        put("saved.plan", json.dumps(plan))
        touched("saved.plan")
        check("a plan file's snapshot and what its changes send are not looked in",
              scan(tmp, out) == [])
        plan["prior_state"] = {"resources": {"a": {"value": token}}}
        put("saved.plan", json.dumps(plan))
        check("a plan file's prior state is",
              scan(tmp, out) == ["saved.plan holds the value of TF_VAR_token"])
        os.remove(os.path.join(work, "saved.plan"))

        with open(out, "a", encoding="utf-8") as f:
            f.write("#   - \"DB_PASSWORD\" = \"plain-secret-2\" -> null %s\n" % key)
        found = scan(tmp, out)
        check("a value in the output is found", found == [
            "the file's output holds sensitive value 2",
            "the file's output holds the value of TERRACE_VAR_secret_key"])
        check("no report line holds the value",
              not any(v in line for line in found for v in values + [key, token, backend]))
        shown = masked(tmp, read_bytes(out) + json.dumps({"pw": values[0]}).encode())
        check("--mask: a failed step's file shows no value, in either form",
              not any(f in shown for v in values + [key] for f in forms(v)) and
              shown.count(MASK) == 3 and b"DB_PASSWORD" in shown)
    return 0 if all(steps) else 1


def pieces_in(values, paths):
    """Lines naming each file of paths that holds a piece of one of values
    (by its number, from 1), in any form."""
    found = []
    for path in paths:
        data = read_bytes(path) or b""
        for i, v in enumerate(values):
            if any(spans(data, f) for f in forms(v)):
                found.append("%s holds a piece of value %d" % (path, i + 1))
    return found


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) > 2 and argv[1] == "--pieces" and "--" in argv:
        cut = argv.index("--")
        found = pieces_in(argv[2:cut], argv[cut + 1:])
        for line in found:
            print(line)
        return 1 if found else 0
    if len(argv) == 4 and argv[1] == "--mask":
        data = read_bytes(argv[3])
        if data is None:
            return 2
        sys.stdout.buffer.write(masked(argv[2], data))
        return 0
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    found = scan(argv[1], argv[2])
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
