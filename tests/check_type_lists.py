#!/usr/bin/env python3
"""tests/check_type_lists.py: the lists the tests and docs keep of the aws
types, held to provider/aws/types.def (the one list, read by
provider/aws/gen/types_def.py), so that `make unit` fails naming the type and
the list when a new type is missing from one.

What is derived needs no check here: the CloudFormation twins (types.def's
own, read by gen_constraints.py), the name rules (aws_name_rules, made from
types.def), the reference tables and sections (docs/gen-reference.py from
`terrace providers schema -json`), t0435's stack of every type (all_types.py
from the schema). What must stay hand-written, because it says something
of each type no declaration does, is checked:

  tests/integration/every_type/counts.py  how to count a stack's objects of
                                          the type with boto3 (t0810, t0815)
  tests/integration/aws/common/t0810-lost-create-every-type.sh  its create operation
                                          and that request's line in the
                                          proxy log
  tests/integration/rules/t0099/edges_stacks.py BASES: the least valid resource of
                                          each type that has an edge
                                          (gen_constraints.py --edges)
  docs/providers/aws*.md                  a section per type (`### `TYPE``),
                                          where its prose goes
  docs/providers/awscc.md                 its awscc counterpart (the
                                          native-counterparts blocks, t0947)
A type's card (tests/integration/every_type/cards/TYPE.py: count(), CREATE,
BASE) stands for its row in the first three; a type written since cards
needs only its card. (docs/design.md's map places a type's file by its
types.def line: docs/check-design-map.py.)

    tests/check_type_lists.py --check         exit 1 naming each type and list
    tests/check_type_lists.py --check --no-edges   without the edges (which
                                          runs gen_constraints.py, ~10 s)
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "provider", "aws", "gen"))
import types_def  # noqa: E402
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "every_type"))
import cards  # noqa: E402


def carded(name):
    """The types whose card has `name`."""
    return {t for t, card in cards.cards().items() if name in card}


def read(path):
    with open(os.path.join(ROOT, path)) as f:
        return f.read()


def counts_types():
    """counts.py's COUNTS: ("TYPE", lambda: ...) rows."""
    return set(re.findall(r'^\s*\("(aws\.[a-z0-9_]+\.[a-z0-9_]+)",', read(
        "tests/integration/every_type/counts.py"), re.M))


def t0810_types():
    """t0810's creates table: the lines of its `cat >creates <<EOF` block."""
    text = read("tests/integration/aws/common/t0810-lost-create-every-type.sh")
    m = re.search(r"^cat >creates <<EOF\n(.*?)^EOF$", text, re.M | re.S)
    if not m:
        sys.exit("check_type_lists.py: t0810-lost-create-every-type.sh has no `cat >creates <<EOF` table")
    return {line.split()[0] for line in m.group(1).splitlines() if line.strip()}


def bases_types():
    """edges_stacks.py's BASES keys."""
    text = read("tests/integration/rules/t0099/edges_stacks.py")
    m = re.search(r"^BASES = \{\n(.*?)^\}$", text, re.M | re.S)
    if not m:
        sys.exit("check_type_lists.py: t0099/edges_stacks.py has no BASES = {...} block")
    return set(re.findall(r'^    "(aws(?:cc)?\.[a-z0-9_]+\.[a-z0-9_]+)":', m.group(1), re.M))


def edge_types():
    """The types gen_constraints.py --edges gives an edge (t0099's stacks)."""
    out = subprocess.run([os.path.join(ROOT, "provider/aws/checks/gen_constraints.py"), "--edges"],
                         check=True, capture_output=True, text=True).stdout
    return {json.loads(line)["type"] for line in out.splitlines() if line.strip()}


def reference_types():
    """The types with a section in docs/providers/aws*.md."""
    text = "".join(read(os.path.relpath(p, ROOT))
                   for p in sorted(glob.glob(os.path.join(ROOT, "docs/providers/aws*.md"))))
    return set(re.findall(r"^### `(aws\.[a-z0-9_]+\.[a-z0-9_]+)`", text, re.M))


def counterpart_types():
    """The written types docs/providers/awscc.md pairs with their awscc
    counterpart: its "same name" block and the first column of its "other
    name" table (t0947 holds each counterpart to the awscc schemas)."""
    doc = read("docs/providers/awscc.md")

    def block(name):
        parts = doc.split("<!-- native-counterparts: %s -->" % name)
        if len(parts) != 2:
            sys.exit("check_type_lists.py: docs/providers/awscc.md has no native-counterparts: %s "
                     "block" % name)
        return parts[1].split("<!-- end native-counterparts -->")[0]
    same = re.findall(r"`(aws\.[a-z0-9_.]+)`", block("same name"))
    other = [re.findall(r"`([a-z0-9_.]+)`", line)[0]
             for line in block("other name").splitlines() if line.startswith("| `")]
    return set(same) | set(other)


def missing(types, edges=True):
    """[(type, list, what to add)] for each type a list lacks, and each
    name a list has that is no type."""
    names = [t.name for t in types]
    lists = [
        ("tests/integration/every_type/counts.py (COUNTS)", counts_types() | carded("count"), names,
         "a row counting its objects with boto3, or its card's count()"),
        ("tests/integration/aws/common/t0810-lost-create-every-type.sh (its creates table)",
         t0810_types() | carded("CREATE"), names,
         "its create operation and that request's proxy log line, or its card's CREATE"),
        ("docs/providers/aws*.md", reference_types(), names,
         "its section (`make docs` writes it; its prose goes above the table)"),
        ("docs/providers/awscc.md (native counterparts)", counterpart_types(), names,
         "`make docs` (an awscc type of its name), or a row of the other-name table"),
    ]
    if edges:
        lists.append(("tests/integration/rules/t0099/edges_stacks.py (BASES)",
                      bases_types() | carded("BASE"), sorted(edge_types()),
                      "the least valid resource of the type, or its card's BASE"))
    out = []
    for where, have, want, what in lists:
        out += ["%s: not in %s: %s" % (t, where, what) for t in want if t not in have]
        # an awscc type with lines of its own in constraints.map has an
        # edge too: it is a type, though not types.def's
        out += ["%s: in %s, but no type of provider/aws/types.def" % (t, where)
                for t in sorted(have - set(names) - set(want))]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", required=True)
    ap.add_argument("--no-edges", action="store_true")
    ap.add_argument("--types-def", default=types_def.TYPES_DEF,
                    help="another types.def (the self-test's)")
    args = ap.parse_args()
    problems = missing(types_def.types(args.types_def), edges=not args.no_edges)
    for p in problems:
        print("check_type_lists.py: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
