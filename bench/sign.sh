#!/usr/bin/env bash
# bench/sign.sh: SigV4 signatures per second on one core, terrace's signer
# (bench/sign.c, linked with the real provider/aws/sigv4.c) next to
# botocore's (bench/sign_botocore.py), on the same two S3 request shapes.
# Three rounds, each running both one after the other on the same core;
# prints each round and the min/median/max of the ratio per shape.
#
#   bench/sign.sh [SECONDS_PER_SHAPE]      (default 2)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
seconds=${1:-2}
sign=$repo/build/bench-sign
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)

if ! test -x "$sign"; then
	echo "bench-sign: $sign is not built: run make build/bench-sign" >&2
	exit 1
fi

SIGN_TMP=$(mktemp -d)
trap 'rm -rf "$SIGN_TMP"' EXIT

echo "bench: SigV4 signing on one core, terrace vs botocore ($seconds s per shape, 3 rounds)"
for round in 1 2 3; do
	"${pin[@]}" "$sign" "$seconds" >"$SIGN_TMP/terrace.$round"
	"${pin[@]}" python3 "$here/sign_botocore.py" "$seconds" >"$SIGN_TMP/botocore.$round"
done
python3 - "$SIGN_TMP" <<'PY'
import statistics, sys
d = sys.argv[1]
def read(name, r):
    return dict(line.split() for line in open(f"{d}/{name}.{r}"))
for shape in ("get_query", "put_body_hash"):
    ratios = []
    for r in (1, 2, 3):
        t, b = float(read("terrace", r)[shape]), float(read("botocore", r)[shape])
        ratios.append(t / b)
        print(f"  {shape:14} round {r}: terrace {t:9.0f}/s  botocore {b:7.0f}/s  = {t / b:5.1f}x")
    print(f"  {shape:14} ratio min/median/max: {min(ratios):.1f} / "
          f"{statistics.median(ratios):.1f} / {max(ratios):.1f}")
PY
