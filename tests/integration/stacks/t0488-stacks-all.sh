#!/usr/bin/env bash
# t0488-stacks-all: plan, apply, destroy, validate and output -all over a
# folder of stacks (cmd/all.c): a network stack, two pipelines reading its
# outputs (terrace.stack; apps/a sorts before network, pipelines/b after,
# so neither order is the folders' own) and an independent stack; a module
# folder beside them is no stack. Plan from empty plans the pipelines with the network's
# outputs known after apply; apply goes network first, re-planning each
# pipeline with the real values; a change in the network that replaces a
# pipeline's bucket shows in one plan -all; apply stops at the first
# failure saying what was applied and what was not; destroy goes the other
# way; destroying the network alone is refused while a pipeline's state
# uses it (unless -force); terrace.stacks.yaml lists the stacks instead; a
# cycle is refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p network apps/a pipelines/b solo modules/thing
new_stack () { # FILE NAME
	write_stack "$1" "${3:-}" && sed -i "1s/.*/stack: $2/" "$1"
}
new_stack network/stack.yaml network "  prefix: {type: string, default: acme}"
cat >>network/stack.yaml <<'YAML'
resources:
  shared: {type: aws.s3.bucket, name: "${var.prefix}-t0488-net", force_destroy: true}
outputs:
  prefix: ${var.prefix}
  bucket: ${shared.name}
YAML
new_stack apps/a/stack.yaml pipeline-a
cat >>apps/a/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../../network}
resources:
  own: {type: aws.s3.bucket, name: "${data.net.outputs.bucket}-a", force_destroy: true}
outputs:
  name: ${own.name}
YAML
new_stack pipelines/b/stack.yaml pipeline-b
cat >>pipelines/b/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../../network}
resources:
  own: {type: aws.s3.bucket, name: "${data.net.outputs.prefix}-t0488-b", force_destroy: true}
YAML
new_stack solo/stack.yaml solo
cat >>solo/stack.yaml <<'YAML'
resources:
  own: {type: aws.s3.bucket, name: acme-t0488-solo, force_destroy: true}
YAML
cat >modules/thing/main.yaml <<'YAML'
resources:
  x: {type: aws.s3.bucket, name: never-t0488}
YAML

# headers FILE: the stacks in the order their output was printed.
headers () {
	sed -n "s/^== \([^ ]*\) (.*/\1/p" "$1" | tr '\n' ' '
}

test_expect_success 'validate -all: the four stacks, not the module folder' '
	terrace validate -all >out 2>err &&
	test_line out "validate -all: 4 stacks" &&
	test_line out "network: Success! The stack is valid (1 resources)." &&
	test_line out "apps/a: Success! The stack is valid (1 resources)." &&
	test_not_contains out modules/thing
'

test_expect_success 'a stack written as JSON or in flow style names its stack too: -all finds it (issue 39 matrix: plan -all over matrix.py'"'"'s JSON stacks found none)' '
	mkdir -p styles/json styles/flow &&
	printf "{\"stack\": \"as-json\", \"resources\": {}}\n" >styles/json/stack.yaml &&
	printf "{stack: as-flow, outputs: {x: 1}}\n" >styles/flow/main.yml &&
	(cd styles && terrace validate -all >../out 2>../err) &&
	test_line out "validate -all: 2 stacks" &&
	test_line out "json: Success! The stack is valid (0 resources)." &&
	test_line out "flow: Success! The stack is valid (0 resources)." &&
	rm -rf styles
'

test_expect_success 'plan -all from empty: the pipelines are planned with the network outputs known after apply' '
	test_expect_code 2 terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "network: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "apps/a: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "pipelines/b: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "solo: Plan: 1 to add, 0 to change, 0 to destroy." &&
	sed -n "/^== apps\/a /,/^== /p" out >a.plan &&
	test_match a.plan "name += \(known after apply\)" &&
	test_line a.plan "data.net: read at apply (plan -all applies the stack it reads first: its outputs are known after apply)" &&
	! test -e network/terrace.state.json &&
	! test -e apps/a/terrace.state.json
'

test_expect_success 'apply -all: the network first, each pipeline planned again with its real outputs' '
	terrace apply -all -auto-approve -parallel-stacks=1 >out 2>err &&
	test_line out "Applied: apps/a, network, pipelines/b, solo. Failed: none. Not applied: none." &&
	test_equal "network apps/a pipelines/b solo " "$(headers out)" &&
	bucket_exists acme-t0488-net-a &&
	bucket_exists acme-t0488-b &&
	bucket_exists acme-t0488-solo &&
	test_equal acme-t0488-net-a "$(cd apps/a && terrace output -raw name)"
'

test_expect_success 'plan -all again (a -var-file relative to the root): nothing to do; output -all shows each' '
	printf "{}\n" >common.vars.yaml &&
	terrace plan -all -detailed-exitcode -var-file=common.vars.yaml >out 2>err &&
	test_line out "apps/a: No changes. Your infrastructure matches the configuration." &&
	terrace output -all >out 2>err &&
	test_line out "bucket = \"acme-t0488-net\"" &&
	test_line out "name = \"acme-t0488-net-a\""
'

