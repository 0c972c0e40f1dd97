#!/usr/bin/env python3
"""tests/unit/check_dead_functions.py: no function of the library that nothing calls.

    tests/unit/check_dead_functions.py LIBRARY.a [MAIN.o]

Each global function LIBRARY.a and MAIN.o define (nm's "T" symbols) must be
named somewhere in the tracked C sources besides its definition and its one
declaration: a function named only twice is called by no one (issue 70
point 3). A static function nothing calls is the compiler's to find
(-Wunused-function, under -Werror). Exit 1 naming each one.
"""
import collections
import re
import subprocess
import sys


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: tests/unit/check_dead_functions.py LIBRARY.a [MAIN.o]")
    out = subprocess.run(["nm", "-g", "--defined-only"] + argv[1:], capture_output=True,
                         text=True, check=True).stdout
    defined = {f[2] for f in (line.split() for line in out.splitlines())
               if len(f) == 3 and f[1] == "T"}
    files = subprocess.run(["git", "ls-files", "*.c", "*.h"], capture_output=True, text=True,
                           check=True).stdout.split()
    named = collections.Counter()
    word = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
    for f in files:
        with open(f, errors="replace") as fh:
            for w in word.findall(fh.read()):
                if w in defined:
                    named[w] += 1
    dead = sorted(s for s in defined if named[s] <= 2)
    for s in dead:
        print("check_dead_functions: %s is defined and declared but named nowhere else: "
              "delete it" % s, file=sys.stderr)
    print("check_dead_functions: %d global functions, %d named by nothing but their "
          "definition and declaration" % (len(defined), len(dead)))
    return 1 if dead else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
