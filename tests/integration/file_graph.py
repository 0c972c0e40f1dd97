#!/usr/bin/env python3
"""tests/integration/file_graph.py: the circles of terrace's file graph.

    tests/integration/file_graph.py [--includes] [--known REGEX] OBJECT_OR_DIR...

Reads object files (each .o named, or every .o under a folder named, such as
build-san/ or build/) with nm and makes the graph of their source files: an
edge A.c -> B.c when A.o uses a global symbol that B.o defines. A file under a
folder maps back to its path inside that folder (build-san/plan/plan.o is
plan/plan.c). Symbols no object given defines (libc, libcurl, the
sanitizers' own) make no edge.

With --includes, an edge A.c -> B.c is also made when A.c includes "B.h"
(relative to the current folder, normally the repository) and B.c is one of
the files. That graph is coarse: a header that declares the functions of
several files (plan/plan.h) ties everyone who includes it to plan.c alone.
It is for looking; the symbol graph is the one to hold to.

With --known REGEX, a circle all of whose files match REGEX (a Python
regular expression, matched whole) is printed as known and does not fail:
a circle someone is breaking elsewhere.

Prints each circle (a strongly connected component of more than one file):
its files, then the edges inside it as "caller -> callee: symbols", all
sorted; and a last line counting them. Exits 1 when there is a circle (not
known), 0 when there is none, 2 on a usage error. Python 3, standard library
only.
"""
import os
import re
import subprocess
import sys

# Symbols the compiler or a sanitizer makes in every object: never an edge.
TOOL_SYMBOL = re.compile(r"^(__asan|__odr_asan|__ubsan|__sancov|__lsan|__msan|__tsan)")
DEFINED = set("TDBRCGSVWI")
UNDEFINED = set("Uwv")


def object_files(args):
    """[(object path, source path)] for the files and folders named."""
    found = []
    for arg in args:
        if os.path.isdir(arg):
            for top, dirs, files in os.walk(arg):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".o"):
                        path = os.path.join(top, name)
                        found.append((path, os.path.relpath(path, arg)[:-2] + ".c"))
        elif arg.endswith(".o") and os.path.isfile(arg):
            found.append((arg, os.path.normpath(arg)[:-2] + ".c"))
        else:
            sys.exit("file_graph.py: %s is neither an object file nor a folder" % arg)
    return found


def symbols(objects):
    """{source: (defined set, used set)} of global symbols, from nm -P."""
    table = {source: (set(), set()) for _, source in objects}
    by_object = {path: source for path, source in objects}
    paths = [path for path, _ in objects]
    for start in range(0, len(paths), 200):
        batch = paths[start:start + 200]
        out = subprocess.run(["nm", "-A", "-P", "-g"] + batch, check=True,
                             stdout=subprocess.PIPE, universal_newlines=True).stdout
        for line in out.splitlines():
            # "path.o: symbol TYPE [value size]"
            head, _, rest = line.partition(": ")
            fields = rest.split()
            if len(fields) < 2 or head not in by_object:
                continue
            name, kind = fields[0], fields[1]
            if TOOL_SYMBOL.match(name):
                continue
            defined, used = table[by_object[head]]
            if kind in DEFINED:
                defined.add(name)
            elif kind in UNDEFINED:
                used.add(name)
    return table


def include_edges(sources):
    """{(A.c, B.c)} for A.c including "B.h" where B.c is one of the sources."""
    known = set(sources)
    edges = set()
    pattern = re.compile(r'^\s*#\s*include\s+"([^"]+)\.h"', re.M)
    for source in sources:
        try:
            with open(source, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        for header in pattern.findall(text):
            target = header + ".c"
            if target in known and target != source:
                edges.add((source, target))
    return edges


def graph(objects, with_includes):
    """{(caller, callee): sorted list of symbols, or ["#include"]}."""
    table = symbols(objects)
    definer = {}
    for source, (defined, _) in table.items():
        for name in defined:
            definer.setdefault(name, set()).add(source)
    edges = {}
    for source, (_, used) in table.items():
        for name in used:
            for target in definer.get(name, ()):
                if target != source:
                    edges.setdefault((source, target), set()).add(name)
    if with_includes:
        for edge in include_edges(sorted(table)):
            edges.setdefault(edge, set()).add("#include")
    return sorted(table), {edge: sorted(names) for edge, names in edges.items()}


def circles(nodes, edges):
    """The strongly connected components of more than one node (Tarjan's,
    without recursion), each sorted, sorted by their first file."""
    succ = {n: [] for n in nodes}
    for a, b in edges:
        succ[a].append(b)
    for n in succ:
        succ[n].sort()
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if i < len(succ[node]):
                work.append((node, i + 1))
                nxt = succ[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(found)


def main(argv):
    args = argv[1:]
    with_includes, known = False, None
    while args and args[0] in ("--includes", "--known"):
        if args[0] == "--includes":
            with_includes, args = True, args[1:]
        elif len(args) > 1:
            known, args = re.compile(args[1]), args[2:]
        else:
            break
    if not args or args[0].startswith("-"):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    objects = object_files(args)
    if not objects:
        sys.stderr.write("file_graph.py: no object files in %s\n" % " ".join(args))
        return 2
    nodes, edges = graph(objects, with_includes)
    found = circles(nodes, edges)
    failing = 0
    for number, component in enumerate(found, 1):
        members = set(component)
        is_known = known is not None and all(known.fullmatch(f) for f in component)
        failing += not is_known
        print("%scircle %d (%d files): %s" % ("known " if is_known else "", number,
                                              len(component), " ".join(component)))
        for (a, b), names in sorted(edges.items()):
            if a in members and b in members:
                print("  %s -> %s: %s" % (a, b, " ".join(names)))
    print("%d circles in %d files (%d known)" % (len(found), len(nodes), len(found) - failing))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
