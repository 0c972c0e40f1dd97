#!/usr/bin/env bash
# bench/lab-status.sh: lab status of a class with one broken lab takes the
# time of the healthy class's status, plus seconds (issue 56 §2). Runs
# t0543-lab-status-broken-lab for BENCH_LAB_ATTENDEES (default 40) with the
# optimised build: lab status of the healthy class, then with one
# attendee's bucket and role deleted by hand (the provider's consistency
# window at its default, 300 s), and prints their "# figure:" lines with the
# 1-minute load average before and after.
#
#   bench/lab-status.sh
#   TERRACE=PATH              the binary (default build/terrace)
#   BENCH_LAB_ATTENDEES=N     attendees (default 40)
# Not part of `make test`; `make bench-lab-status` runs it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
export TERRACE=${TERRACE:-$repo/build/terrace}
export LAB_ATTENDEES=${BENCH_LAB_ATTENDEES:-40}

echo "# bench-lab-status: $LAB_ATTENDEES attendees, $TERRACE, load before: $(cut -d' ' -f1 /proc/loadavg)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
TEST_JOBS=1 "$repo/tests/integration/run.sh" t0543-lab-status-broken-lab.sh >"$out" 2>&1 || rc=$?
grep -E '^(=== |not ok|# figure: )' "$out" || true
grep -A 40 '^not ok' "$out" | head -n 80 || true
echo "# load after: $(cut -d' ' -f1 /proc/loadavg)"
tail -n 1 "$out"
exit "$rc"
