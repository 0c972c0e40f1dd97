#!/usr/bin/env bash
# t0487-stack-lookup-s3: terrace.stack against the S3 backend (moto): the
# network stack keeps its state in a bucket (found through its backend:
# block and what `terrace init` recorded, TERRACE_BACKEND_* for the
# endpoint and keys), read by path and by backend settings; never written,
# never locked (a lock object another runner holds does not stop the
# reader); never applied fails naming the S3 key; a saved plan is refused
# when the outputs changed since; a workspace's state is its env:/ key.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

mkdir network pipe
write_stack network/stack.yaml "  prefix: {type: string, default: acme}"
sed -i "1s/.*/stack: network/" network/stack.yaml
cat >>network/stack.yaml <<'YAML'
backend:
  type: s3
  bucket: tfstate-t0487
  region: us-east-1
  path_style: true
resources:
  shared:
    type: aws.s3.bucket
    name: ${var.prefix}-t0487-net-${terrace.workspace}
    force_destroy: true
outputs:
  prefix: ${var.prefix}
  bucket: ${shared.name}
YAML
write_stack pipe/stack.yaml
sed -i "1s/.*/stack: pipe/" pipe/stack.yaml
cat >>pipe/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../network}
  by_backend:
    type: terrace.stack
    stack: network
    backend: {type: s3, bucket: tfstate-t0487, region: us-east-1, path_style: "true"}
resources:
  own:
    type: aws.s3.bucket
    name: ${data.net.outputs.prefix}-t0487-pipe-${terrace.workspace}
    force_destroy: true
outputs:
  shared_bucket: ${data.net.outputs.bucket}
  same_bucket: ${data.by_backend.outputs.bucket}
YAML
state_key=network/terrace.state.json

test_expect_success 'never applied: plan fails naming both stacks and the S3 key it read' '
	s3 s3api create-bucket --bucket tfstate-t0487 >/dev/null &&
	(cd network && terrace init >out 2>err) &&
	(cd pipe &&
	 test_expect_code 1 terrace plan >out 2>err &&
	 test_contains err "stack.yaml:15:3: error: lookup data.by_backend (terrace.stack): stack \"pipe\" reads stack \"network\" (s3://tfstate-t0487/$state_key), which has no state in workspace \"default\" (s3://tfstate-t0487/$state_key): it was never applied there; apply it first" &&
	 test_contains err "stack.yaml:14:3: error: lookup data.net (terrace.stack): stack \"pipe\" reads stack \"network\" (../network), which has no state in workspace \"default\" (s3://tfstate-t0487/$state_key): it was never applied there")
'

test_expect_success 'applied: read by path and by backend settings, serial shown, state in the bucket untouched' '
	(cd network && terrace apply -auto-approve >out 2>err) &&
	s3 s3api get-object --bucket tfstate-t0487 --key $state_key before.json >/dev/null &&
	serial=$(json_get before.json "d[\"serial\"]") &&
	changed=$(json_get before.json "d[\"outputs_changed_at\"]") &&
	(cd pipe &&
	 terrace apply -auto-approve >out 2>err &&
	 test_line out "data.net: read stack \"network\" (workspace default, serial $serial, outputs last changed $changed)" &&
	 test_line out "data.by_backend: read stack \"network\" (workspace default, serial $serial, outputs last changed $changed)" &&
	 test_equal acme-t0487-net-default "$(terrace output -raw shared_bucket)" &&
	 test_equal acme-t0487-net-default "$(terrace output -raw same_bucket)") &&
	bucket_exists acme-t0487-pipe-default &&
	s3 s3api get-object --bucket tfstate-t0487 --key $state_key after.json >/dev/null &&
	test_cmp before.json after.json &&
	! s3 s3api head-object --bucket tfstate-t0487 --key $state_key.lock >/dev/null 2>&1
'

test_expect_success 'a lock another runner holds on the network state does not stop the reader' '
	echo "{\"id\":\"x\",\"who\":\"ci@runner-2\",\"host\":\"runner-2\",\"pid\":1,\"operation\":\"apply\",\"created\":\"2026-11-25T00:00:00Z\"}" >lock.json &&
	s3 s3api put-object --bucket tfstate-t0487 --key $state_key.lock --body lock.json >/dev/null &&
	(cd network && test_expect_code 1 terrace apply -auto-approve -var prefix=acme2 >out 2>err &&
	 test_contains err "state is locked by ci@runner-2") &&
	(cd pipe && terrace plan -detailed-exitcode >out 2>err) &&
	s3 s3api delete-object --bucket tfstate-t0487 --key $state_key.lock >/dev/null
'

test_expect_success 'a saved plan is refused when the network outputs changed in the bucket since' '
	(cd pipe && terrace plan -out=tfplan >out 2>err) &&
	was=$(json_get after.json "d[\"serial\"]") &&
	(cd network && terrace apply -auto-approve -var prefix=acme2 >out 2>err) &&
	s3 s3api get-object --bucket tfstate-t0487 --key $state_key now.json >/dev/null &&
	now=$(json_get now.json "d[\"serial\"]") &&
	(cd pipe &&
	 test_expect_code 1 terrace apply tfplan >out 2>err &&
	 test_contains err "data.net: saved plan is stale: the outputs of stack \"network\" (s3://tfstate-t0487/$state_key) changed since it was made (serial $was, now $now); plan again" &&
	 test_contains err "data.by_backend: saved plan is stale: the outputs of stack \"network\"" &&
	 terrace apply -auto-approve >out 2>err &&
	 test_equal acme2-t0487-net-default "$(terrace output -raw shared_bucket)") &&
	bucket_exists acme2-t0487-pipe-default &&
	! bucket_exists acme-t0487-pipe-default
'

test_expect_success 'workspace dev reads the network'"'"'s env:/dev key; environment: reads env.NAME' '
	(cd network && terrace workspace new dev >/dev/null 2>&1 &&
	 terrace apply -auto-approve -var prefix=devnet >out 2>err &&
	 terrace workspace select default >/dev/null) &&
	s3 s3api head-object --bucket tfstate-t0487 --key network/env:/dev/terrace.state.json >/dev/null &&
	(cd pipe && terrace workspace new dev >/dev/null 2>&1 &&
	 terrace plan >out 2>err &&
	 test_contains out "data.net: read stack \"network\" (workspace dev, serial" &&
	 test_contains out "devnet-t0487-pipe-dev" &&
	 sed -i "s|path: ../network}|path: ../network, environment: production}|" stack.yaml &&
	 test_expect_code 1 terrace plan >out 2>err &&
	 test_contains err "which has no state in workspace \"env.production\" (s3://tfstate-t0487/network/env:/env.production/terrace.state.json)" &&
	 terrace workspace select default >/dev/null)
'

test_expect_success 'cleanup' '
	(cd pipe && terrace destroy -auto-approve >out 2>err) &&
	(cd network && terrace destroy -auto-approve -var prefix=acme2 >out 2>err &&
	 TERRACE_WORKSPACE=dev terrace destroy -auto-approve -var prefix=devnet >out 2>err) &&
	test_contains network/out "Destroy complete!" &&
	! bucket_exists acme2-t0487-net-default &&
	! bucket_exists devnet-t0487-net-dev &&
	! bucket_exists acme2-t0487-pipe-default
'

test_done
