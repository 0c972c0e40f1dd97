#!/usr/bin/env python3
"""tests/corpus/heldout4/measure.py: the fourth held-out measure of issue 87,
and the third's (heldout3/measure.py runs main() on its own folder).

For each case folder under cases/ (stack.yaml holding one mistake AWS refuses,
fixed.yaml the same stack mended, case.txt naming the reason's key words, and
the case's own files: a local module under mod/, a function's handler.py), run
`terrace validate` and `terrace plan -input=false` on each stack, copied as
stack.yaml with the case's own files into a folder of its own, against a moto server this script starts
(tests/servers/moto_run.py) and stops by its PID.

A stack is refused when validate or plan exits non-zero. A refused stack.yaml
is "refused for the reason" when one of its error lines names one of the
case's key words (case-insensitive), else "refused wrongly"; a stack.yaml
both accept is "missed". A refused fixed.yaml is a false refusal (a terrace
defect). Prints the one-line summary and writes results.txt beside this file.

Usage: measure.py [-terrace PATH] [-repo PATH] [-endpoint URL] [-check] [-only CASE...] [-fixed-only]
  (defaults: the checkout holding this file; its own moto). -endpoint: a moto
  already running (the suite's, t1514); -check: write nothing, exit 1 naming
  each case whose verdict or fixed stack differs from results.txt (either
  way: a check that comes in or goes, a valid stack refused); -only: those
  cases alone, results.txt not written; -fixed-only: run the fixed stacks
  alone and name those refused (a check of the set's own files, which shows
  no verdict of a stack.yaml), results.txt not written.
"""
import argparse
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
CASE_FILES = {"stack.yaml", "fixed.yaml", "case.txt"}


def lay_out(case, which, folder):
    """folder gets case/WHICH.yaml as stack.yaml, and the case's own files beside it."""
    folder.mkdir(parents=True)
    shutil.copy(case / (which + ".yaml"), folder / "stack.yaml")
    for p in case.iterdir():
        if p.name in CASE_FILES:
            continue
        if p.is_dir():
            shutil.copytree(p, folder / p.name)
        else:
            shutil.copy(p, folder / p.name)


