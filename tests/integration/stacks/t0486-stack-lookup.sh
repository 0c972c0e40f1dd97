#!/usr/bin/env bash
# t0486-stack-lookup: a stack reads another stack's outputs (terrace.stack,
# docs/stack-language.md "Another stack's outputs"), local backend. The
# pipeline stack names its bucket after the network stack's output; the
# network's state is read through its own backend, never written and never
# locked (its lock held by another process does not stop the reader); a
# stack never applied, a missing output and a sensitive output fail at plan
# naming both stacks, the output and where; plan shows the serial and when
# the outputs last changed; a saved plan is refused when the other stack's
# outputs changed since, and applies when only its serial moved; the
# workspace read is the reader's unless workspace: fixes one.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir network pipe
# network: a bucket and its name as an output, a sensitive output too.
write_stack network/stack.yaml "  prefix: {type: string, default: acme}"
sed -i "1s/.*/stack: network/" network/stack.yaml
cat >>network/stack.yaml <<'YAML'
resources:
  shared:
    type: aws.s3.bucket
    name: ${var.prefix}-t0486-net-${terrace.workspace}
    force_destroy: true
outputs:
  prefix: ${var.prefix}
  bucket: ${shared.name}
  token:
    value: ${var.prefix}-t0486-token
    sensitive: true
YAML
write_stack pipe/stack.yaml
sed -i "1s/.*/stack: pipe/" pipe/stack.yaml
cat >>pipe/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../network}
resources:
  own:
    type: aws.s3.bucket
    name: ${data.net.outputs.prefix}-t0486-pipe-${terrace.workspace}
    force_destroy: true
outputs:
  shared_bucket: ${data.net.outputs.bucket}
YAML

test_expect_success 'a stack never applied: plan fails naming both stacks, where it looked and the lookup' '
	(cd pipe &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:14:3: error: lookup data.net (terrace.stack): stack \"pipe\" reads stack \"network\" (../network), which has no state in workspace \"default\" ($TRASH/network/terrace.state.json): it was never applied there; apply it first" )
'

test_expect_success 'after the network is applied, the pipeline plans with its outputs and shows its serial' '
	(cd network && terrace apply -auto-approve >out 2>err) &&
	changed=$(json_get network/terrace.state.json "d[\"outputs_changed_at\"]") &&
	echo "$changed" >changed &&
	test_match changed "^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z$" &&
	(cd pipe &&
	terrace plan >out 2>err &&
	test_line out "data.net: read stack \"network\" (workspace default, serial $(json_get ../network/terrace.state.json "d[\"serial\"]"), outputs last changed $changed)" &&
	test_contains out "\"acme-t0486-pipe-default\"" )
'

test_expect_success 'apply: the value comes from the other state; that state is read, not written' '
	md5sum network/terrace.state.json >before.md5 &&
	(cd pipe && terrace apply -auto-approve >out 2>err &&
	 terrace output -raw shared_bucket >shared 2>err) &&
	test_equal acme-t0486-net-default "$(cat pipe/shared)" &&
	bucket_exists acme-t0486-pipe-default &&
	md5sum -c before.md5 >/dev/null &&
	(cd pipe && terrace plan -detailed-exitcode >out 2>err)
'

test_expect_success 'the other stack locked by another process: the reader plans without its lock' '
	(cd network && terrace plan >/dev/null 2>&1) &&
	flock -n network/terrace.state.json.lock -c "
		cd network && ! $TERRACE apply -auto-approve -lock-timeout=0s >../locked.out 2>&1 &&
		cd ../pipe && $TERRACE plan -detailed-exitcode >../pipe.out 2>&1" &&
	test_contains locked.out "state is locked" &&
	test_contains pipe.out "No changes."
'

test_expect_success 'an output the other stack lacks fails at plan naming both stacks, the output and its user' '
	(cd pipe &&
	cp stack.yaml stack.yaml.good &&
	sed -i "s/outputs.bucket}/outputs.buckt}/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:14:3: error: lookup data.net (terrace.stack): stack \"pipe\" reads output \"buckt\" of stack \"network\" (../network) (output shared_bucket at ./stack.yaml:21:3 uses \${data.net.outputs.buckt}), which has no such output (its outputs: bucket, prefix, token)" &&
	cp stack.yaml.good stack.yaml )
'

