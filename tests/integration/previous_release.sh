# tests/integration/previous_release.sh: the previous release of terrace, for
# the tests that apply a stack with it and then plan with the build under test
# (an upgrade must change no deployment). Sourced after lib.sh:
#
#   previous_release_build || test_fail_setup "..."   sets PREVIOUS_TERRACE
#                                   and PREVIOUS_SRC (its source tree)
#   copy_previous_example NAME      the example as that release had it,
#                                   copied to $TRASH/NAME, which becomes the cwd
#   upgrade_example NAME            two steps: the previous release applies
#                                   examples/NAME as it had it (variables set
#                                   beforehand), the build under test plans
#                                   "No changes." and shows no secret
#                                   (TEST_SECRETS)
#
# The previous release is PREVIOUS_RELEASE, by default 186eb26, the last
# release (the final tree of issue 38; no release tags exist), which t0964
# needs for its function results: one build serves t0961-t0964 (83ee8e6, the
# last commit before issue 22, was t0961-t0963's and a second build per run);
# set it to another commit to hold the build against that one (say, the last
# one that landed). It is built from `git archive` of that commit with
# `make build/terrace` (without optimisation: it only has to run), once per
# run of tests/integration/run.sh (in its TEST_RUN_DIR, shared by the files of
# the run under a lock) or once per file run on its own. A clone without that
# commit fails with a message saying so.
PREVIOUS_RELEASE=${PREVIOUS_RELEASE:-186eb26}

previous_release_build () {
	local dir="${TEST_RUN_DIR:-$TRASH}/previous-$PREVIOUS_RELEASE"
	if ! git -C "$REPO_ROOT" cat-file -e "$PREVIOUS_RELEASE^{commit}" 2>/dev/null; then
		echo "the previous release, commit $PREVIOUS_RELEASE, is not in the clone at" \
			"$REPO_ROOT (git fetch it, or unshallow the clone)" >&2
		return 1
	fi
	mkdir -p "$dir" || return 1
	(
		flock 9 || exit 1
		test -x "$dir/src/build/terrace" && exit 0
		rm -rf "$dir/src" && mkdir "$dir/src" &&
			git -C "$REPO_ROOT" archive "$PREVIOUS_RELEASE" | tar -x -C "$dir/src" &&
			make -C "$dir/src" -j2 build/terrace RELFLAGS=-O0 >"$dir/build.log" 2>&1 ||
			{ echo "building the previous release ($PREVIOUS_RELEASE) failed:" \
				"see $dir/build.log" >&2; tail -n 20 "$dir/build.log" >&2; exit 1; }
	) 9>"$dir/lock" || return 1
	PREVIOUS_SRC=$dir/src
	PREVIOUS_TERRACE=$dir/src/build/terrace
}

copy_previous_example () {
	cp -R "$PREVIOUS_SRC/examples/$1" "$TRASH/$1" &&
	rm -f "$TRASH/$1"/terrace.state.json* &&
	cd "$TRASH/$1"
}

upgrade_example () {
	test_expect_success "$1: the previous release applies it" "
		copy_previous_example $1 &&
		previous_terrace apply -auto-approve >apply.out 2>apply.err &&
		test_match apply.out '^Apply complete! Resources: [0-9]+ added, 0 changed, 0 destroyed\.\$'
	"
	test_expect_success "$1: the build under test plans no change" "
		cd '$TRASH/$1' &&
		upgrade_plans_no_change &&
		no_secret upgrade-plan.out upgrade-plan.err
	"
}

# The plan of the build under test, with the previous release's state in the
# current folder: exit 0 and "No changes.", else its plan is shown.
upgrade_plans_no_change () {
	terrace plan -detailed-exitcode -no-color >upgrade-plan.out 2>upgrade-plan.err
	local rc=$?
	if test $rc -ne 0; then
		say_fail "the build under test plans changes (exit $rc) for what $PREVIOUS_RELEASE applied:"
		cat upgrade-plan.out upgrade-plan.err >&5
		return 1
	fi
	test_line upgrade-plan.out "No changes. Your infrastructure matches the configuration."
}

# Runs the previous release (no sanitizer: it is built without one).
previous_terrace () {
	"$PREVIOUS_TERRACE" "$@"
}
