#!/usr/bin/env python3
"""snapshot.py: what the pinned cfn-lint says of each vendored `bad` template.

Runs cfn-lint (the version gen_schemas.py pins, PINNED there) on every
template under templates/bad and writes results.json: for each template
(its path under templates/), the sorted list of the rule ids cfn-lint
reports, with the line of each match, in cfn-lint's region (us-east-1).
This is cfn-lint's own snapshot of its bad fixtures, made again with the
pinned version, so the table in docs/validation.md (terrace refuses,
misses, or refuses for another reason, rule by rule) compares with what
that version says.

    tests/corpus/cfn-lint/snapshot.py          # rewrite results.json
    tests/corpus/cfn-lint/snapshot.py --check  # exit 1 if it would change

Not run by `make unit` (cfn-lint takes about a minute over the 96
templates); run after changing the pin or the templates.
"""
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
OUT = HERE / "results.json"


def pinned():
    text = (ROOT / "provider/aws/cloudcontrol/gen_schemas.py").read_text()
    return re.search(r'^PINNED = "([^"]+)"', text, re.M).group(1)


def main():
    check = "--check" in sys.argv[1:]
    import cfnlint.version
    if cfnlint.version.__version__ != pinned():
        sys.exit("snapshot.py: cfn-lint %s is installed, %s is pinned"
                 % (cfnlint.version.__version__, pinned()))
    results = {}
    for path in sorted((HERE / "templates/bad").rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".json"):
            continue
        run = subprocess.run(
            ["cfn-lint", "--format", "json",
             "--regions", "us-east-1", "--", str(path)],
            capture_output=True, text=True)
        try:
            matches = json.loads(run.stdout or "[]")
        except json.JSONDecodeError:
            matches = [{"Rule": {"Id": "parse"}, "Location": {"Start": {"LineNumber": 0}}}]
        results[str(path.relative_to(HERE / "templates"))] = sorted(
            {(m["Rule"]["Id"], m["Location"]["Start"]["LineNumber"]) for m in matches})
    text = json.dumps({"cfn_lint": pinned(), "templates": results}, indent=1) + "\n"
    if check:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit("snapshot.py: results.json is not what cfn-lint %s says; run it" % pinned())
        return
    OUT.write_text(text)
    print("snapshot.py: %d templates, %d matches" % (
        len(results), sum(len(v) for v in results.values())), file=sys.stderr)


if __name__ == "__main__":
    main()
