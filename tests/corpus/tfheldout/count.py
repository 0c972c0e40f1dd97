#!/usr/bin/env python3
"""count.py: the held-out Terraform sources (pins.txt) through `terrace
convert`, `terrace validate` and `terrace plan` on moto, exactly as
tests/corpus/tfmodules/count.py takes its corpus (its functions are used),
held to results.txt.

    count.py [--terrace T] [--endpoint URL] [--work DIR] [--results FILE] [--write]

A line per example, NAME@TAG/examples/EXAMPLE<TAB>STAGE<TAB>DETAIL (STAGE
`ok`, or `convert`, `validate`, `plan`: the first that failed), and last
"tfheldout: N examples, C convert, V validate, P plan". Without --write a
line that differs from results.txt is printed and the exit is 1.
"""
import pathlib
import shutil
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tfmodules"))
import count as tfmodules  # noqa: E402


def release_folders():
    """NAME@TAG of pins.txt, in its order."""
    out = []
    for line in (HERE / "pins.txt").read_text().splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            out.append("%s@%s" % (words[0], words[2]))
    return out


def main():
    argv = sys.argv[1:]

    def option(name, default=None):
        if name in argv:
            i = argv.index(name)
            value = argv[i + 1]
            del argv[i:i + 2]
            return value
        return default
    terrace = str(pathlib.Path(option("--terrace", tfmodules.REPO / "build-san/terrace")).resolve())
    endpoint = option("--endpoint")
    work_given = option("--work")
    listing = pathlib.Path(option("--results", HERE / "results.txt"))
    write = "--write" in argv
    if [a for a in argv if a != "--write"]:
        sys.exit(__doc__)
    # the tfmodules count, over this folder's pins
    tfmodules.HERE = HERE
    tfmodules.current_folders = release_folders
    work = pathlib.Path(work_given or tempfile.mkdtemp(prefix="tfheldout-count.")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        with tfmodules.moto_endpoint(work, endpoint, "count") as url:
            rows = tfmodules.count(terrace, work, url, None)
    finally:
        if not work_given:
            shutil.rmtree(work, ignore_errors=True)
    lines = ["%s\t%s\t%s" % (rel, stage, detail) for rel, (stage, detail) in sorted(rows.items())]
    print("\n".join(lines))
    listed = listing.read_text().splitlines() if listing.exists() else []
    head = [l for l in listed if l.startswith("#")]
    mine = [l for l in listed if l and not l.startswith("#")]
    bad = 0
    if write:
        listing.write_text("\n".join(head + lines) + "\n")
    else:
        for line in sorted(set(mine) - set(lines)):
            print("count: results.txt has: %s" % line)
            bad += 1
        for line in sorted(set(lines) - set(mine)):
            print("count: this run has:    %s" % line)
            bad += 1
    stages = [s for s, _ in rows.values()]
    n = len(stages)
    c = n - stages.count("convert")
    v = c - stages.count("validate")
    print("tfheldout: %d examples, %d convert, %d validate, %d plan" % (n, c, v, stages.count("ok")))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
