#!/usr/bin/env python3
"""gen-functions-fixture.py: Terraform's results for the function table test.

Reads tests/unit/fixtures/functions.txt (one expression a line; '#' starts a
comment), evaluates each with real Terraform — `jsonencode(EXPR)` through
`terraform console` in an empty folder that sees the source tree's tests/
through a link, so relative paths work as from the top of the tree, with
HOME=/home/terrace-test — and
writes tests/unit/fixtures/functions.json: a list of
{"expr": ..., "value": <Terraform's value as JSON>} or
{"expr": ..., "error": <Terraform's error, its summary and detail>}.
tests/unit/test_expr_func.c compares terrace's evaluator with it, so that
test runs without Terraform. --check regenerates in memory and fails when
the committed file differs (Terraform's version is recorded in the file).

Usage: tests/unit/gen-functions-fixture.py [--check] [--terraform PATH]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SOURCE = os.path.join(HERE, "fixtures", "functions.txt")
OUT = os.path.join(HERE, "fixtures", "functions.json")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
HOME = "/home/terrace-test"  # pathexpand's; test_expr_func.c sets the same


def expressions():
    with open(SOURCE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield line


def error_text(stderr):
    """Terraform's error box as 'summary: detail', without decoration."""
    lines = [ANSI.sub("", l).lstrip("│╷╵ ").rstrip() for l in stderr.splitlines()]
    lines = [l for l in lines if l and not l.startswith("on <console-input>")
             and l != "(source code not available)"]
    text = " ".join(lines)
    return re.sub(r"^Error: ", "", text)


def evaluate(terraform, folder, expr, env):
    p = subprocess.run([terraform, "console"], input="jsonencode(%s)\n" % expr, cwd=folder,
                       env=env, capture_output=True, text=True, timeout=60)
    if p.returncode == 0:
        # The console prints the JSON text as a quoted HCL string.
        try:
            return {"expr": expr, "value": json.loads(json.loads(p.stdout.strip()))}
        except ValueError:
            sys.exit("%s: terraform console printed no value: %s" % (expr, p.stdout.strip()))
    return {"expr": expr, "error": error_text(p.stderr)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--terraform", default="terraform")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "run")
        os.mkdir(folder)
        os.symlink(os.path.join(ROOT, "tests"), os.path.join(folder, "tests"))
        rc = os.path.join(tmp, "empty.tfrc")
        open(rc, "w").close()
        env = dict(os.environ, TF_CLI_CONFIG_FILE=rc, CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1",
                   HOME=HOME)
        version = json.loads(subprocess.run([args.terraform, "version", "-json"], env=env,
                                            capture_output=True, text=True, check=True).stdout)
        cases = [evaluate(args.terraform, folder, e, env) for e in expressions()]
    doc = {"terraform": version["terraform_version"], "cases": cases}
    text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("%s is stale: run %s" % (os.path.relpath(OUT, ROOT), sys.argv[0]))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("%d cases (%d errors) from Terraform %s" % (len(cases),
          sum("error" in c for c in cases), version["terraform_version"]))


if __name__ == "__main__":
    main()
