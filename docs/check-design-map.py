#!/usr/bin/env python3
"""docs/check-design-map.py: hold docs/design.md's map of the source ("Where
things live") against the tree, so that the map cannot drift from it.

    docs/check-design-map.py [--check] [--root DIR]
        exit 1 naming every source file the map leaves out and every file
        it names that is not there (`make unit` runs it with --check; it
        changes nothing either way)

How the map is read. It is the first fenced block under "## Where things
live". A line starting at its first column with FOLDER/ (cmd/, plan/,
stacks/, provider/, ...) opens that folder's paragraph, which runs to the
next such line. Inside a paragraph, a word ending in "/:" (aws/transport/:,
aws/:, base/:) moves to that sub-folder of the paragraph's folder, until the
next such word. A word that is a file name (NAME.c or NAME.h, with `*` as a
wildcard: credential_*.c) names that file in the current (sub-)folder; a word
with a slash in it (plan/backend_s3.c, cmd/progress.c) is a path from the
top of the repository, named in passing: it must exist, but it places the
file in no folder's paragraph.

The rules it checks, on whatever files exist when it runs:
  - every .c and .h file under cmd/, plan/, stacks/ and provider/, at any
    depth, is named in its own folder's part of the map; a header is also
    placed by its .c (a NAME.h beside a NAME.c that the map names);
  - every file the map names exists (a wildcard matches at least one).
An aws resource type's file is placed by its provider/aws/types.def line,
whose comment names it (provider/aws/gen/types_def.py reads it): the map
may name it too, with what it owns beyond its type, but need not.
"""
import argparse
import fnmatch
import os
import re
import sys

SOURCE_FOLDERS = ("cmd", "plan", "stacks", "provider")
FOLDER_LINE = re.compile(r"^([a-z][a-z0-9_]*/)\s")
SUBFOLDER_WORD = re.compile(r"^([a-z0-9_]+/(?:[a-z0-9_]+/)*):$")
FILE_WORD = re.compile(r"^[A-Za-z0-9_*][A-Za-z0-9_*.]*\.[ch]$")
PATH_WORD = re.compile(r"^[a-z0-9_]+/[A-Za-z0-9_/*.]*\.[ch]$")


def map_block(design_text):
    """The map, the first fenced block under "## Where things live", and
    the number of design.md's line before its first."""
    head, sep, section = design_text.partition("\n## Where things live\n")
    if not sep:
        raise SystemExit("docs/design.md: no \"## Where things live\" section")
    fence = re.search(r"^```[^\n]*\n(.*?)^```", section, re.S | re.M)
    if not fence:
        raise SystemExit("docs/design.md: no map (a fenced block) under \"## Where things live\"")
    before = head.count("\n") + 2 + section[:fence.start(1)].count("\n")
    return fence.group(1), before


def words(line):
    """A line's words with the punctuation of prose around them taken off."""
    for raw in re.split(r"[\s,;()`]+", line):
        word = raw.strip(".:+")
        if raw.endswith("/:"):
            word = raw
        if word:
            yield word


def named_in_map(block, before=0):
    """(placed, passing): patterns "folder/name" the map places in their
    folder, and the paths it names in passing, each with its map line."""
    placed, passing = [], []
    folder = sub = None
    for n, line in enumerate(block.splitlines(), before + 1):
        top = FOLDER_LINE.match(line)
        if top:
            folder, sub = top.group(1), ""
            line = line[len(top.group(1)):]
        if folder is None:
            continue
        for word in words(line):
            if SUBFOLDER_WORD.match(word):
                sub = word[:-1]
            elif FILE_WORD.match(word):
                placed.append((folder + sub + word, n))
            elif PATH_WORD.match(word):
                passing.append((word, n))
    return placed, passing


def source_files(root):
    found = []
    for top in SOURCE_FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith((".c", ".h")):
                    found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return found


def problems(root):
    design = os.path.join(root, "docs", "design.md")
    placed, passing = named_in_map(*map_block(open(design).read()))
    files = source_files(root)
    out = []
    for pattern, n in placed + passing:
        if not any(fnmatch.fnmatchcase(f, pattern) for f in files):
            out.append("docs/design.md:%d: the map names %s, which is not there" % (n, pattern))
    patterns = [p for p, _ in placed]
    sys.path.insert(0, os.path.join(root, "provider", "aws", "gen"))
    import types_def
    patterns += ["provider/aws/" + t.file
                 for t in types_def.types(os.path.join(root, "provider", "aws", "types.def"))]

    def in_map(path):
        return any(fnmatch.fnmatchcase(path, p) for p in patterns)

    for f in files:
        if in_map(f) or (f.endswith(".h") and in_map(f[:-2] + ".c")):
            continue
        out.append("docs/design.md: the map leaves out %s: name it in %s's paragraph, "
                   "one line on what it owns (its opening comment)" % (f, os.path.dirname(f) + "/"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 on any difference (the default too)")
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                    help="the repository's top folder")
    args = ap.parse_args()
    found = problems(args.root)
    for p in found:
        print(p, file=sys.stderr)
    if found:
        print("%d difference(s) between docs/design.md's map and the tree" % len(found), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