test_expect_success 'a network change that replaces a pipeline bucket shows in one plan -all' '
	sed -i "s/default: acme}/default: acme2}/" network/stack.yaml &&
	test_expect_code 2 terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "network: Plan: 1 to add, 0 to change, 1 to destroy." &&
	test_line out "apps/a: Plan: 1 to add, 0 to change, 1 to destroy. 1 to replace because network.bucket changes" &&
	test_line out "pipelines/b: Plan: 1 to add, 0 to change, 1 to destroy. 1 to replace because network.prefix changes" &&
	test_line out "solo: No changes. Your infrastructure matches the configuration." &&
	sed -n "/^== apps\/a /,/^== /p" out >a.plan &&
	test_contains a.plan "-/+ resource \"aws.s3.bucket\" \"own\"" &&
	test_contains a.plan "data.net: read at apply (plan -all applies the stack it reads first; of the outputs used here, bucket changes there) stack \"network\"" &&
	test_match a.plan "name += \"acme-t0488-net-a\" -> \"acme2-t0488-net-a\""
'

test_expect_success 'apply -all stops at the first failure and says what was applied and what was not' '
	cp pipelines/b/stack.yaml b.good &&
	sed -i "s/-t0488-b\"/-T0488_B\"/" pipelines/b/stack.yaml &&
	test_expect_code 1 terrace apply -all -auto-approve -parallel-stacks=1 >out 2>err &&
	test_line out "Applied: apps/a, network. Failed: pipelines/b. Not applied: solo." &&
	test_line out "solo: not run: a stack it depends on failed or was not run" &&
	bucket_exists acme2-t0488-net-a &&
	! bucket_exists acme-t0488-net &&
	bucket_exists acme-t0488-b &&
	cp b.good pipelines/b/stack.yaml &&
	terrace apply -all -auto-approve >out 2>err &&
	test_line out "Applied: apps/a, network, pipelines/b, solo. Failed: none. Not applied: none." &&
	bucket_exists acme2-t0488-b &&
	! bucket_exists acme-t0488-b
'

test_expect_success 'apply -all and destroy -all need -auto-approve; a plan file does not go with -all' '
	test_expect_code 1 terrace apply -all >out 2>err &&
	test_contains err "apply -all needs -auto-approve" &&
	test_expect_code 1 terrace destroy -all >out 2>err &&
	test_contains err "destroy -all needs -auto-approve" &&
	test_expect_code 1 terrace apply -all -auto-approve tfplan >out 2>err &&
	test_contains err "\"tfplan\" (a plan file or a stack path) does not go with it"
'

test_expect_success 'terrace.stacks.yaml lists the stacks instead of the folder walk' '
	printf "stacks: [network, solo]\n" >terrace.stacks.yaml &&
	terrace plan -all >out 2>err &&
	test_line out "plan -all: 2 stacks" &&
	test_not_contains out apps/a &&
	printf "stacks: [network, nowhere]\n" >terrace.stacks.yaml &&
	test_expect_code 1 terrace plan -all >out 2>err &&
	test_contains err "terrace.stacks.yaml: stacks[1]: nowhere is not a folder" &&
	rm terrace.stacks.yaml
'

test_expect_success 'terrace.stacks.yaml is never read as a stack file; without -all the command says to use it' '
	printf "stacks: [network, solo]\n" >terrace.stacks.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "Error: no stack files (*.yaml, *.yml) in .: its terrace.stacks.yaml lists stacks; run the command with -all" &&
	terrace validate -all -no-color >out 2>err &&
	rm terrace.stacks.yaml
'

test_expect_success 'stacks that read each other in a cycle are refused, naming them' '
	mkdir -p cyc/x cyc/y &&
	printf "stack: x\ndata:\n  y: {type: terrace.stack, path: ../y}\n" >cyc/x/stack.yaml &&
	printf "stack: y\ndata:\n  x: {type: terrace.stack, path: ../x}\n" >cyc/y/stack.yaml &&
	(cd cyc && test_expect_code 1 terrace plan -all >../out 2>../err) &&
	test_contains err "the stacks read each other'"'"'s outputs in a cycle: x, y" &&
	rm -rf cyc
'

test_expect_success 'destroying a stack whose outputs other states use is refused naming them, unless -force' '
	(cd network && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "the outputs of this stack (workspace default) are used by pipeline-a (default), pipeline-b (default): destroy those first (or all of them at once: terrace destroy -all; a lab with terrace lab down), or give -force to destroy it anyway" &&
	bucket_exists acme2-t0488-net &&
	(cd pipelines/b && terrace destroy -auto-approve >../../out 2>../../err) &&
	! bucket_exists acme2-t0488-b &&
	(cd network && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "are used by pipeline-a (default): destroy that one first" &&
	(cd network && terrace destroy -auto-approve -force >../out 2>../err) &&
	test_contains out "Destroy complete!" &&
	! bucket_exists acme2-t0488-net
'

test_expect_success 'destroy -all: the pipelines before the network they read' '
	terrace destroy -all -auto-approve -parallel-stacks=1 >out 2>err &&
	test_equal "apps/a pipelines/b network solo " "$(headers out)" &&
	test_line out "Destroyed: apps/a, network, pipelines/b, solo. Failed: none. Not destroyed: none." &&
	! bucket_exists acme2-t0488-net &&
	! bucket_exists acme2-t0488-net-a &&
	! bucket_exists acme2-t0488-b &&
	! bucket_exists acme-t0488-solo
'

test_done
