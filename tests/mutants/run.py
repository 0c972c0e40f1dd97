#!/usr/bin/env python3
"""tests/mutants/run.py: `make mutants`, the project's own mutation check.

Each mutant in tests/mutants/mutants.json is one line of product code
changed as a fault would change it: the file, the exact code (found
exactly once in that file), its one-line replacement, the behaviour it
breaks and the tests that must catch it ("unit:test_NAME" for
build-san/tests/test_NAME, "tNNNN-name.sh" for an integration file). For
each mutant, in a scratch copy of the tree (a temporary folder holding the
tracked files and a copy of build-san/, so only the mutated file is
compiled again), the replacement is made, the sanitizer build and the unit
binaries it names are built, and its tests run, first failing test ending
it: a mutant is caught when one of them fails (or outlasts --timeout),
and survives when all pass. The file is then put back.

Before the mutants, every test named is run once on the unchanged copy: a
test that fails there would "catch" every mutant, so the run stops.

A mutant with "equivalent": "REASON" changes no behaviour (REASON says
why); it is still run, and is not counted. The last line is `caught N/M`
over the other mutants; every survivor is printed with what it breaks.
Exits 1 when a mutant survives that the data does not call equivalent, or
when a mutant's code is not found exactly once, or does not build.

Usage: tests/mutants/run.py [-j JOBS] [--timeout S] [--keep] [ID ...]
  -j JOBS   mutants at once, each in its own scratch copy (default 1; the
            builds and the servers share the machine's cores)
  ID ...    only these mutants (e.g. while writing a test for a survivor)
  --list    print the mutants and their tests, run nothing
  --check-data  build and run nothing: exit 1 unless every mutant's code is
            found exactly once in its file of the working tree, and differs
            from its replacement (in `make unit`: a check written twice, or a
            line changed since the data was written, is found there and not
            hours into `make mutants`)
Not part of `make test` (its time): run before a release and after changing
a table (docs/testing.md, "Mutants").
"""
import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "mutants", "mutants.json")
FIELDS = ("id", "file", "code", "replacement", "breaks", "tests")


def load(path):
    with open(path) as f:
        doc = json.load(f)
    seen = set()
    for m in doc["mutants"]:
        missing = [k for k in FIELDS if k not in m]
        if missing:
            sys.exit(f"{path}: mutant {m.get('id', '?')}: no {', '.join(missing)}")
        if m["id"] in seen:
            sys.exit(f"{path}: mutant {m['id']} twice")
        seen.add(m["id"])
        if "\n" in m["replacement"] or "\n" in m["code"]:
            sys.exit(f"{path}: mutant {m['id']}: code and replacement are one line each")
        if not m["tests"]:
            sys.exit(f"{path}: mutant {m['id']}: no tests")
    return doc["mutants"]


def tracked_files():
    out = subprocess.run(["git", "-C", ROOT, "ls-files", "-z", "--cached", "--others",
                          "--exclude-standard"], check=True, capture_output=True).stdout
    return [p for p in out.decode().split("\0") if p]


def scratch_copy(base):
    """The tree in a new folder under base: tracked (and new, unignored)
    files with their times, build-san/ copied (so make finds its objects
    newer than their sources), the npm packages linked."""
    dest = tempfile.mkdtemp(prefix="terrace-mutant-", dir=base)
    for rel in tracked_files():
        src = os.path.join(ROOT, rel)
        if not os.path.lexists(src):
            continue
        dst = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.islink(src):
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)
    if os.path.isdir(os.path.join(ROOT, "build-san")):
        shutil.copytree(os.path.join(ROOT, "build-san"), os.path.join(dest, "build-san"),
                        symlinks=True, ignore=shutil.ignore_patterns("unit-out", "unit-stage*"))
    modules = os.path.join(ROOT, "tests", "servers", "node_modules")
    if os.path.isdir(modules):
        os.symlink(modules, os.path.join(dest, "tests", "servers", "node_modules"))
    return dest


