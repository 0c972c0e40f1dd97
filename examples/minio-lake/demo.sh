#!/usr/bin/env bash
# examples/minio-lake/demo.sh: the minio-lake stack end to end on a local S3
# server. Starts s3rver (tests/servers/s3rver.js, a MinIO stand-in that checks
# signatures) on a free loopback port, then runs
#
#   terrace plan
#   terrace apply -auto-approve
#   (the aws CLI lists what was made)
#   terrace plan -detailed-exitcode      must report no changes
#   terrace destroy -auto-approve
#
# printing each step, and stops the server. The stack is copied to a temporary
# folder so the state file does not land in the repository.
# TERRACE names the binary (default: build/terrace). `make demo` runs this.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}

if ! test -x "$TERRACE"; then
	echo "demo: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
servers_init
work=$SERVERS_DIR/minio-lake
mkdir -p "$work"
cp -R "$here/stack.yaml" "$here/scripts" "$work/"
cd "$work"

step () {
	echo
	echo "==> $*"
}

step "starting the local S3 server (s3rver on 127.0.0.1)"
start_s3rver
echo "listening on $S3RVER_ENDPOINT"

export TERRACE_VAR_endpoint=$S3RVER_ENDPOINT
export TERRACE_VAR_access_key=$S3RVER_ACCESS_KEY
export TERRACE_VAR_secret_key=$S3RVER_SECRET_KEY
export TERRACE_VAR_prefix=workshop

step "terrace plan"
"$TERRACE" plan

step "terrace apply -auto-approve"
"$TERRACE" apply -auto-approve

step "what the server holds now (aws s3 ls)"
for bucket in workshop-landing workshop-silver workshop-gold; do
	s3rver_aws s3 ls --recursive "s3://$bucket" | awk -v b="$bucket" '{print "s3://" b "/" $4}'
done

step "terrace plan -detailed-exitcode (expecting no changes)"
rc=0
"$TERRACE" plan -detailed-exitcode || rc=$?
if test "$rc" -ne 0; then
	echo "demo: the second plan exited $rc: the lake does not match the stack" >&2
	exit 1
fi

step "terrace destroy -auto-approve"
"$TERRACE" destroy -auto-approve

step "stopping the local S3 server"
servers_stop_all
echo "demo complete"
