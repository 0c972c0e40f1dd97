#!/usr/bin/env python3
"""check.py: the CDK corpus (aws-solutions-constructs' integration snapshots,
extract.sh) through `terrace convert`, `terrace validate` and, with --endpoint,
`terrace plan` on a server, each template alone, held to results.txt.

    check.py TERRACE WORKDIR                    # convert and validate every template
    check.py TERRACE WORKDIR --endpoint URL     # and plan each valid stack against the
                                                # server at URL (moto)
    check.py TERRACE WORKDIR [--endpoint U] --write  # rewrite results.txt from this run
    ... --results FILE                          # FILE instead of results.txt

One `terrace convert -out-dir` over every template (each converted alone, as
`terrace convert TEMPLATE` would, its *.assets.json beside it) and one
`terrace validate STACK...` over the stacks written (tests/corpus/judge.py's
way of splitting one run's output by the line closing each source). With
--endpoint each valid stack that needs no variable's value is planned
(`terrace plan -input=false`, $JUDGE_JOBS at a time, default 2) with
AWS_ENDPOINT_URL and a key pair in its environment, no provider written. A
template's line in results.txt is

    PATH<TAB>VERDICT<TAB>DETAIL

VERDICT one of: planned, valid (not planned: why in DETAIL), refused (at
validate), plan fails, not converted; DETAIL the count of constructs left
out (convert's closing line's, "0 left out" when none) or the first error.
Any line that differs from results.txt is printed and fails the run (exit
1), in either direction: a template that now converts further fails as one
that falls back does, until results.txt is written again (--write) and
reviewed. The last line is
"cdk: N templates, C convert, V validate, P plan".
"""
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from judge import first_error, verdict_blocks  # noqa: E402


def templates():
    """The corpus's templates, by their path under HERE, in order."""
    return sorted(str(p.relative_to(HERE)) for p in HERE.glob("*@*/*/*/*.template.json"))


def plan(terrace, stack, endpoint):
    """(verdict, detail) of planning the stack folder on the server."""
    doc = yaml.safe_load((stack / "stack.yaml").read_text()) or {}
    needs = [k for k, v in (doc.get("variables") or {}).items()
             if not (isinstance(v, dict) and "default" in v)]
    if needs:
        return "valid", "not planned: variables without a value (%s)" % ", ".join(sorted(needs))
    env = dict(os.environ, NO_COLOR="1", AWS_ENDPOINT_URL=endpoint,
               AWS_ACCESS_KEY_ID="AKIAMOTOUNCHECKED000",
               AWS_SECRET_ACCESS_KEY="moto-accepts-any-secret",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
               TERRACE_AWS_SERVER="aws")  # AWS's rules, as the suite holds them (lib.sh)
    env.pop("AWS_PROFILE", None)
    run = subprocess.run([terrace, "plan", "-input=false", "-no-color"], cwd=stack,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if run.returncode in (0, 2):
        return "planned", None
    return "plan fails", first_error(run.stdout)


def check(terrace, work, endpoint):
    """{PATH: (verdict, detail)} for every template."""
    env = dict(os.environ, NO_COLOR="1")
    rels = templates()
    given = [str(HERE / r) for r in rels]
    shutil.rmtree(work / "stacks", ignore_errors=True)  # -out-dir makes a new folder
    conv = subprocess.run([terrace, "convert", "-from", "cloudformation", "-out-dir",
                           str(work / "stacks")] + given,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    out, stacks = {}, []
    for rel, path, (lines, said) in zip(rels, given, verdict_blocks(
            conv.stdout, given, ("converted to ", "not converted"))):
        text = "\n".join(lines)
        written = re.match(r"converted to (.*/stack\.yaml)(, |$)", said or "")
        if not written:
            out[rel] = ("not converted", first_error(text) if said else
                        "convert ended before it (exit %d)" % conv.returncode)
            continue
        n = re.search(r"(\d+) constructs? left out", said)
        left = int(n.group(1)) if n else 0
        stacks.append((rel, pathlib.Path(written.group(1)).parent, left))
    val = subprocess.run([terrace, "validate", "-no-color"] + [str(d) for _, d, _ in stacks],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env=env) if stacks else None
    blocks = verdict_blocks(val.stdout, [str(d) for _, d, _ in stacks],
                            ("Success!", "not valid")) if val else []
    valid = []
    for (rel, d, left), (lines, said) in zip(stacks, blocks):
        if said is None:
            out[rel] = ("refused", "validate ended before it (exit %d)" % val.returncode)
        elif said.startswith("Success!"):
            out[rel] = ("valid", "%d left out" % left)
            valid.append((rel, d, left))
        else:
            out[rel] = ("refused", first_error("\n".join(lines)))
    if endpoint:
        jobs = max(1, int(os.environ.get("JUDGE_JOBS", "2")))
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            plans = list(pool.map(lambda v: plan(terrace, v[1], endpoint), valid))
        for (rel, _, left), (verdict, detail) in zip(valid, plans):
            out[rel] = (verdict, detail or "%d left out" % left)
    return out


def main():
    argv = sys.argv[1:]
    endpoint = None
    if "--endpoint" in argv:
        i = argv.index("--endpoint")
        endpoint = argv[i + 1]
        del argv[i:i + 2]
    listing = HERE / "results.txt"
    if "--results" in argv:
        i = argv.index("--results")
        listing = pathlib.Path(argv[i + 1])
        del argv[i:i + 2]
    write = "--write" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    terrace, work = str(pathlib.Path(args[0]).resolve()), pathlib.Path(args[1]).resolve()
    work.mkdir(parents=True, exist_ok=True)
    got = check(terrace, work, endpoint)
    rows = ["%s\t%s\t%s" % (rel, v, d) for rel, (v, d) in sorted(got.items())]
    head = [l for l in (listing.read_text().splitlines() if listing.exists() else [])
            if l.startswith("#")]
    bad = 0
    if write:
        listing.write_text("\n".join(head + rows) + "\n")
    else:
        want = [l for l in (listing.read_text().splitlines() if listing.exists() else [])
                if l and not l.startswith("#")]
        old, new = set(want) - set(rows), set(rows) - set(want)
        for line in sorted(old):
            print("cdk: results.txt has: %s" % line)
        for line in sorted(new):
            print("cdk: this run has:    %s" % line)
        bad = len(old) + len(new)
    verdicts = [v for v, _ in got.values()]
    n = len(verdicts)
    converted = n - verdicts.count("not converted")
    validated = sum(v in ("valid", "planned", "plan fails") for v in verdicts)
    print("cdk: %d templates, %d convert, %d validate, %s plan" % (
        n, converted, validated, verdicts.count("planned") if endpoint else "-"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