def unit_targets(tests):
    return ["build-san/tests/" + t[5:] for t in tests if t.startswith("unit:")]


def build(tree, tests, log):
    targets = ["build-san/terrace"] + unit_targets(tests)
    r = subprocess.run(["make", "--no-print-directory", "-j1"] + targets, cwd=tree,
                       stdout=log, stderr=subprocess.STDOUT)
    return r.returncode == 0


def run_test(tree, test, timeout, log):
    """True when the test passes."""
    # TEST_IMMEDIATE: an integration file ends at its first failed step
    # (tests/integration/lib.sh), so a mutant that makes a wait endless is
    # caught when its first step fails, not when --timeout stops the file.
    env = dict(os.environ, TERRACE=os.path.join(tree, "build-san", "terrace"),
               ASAN_OPTIONS="detect_leaks=1", TEST_IMMEDIATE="1")
    if test.startswith("unit:"):
        cmd = [os.path.join(tree, "build-san", "tests", test[5:])]
    else:
        cmd = [os.path.join(tree, "tests", "integration", "run.sh"), "-j", "1", test]
    log.write(f"\n=== {test}\n".encode())
    log.flush()
    try:
        p = subprocess.Popen(cmd, cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, start_new_session=True)
        p.wait(timeout=timeout)
        return p.returncode == 0
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        p.wait()
        log.write(f"\n=== {test}: still running after {timeout} s: stopped\n".encode())
        return False


def apply_mutant(tree, m):
    path = os.path.join(tree, m["file"])
    with open(path) as f:
        text = f.read()
    n = text.count(m["code"])
    if n != 1:
        return None, f"its code is found {n} times in {m['file']}, not once"
    with open(path, "w") as f:
        f.write(text.replace(m["code"], m["replacement"]))
    return text, None


def check_data(mutants):
    """Each mutant's code once in its file, and a change: the problems, one
    line each."""
    problems = []
    for m in mutants:
        path = os.path.join(ROOT, m["file"])
        try:
            with open(path) as f:
                n = f.read().count(m["code"])
        except OSError as e:
            problems.append(f"{m['id']}: {m['file']}: {e.strerror}")
            continue
        if n != 1:
            problems.append(f"{m['id']}: its code is found {n} times in {m['file']}, not once: "
                            f"{m['code'].strip()}")
        if m["code"] == m["replacement"]:
            problems.append(f"{m['id']}: its replacement is its code")
    return problems


