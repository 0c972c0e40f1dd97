#!/usr/bin/env bash
# t0470-cli: the command line itself: help printed from each command's option
# table (the shared setup options and the command's own), option errors,
# -chdir, and the bash completion script.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'help lists every command, state mv and rm included' '
	terrace help >out &&
	test_contains out "state list, show NAME..., pull, push FILE," &&
	test_contains out "mv SRC DST, rm ADDRESS..." &&
	test_line out "sweep      List (and with -force delete) a lab stack'"'"'s resources, without state"
'

test_expect_success 'a command help lists its setup options and its own from one table' '
	terrace plan -help >out &&
	test_match out "^  -var NAME=VALUE +set a variable \(repeatable\)$" &&
	test_match out "^  -lock-timeout DURATION +wait this long for the state lock" &&
	test_match out "^  -out FILE +write the plan to FILE" &&
	test_match out "^  -detailed-exitcode +exit 0 with no changes" &&
	test_not_contains out "-auto-approve" &&
	terrace destroy -help >out &&
	test_contains out "-auto-approve" &&
	test_not_contains out "-refresh-only" &&
	terrace validate -help >out &&
	test_contains out "-stack PATH" &&
	test_contains out "-var-file FILE" &&
	test_not_contains out "-lock"
'

test_expect_success 'an option of another command is refused, with a suggestion when close' '
	test_expect_code 1 terrace destroy -refresh-only >out 2>err &&
	test_line err "Error: destroy: unknown option -refresh-only (see terrace destroy -help)" &&
	test_expect_code 1 terrace plan -lok=false >out 2>err &&
	test_line err "Error: plan: unknown option -lok; did you mean -lock?" &&
	test_expect_code 1 terrace plan -parallelism 0 >out 2>err &&
	test_line err "Error: plan: option -parallelism needs a whole number from 1 to 1000, not \"0\"" &&
	test_expect_code 1 terrace plan -lock=maybe >out 2>err &&
	test_line err "Error: plan: option -lock takes true or false, not \"maybe\"" &&
	test_expect_code 1 terrace plan -out >out 2>err &&
	test_line err "Error: plan: option -out needs a value FILE"
'

mkdir vj vj_bad &&
cat >vj/stack.yaml <<-'END' &&
stack: vj
resources:
  lake:
    type: aws.s3.bucket
    name: acme-lake
END
sed "s/^    name: acme-lake$/&\n    versoning: true/" vj/stack.yaml >vj_bad/stack.yaml ||
test_fail_setup "no stacks for validate"

test_expect_success 'validate -json: Terraform'"'"'s document for a valid stack, exit 0' '
	terrace validate -stack vj -json >out 2>err &&
	test_empty err &&
	test_equal "1.0" "$(json_get out "d[\"format_version\"]")" &&
	test_equal true "$(json_get out "d[\"valid\"]")" &&
	test_equal "0 0 []" "$(json_get out "\" \".join(str(x) for x in (d[\"error_count\"], d[\"warning_count\"], d[\"diagnostics\"]))")"
'

test_expect_success 'validate -json: an error with its severity, summary, detail and range; exit 1' '
	test_expect_code 1 terrace validate -stack vj_bad -json >out 2>err &&
	test_empty err &&
	test_equal false "$(json_get out "d[\"valid\"]")" &&
	test_equal "1 0" "$(json_get out "\"%d %d\" % (d[\"error_count\"], d[\"warning_count\"])")" &&
	test_equal error "$(json_get out "d[\"diagnostics\"][0][\"severity\"]")" &&
	test_equal "unknown attribute \"versoning\" of resource \"lake\"" "$(json_get out "d[\"diagnostics\"][0][\"summary\"]")" &&
	test_equal "did you mean \"versioning\"?" "$(json_get out "d[\"diagnostics\"][0][\"detail\"]")" &&
	test_equal "True 6 5" "$(json_get out "\"%s %d %d\" % (d[\"diagnostics\"][0][\"range\"][\"filename\"].endswith(\"stack.yaml\"), d[\"diagnostics\"][0][\"range\"][\"start\"][\"line\"], d[\"diagnostics\"][0][\"range\"][\"start\"][\"column\"])")"
'

test_expect_success '-all is in the help of the commands that take it, and completed' '
	for cmd in plan apply destroy validate output
	do
		terrace $cmd -help >out &&
		test_match out "^  -all +run in every stack of the folder" &&
		test_match out "^  -parallel-stacks N +with -all: run up to N" || return 1
	done &&
	terrace show -help >out &&
	test_not_contains out "-all" &&
	test_match "$REPO_ROOT/docs/cli.md" "^  -all +run in every stack of the folder" &&
	test_expect_code 1 terrace plan -parallel-stacks 2 >out 2>err &&
	test_line err "Error: plan: option -parallel-stacks goes with -all"
