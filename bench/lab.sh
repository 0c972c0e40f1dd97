#!/usr/bin/env bash
# bench/lab.sh: the workshop lab of examples/retail-batch at a class's size.
# The suite runs t0540 (lab up, status, down) and t0541 (lab up, local state
# lost, sweep) for 3 attendees; this runs the same two files for
# BENCH_LAB_ATTENDEES (default 30) with the optimised build, so that the
# lab's pool, moto and the PostgreSQL behind the bastions carry a whole
# class, and prints their "# figure:" lines (wall time of lab up, status,
# down and sweep -force) with the 1-minute load average before and after.
#
#   bench/lab.sh
#   TERRACE=PATH              the binary (default build/terrace)
#   BENCH_LAB_ATTENDEES=N     attendees (default 30)
# Not part of `make test`; `make bench-lab` runs it. It needs what the
# integration tests need (tests/servers/install-deps.sh) and root for the
# bastions' network namespace.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
export TERRACE=${TERRACE:-$repo/build/terrace}
export LAB_ATTENDEES=${BENCH_LAB_ATTENDEES:-30}

echo "# bench-lab: $LAB_ATTENDEES attendees, $TERRACE, load before: $(cut -d' ' -f1 /proc/loadavg)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
TEST_JOBS=1 "$repo/tests/integration/run.sh" t0540-lab-retail-batch.sh t0541-lab-retail-batch-sweep.sh \
	>"$out" 2>&1 || rc=$?
grep -E '^(=== |not ok|# figure: )' "$out" || true
grep -A 40 '^not ok' "$out" | head -n 80 || true
echo "# load after: $(cut -d' ' -f1 /proc/loadavg)"
tail -n 1 "$out"
exit "$rc"