def restore(tree, m, text):
    path = os.path.join(tree, m["file"])
    with open(path, "w") as f:
        f.write(text)
    # newer than the mutant's object, so the next build compiles it again
    now = time.time() + 1
    os.utime(path, (now, now))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check-data", action="store_true")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("ids", nargs="*")
    a = ap.parse_args()
    mutants = load(a.data)
    if a.ids:
        unknown = set(a.ids) - {m["id"] for m in mutants}
        if unknown:
            sys.exit("no such mutant: " + ", ".join(sorted(unknown)))
        mutants = [m for m in mutants if m["id"] in a.ids]
    if a.check_data:
        problems = check_data(mutants)
        for p in problems:
            print(f"{os.path.relpath(a.data, ROOT)}: {p}")
        print(f"mutants: {len(mutants)}, {len(problems)} problems in their data")
        return 1 if problems else 0
    if a.list:
        for m in mutants:
            eq = f" (equivalent: {m['equivalent']})" if m.get("equivalent") else ""
            print(f"{m['id']}: {m['file']}: {m['breaks']}{eq}\n    {' '.join(m['tests'])}")
        print(f"{len(mutants)} mutants")
        return 0

    base = tempfile.mkdtemp(prefix="terrace-mutants-")
    logdir = os.path.join(base, "logs")
    os.makedirs(logdir)
    print(f"mutants: {len(mutants)}, {a.j} at a time; scratch copies and logs in {base}",
          flush=True)
    trees = [scratch_copy(base) for _ in range(max(1, a.j))]
    all_tests = []
    for m in mutants:
        all_tests += [t for t in m["tests"] if t not in all_tests]

    # the tests on the unchanged tree: each must pass
    with open(os.path.join(logdir, "baseline.log"), "wb") as log:
        start = time.time()
        if not build(trees[0], all_tests, log):
            print(f"the unchanged tree does not build (see {log.name})")
            return 1
        for t in trees[1:]:
            if not build(t, all_tests, log):
                print(f"the unchanged tree does not build (see {log.name})")
                return 1
        # the tests shared among the copies, each with a log of its own
        pending = queue.Queue()
        for t in all_tests:
            pending.put(t)
        bad = []

        def baseline(tree):
            while True:
                try:
                    t = pending.get_nowait()
                except queue.Empty:
                    return
                name = t.replace(":", "-")
                with open(os.path.join(logdir, f"baseline-{name}.log"), "wb") as tlog:
                    if not run_test(tree, t, a.timeout, tlog):
                        bad.append(t)

        workers = [threading.Thread(target=baseline, args=(t,)) for t in trees]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(f"baseline: {len(all_tests)} tests pass on the unchanged tree "
              f"({time.time() - start:.0f} s)" if not bad else
              f"baseline: these fail on the unchanged tree: {' '.join(bad)} (see {logdir})",
              flush=True)
        if bad:
            return 1

    work = queue.Queue()
    for m in mutants:
        work.put(m)
    results = {}
    lock = threading.Lock()

    def worker(tree):
        while True:
            try:
                m = work.get_nowait()
            except queue.Empty:
                return
            start = time.time()
            with open(os.path.join(logdir, m["id"] + ".log"), "wb") as log:
                text, problem = apply_mutant(tree, m)
                by = None
                if not problem:
                    try:
                        if not build(tree, m["tests"], log):
                            problem = "it does not build"
                        else:
                            for t in m["tests"]:
                                if not run_test(tree, t, a.timeout, log):
                                    by = t
                                    break
                    finally:
                        restore(tree, m, text)
            secs = time.time() - start
            with lock:
                results[m["id"]] = (problem, by)
                if problem:
                    print(f"BROKEN   {m['id']}: {problem}", flush=True)
                elif by:
                    print(f"caught   {m['id']} by {by} ({secs:.0f} s)", flush=True)
                else:
                    eq = m.get("equivalent")
                    print(f"SURVIVED {m['id']} ({secs:.0f} s): {m['file']}: {m['breaks']}"
                          + (f" [equivalent: {eq}]" if eq else ""), flush=True)

    threads = [threading.Thread(target=worker, args=(t,)) for t in trees]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    counted = [m for m in mutants if not m.get("equivalent")]
    caught = [m for m in counted if results[m["id"]][1]]
    survivors = [m for m in counted if not results[m["id"]][0] and not results[m["id"]][1]]
    broken = [m for m in mutants if results[m["id"]][0]]
    equivalent = [m for m in mutants if m.get("equivalent")]
    print()
    for m in survivors:
        print(f"survivor: {m['id']}: {m['file']}: `{m['code'].strip()}` -> "
              f"`{m['replacement'].strip()}`: {m['breaks']}")
    for m in equivalent:
        print(f"equivalent (not counted): {m['id']}: {m['equivalent']}")
    for m in broken:
        print(f"broken mutant: {m['id']}: {results[m['id']][0]}")
    if not a.keep:
        for t in trees:
            shutil.rmtree(t, ignore_errors=True)
    print(f"logs in {logdir}")
    print(f"caught {len(caught)}/{len(counted) - len([m for m in broken if not m.get('equivalent')])}")
    return 1 if survivors or broken else 0


if __name__ == "__main__":
    sys.exit(main())
