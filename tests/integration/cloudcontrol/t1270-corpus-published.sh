#!/usr/bin/env bash
# t1270-corpus-published: the published corpora (issue 67 point 4), each
# file alone through `terrace convert` and `terrace validate`
# (tests/corpus/judge.py: a few runs of `convert -out-dir` and `validate
# STACK...` over every file, a plan process for each stack moto serves;
# about 20 s, where a process a file took 140-260 s): terraform-provider-awscc's examples
# (tests/corpus/awscc-examples, f995d4f) and cfn-lint's good templates
# (tests/corpus/cfn-lint/templates/good, 1.51.0). No file may fail to
# convert; every refusal must be listed in the corpus's refused.txt with the
# example's own mistake, which terrace's first error must name; a listed
# file that is accepted fails too (the list is kept exact). A reference to
# what convert left out is a variable, so a left-out construct alone never
# makes a stack refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
write_stack "$TRASH/providers.yaml"

judge () {
	JUDGE_JOBS=${JUDGE_JOBS:-2} "$REPO_ROOT/tests/corpus/judge.py" "$@" >"$TRASH/$1.out" 2>&1
}

test_expect_success 'the awscc examples: every file converts; every refusal is listed with its own mistake; those of types moto serves plan' '
	judge awscc "$TERRACE" "$TRASH/awscc" --plan "$TRASH/providers.yaml" || { cat "$TRASH/awscc.out"; false; } &&
	tail -n 2 "$TRASH/awscc.out" &&
	test_contains "$TRASH/awscc.out" "judge: 1226 files: " &&
	test_contains "$TRASH/awscc.out" "judge: planned against the server: "
'

test_expect_success 'cfn-lint'\''s good templates: every one converts, none refused but those listed' '
	judge cfn-good "$TERRACE" "$TRASH/cfn-good" || { cat "$TRASH/cfn-good.out"; false; } &&
	tail -n 1 "$TRASH/cfn-good.out"
'

test_expect_success 'the judge fails on a refusal the list does not have, and on a stale listing' '
	mkdir -p "$TRASH/self/resources/x" &&
	printf "resource \"awscc_sqs_queue\" \"q\" {\n  queue_nam = \"a\"\n}\n" >"$TRASH/self/resources/x/main.tf" &&
	test_expect_code 1 "$REPO_ROOT/tests/corpus/judge.py" awscc "$TERRACE" "$TRASH/selfwork" --root "$TRASH/self" >out 2>&1 &&
	test_contains out "resources/x/main.tf: refused, and not in refused.txt: unknown attribute" &&
	printf "resources/x/main.tf\tunknown attribute \"queue_nam\"\n" >"$TRASH/self/refused.txt" &&
	"$REPO_ROOT/tests/corpus/judge.py" awscc "$TERRACE" "$TRASH/selfwork2" --root "$TRASH/self" >out 2>&1 &&
	printf "resource \"awscc_sqs_queue\" \"q\" {\n  queue_name = \"a\"\n}\n" >"$TRASH/self/resources/x/main.tf" &&
	test_expect_code 1 "$REPO_ROOT/tests/corpus/judge.py" awscc "$TERRACE" "$TRASH/selfwork3" --root "$TRASH/self" >out 2>&1 &&
	test_contains out "resources/x/main.tf: accepted, but refused.txt lists it"
'

# terrace with its output cut after $LINES lines when the command is $CUT:
# a run that ends before it has said every file (as a crash does)
cat >"$TRASH/cut-short" <<EOF
#!/bin/sh
if test "\$1" = "\$CUT"; then "$TERRACE" "\$@" 2>&1 | head -n "\$LINES"; else exec "$TERRACE" "\$@"; fi
EOF
chmod +x "$TRASH/cut-short"

test_expect_success 'the judge fails on a run that ends before a file (a crash), naming each file it did not reach' '
	mkdir -p "$TRASH/two/resources/a" "$TRASH/two/resources/b" &&
	printf "resource \"awscc_sqs_queue\" \"q\" {\n  queue_name = \"a\"\n}\n" >"$TRASH/two/resources/a/main.tf" &&
	cp "$TRASH/two/resources/a/main.tf" "$TRASH/two/resources/b/main.tf" &&
	JUDGE_JOBS=1 "$REPO_ROOT/tests/corpus/judge.py" awscc "$TERRACE" "$TRASH/cut0" --root "$TRASH/two" >out 2>&1 &&
	test_contains out "judge: 2 files: 2 accepted" &&
	test_expect_code 1 env CUT=convert LINES=1 JUDGE_JOBS=1 "$REPO_ROOT/tests/corpus/judge.py" awscc "$TRASH/cut-short" "$TRASH/cut1" --root "$TRASH/two" >out 2>&1 &&
	test_contains out "resources/b/main.tf: convert failed: convert ended before it (exit 0)" &&
	test_contains out "judge: 2 files: 1 accepted, 0 refused (listed), 1 not converted" &&
	test_expect_code 1 env CUT=validate LINES=1 JUDGE_JOBS=1 "$REPO_ROOT/tests/corpus/judge.py" awscc "$TRASH/cut-short" "$TRASH/cut2" --root "$TRASH/two" >out 2>&1 &&
	test_contains out "resources/b/main.tf: refused, and not in refused.txt: validate ended before it (exit 0)" &&
	test_contains out "judge: 2 files: 1 accepted, 1 refused (listed), 0 not converted"
'

for c in awscc cfn-good; do
	test -f "$TRASH/$c.out" && grep "^judge: [0-9]* files\|^judge: planned" "$TRASH/$c.out" | sed "s/^/# figure: /"
done
test_done
