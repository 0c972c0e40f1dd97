#!/usr/bin/env python3
"""tests/unit/check_one_clock.py: the monotonic clock is read in one place.

    tests/unit/check_one_clock.py [ROOT]

Every deadline, wait and duration of terrace is measured on CLOCK_MONOTONIC
through provider/base/clock.c's monotonic_seconds (issue 70 point 3: "one
helper for each repeated one"). A clock_gettime(CLOCK_MONOTONIC, ...)
anywhere else in the tracked C of cmd/, plan/, stacks/ and provider/ is that
helper written again (it was: transport's monotonic_now, cmd/ui.c's
mono_seconds, two now_ms in provider/ssh/, state_seconds_since, ssh/conn.c's
since, cmd/build.c's seconds_since). Tests and benchmarks may read it
themselves. Exit 1 naming each FILE:LINE.
"""
import pathlib
import re
import subprocess
import sys

FOLDERS = ("cmd", "plan", "stacks", "provider")
THE_PLACE = "provider/base/clock.c"
READ = re.compile(r"\bclock_gettime\s*\(\s*CLOCK_MONOTONIC")


def main(argv):
    root = pathlib.Path(argv[1] if len(argv) > 1 else ".")
    files = subprocess.run(["git", "-C", str(root), "ls-files", "--"] +
                           ["%s/*.c" % f for f in FOLDERS] + ["%s/*.h" % f for f in FOLDERS],
                           capture_output=True, text=True, check=True).stdout.split()
    found = []
    for f in files:
        if f == THE_PLACE:
            continue
        text = (root / f).read_text(errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            if READ.search(line):
                found.append("%s:%d" % (f, n))
    for where in found:
        print("check_one_clock: %s reads CLOCK_MONOTONIC itself: call monotonic_seconds() "
              "(provider/base/clock.h)" % where, file=sys.stderr)
    print("check_one_clock: %d C files, %d reads of the monotonic clock outside %s"
          % (len(files), len(found), THE_PLACE))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
