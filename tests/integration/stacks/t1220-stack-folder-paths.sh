#!/usr/bin/env bash
# t1220-stack-folder-paths: a stack's relative paths are its folder's,
# whatever folder terrace runs in (issue 68, point 4). The checked-in tree
# t1220/repo is a repository with its stack in stacks/lake and the script it
# uploads in jobs/ (source: ../../jobs/clean.py, ${path.module}/readme.txt,
# filesha256("../../jobs/clean.py")). A plan made in the stack's folder
# applies from the repository's root (apply stacks/lake/tfplan, or -stack);
# one made from the root with -stack applies from there and plans no change
# from the stack's folder or from anywhere else. Before its first change an
# apply checks every file it reads: a missing one, or one edited since the
# plan, stops it with nothing made and the state (its serial) as it was.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

REPO=$TRASH/repo
LAKE=$REPO/stacks/lake

serial () {
	json_get "$LAKE/terrace.state.json" "d[\"serial\"]"
}

test_expect_success 'setup: the repository tree, as checked in' '
	cp -R "$TEST_HERE/t1220/repo" "$REPO" &&
	test -f "$LAKE/stack.yaml" && test -f "$REPO/jobs/clean.py"
'

test_expect_success 'a plan made in the stack folder applies from the repository root' '
	(cd "$LAKE" && terrace plan -out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	(cd "$REPO" && terrace apply stacks/lake/tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	s3 s3api get-object --bucket t1220-scripts --key jobs/clean.py body >/dev/null &&
	test_cmp "$REPO/jobs/clean.py" body &&
	s3 s3api get-object --bucket t1220-scripts --key jobs/readme.txt body >/dev/null &&
	test_cmp "$LAKE/readme.txt" body
'

test_expect_success 'the state records the paths as written, relative to the stack folder' '
	test_equal ../../jobs/clean.py \
		"$(json_get "$LAKE/terrace.state.json" "d[\"resources\"][\"clean_script\"][\"attributes\"][\"source\"]")" &&
	test_equal ./readme.txt \
		"$(json_get "$LAKE/terrace.state.json" "d[\"resources\"][\"beside\"][\"attributes\"][\"source\"]")"
'

test_expect_success 'no changes from the stack folder, the root (-stack) and another folder' '
	(cd "$LAKE" && terrace plan -detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_contains out "No changes." &&
	(cd "$REPO" && terrace plan -stack stacks/lake -detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_contains out "No changes." &&
	mkdir -p "$TRASH/elsewhere/deeper" &&
	(cd "$TRASH/elsewhere/deeper" && terrace plan -stack ../../repo/stacks/lake \
		-detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_contains out "No changes."
'

test_expect_success 'a plan made from the root with -stack applies there, as the CI example does' '
	echo "print(\"cleaner\")" >>"$REPO/jobs/clean.py" &&
	(cd "$REPO" && test_expect_code 2 terrace plan -stack stacks/lake -detailed-exitcode \
		-out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	(cd "$REPO" && terrace apply tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	s3 s3api get-object --bucket t1220-scripts --key jobs/clean.py body >/dev/null &&
	test_cmp "$REPO/jobs/clean.py" body &&
	(cd "$LAKE" && terrace plan -detailed-exitcode >"$TRASH/out" 2>"$TRASH/err") &&
	test_contains out "No changes."
'

test_expect_success 'apply -stack names the folder of a plan file kept elsewhere' '
	echo "print(\"cleanest\")" >>"$REPO/jobs/clean.py" &&
	(cd "$LAKE" && terrace plan -out "$TRASH/moved.plan" >"$TRASH/out" 2>"$TRASH/err") &&
	mkdir -p "$TRASH/artifacts" && mv "$TRASH/moved.plan" "$TRASH/artifacts/tfplan" &&
	(cd "$REPO" && terrace apply -stack stacks/lake "$TRASH/artifacts/tfplan" \
		>"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	s3 s3api get-object --bucket t1220-scripts --key jobs/clean.py body >/dev/null &&
	test_cmp "$REPO/jobs/clean.py" body
'

add_second_job () {
	cat >"$LAKE/load.yaml" <<-'YAML'
	resources:
	  archive:
	    type: aws.s3.bucket
	    name: t1220-archive
	  load_script:
	    type: aws.s3.object
	    bucket: "${scripts.name}"
	    key: jobs/load.py
	    source: ../../jobs/load.py
	YAML
}

test_expect_success 'a file missing at apply is refused before any change; the serial stays' '
	echo "print(\"load\")" >"$REPO/jobs/load.py" &&
	add_second_job &&
	(cd "$REPO" && terrace plan -stack stacks/lake -out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	rm "$REPO/jobs/load.py" &&
	cp "$LAKE/terrace.state.json" state.before &&
	test_expect_code 1 terrace -chdir="$REPO" apply tfplan >out 2>err &&
	test_contains err "load_script" &&
	test_contains err "../../jobs/load.py" &&
	test_contains err "(nothing was changed)" &&
	test_not_contains out "Creating..." &&
	! bucket_exists t1220-archive &&
	test_cmp state.before "$LAKE/terrace.state.json"
'

test_expect_success 'a file edited since the plan is refused before any change' '
	echo "print(\"load\")" >"$REPO/jobs/load.py" &&
	(cd "$REPO" && terrace plan -stack stacks/lake -out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	echo "print(\"edited\")" >"$REPO/jobs/load.py" &&
	cp "$LAKE/terrace.state.json" state.before &&
	test_expect_code 1 terrace -chdir="$REPO" apply tfplan >out 2>err &&
	test_contains err "load_script: attribute content_sha256 changed between plan and apply; plan again (nothing was changed)" &&
	! bucket_exists t1220-archive &&
	test_cmp state.before "$LAKE/terrace.state.json"
'

test_expect_success 'in the stack folder too: a missing file stops the apply before its first create' '
	echo "print(\"load\")" >"$REPO/jobs/load.py" &&
	(cd "$LAKE" && terrace plan -out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	rm "$REPO/jobs/load.py" &&
	serial >serial.before &&
	test_expect_code 1 terrace -chdir="$LAKE" apply tfplan >out 2>err &&
	test_line err "Error: load_script: cannot open ../../jobs/load.py: No such file or directory (nothing was changed)" &&
	test_equal 1 "$(grep -c "^Error: " err)" &&
	! bucket_exists t1220-archive &&
	serial >serial.after &&
	test_cmp serial.before serial.after
'

test_expect_success 'the same plan applies once the file is back as planned' '
	echo "print(\"load\")" >"$REPO/jobs/load.py" &&
	(cd "$REPO" && terrace plan -stack stacks/lake -out tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	(cd "$REPO" && terrace apply tfplan >"$TRASH/out" 2>"$TRASH/err") &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	bucket_exists t1220-archive
'

test_expect_success 'console reads the stack folder paths too, from the root' '
	echo "file(\"../../jobs/load.py\")" | terrace -chdir="$REPO" console -stack stacks/lake >out 2>err &&
	test_line out "\"print(\\\"load\\\")\\n\""
'

test_done
