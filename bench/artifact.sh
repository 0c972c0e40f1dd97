#!/usr/bin/env bash
# bench/artifact.sh: upload throughput of an aws.s3.artifact next to
# `aws s3 cp`, against the same local S3 server in the same run.
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
# and both throughputs are printed in MB/s (1 MB = 1,000,000 bytes) with
# their ratio. Both objects are checked to hold the file's SHA-256 after.
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

. "$repo/tests/servers/lib.sh"
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

cat >stack.yaml <<-YAML
stack: bench-artifact
variables:
  endpoint: {type: string}
  access_key: {type: string}
  secret_key: {type: string, sensitive: true}
providers:
  aws:
    region: us-east-1
    endpoint: \${var.endpoint}
    path_style: true
    access_key: \${var.access_key}
    secret_key: \${var.secret_key}
resources:
  art:
    type: aws.s3.artifact
    bucket: $bucket
    source: artifact.bin
    prefix: bench/
YAML

# timed NAME CMD...: wall clock, user and system CPU seconds into NAME.time.
timed () {
	local name=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$name.time" "$@"
}
# Both clients read a file that is in the page cache.
cat artifact.bin >/dev/null

timed plan "$TERRACE" plan >plan.out 2>plan.err
timed apply "$TERRACE" apply -auto-approve >apply.out 2>apply.err
timed cli env AWS_ACCESS_KEY_ID="$access" AWS_SECRET_ACCESS_KEY="$secret" \
	AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url "$endpoint" \
	s3 cp --only-show-errors artifact.bin "s3://$bucket/cli/artifact.bin"

key=$(sed -n 's/.*"key": "\(bench\/[^"]*\)".*/\1/p' terrace.state.json | head -n 1)
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
check "$key"
check cli/artifact.bin

"$SERVERS_PYTHON" - "$bytes" "$server" "$(nproc)" <<-'PY'
import sys
size, server, cpus = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def timing(name):
    wall, user, system = map(float, open(name + ".time").read().split()[-3:])
    return wall, user + system
plan, plan_cpu = timing("plan")
apply, apply_cpu = timing("apply")
cli, cli_cpu = timing("cli")
mb = size / 1e6
print(f"server:            {server} on loopback, {cpus} CPUs")
print(f"file:              {size} bytes ({size / 2**20:.0f} MiB)")
print(f"terrace plan:      {plan:6.2f} s wall, {plan_cpu:5.2f} s CPU  (reads the file for its SHA-256)")
print(f"terrace apply:     {apply:6.2f} s wall, {apply_cpu:5.2f} s CPU  {mb / apply:8.1f} MB/s  (plan + upload)")
print(f"aws s3 cp:         {cli:6.2f} s wall, {cli_cpu:5.2f} s CPU  {mb / cli:8.1f} MB/s")
print(f"ratio terrace/aws: {cli / apply:.2f} (throughput), {cli_cpu / apply_cpu:.2f} (CPU per byte, aws/terrace)")
PY