test_expect_success 'a sensitive output stays sensitive: its state keeps a hash, the reader is told so, no value shown' '
	(cd pipe &&
	cat >>stack.yaml <<-EOF &&
	  leaked: \${data.net.outputs.token}
	EOF
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "stack \"pipe\" reads output \"token\" of stack \"network\" (../network) (output leaked), which is sensitive: its state keeps only a hash of it" &&
	test_not_contains out "t0486-token" &&
	test_not_contains err "t0486-token" &&
	cp stack.yaml.good stack.yaml )
'

test_expect_success 'a saved plan applies when the other stack moved on without changing its outputs' '
	(cd pipe && terrace plan -out=tfplan >out 2>err) &&
	serial=$(json_get network/terrace.state.json "d[\"serial\"]") &&
	(cd network && sed -i "/^resources:/a\\  extra: {type: aws.s3.bucket, name: \"acme-t0486-extra-\${terrace.workspace}\", force_destroy: true}" stack.yaml &&
	 terrace apply -auto-approve >out 2>err) &&
	test "$(json_get network/terrace.state.json "d[\"serial\"]")" -gt "$serial" &&
	(cd pipe && terrace apply tfplan >out 2>err &&
	 test_contains out "Apply complete!")
'

test_expect_success 'a saved plan is refused when the other stack'"'"'s outputs changed since' '
	(cd pipe && terrace plan -out=tfplan >out 2>err) &&
	was=$(json_get network/terrace.state.json "d[\"serial\"]") &&
	(cd network && terrace apply -auto-approve -var prefix=acme2 >out 2>err) &&
	now=$(json_get network/terrace.state.json "d[\"serial\"]") &&
	(cd pipe &&
	test_expect_code 1 terrace apply tfplan >out 2>err &&
	test_contains err "data.net: saved plan is stale: the outputs of stack \"network\" ($TRASH/network/terrace.state.json) changed since it was made (serial $was, now $now); plan again" &&
	bucket_exists acme-t0486-pipe-default &&
	terrace plan >out 2>err &&
	test_contains out "-/+ resource \"aws.s3.bucket\" \"own\"" &&
	test_contains out "acme2-t0486-pipe-default" )
'

test_expect_success 'the workspace read is the reader'"'"'s: dev reads dev, and workspace: fixes one' '
	(cd network && terrace workspace new dev >/dev/null 2>&1 &&
	 terrace apply -auto-approve -var prefix=devnet >out 2>err) &&
	(cd pipe && terrace workspace new dev >/dev/null 2>&1 &&
	 terrace plan >out 2>err &&
	 test_line out "data.net: read stack \"network\" (workspace dev, serial $(json_get ../network/terrace.state.d/dev/terrace.state.json "d[\"serial\"]"), outputs last changed $(json_get ../network/terrace.state.d/dev/terrace.state.json "d[\"outputs_changed_at\"]"))" &&
	 test_contains out "devnet-t0486-pipe-dev" &&
	 terrace plan -out=devplan >out 2>err &&
	 terrace apply devplan >out 2>err &&
	 test_equal devnet-t0486-net-dev "$(terrace output -raw shared_bucket)" &&
	 sed -i "s|path: ../network}|path: ../network, workspace: default}|" stack.yaml &&
	 terrace plan >out 2>err &&
	 test_contains out "data.net: read stack \"network\" (workspace default, serial $(json_get ../network/terrace.state.json "d[\"serial\"]")," &&
	 test_contains out "acme2-t0486-pipe-dev" &&
	 cp stack.yaml.good stack.yaml &&
	 terrace workspace select default >/dev/null 2>&1)
'

test_expect_success 'cleanup: destroy both' '
	(cd pipe && terrace destroy -auto-approve >out 2>err &&
	 terrace workspace select dev >/dev/null && terrace destroy -auto-approve >out 2>err) &&
	(cd network && terrace workspace select default >/dev/null &&
	 terrace destroy -auto-approve -var prefix=acme2 >out 2>err &&
	 terrace workspace select dev >/dev/null &&
	 terrace destroy -auto-approve -var prefix=devnet >out 2>err) &&
	test_contains network/out "Destroy complete!" &&
	! bucket_exists acme2-t0486-net-default &&
	! bucket_exists devnet-t0486-net-dev &&
	! bucket_exists devnet-t0486-pipe-dev &&
	! bucket_exists acme-t0486-pipe-default
'

test_done
