#!/usr/bin/env bash
# bench/artifact.sh: upload throughput of an aws.s3.artifact next to
# `aws s3 cp` and `rclone copyto`, against the same local S3 server in the
# same run.
#
#   bench/artifact.sh [SIZE_MIB [SERVER]]     (default 256 and s3rver)
#
# SERVER is s3rver (default: Node, streams parts to disk, checks every
# signature; it handles a 256 MiB object in a few seconds) or moto (Python,
# keeps objects in memory and joins the parts at CompleteMultipartUpload:
# much slower, so it measures moto more than the clients). The server runs
# on loopback. A file of SIZE_MIB MiB of random bytes is uploaded:
#   terrace apply   of a stack holding one aws.s3.artifact (the bucket is
#                   made beforehand with the aws CLI), timed wall clock;
#                   it includes the plan, which reads the file for its
#                   SHA-256 (timed on its own with `terrace plan` first)
#   aws s3 cp       of the same file to another key, with the CLI's
#                   defaults (8 MiB parts, 10 in flight)
#   rclone copyto   of the same file to a third key, with rclone's defaults
#                   (Debian's rclone, installed when missing)
#   terrace apply   again: nothing changed, so it must plan no change and
#                   leave the object as it was (its LastModified is compared)
# Three rounds; each throughput is printed in MB/s (1 MB = 1,000,000 bytes)
# and terrace's ratio to each client as min/median/max. Every object is
# checked to hold the file's SHA-256 after.
# TERRACE names the binary (default: build/terrace, the optimised build).
# Not part of `make test`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
size_mib=${1:-256}
server=${2:-s3rver}
bucket=bench-artifacts

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi
case "$server" in
s3rver|moto) ;;
*) echo "bench: unknown server $server (s3rver or moto)" >&2; exit 2 ;;
esac

if ! command -v rclone >/dev/null 2>&1; then
	echo "bench: installing rclone (Debian)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rclone >/dev/null
fi

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
servers_init
work=$SERVERS_DIR/stack
mkdir -p "$work"
cd "$work"

echo "bench: starting $server"
if test "$server" = s3rver; then
	start_s3rver
	endpoint=$S3RVER_ENDPOINT access=$S3RVER_ACCESS_KEY secret=$S3RVER_SECRET_KEY
else
	start_moto
	endpoint=$MOTO_ENDPOINT access=$MOTO_ACCESS_KEY secret=$MOTO_SECRET_KEY
fi
export TERRACE_VAR_endpoint=$endpoint TERRACE_VAR_access_key=$access TERRACE_VAR_secret_key=$secret
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
cli () {
	aws_at "$endpoint" "$access" "$secret" "$@"
}

echo "bench: writing $size_mib MiB of random bytes"
head -c $((size_mib << 20)) /dev/urandom >artifact.bin
bytes=$(stat -c %s artifact.bin)
want_sha=$(sha256sum artifact.bin | cut -d' ' -f1)
cli s3api create-bucket --bucket "$bucket" >/dev/null

{
	bench_stack_head bench-artifact
	cat <<-YAML
	  art:
	    type: aws.s3.artifact
	    bucket: $bucket
	    source: artifact.bin
	    prefix: bench/
	YAML
} >stack.yaml

# timed NAME CMD...: wall clock, user and system CPU seconds into NAME.time.
timed () {
	local name=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$name.time" "$@"
}
# Both clients read a file that is in the page cache.
cat artifact.bin >/dev/null

export RCLONE_CONFIG_BENCH_TYPE=s3 RCLONE_CONFIG_BENCH_PROVIDER=Other
export RCLONE_CONFIG_BENCH_ACCESS_KEY_ID=$access RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY=$secret
export RCLONE_CONFIG_BENCH_ENDPOINT=$endpoint RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE=true
export RCLONE_CONFIG_BENCH_REGION=us-east-1 RCLONE_CONFIG=/nonexistent

check () {
	local got
	cli s3 cp --only-show-errors "s3://$bucket/$1" back.bin
	got=$(sha256sum back.bin | cut -d' ' -f1)
	rm -f back.bin
	if test "$got" != "$want_sha"; then
		echo "bench: s3://$bucket/$1 does not hold the file's bytes" >&2
		exit 1
	fi
}

for round in 1 2 3; do
	rm -f terrace.state.json terrace.state.json.backup
	cli s3 rm --only-show-errors --recursive "s3://$bucket/"
	timed plan.$round "$TERRACE" plan >plan.out 2>plan.err
	timed apply.$round "$TERRACE" apply -auto-approve >apply.out 2>apply.err
	timed cli.$round env AWS_ACCESS_KEY_ID="$access" AWS_SECRET_ACCESS_KEY="$secret" \
		AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url "$endpoint" \
		s3 cp --only-show-errors artifact.bin "s3://$bucket/cli/artifact.bin"
	timed rclone.$round env -u AWS_CA_BUNDLE rclone copyto --s3-no-check-bucket artifact.bin "bench:$bucket/rclone/artifact.bin"
	key=$(sed -n 's/.*"key": "\(bench\/[^"]*\)".*/\1/p' terrace.state.json | head -n 1)
	check "$key"
	check cli/artifact.bin
	check rclone/artifact.bin
done

# A second apply with nothing changed uploads nothing: it plans no change
# and the object keeps its LastModified.
stamp () {
	cli s3api head-object --bucket "$bucket" --key "$key" --query LastModified --output text
}
before=$(stamp)
sleep 1
"$TERRACE" apply -auto-approve >reapply.out 2>reapply.err
if grep -q "No changes" reapply.out && test "$(stamp)" = "$before"; then
	reapply="no changes planned, object not rewritten"
else
	reapply="CHANGED: see $work/reapply.out"
fi

"$SERVERS_PYTHON" - "$bytes" "$server" "$(nproc)" "$reapply" <<-'PY'
import statistics, sys
size, server, cpus, reapply = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def timing(name):
    wall, user, system = map(float, open(name + ".time").read().split()[-3:])
    return wall, user + system
mb = size / 1e6
print(f"server:            {server} on loopback, {cpus} CPUs")
print(f"file:              {size} bytes ({size / 2**20:.0f} MiB)")
ratios = {"aws": [], "rclone": []}
for r in (1, 2, 3):
    plan, _ = timing(f"plan.{r}")
    apply, apply_cpu = timing(f"apply.{r}")
    cli, cli_cpu = timing(f"cli.{r}")
    rc, rc_cpu = timing(f"rclone.{r}")
    print(f"round {r}: terrace plan {plan:5.2f} s (SHA-256 of the file); "
          f"terrace apply {mb / apply:7.1f} MB/s ({apply_cpu:5.2f} s CPU), "
          f"aws s3 cp {mb / cli:7.1f} MB/s ({cli_cpu:5.2f} s CPU), "
          f"rclone {mb / rc:7.1f} MB/s ({rc_cpu:5.2f} s CPU)")
    ratios["aws"].append(cli / apply)
    ratios["rclone"].append(rc / apply)
for other, rs in ratios.items():
    print(f"terrace / {other:6} throughput ratio min/median/max: "
          f"{min(rs):.2f} / {statistics.median(rs):.2f} / {max(rs):.2f}")
print(f"re-apply with nothing changed: {reapply}")
PY
