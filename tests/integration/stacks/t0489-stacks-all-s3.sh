#!/usr/bin/env bash
# t0489-stacks-all-s3: a system of stacks on the S3 backend (moto), each
# stack its own key in one bucket: plan -all from empty, apply -all, a
# clean plan -all; two runners applying the two pipelines at once, each
# under its own lock, while the network's lock is held by a third (the
# readers do not take it); destroying the network alone refused while the
# pipelines' states use it; destroy -all leaving nothing.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

backend () {
	printf 'backend: {type: s3, bucket: tfstate-t0489, region: us-east-1, path_style: true}\n'
}
mkdir -p network pipe-a pipe-b
write_stack network/stack.yaml && sed -i "1s/.*/stack: network/" network/stack.yaml
backend >>network/stack.yaml
cat >>network/stack.yaml <<'YAML'
resources:
  shared: {type: aws.s3.bucket, name: acme-t0489-net, force_destroy: true}
outputs:
  bucket: ${shared.name}
YAML
for p in a b; do
	write_stack pipe-$p/stack.yaml && sed -i "1s/.*/stack: pipe-$p/" pipe-$p/stack.yaml
	backend >>pipe-$p/stack.yaml
	cat >>pipe-$p/stack.yaml <<-YAML
	data:
	  net: {type: terrace.stack, path: ../network}
	resources:
	  own: {type: aws.s3.bucket, name: "\${data.net.outputs.bucket}-$p", force_destroy: true}
	YAML
done

keys () {
	bucket_keys tfstate-t0489 | grep "terrace.state.json$" | tr '\n' ' '
}

test_expect_success 'plan -all from empty, then apply -all: one state object per stack in the bucket' '
	s3 s3api create-bucket --bucket tfstate-t0489 >/dev/null &&
	test_expect_code 2 terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "pipe-a: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "network: Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -all -auto-approve >out 2>err &&
	test_line out "Applied: network, pipe-a, pipe-b. Failed: none. Not applied: none." &&
	test_equal "network/terrace.state.json pipe-a/terrace.state.json pipe-b/terrace.state.json " "$(keys)" &&
	bucket_exists acme-t0489-net-a &&
	bucket_exists acme-t0489-net-b &&
	terrace plan -all -detailed-exitcode >out 2>err
'

test_expect_success 'two runners apply the two pipelines at once while a third holds the network lock' '
	echo "{\"id\":\"n\",\"who\":\"ci@runner-3\",\"host\":\"runner-3\",\"pid\":1,\"operation\":\"apply\",\"created\":\"2026-11-25T00:00:00Z\"}" >lock.json &&
	s3 s3api put-object --bucket tfstate-t0489 --key network/terrace.state.json.lock --body lock.json >/dev/null &&
	sed -i "s/force_destroy: true}/force_destroy: true, tags: {runner: one}}/" pipe-a/stack.yaml &&
	sed -i "s/force_destroy: true}/force_destroy: true, tags: {runner: two}}/" pipe-b/stack.yaml &&
	{ (cd pipe-a && terrace apply -auto-approve >out 2>err) & a=$!; } &&
	{ (cd pipe-b && terrace apply -auto-approve >out 2>err) & b=$!; } &&
	wait "$a" && wait "$b" &&
	test_contains pipe-a/out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_contains pipe-b/out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	bucket_tags acme-t0489-net-a >tags && test_contains tags "runner=one" &&
	bucket_tags acme-t0489-net-b >tags && test_contains tags "runner=two" &&
	s3 s3api head-object --bucket tfstate-t0489 --key network/terrace.state.json.lock >/dev/null &&
	s3 s3api delete-object --bucket tfstate-t0489 --key network/terrace.state.json.lock >/dev/null
'

test_expect_success 'the network alone is not destroyed while the pipelines use it; destroy -all removes all' '
	(cd network && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "are used by pipe-a (default), pipe-b (default)" &&
	bucket_exists acme-t0489-net &&
	terrace destroy -all -auto-approve >out 2>err &&
	test_line out "Destroyed: network, pipe-a, pipe-b. Failed: none. Not destroyed: none." &&
	! bucket_exists acme-t0489-net &&
	! bucket_exists acme-t0489-net-a &&
	! bucket_exists acme-t0489-net-b
'

test_done
