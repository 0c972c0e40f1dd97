#!/usr/bin/env bash
# t1657-convert-corpus-cdk: what the CDK synthesizes, as a team moving its
# CDK app to terrace has it (issue 86 point 2): the 104 integration
# snapshots of aws-solutions-constructs' data-pipeline patterns
# (tests/corpus/cdk, pinned at 33c062fd0), each template converted alone
# with its assets manifest beside it, validated, and planned on moto by
# tests/corpus/cdk/check.py (one convert and one validate run over all of
# them, a plan process each). Every template must come out as the reviewed
# results.txt says (planned with its count of constructs left out, or the
# stage that failed and its first error): a template that comes further and
# one that falls back both fail until the list is written again
# (`check.py --write`).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

check=$REPO_ROOT/tests/corpus/cdk/check.py

test_expect_success 'every template converts, validates and plans as results.txt says' '
	"$check" "$TERRACE" "$TRASH/all" --endpoint "$MOTO_ENDPOINT" >all.out 2>&1 ||
		{ cat all.out; false; } &&
	test_contains all.out "cdk: 104 templates, 104 convert, " &&
	tail -n 1 all.out
'

test_expect_success 'no stack keeps the bootstrap version or the CDK'\''s asset bucket (the Glue job'\''s script is uploaded: a bucket of the stack'\''s)' '
	test "$(ls "$TRASH"/all/stacks/*/*/*/stack.yaml | wc -l)" = 104 &&
	grep -l "BootstrapVersion\|cdk-hnb659fds-assets" "$TRASH"/all/stacks/*/*/*/stack.yaml >kept ;
	# negatives: no run of terrace (the 104 stacks of the convert run step 1 asserts)
	test_empty kept &&
	s=$TRASH/all/stacks/kinesisstreams-gluejob/kinglu-code-asset-job/kinglu-code-asset-job/stack.yaml &&
	test_line "$s" "key: fbf0b12f00bc09401fb04a361c549193f18f6fa7df4d304c5bfab7ace478b340.py" &&
	script=$(sed -n "s/^    source: //p" "$s") &&
	test_cmp "$REPO_ROOT/tests/corpus/cdk/aws-solutions-constructs@33c062fd0/kinesisstreams-gluejob/kinglu-code-asset-job/asset.fbf0b12f00bc09401fb04a361c549193f18f6fa7df4d304c5bfab7ace478b340.py" "$(dirname "$s")/$script"
'

test_expect_success 'a template the list says otherwise of fails the check, and only that one' '
	grep -v "s3-lambda/s3lam-no-arguments/" "$REPO_ROOT/tests/corpus/cdk/results.txt" >one-less.txt &&
	test_expect_code 1 "$check" "$TERRACE" "$TRASH/less" --endpoint "$MOTO_ENDPOINT" --results one-less.txt >out 2>&1 &&
	grep "^cdk: this run has: \|^cdk: results.txt has: " out >differ &&
	test_equal "cdk: this run has:    $(grep "s3-lambda/s3lam-no-arguments/" "$REPO_ROOT/tests/corpus/cdk/results.txt")" "$(cat differ)"
'

test -f "$TRASH/all.out" && grep "^cdk: [0-9]* templates" "$TRASH/all.out" | sed "s/^/# figure: /"
test_done
