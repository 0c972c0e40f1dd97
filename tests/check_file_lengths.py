#!/usr/bin/env python3
"""tests/check_file_lengths.py: every hand-written file under 1,500 lines.

    tests/check_file_lengths.py [--check]

The house keeps each hand-written file under 1,500 lines (issue 70 point 6:
"cmd/lab.c is 1,657 lines"), a size a reader can hold; nothing held it, and
five files had passed it unseen. Read: every tracked file but prose and data
(.md, .json, .txt, .yaml, the ledgers of AWS's words .words, ...), the vendored corpora (tests/corpus/,
tests/reference/), the upstream Go sources the Terraform providers of the twins are built from
(tests/servers/tf-providers/src/, each at its pin) and generated files (*.gen.c, and those whose head says
"do not edit"). Exit 1 naming each file over, and each file of TOO_LONG_YET
that is no longer over (so the list only shrinks). Without --check, print the
longest ten.
"""
import pathlib
import subprocess
import sys

LIMIT = 1500
ROOT = pathlib.Path(__file__).resolve().parent.parent
PROSE_AND_DATA = (".md", ".json", ".txt", ".yaml", ".yml", ".csv", ".tf", ".sql", ".html",
                  ".svg", ".png", ".lock", ".xml", ".zip", ".gz", ".pem", ".ini", ".toml",
                  ".words")
VENDORED = ("tests/corpus/", "tests/reference/", "tests/servers/tf-providers/src/")

# Over the limit today, each to be split (none may join the list): the
# check fails when one of them is back under, so that its line goes.
TOO_LONG_YET = set()


def generated(path, text):
    if path.endswith(".gen.c"):
        return True
    head = "\n".join(text.splitlines()[:15]).lower()
    return "do not edit" in head


def lengths():
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True,
                           check=True).stdout.split("\n")
    out = {}
    for f in filter(None, files):
        if f.endswith(PROSE_AND_DATA) or f.startswith(VENDORED):
            continue
        p = ROOT / f
        if not p.is_file():
            continue
        try:
            text = p.read_text()
        except UnicodeDecodeError:
            continue
        if not generated(f, text):
            out[f] = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    return out


def main(argv):
    n = lengths()
    if "--check" not in argv:
        for f, k in sorted(n.items(), key=lambda x: -x[1])[:10]:
            print("%6d %s" % (k, f))
        return 0
    bad = 0
    for f, k in sorted(n.items()):
        if k > LIMIT and f not in TOO_LONG_YET:
            print("check_file_lengths: %s is %d lines, over %d: split it where its parts "
                  "divide" % (f, k, LIMIT), file=sys.stderr)
            bad += 1
    for f in sorted(TOO_LONG_YET):
        if n.get(f, 0) <= LIMIT:
            print("check_file_lengths: %s is %d lines now: take it out of TOO_LONG_YET"
                  % (f, n.get(f, 0)), file=sys.stderr)
            bad += 1
    print("check_file_lengths: %d hand-written files, %d over %d lines (%d known: TOO_LONG_YET)"
          % (len(n), sum(1 for k in n.values() if k > LIMIT), LIMIT, len(TOO_LONG_YET)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
