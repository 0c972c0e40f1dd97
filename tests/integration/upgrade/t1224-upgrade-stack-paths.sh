#!/usr/bin/env bash
# t1224-upgrade-stack-paths: what the previous release applied from the
# stack's own folder plans no change with the build under test, from that
# folder, from the repository's root (-stack) and from another folder
# (issue 68, point 4: paths are now the stack folder's; the state keeps them
# as written). The tree is t1220's (stacks/lake with ../../jobs/clean.py,
# ${path.module}/readme.txt, filesha256("../../jobs/clean.py")), with a
# module that uploads a file of its own through ${path.module}. A stack the
# previous release applied from the root with -stack, whose state recorded
# ${path.module}'s "stacks/pm/readme.txt", plans no change either when
# planned the same way: the same file under the new "./readme.txt" is no
# change (plan/diff.c; planned from the stack's folder, the old text names
# no file there, and the update records the new one).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

REPO=$TRASH/repo
LAKE=$REPO/stacks/lake

test_expect_success 'the previous release applies the tree from the stack folder' '
	cp -R "$TEST_DIR/stacks/t1220/repo" "$REPO" &&
	mkdir -p "$LAKE/modules/docs" &&
	echo "module notes" >"$LAKE/modules/docs/notes.txt" &&
	cat >"$LAKE/modules/docs/main.yaml" <<-'"'"'YAML'"'"' &&
	variables:
	  bucket: {type: string}
	resources:
	  notes:
	    type: aws.s3.object
	    bucket: ${var.bucket}
	    key: docs/notes.txt
	    source: ${path.module}/notes.txt
	YAML
	cat >"$LAKE/docs.yaml" <<-'"'"'YAML'"'"' &&
	modules:
	  docs:
	    source: ./modules/docs
	    bucket: ${scripts.name}
	YAML
	(cd "$LAKE" && previous_terrace apply -auto-approve >"$TRASH/apply.out" 2>"$TRASH/apply.err") &&
	test_line apply.out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed."
'

test_expect_success 'the build under test plans no change from the stack folder' '
	cd "$LAKE" && upgrade_plans_no_change; rc=$?; cd "$TRASH"; test $rc = 0
'

test_expect_success 'nor from the repository root with -stack, nor from elsewhere' '
	(cd "$REPO" && terrace plan -stack stacks/lake -detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	mkdir -p "$TRASH/elsewhere" &&
	(cd "$TRASH/elsewhere" && terrace plan -stack ../repo/stacks/lake/ -detailed-exitcode \
		>"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'applied from the root with -stack and ${path.module}: no change after the upgrade' '
	mkdir -p "$REPO/stacks/pm" &&
	echo "beside the stack" >"$REPO/stacks/pm/readme.txt" &&
	write_stack "$REPO/stacks/pm/stack.yaml" &&
	cat >>"$REPO/stacks/pm/stack.yaml" <<-'"'"'YAML'"'"' &&
	resources:
	  docs:
	    type: aws.s3.bucket
	    name: t1224-docs
	  readme:
	    type: aws.s3.object
	    bucket: ${docs.name}
	    key: readme.txt
	    source: ${path.module}/readme.txt
	YAML
	(cd "$REPO" && previous_terrace apply -stack stacks/pm -auto-approve >"$TRASH/apply.out" \
		2>"$TRASH/apply.err") &&
	test_line apply.out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal stacks/pm/readme.txt \
		"$(json_get "$REPO/stacks/pm/terrace.state.json" "d[\"resources\"][\"readme\"][\"attributes\"][\"source\"]")" &&
	(cd "$REPO" && terrace plan -stack stacks/pm -detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
