#!/usr/bin/env python3
"""measure.py: issue 87's held-out set, each case's mistake through
`terrace validate` and `terrace plan` on moto, and its fixed twin too.

    measure.py [--terrace T] [--endpoint URL] [--work DIR] [--only NAME]
               [--results FILE] [--check]

  --terrace T     the terrace to run (default: build/terrace of this tree)
  --endpoint URL  the moto to plan against (default: one started here,
                  tests/servers/moto_run.py, stopped at the end)
  --work DIR      where the copies go (default: a temp folder, removed)
  --only NAME     that case alone (its line is printed, no file written)
  --results FILE  the per-case results written (default: results.txt
                  beside this file)
  --check         write nothing: compare each case's verdict, stage and
                  fixed stack's outcome with the results file, each
                  difference a line, exit 1 when there is one (the suite's
                  t1513 runs this)

Each folder beside this file holding case.txt is a case: stack.yaml with one
mistake AWS refuses by its documentation, fixed.yaml the same stack with the
mistake mended, case.txt the sentence, its source and the key words of the
reason. Each of the two is copied alone (as stack.yaml, with the case's
module folders and files) into a folder of its own, then run there, one
terrace at a time: `terrace validate`, and when it passes `terrace plan
-input=false` against the one moto (AWS_ENDPOINT_URL and a key pair in the
environment, as tests/corpus/tfmodules/count.py runs them).

A case's verdict:
  reason   stack.yaml refused (at validate or plan) and the error names the
           attribute or AWS's words: one of case.txt's key words, as a whole
           word, in an error line; review.txt may overrule it (below)
  other    refused, for another reason (no key word, or review.txt says so)
  missed   validate and plan both passed
and, apart, whether fixed.yaml passed both: a fixed stack refused is a false
refusal (a terrace defect when the fixed stack is one AWS takes).

review.txt, beside this file, holds the hand review: "NAME<TAB>reason|other
<TAB>why", for a refusal whose key-word verdict was wrong. A line for a case
that was not refused is reported as stale.

Writes one line per case to the results file:
  NAME<TAB>TYPE<TAB>ARRIVES<TAB>VERDICT<TAB>STAGE<TAB>FIXED<TAB>ERROR
and prints the closing line
  heldout: N cases, R refused for the reason, W refused wrongly, M missed,
  F fixed stacks refused
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
DEADLINE = 300  # seconds a validate or plan may take before it counts as hung
sys.path.insert(0, str(HERE.parent))
from judge import moto_endpoint  # noqa: E402


def read_case(folder):
    fields = {}
    for line in (folder / "case.txt").read_text().splitlines():
        if ": " in line:
            k, v = line.split(": ", 1)
            fields[k.strip()] = v.strip()
    fields["keywords"] = [k.strip() for k in fields.get("keywords", "").split("|") if k.strip()]
    return fields


def cases(only):
    for folder in sorted(p for p in HERE.iterdir() if (p / "case.txt").is_file()):
        if only and folder.name != only:
            continue
        yield folder


def copy_as(folder, which, dest):
    """The case's folder with `which` (stack.yaml or fixed.yaml) alone as
    dest/stack.yaml, its module folders and files beside it."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for p in folder.iterdir():
        if p.is_dir():
            shutil.copytree(p, dest / p.name)
    shutil.copyfile(folder / which, dest / "stack.yaml")


def run(cmd, cwd, env):
    try:
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, text=True, env=env, timeout=DEADLINE)
        return r.returncode, r.stdout
    except subprocess.TimeoutExpired:
        return 124, "error: %s did not end within %d s" % (cmd[1], DEADLINE)


def judge_stack(terrace, dest, env):
    """(stage, output): stage 'validate' or 'plan' when refused there, 'ok'
    when both passed."""
    rc, out = run([terrace, "validate", "-no-color"], dest, env)
    if rc != 0:
        return "validate", out
    rc, out = run([terrace, "plan", "-input=false", "-no-color"], dest, env)
    if rc not in (0, 2):
        return "plan", out
    return "ok", out


def error_lines(out, work):
    lines = [l.replace(str(work) + "/", "") for l in out.splitlines() if "error" in l.lower()]
    if not lines:
        lines = [l for l in out.strip().splitlines()[-3:]]
    return lines


def names_reason(lines, keywords):
    text = "\n".join(lines)
    for kw in keywords:
        if re.search(r"(?<![\w])%s(?![\w])" % re.escape(kw), text, re.I):
            return kw
    return None


