#!/usr/bin/env python3
"""docs/check-guide.py: hold docs/adding-a-resource-type.md to the tree, so
that the guide names only files and functions that exist.

    docs/check-guide.py [--check] [--root DIR] [--cc "CC FLAGS..."]
        exit 1 naming every path and every C name the guide's prose gives
        that the tree does not have (`make unit` runs it with --check and
        the build's compiler and flags; it changes nothing either way)

What it reads: the guide's prose and tables, leaving out the fenced blocks
(examples, the toy type's files, the generated copy of a real type, which
`make docs` holds to the source itself). In that text, in backticks:
  - a path from the top of the repository (provider/..., plan/, stacks/,
    cmd/, tests/, docs/): it must exist. A placeholder (<p>, <service>,
    <kind>, <type>, <name>, NNNN, NN) stands for any one path component or
    part of one; a path that the guide's toy type creates (a `<!-- toy:
    create FILE -->` block) is the toy's, and is left out;
  - a name of the code: a function as `name(...)`, `struct name`, a member
    as `.name`, a constant in capitals with an underscore (`AWS_ADOPT_...`:
    a name ending in `...` is a prefix), or a lone identifier with an
    underscore (`role_uses`, `aws_name_rules`). Each must occur as a whole
    word in a .c, .h, .def or .py file of the tree (the .py files: the
    generators' and checks' tables the guide names, `BOTOCORE_NAME`). A
    name that is only a stack's attribute is found too (its schema has it
    as a string): the check holds names to the tree, not to their kind.
Its code blocks cannot drift either: every ```c block is the toy type's
(a `<!-- toy: ... -->` line before it: each file it creates is compiled
against the tree's headers with --cc, as the build compiles a type, and
t0730 builds and runs it), inside
the generated copy of a real type (`make docs`, t0710), or an excerpt: a
`<!-- excerpt: FILE -->` line before it, and its lines, as they are, a run
of consecutive lines of FILE, which the build compiles.
And the other way, what a type declares and calls must be in the guide's
prose: every member of struct resource_type (provider/provider.h), and
every function and struct of provider/aws/adopt.h (the helpers every aws
type may call), as a whole word.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

GUIDE = "docs/adding-a-resource-type.md"
TOP = ("provider/", "plan/", "stacks/", "cmd/", "tests/", "docs/")
PLACEHOLDER = re.compile(r"<[a-z]+>|NNNN|NN")
PATH = re.compile(r"^[A-Za-z0-9_./<>*-]+$")


def prose(text):
    """The guide without its fenced blocks, and the files its toy creates."""
    toy = set(re.findall(r"^<!-- toy: create (\S+) -->", text, re.M))
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return "\n".join(out), toy


def spans(text):
    return re.findall(r"`([^`\n]+)`", text)


def path_exists(root, path):
    path = path.rstrip("/").split(" ")[0]
    if not PLACEHOLDER.search(path) and "*" not in path:
        return os.path.exists(os.path.join(root, path))
    pattern = PLACEHOLDER.sub("*", path)
    return bool(glob.glob(os.path.join(root, pattern)))


def c_names(span):
    """The C names one backticked span gives, by its shape."""
    m = re.match(r"^(?:static const )?struct ([a-z_][a-z0-9_]*)", span)
    if m:
        return [m.group(1)]
    m = re.match(r"^\.([a-z_][a-z0-9_]*)\b", span)
    if m:
        return [m.group(1)]
    m = re.match(r"^([a-z_][a-z0-9_]*)\(", span)
    if m:
        return [m.group(1)]
    m = re.match(r"^([A-Z][A-Z0-9]*_[A-Z0-9_]*?)(?:_?\.\.\.)?$", span)
    if m:
        return [m.group(1) + ("..." if span.endswith("...") else "")]
    m = re.match(r"^([a-z][a-z0-9]*_[a-z0-9_]*)$", span)
    if m:
        return [m.group(1)]
    return []


def source_words(root):
    words = set()
    for folder in ("provider", "plan", "stacks", "cmd", "docs", "tests"):
        for dirpath, _, files in os.walk(os.path.join(root, folder)):
            for f in files:
                if f.endswith((".c", ".h", ".def", ".py")):
                    with open(os.path.join(dirpath, f), errors="replace") as fh:
                        words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", fh.read()))
    return words


def declared(root):
    """The members of struct resource_type, the functions and structs of
    adopt.h: what the guide must name."""
    names = []
    h = open(os.path.join(root, "provider/provider.h")).read()
    body = h[h.index("struct resource_type {"):]
    body = re.sub(r"/\*.*?\*/", "", body[:body.index("\n};")], flags=re.S)
    for fn, field in re.findall(r"\(\*(\w+)\)|\b(\w+)\s*;", body):
        names.append(("provider/provider.h", "." + (fn or field)))
    a = re.sub(r"/\*.*?\*/", "", open(os.path.join(root, "provider/aws/adopt.h")).read(), flags=re.S)
    for name in re.findall(r"^[a-z][\w *]*?\b(aws_\w+)\(", a, re.M):
        names.append(("provider/aws/adopt.h", name))
    for name in re.findall(r"^struct (aws_\w+) \{", a, re.M):
        names.append(("provider/aws/adopt.h", name))
    return names


def code_blocks(text):
    """Each ```c block: (its first line's number, its lines, the marker
    before it: "toy", "generated" or "excerpt FILE", or None)."""
    out, block, marker, generated, last_comment = [], None, None, False, None
    for n, line in enumerate(text.splitlines(), 1):
        if block is not None:
            if line.startswith("```"):
                out.append((block[0], block[1], marker))
                block = None
            else:
                block[1].append(line)
            continue
        if line.startswith("<!-- generated:"):
            generated = True
        elif line.startswith("<!-- end generated:"):
            generated = False
        if line.startswith("<!--"):
            last_comment = line
        elif line.startswith("```c"):
            m = re.match(r"<!-- (toy|excerpt): ?(\S*)", last_comment or "")
            marker = "generated" if generated else \
                (m.group(1) + (" " + m.group(2) if m.group(1) == "excerpt" else "")) if m else None
            block = (n, [])
        elif line.strip():
            last_comment = None
    return out