'

start_moto || test_fail_setup "moto did not start"
use_server moto
mkdir proj &&
(cd proj && write_stack stack.yaml "  lake_name: {type: string}" &&
 cat >>stack.yaml <<-'YAML' &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: ${var.lake_name}
	YAML
 mkdir vars && echo "lake_name: t0470-chdir-lake" >vars/lake.yaml) || test_fail_setup "no stack"

test_expect_success '-chdir=DIR runs the command in DIR: its stack, -var-file and state' '
	terrace -chdir=proj apply -auto-approve -var-file=vars/lake.yaml >out 2>err &&
	bucket_exists t0470-chdir-lake &&
	test -f proj/terrace.state.json &&
	! test -e terrace.state.json &&
	terrace -chdir=proj state list >out &&
	test_line out lake
'

test_expect_success '-chdir=DIR keeps the .terrace folder in DIR' '
	terrace -chdir=proj workspace new dev >out 2>err &&
	test -f proj/.terrace/environment &&
	! test -e .terrace &&
	terrace -chdir=proj workspace show >out &&
	test_line out dev &&
	terrace -chdir=proj workspace select default >out 2>err
'

test_expect_success '-chdir to a missing folder, or without a folder, is an error' '
	test_expect_code 1 terrace -chdir=nowhere plan >out 2>err &&
	test_line err "Error: -chdir: cannot switch to \"nowhere\": No such file or directory" &&
	test_expect_code 1 terrace -chdir plan >out 2>err &&
	test_line err "Error: -chdir needs a folder, as in: terrace -chdir=DIR COMMAND"
'

# COMPREPLY for the words given (after the command's name), the last one
# being completed, one a line.
cat >complete.sh <<-'SH'
	. root/usr/share/bash-completion/completions/terrace || exit 1
	COMP_WORDS=("$@")
	COMP_CWORD=$(($# - 1))
	_terrace
	printf "%s\n" "${COMPREPLY[@]}"
SH
complete_words () {
	bash complete.sh "$TERRACE" "$@"
}

test_expect_success 'make install puts the bash completion under DESTDIR' '
	make -s -C "$REPO_ROOT" install-completion DESTDIR="$PWD/root" PREFIX=/usr \
		COMPLETION_TERRACE="$TERRACE" >out 2>err &&
	test -s root/usr/share/bash-completion/completions/terrace &&
	bash -n root/usr/share/bash-completion/completions/terrace
'

test_expect_success 'completion: commands, options from the command table, subcommands' '
	complete_words pl >out &&
	printf "plan\n" >expect && test_cmp expect out &&
	complete_words plan -var >out &&
	printf "%s\n" -var -var-file >expect && test_cmp expect out &&
	complete_words state "" >out &&
	printf "%s\n" list show pull push mv rm >expect && test_cmp expect out &&
	complete_words destroy -re >out &&
	printf "%s\n" -refresh >expect && test_cmp expect out &&
	complete_words plan -al >out &&
	printf "%s\n" -all -allow-unchecked >expect && test_cmp expect out &&
	complete_words validate -js >out &&
	printf "%s\n" -json >expect && test_cmp expect out
'

test_expect_success 'completion: state show offers the addresses in the state' '
	complete_words -chdir = proj state show "" >out &&
	printf "lake\n" >expect && test_cmp expect out
'

test_expect_success 'completion: run and logs offer what is deployed, build and import the stack'"'"'s resources, -target and -replace both' '
	cp proj/stack.yaml stack.saved &&
	cat >>proj/stack.yaml <<-\YAML &&
	  logs:
	    type: aws.s3.bucket
	    name: t0470-logs
	    count: 2
	YAML
	complete_words -chdir = proj run "" >out &&
	printf "lake\n" >expect && test_cmp expect out &&
	complete_words -chdir = proj logs la >out &&
	test_cmp expect out &&
	complete_words -chdir = proj build "" >out &&
	printf "%s\n" lake logs >expect && test_cmp expect out &&
	complete_words -chdir = proj import lo >out &&
	printf "logs\n" >expect && test_cmp expect out &&
	complete_words -chdir = proj plan -target "" >out &&
	printf "%s\n" lake logs >expect && test_cmp expect out &&
	complete_words -chdir = proj plan -target = l >out &&
	test_cmp expect out &&
	complete_words -chdir = proj apply -replace = la >out &&
	printf "lake\n" >expect && test_cmp expect out &&
	complete_words -chdir = proj plan -out "" >out &&
	test_line out stack.saved &&
	cp stack.saved proj/stack.yaml
'

test_expect_success 'destroy through -chdir' '
	terrace -chdir=proj destroy -auto-approve -var-file=vars/lake.yaml >out 2>err &&
	test_contains out "Destroy complete!" &&
	! bucket_exists t0470-chdir-lake
'

test_done
