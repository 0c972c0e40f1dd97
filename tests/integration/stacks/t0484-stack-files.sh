#!/usr/bin/env bash
# t0484-stack-files: which files of a folder are the stack
# (docs/stack-language.md, "Which files are a stack"). A variable file
# beside the stack (dev.yaml, applied with -var-file=dev.yaml) is no stack
# file for any command: output, state, show and workspace read the state
# (the stack's name and backend: block only, its encryption key file here),
# and plan says the variable has no value rather than reading dev.yaml as a
# stack file or as values. *.vars.yaml files are variable files by name,
# never read for values unless given to -var-file. A file whose keys are not
# all variables of the stack is reported with "is this a variable file?"
# (or "did you mean" for a stack key misspelt), and a broken stack file
# still fails at its file:line:col. A Step Functions definition beside
# the stack, named *.asl.yaml as AWS's tools name one, is no stack file
# when it holds StartAt and States and none of a stack file's keys; the
# same content named otherwise, or a misspelt key in an *.asl.yaml file, is
# still reported.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

openssl rand -base64 32 >state.key
write_stack stack.yaml "  prefix: {type: string}"
cat >>stack.yaml <<'YAML'
backend:
  type: local
  encryption_key_file: state.key
resources:
  raw:
    type: aws.s3.bucket
    name: ${var.prefix}-t0484
    force_destroy: true
outputs:
  raw_id: ${raw.id}
  token:
    value: ${var.prefix}-token
    sensitive: true
YAML
printf 'prefix: acme\n' >dev.yaml

test_expect_success 'apply -var-file=dev.yaml, dev.yaml beside the stack' '
	terrace apply -auto-approve -var-file=dev.yaml >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_exists acme-t0484
'

test_expect_success 'output, state and show read the state: dev.yaml is no stack file' '
	terrace output >out 2>err &&
	test_line out "raw_id = \"acme-t0484\"" &&
	test_line out "token = (sensitive value)" &&
	terrace output -raw raw_id >out 2>err &&
	test_equal acme-t0484 "$(cat out)" &&
	terrace state list >out 2>err &&
	test_line out raw &&
	terrace state show raw >out 2>err &&
	test_contains out "acme-t0484" &&
	terrace state pull >pulled.json 2>err &&
	test_equal raw "$(json_get pulled.json "\" \".join(sorted(d[\"resources\"]))")" &&
	terrace show >out 2>err &&
	test_contains out "acme-t0484" &&
	terrace show -json >out 2>err &&
	test_equal acme-t0484 "$(json_get out "d[\"outputs\"][\"raw_id\"][\"value\"]")"
'

test_expect_success 'workspace list, new and select: dev.yaml is no stack file' '
	terrace workspace list >out 2>err &&
	test_line out "* default" &&
	terrace workspace new staging >out 2>err &&
	terrace workspace select default >out 2>err &&
	terrace workspace list >out 2>err &&
	test_line out "* default" &&
	test_line out staging &&
	terrace workspace delete staging >out 2>err
'

test_expect_success 'show PLANFILE: the key file from the backend: block, dev.yaml beside' '
	terrace plan -var-file=dev.yaml -out=tfplan >out 2>err &&
	terrace show tfplan >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'output NAME of a sensitive output is computed from the stack and its variables' '
	terrace output -raw -var-file=dev.yaml token >out 2>err &&
	test_equal acme-token "$(cat out)" &&
	test_expect_code 1 terrace output token >out 2>err &&
	test_contains err "stack.yaml:6:3: error: variable \"prefix\" has no value" &&
	test_contains err "output \"token\" is sensitive: the state keeps only its hash, and terrace computes it again from the stack" &&
	test_contains err "  ./dev.yaml sets it, but a variable file is read only when given: -var-file=./dev.yaml" &&
	test_not_contains err "top-level key" &&
	test_empty out
'

test_expect_success 'plan without -var-file: dev.yaml is a variable file, not read as a stack or for values' '
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "stack.yaml:6:3: error: variable \"prefix\" has no value" &&
	test_contains err "  ./dev.yaml sets it, but a variable file is read only when given: -var-file=./dev.yaml" &&
	test_not_contains err "top-level key" &&
	terrace plan -detailed-exitcode -var-file=dev.yaml >out 2>err