def excerpt_problems(root, text):
    out = []
    for n, lines, marker in code_blocks(text):
        if marker in ("toy", "generated"):
            continue
        if not marker:
            out.append("line %d: a C block that is neither the toy's, generated, nor an "
                       "excerpt (write `<!-- excerpt: FILE -->` before it)" % n)
            continue
        path = marker.split(" ", 1)[1]
        try:
            source = open(os.path.join(root, path)).read().splitlines()
        except OSError:
            out.append("line %d: an excerpt of %s, which the tree does not have" % (n, path))
            continue
        k = len(lines)
        if not any(source[i:i + k] == lines for i in range(len(source) - k + 1)):
            out.append("line %d: the excerpt is not in %s as it is there (%d lines, from "
                       "%r)" % (n, path, k, lines[0].strip() if lines else ""))
    return out


def toy_compile_problems(root, text, cc):
    """Each C file the toy's steps create, compiled (syntax and types only)
    with cc against the tree's headers, as if it were in its place."""
    out = []
    for path, body in re.findall(r"^<!-- toy: create (\S+\.c) -->\n```c\n(.*?)^```\n", text,
                                 re.S | re.M):
        run = subprocess.run(cc.split() + ["-fsyntax-only", "-I", root, "-x", "c", "-"],
                             input=body, text=True, capture_output=True, cwd=root)
        if run.returncode:
            out.append("the toy's %s does not compile against the tree's headers:\n%s"
                       % (path, run.stderr.replace("<stdin>", path).strip()))
    return out


def problems(root, cc=None):
    whole = open(os.path.join(root, GUIDE)).read()
    text, toy = prose(whole)
    words = source_words(root)
    out = []
    seen = set()
    for span in spans(text):
        if span in seen:
            continue
        seen.add(span)
        first = span.split(" ")[0]
        if first.startswith(TOP) and PATH.match(first) and "/" in first:
            if any(t == first or t.startswith(first.rstrip("/") + "/") for t in toy):
                continue
            if not path_exists(root, first):
                out.append("names %s, which the tree does not have" % first)
            continue
        for name in c_names(span):
            if name.endswith("..."):
                stem = name[:-3]
                if not any(w.startswith(stem) for w in words):
                    out.append("names %s..., which no source file has" % stem)
            elif name not in words:
                out.append("names `%s`, which no source file has" % name)
    out += excerpt_problems(root, whole)
    if cc:
        out += toy_compile_problems(root, whole, cc)
    for header, name in sorted(set(declared(root))):
        if not re.search(r"(?<!\w)" + re.escape(name.lstrip(".")) + r"\b", text):
            out.append("does not name %s (%s)" % (name, header))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--cc", help="the compiler and its flags, to compile the toy's files with")
    args = ap.parse_args()
    found = problems(args.root, args.cc)
    for p in found:
        print("%s: %s" % (GUIDE, p), file=sys.stderr)
    if found:
        print("%d difference(s) between %s and the tree" % (len(found), GUIDE), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
