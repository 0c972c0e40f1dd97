#!/usr/bin/env python3
"""tests/integration/scan_secrets.py: no test prints a sensitive value.

    scan_secrets.py VALUES HOLDS OUTPUT DIR   report where a value appears
    scan_secrets.py --self-test               the scan finds a leak (make unit)

A test file declares the values it marks sensitive (lib.sh's
test_sensitive_values: one a line in VALUES) and the files of its work
folder that hold one because the test asked for it (test_holds_secret:
`terrace output NAME`, a file the test wrote itself; paths relative to
DIR, one a line in HOLDS). After the file ends, run.sh runs this over the
file's output (OUTPUT: every step's lines, and the logs of failed ones) and
every file of its work folder DIR but the servers' side (DIR/.servers: what
moto and the aws CLI were sent, where terrace is asked to put the secret)
and the files HOLDS names. Each place a value appears is a line naming the
file and which declared value (by its number: the value itself is never
printed); exit 1 when there is any, 0 when none, 2 on bad arguments.
A value is looked for as it is and as JSON writes it inside a string.
"""
import json
import os
import sys
import tempfile

# What a test's work folder holds that is not terrace's: the servers' side.
SERVER_SIDE = ".servers"


def forms(value):
    """The byte strings a value appears as: itself and its JSON escape."""
    out = {value.encode()}
    out.add(json.dumps(value)[1:-1].encode())
    return out


def read_lines(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.rstrip("\n")]


def found_in(data, values):
    """The numbers (1-based) of the values data holds."""
    return [i + 1 for i, v in enumerate(values) if any(f in data for f in forms(v))]


def scan(values, holds, output, folder):
    """Lines naming where a value appears."""
    found = []
    if output and os.path.exists(output):
        with open(output, "rb") as f:
            for n in found_in(f.read(), values):
                found.append("the file's output holds sensitive value %d" % n)
    allowed = {os.path.normpath(h) for h in holds}
    for root, dirs, files in os.walk(folder):
        rel_root = os.path.relpath(root, folder)
        if rel_root == ".":
            dirs[:] = [d for d in dirs if d != SERVER_SIDE]
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.normpath(os.path.join(rel_root, name))
            if rel in allowed or os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            for n in found_in(data, values):
                found.append("%s holds sensitive value %d" % (rel, n))
    return found


def self_test():
    """A leak in the output, in a file and in JSON form is found; the
    servers' side, a file the test declared and clean files are not."""
    steps = []

    def check(name, ok):
        steps.append(ok)
        print("%s %d - %s" % ("ok" if ok else "not ok", len(steps), name))

    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "w")
        os.makedirs(os.path.join(work, SERVER_SIDE))
        os.makedirs(os.path.join(work, "sub"))
        values = ["Pa55-\"quoted\"-1", "plain-secret-2"]

        def put(rel, text):
            with open(os.path.join(work, rel), "w", encoding="utf-8") as f:
                f.write(text)

        out = os.path.join(tmp, "out")
        with open(out, "w", encoding="utf-8") as f:
            f.write("ok 1 - nothing here\n")
        put("plan.out", "environment = (sensitive value)\n")
        put(os.path.join(SERVER_SIDE, "moto.log"), "SecretString=plain-secret-2\n")
        put("pw", "plain-secret-2\n")
        check("a clean run finds nothing", scan(values, ["pw"], out, work) == [])
        check("an undeclared file holding a value is found",
              scan(values, [], out, work) == ["pw holds sensitive value 2"])
        put(os.path.join("sub", "show.json"), json.dumps({"before": values[0]}))
        check("a value in JSON form is found, in a folder below",
              scan(values, ["pw"], out, work) == ["sub/show.json holds sensitive value 1"])
        os.remove(os.path.join(work, "sub", "show.json"))
        with open(out, "a", encoding="utf-8") as f:
            f.write("#   - \"DB_PASSWORD\" = \"plain-secret-2\" -> null\n")
        found = scan(values, ["pw"], out, work)
        check("a value in the output is found", found == ["the file's output holds sensitive value 2"])
        check("no report line holds the value", not any(v in line for line in found for v in values))
    return 0 if all(steps) else 1


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    values = read_lines(argv[1])
    found = scan(values, read_lines(argv[2]), argv[3], argv[4])
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