'

test_expect_success '*.vars.yaml beside the stack: a variable file by name, never loaded unless given' '
	printf "prefix: other\nnot_a_variable: 1\n" >prod.vars.yaml &&
	printf "prefix: other\n" >terrace.vars.yaml &&
	terrace plan -detailed-exitcode -var-file=dev.yaml >out 2>err &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "variable \"prefix\" has no value" &&
	test_expect_code 1 terrace plan -var-file=prod.vars.yaml >out 2>err &&
	test_contains err "prod.vars.yaml:2:1: error: unknown variable \"not_a_variable\""
'

test_expect_success 'keys that are no variable of the stack: "is this a variable file?", state commands go on' '
	printf "prefix: acme\nowner: data-team\n" >notes.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains err "notes.yaml:2:1: error: unknown top-level key \"owner\"" &&
	test_contains err "  is this a variable file? pass it with -var-file or name it *.vars.yaml (the stack declares no variable \"owner\")" &&
	test_not_contains err "key \"prefix\"" &&
	terrace output raw_id >out 2>err &&
	test_equal acme-t0484 "$(cat out)" &&
	terrace state list >out 2>err &&
	test_line out raw &&
	test_expect_code 1 terrace plan -var-file=dev.yaml -var-file=notes.yaml >out 2>err &&
	test_contains err "notes.yaml:2:1: error: unknown variable \"owner\"" &&
	rm notes.yaml
'

test_expect_success 'a state machine definition beside the stack (*.asl.yaml): no stack file; named otherwise, misspelt or with stack keys, read' '
	printf "Comment: a state machine\nStartAt: Done\nStates:\n  Done: {Type: Succeed}\n" >sfn.asl.yaml &&
	terrace plan -detailed-exitcode -var-file=dev.yaml >out 2>err &&
	test_not_contains err "top-level key" &&
	cp sfn.asl.yaml sfn.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains err "sfn.yaml:1:1: error: unknown top-level key \"Comment\"" &&
	rm sfn.yaml &&
	printf "resource:\n  extra: {type: aws.s3.bucket, name: acme-extra}\n" >extra.asl.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains err "extra.asl.yaml:1:1: error: unknown top-level key \"resource\"" &&
	rm extra.asl.yaml &&
	printf "outputs:\n  from_asl: asl\n" >extra.asl.yaml &&
	terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains out "from_asl" &&
	rm extra.asl.yaml sfn.asl.yaml
'

test_expect_success 'a stack key misspelt in a file of its own: did you mean, never skipped' '
	printf "resource:\n  extra: {type: aws.s3.bucket, name: acme-extra}\n" >extra.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains err "extra.yaml:1:1: error: unknown top-level key \"resource\"" &&
	test_contains err "  did you mean \"resources\"? (is this a variable file?" &&
	rm extra.yaml
'

test_expect_success 'a stack file with the variable values in it: where they go' '
	printf "outputs: {}\nprefix: acme\n" >mixed.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_contains err "mixed.yaml:2:1: error: unknown top-level key \"prefix\"" &&
	test_contains err "  \"prefix\" is a variable of the stack: its value goes in a variable file (-var-file, or a file named *.vars.yaml) or in its default" &&
	rm mixed.yaml
'

test_expect_success 'a broken stack file still fails at its file:line:col, for plan and for output' '
	printf "resources:\n  extra: [\n" >broken.yaml &&
	test_expect_code 1 terrace plan -var-file=dev.yaml >out 2>err &&
	test_match err "^\./broken\.yaml:[0-9]+:[0-9]+: error: " &&
	test_expect_code 1 terrace output >out 2>err &&
	test_match err "^\./broken\.yaml:[0-9]+:[0-9]+: error: " &&
	rm broken.yaml
'

test_expect_success 'destroy -var-file=dev.yaml leaves nothing' '
	terrace destroy -auto-approve -var-file=dev.yaml >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists acme-t0484
'

test_done
