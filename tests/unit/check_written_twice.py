#!/usr/bin/env python3
"""tests/unit/check_written_twice.py: no helper written twice.

    tests/unit/check_written_twice.py [--check]

Issue 70 point 3: "one helper for each repeated one". A function of the C
under cmd/, plan/, stacks/ and provider/ whose parameters and body (at least
three lines, white space and its parameters' names aside) are those of a
function in another file is
the same helper written again: give it one home (provider/base/text.c,
encoding.c, clock.c, a service's api.c, ...) and call it from both. Found
this way at 468a95d, besides the names the issue gave: a name in a
NULL-ended list (four times), the characters of UTF-8 text, a hex digit's
value (three times, sigv4.c's under the same name), a strbuf wiped and
released (twice).

WRITTEN_TWICE_YET lists the ones still to merge (most in files other changes
own at the time of writing); the check fails for any other, and for a listed
one that is gone (so the list only shrinks). Exit 1 naming each FILE:FUNCTION.
"""
import collections
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
FOLDERS = ("cmd", "plan", "stacks", "provider")
FUNCTION = re.compile(r"^(?:static\s+)?(?:inline\s+)?[A-Za-z_][\w\s*]*?\b(\w+)\(([^;{]*?)\)\s*\n"
                      r"\{\n(.*?)\n\}\n", re.S | re.M)

# Each entry: the files and functions of one helper written more than once.
WRITTEN_TWICE_YET = {
}


def without_parameter_names(params, body):
    """The parameters and body with each parameter's name made its place
    (@0, @1, ...): a copy that only renamed them (char c, char ch) is the
    same helper."""
    text = params + "{" + body
    for i, param in enumerate(params.split(",")):
        names = re.findall(r"[A-Za-z_]\w*", param.split("[")[0])
        if names and names[-1] not in ("void", "const"):
            text = re.sub(r"\b%s\b" % re.escape(names[-1]), "@%d" % i, text)
    return text


def written_twice(root):
    files = subprocess.run(["git", "-C", str(root), "ls-files", "--"] +
                           ["%s/*.c" % f for f in FOLDERS],
                           capture_output=True, text=True, check=True).stdout.split()
    by_body = collections.defaultdict(list)
    for f in files:
        if f.endswith(".gen.c"):
            continue
        text = (root / f).read_text(errors="replace")
        for m in FUNCTION.finditer(text):
            body = m.group(3)
            if body.count("\n") < 2:
                continue
            key = re.sub(r"\s+", " ", without_parameter_names(m.group(2), body))
            by_body[key].append("%s:%s" % (f, m.group(1)))
    return [frozenset(v) for v in by_body.values() if len({w.split(":")[0] for w in v}) > 1]


def main(argv):
    found = written_twice(ROOT)
    new = [g for g in found if g not in WRITTEN_TWICE_YET]
    gone = [g for g in WRITTEN_TWICE_YET if g not in found]
    for g in new:
        print("check_written_twice: one helper written %d times: %s: give it one home"
              % (len(g), ", ".join(sorted(g))), file=sys.stderr)
    for g in gone:
        print("check_written_twice: %s no longer written twice: take it out of "
              "WRITTEN_TWICE_YET" % ", ".join(sorted(g)), file=sys.stderr)
    print("check_written_twice: %d helpers written more than once (%d known: WRITTEN_TWICE_YET)"
          % (len(found), len(WRITTEN_TWICE_YET)))
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