def start_moto(repo, work):
    port_file = work / "moto.port"
    log = open(work / "moto.log", "w")
    proc = subprocess.Popen(
        [sys.executable, str(repo / "tests/servers/moto_run.py"), "--port-file", str(port_file)],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        if port_file.exists():
            return proc, int(port_file.read_text().strip())
        if proc.poll() is not None:
            sys.exit("moto exited early; see %s" % (work / "moto.log"))
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    sys.exit("moto did not write its port in 120 s")


def run(terrace, folder, env):
    """validate, then plan; returns (refused, text of both runs)."""
    out = []
    refused = False
    for args in (["validate"], ["plan", "-input=false", "-no-color"]):
        p = subprocess.run([terrace, "-chdir=" + str(folder)] + args, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=600)
        out.append("$ terrace %s (exit %d)\n%s" % (" ".join(args), p.returncode, p.stdout))
        if p.returncode != 0:
            refused = True
    return refused, "\n".join(out)


def error_lines(text):
    lines = [l for l in text.splitlines() if "error" in l.lower()]
    return lines or [l for l in text.splitlines() if l.strip() and not l.startswith("$ ")]


def keywords(case_dir):
    for line in (case_dir / "case.txt").read_text().splitlines():
        if line.startswith("keywords:"):
            return [k.strip().lower() for k in line.split(":", 1)[1].split("|") if k.strip()]
    sys.exit("%s: case.txt has no keywords line" % case_dir)


def listed(results):
    """{case: (verdict, fixed refused)} as the list results has them."""
    out, name = {}, None
    for line in pathlib.Path(results).read_text().splitlines()[2:]:
        if line and not line.startswith(" "):
            name, _, verdict = line.partition(": ")
            out[name] = (verdict, False)
        elif "FIXED STACK REFUSED" in line and name:
            out[name] = (out[name][0], True)
    return out


def check(rows, summary, results):
    """0 when every case run is as results lists it, else 1."""
    want, bad = listed(results), 0
    for name, verdict, _shown, fixed_refused, _f in rows:
        if want.get(name) != (verdict, bool(fixed_refused)):
            print("measure: %s: %s has %s, this run %s" %
                  (name, pathlib.Path(results).name, want.get(name),
                   (verdict, bool(fixed_refused))))
            bad += 1
    print(summary)
    return 1 if bad else 0


def main(here=HERE):
    """The measure of the set in folder `here` (its cases/ and results.txt):
    this one's, or heldout3's (its measure.py calls this one)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("-terrace", default=str(here.parents[2] / "build/terrace"))
    ap.add_argument("-repo", default=str(here.parents[2]))
    ap.add_argument("-endpoint", default=None)
    ap.add_argument("-check", action="store_true")
    ap.add_argument("-results", default=str(here / "results.txt"),
                    help="the list -check holds the run to")
    ap.add_argument("-only", nargs="*", default=None,
                    help="these cases alone; results.txt is then not written")
    ap.add_argument("-fixed-only", action="store_true",
                    help="the fixed stacks alone; results.txt is then not written")
    a = ap.parse_args()
    repo = pathlib.Path(a.repo)
    work = pathlib.Path(tempfile.mkdtemp(prefix=here.name + "-"))
    proc, port = start_moto(repo, work) if not a.endpoint else (None, 0)
    env = dict(os.environ)
    env.update(AWS_ENDPOINT_URL=a.endpoint or "http://127.0.0.1:%d" % port,
               AWS_ACCESS_KEY_ID="testing",
               AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN"):
        env.pop(k, None)
    rows, counts = [], {"reason": 0, "wrong": 0, "missed": 0, "fixed_refused": 0}
    try:
        for case in sorted(p for p in (here / "cases").iterdir()
                           if p.is_dir() and (a.only is None or p.name in a.only)):
            kws = keywords(case)
            verdicts = {}
            if a.fixed_only:
                folder = work / case.name / "fixed"
                lay_out(case, "fixed", folder)
                refused, ftext = run(a.terrace, folder, env)
                (work / case.name / "fixed.out").write_text(ftext)
                print("%-48s %s" % (case.name, "FIXED REFUSED: " + error_lines(ftext)[0].strip()
                                    if refused else "fixed passes"), flush=True)
                continue
            for which in ("stack", "fixed"):
                folder = work / case.name / which
                lay_out(case, which, folder)
                verdicts[which] = run(a.terrace, folder, env)
            refused, text = verdicts["stack"]
            if not refused:
                verdict, shown = "missed", ""
            else:
                errs = error_lines(text)
                hit = [l for l in errs if any(k in l.lower() for k in kws)]
                verdict = "refused-for-reason" if hit else "refused-wrongly"
                shown = (hit or errs)[0].strip()
            counts[{"missed": "missed", "refused-for-reason": "reason",
                    "refused-wrongly": "wrong"}[verdict]] += 1
            fixed_refused, ftext = verdicts["fixed"]
            if fixed_refused:
                counts["fixed_refused"] += 1
            rows.append((case.name, verdict, shown, fixed_refused,
                         error_lines(ftext)[0].strip() if fixed_refused else ""))
            print("%-48s %s%s" % (case.name, verdict, "  FIXED REFUSED" if fixed_refused else ""),
                  flush=True)
            (work / case.name / "stack.out").write_text(text)
            (work / case.name / "fixed.out").write_text(ftext)
    finally:
        if proc:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    if a.fixed_only:
        print("outputs kept in", work)
        return
    summary = here.name + ": %d cases, %d refused for the reason, %d refused wrongly, %d missed, %d fixed stacks refused" % (
        len(rows), counts["reason"], counts["wrong"], counts["missed"], counts["fixed_refused"])
    if a.check:
        sys.exit(check(rows, summary, a.results))
    if a.only is not None:
        print(summary)
        return
    with open(here / "results.txt", "w") as f:
        f.write(summary + "\n\n")
        for name, verdict, shown, fr, fshown in rows:
            f.write("%s: %s\n" % (name, verdict))
            if shown:
                f.write("    %s\n" % shown)
            if fr:
                f.write("    FIXED STACK REFUSED: %s\n" % fshown)
    print(summary)
    print("outputs kept in", work)


if __name__ == "__main__":
    main()
