#!/usr/bin/env python3
"""provider/aws/checks/words/audit_sample.py: a reproducible sample of the
ledger's verdicts that are not rows, for an audit of excuses (issue 87
point 4): a verdict that calls a sentence no-rule, unknowable, vague or
elsewhere where a plan-time row could hold it and AWS refuses the call.

    audit_sample.py [--seed S] [-n N] [--kinds K,K...] [--dir DIR]
        print N verdicts drawn with seed S (default 1, 100) from every
        SERVICE.words in DIR (default: beside this file) whose kind is one
        of K (default no-rule,unknowable,vague,elsewhere): for each its
        key, where it is said, the sentence and the verdict; then the
        population's size by kind

The draw is random.Random(S).sample over the verdicts sorted by key, so
the same ledgers and seed give the same sample; a ledger changed by the
audit's own fixes changes the population (a verdict made a row leaves it),
which is why a measuring sample is drawn after the fixes with a fresh seed.
The judgements and the totals are written by hand in audit.txt beside it.
"""
import argparse
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ("no-rule", "unknowable", "vague", "elsewhere")


def read_ledger(path):
    """[(key, at, says, verdict)] of one SERVICE.words, in file order."""
    out, key, at, says = [], None, [], ""
    for line in path.read_text().splitlines():
        if line.startswith("== "):
            key, at, says = line[3:].strip(), [], ""
        elif line.startswith("   at: ") and key:
            at.append(line[len("   at: "):].strip())
        elif line.startswith("   says: ") and key:
            says = line[len("   says: "):].strip()
        elif line.startswith("   verdict: ") and key:
            out.append((key, at, says, line[len("   verdict: "):].strip()))
            key = None
    return out


def population(folder, kinds):
    """Every verdict of the ledgers in folder whose kind is in kinds, by key."""
    found = []
    for path in sorted(folder.glob("*.words")):
        for key, at, says, verdict in read_ledger(path):
            if verdict.partition(" ")[0] in kinds:
                found.append((key, at, says, verdict))
    return sorted(found, key=lambda v: v[0])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--dir", default=str(HERE))
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        ap.error("not a non-row verdict kind: %s" % ", ".join(unknown))
    pool = population(pathlib.Path(args.dir), kinds)
    if args.n > len(pool):
        ap.error("%d asked, %d in the population" % (args.n, len(pool)))
    drawn = random.Random(args.seed).sample(pool, args.n)
    for i, (key, at, says, verdict) in enumerate(drawn, 1):
        print("%d. %s" % (i, key))
        for place in at:
            print("   at: " + place)
        print("   says: " + says)
        print("   verdict: " + verdict)
    by_kind = {k: sum(1 for v in pool if v[3].startswith(k + " ")) for k in kinds}
    print("# seed %d, %d of %d verdicts (%s)" % (
        args.seed, args.n, len(pool),
        ", ".join("%s %d" % (k, n) for k, n in by_kind.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
