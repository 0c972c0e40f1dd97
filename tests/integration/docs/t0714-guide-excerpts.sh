#!/usr/bin/env bash
# t0714-guide-excerpts: docs/adding-a-resource-type.md's code cannot drift
# (issue 59, point 7). docs/check-guide.py (make unit runs it) holds every
# ```c block of the guide to the tree: the toy type's (t0730 builds it),
# the generated copy of a real type (t0710), or an excerpt marked
# `<!-- excerpt: FILE -->` whose lines are a run of FILE's lines as they
# are, which the build compiles. A changed argument, a missing file, a block
# with no marker each fail the check, naming the guide's line.
. "$(dirname "$0")/../lib.sh"

# A tree to check: the repository's folders, docs/ a copy of its own.
mkdir tree &&
for d in provider plan stacks cmd tests; do ln -s "$REPO_ROOT/$d" "tree/$d"; done &&
cp -r "$REPO_ROOT/docs" tree/docs ||
	test_fail_setup "cannot make the tree to check"

check () {
	python3 "$REPO_ROOT/docs/check-guide.py" --check --root tree
}

test_expect_success 'the guide as committed: every C block held to the tree' '
	check 2>err &&
	# negatives: no run of terrace (the guide check is the program under test; it printed nothing)
	test_empty err &&
	test $(grep -c "^<!-- excerpt: " tree/docs/adding-a-resource-type.md) -ge 2
'

test_expect_success 'an excerpt that differs from its file by one argument fails, naming the line' '
	cp tree/docs/adding-a-resource-type.md guide.orig &&
	sed -i "s/\.update_shape_of = job_update_shape,/.update_shape_of = NULL,/" \
		tree/docs/adding-a-resource-type.md &&
	! cmp -s guide.orig tree/docs/adding-a-resource-type.md &&
	test_expect_code 1 check 2>err &&
	test_contains err "the excerpt is not in provider/aws/glue/job.c as it is there" &&
	test_contains err "1 difference(s)"
'

test_expect_success 'an excerpt of a file the tree does not have fails' '
	cp guide.orig tree/docs/adding-a-resource-type.md &&
	sed -i "s|<!-- excerpt: provider/aws/types.def -->|<!-- excerpt: provider/aws/kinds.def -->|" \
		tree/docs/adding-a-resource-type.md &&
	test_expect_code 1 check 2>err &&
	test_contains err "an excerpt of provider/aws/kinds.def, which the tree does not have"
'

test_expect_success 'a C block with no marker fails: the guide says where its code comes from' '
	cp guide.orig tree/docs/adding-a-resource-type.md &&
	sed -i "/^<!-- excerpt: provider\/aws\/glue\/job.c -->\$/d" tree/docs/adding-a-resource-type.md &&
	test_expect_code 1 check 2>err &&
	test_contains err "a C block that is neither the toy" &&
	test_contains err "write \`<!-- excerpt: FILE -->\` before it"
'

test_done