def read_review():
    review = {}
    f = HERE / "review.txt"
    if f.exists():
        for line in f.read_text().splitlines():
            if line and not line.startswith("#"):
                name, verdict, why = (line.split("\t") + ["", ""])[:3]
                assert verdict in ("reason", "other"), line
                review[name] = (verdict, why)
    return review


def measure(terrace, work, endpoint, only):
    env = dict(os.environ, NO_COLOR="1", AWS_ENDPOINT_URL=endpoint,
               AWS_ACCESS_KEY_ID="AKIAMOTOUNCHECKED000",
               AWS_SECRET_ACCESS_KEY="moto-accepts-any-secret",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
               TERRACE_AWS_SERVER="aws")
    env.pop("AWS_PROFILE", None)
    review = read_review()
    rows = []
    for folder in cases(only):
        case = read_case(folder)
        bad_dir, fixed_dir = work / folder.name / "stack", work / folder.name / "fixed"
        copy_as(folder, "stack.yaml", bad_dir)
        copy_as(folder, "fixed.yaml", fixed_dir)
        stage, out = judge_stack(terrace, bad_dir, env)
        fstage, fout = judge_stack(terrace, fixed_dir, env)
        if stage == "ok":
            verdict, error, note = "missed", "", ""
        else:
            lines = error_lines(out, work)
            error = lines[0]
            hit = names_reason(lines, case["keywords"])
            verdict, note = ("reason", "key word: " + hit) if hit else ("other", "no key word")
            if folder.name in review:
                verdict, note = review[folder.name][0], "reviewed: " + review[folder.name][1]
        if stage == "ok" and folder.name in review:
            print("measure: review.txt has a line for %s, which was not refused (stale)" % folder.name)
        fixed = "ok" if fstage == "ok" else "refused at %s: %s" % (fstage, error_lines(fout, work)[0])
        rows.append((folder.name, case.get("type", ""), case.get("arrives", ""), verdict,
                     stage, fixed, error, note))
        print("%-50s %-7s %-9s fixed %s" % (folder.name, verdict, stage, fixed[:60]), flush=True)
    return rows


def main():
    argv = sys.argv[1:]

    def option(name, default=None):
        if name in argv:
            i = argv.index(name)
            value = argv[i + 1]
            del argv[i:i + 2]
            return value
        return default
    terrace = str(pathlib.Path(option("--terrace", REPO / "build/terrace")).resolve())
    endpoint = option("--endpoint")
    work_given = option("--work")
    only = option("--only")
    results = pathlib.Path(option("--results", HERE / "results.txt"))
    check = "--check" in argv
    if [a for a in argv if a != "--check"]:
        sys.exit(__doc__)
    work = pathlib.Path(work_given or tempfile.mkdtemp(prefix="heldout.")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        with moto_endpoint(work, endpoint, "measure") as url:
            rows = measure(terrace, work, url, only)
    finally:
        if not work_given:
            shutil.rmtree(work, ignore_errors=True)
    n = len(rows)
    r = sum(1 for row in rows if row[3] == "reason")
    w = sum(1 for row in rows if row[3] == "other")
    m = sum(1 for row in rows if row[3] == "missed")
    f = sum(1 for row in rows if row[5] != "ok")
    summary = "heldout: %d cases, %d refused for the reason, %d refused wrongly, %d missed, " \
              "%d fixed stacks refused" % (n, r, w, m, f)
    if check:
        # the verdict, its stage and the fixed stack's, against the list
        listed = {line.split("\t")[0]: line.split("\t")[3:6]
                  for line in results.read_text().splitlines()
                  if line and not line.startswith("#")}
        differ = [(row[0], listed.get(row[0]), row[3:6]) for row in rows
                  if listed.get(row[0]) != list(row[3:6])]
        differ += [(name, had, None) for name, had in sorted(listed.items())
                   if not only and name not in {row[0] for row in rows}]
        for name, had, now in differ:
            print("measure: %s: %s has %s, this run %s"
                  % (name, results.name, " ".join(had) if had else "nothing",
                     " ".join(now) if now else "nothing"))
        print(summary)
        sys.exit(1 if differ else 0)
    if not only:
        head = ["# measure.py's results: NAME, TYPE, ARRIVES, VERDICT (reason|other|missed), "
                "STAGE (validate|plan|ok), FIXED (ok or its refusal), ERROR (first line), NOTE",
                "# " + summary]
        results.write_text("\n".join(head + ["\t".join(row) for row in rows]) + "\n")
    print(summary)


if __name__ == "__main__":
    main()
