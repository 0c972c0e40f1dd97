# tests/integration/previous_release.sh: the previous release of terrace, for
# the tests that apply a stack with it and then plan with the build under test
# (an upgrade must change no deployment). Sourced after lib.sh:
#
#   previous_release_build || test_fail_setup "..."   sets PREVIOUS_TERRACE
#
# The previous release is PREVIOUS_RELEASE, the last commit before issue 22
# (no release tags exist). It is built from `git archive` of that commit with
# `make build/terrace` (without optimisation: it only has to run), once per
# run of tests/integration/run.sh (in its TEST_RUN_DIR, shared by the files of
# the run under a lock) or once per file run on its own. A clone without that
# commit fails with a message saying so.
PREVIOUS_RELEASE=83ee8e6

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
	PREVIOUS_TERRACE=$dir/src/build/terrace
}

# Runs the previous release (no sanitizer: it is built without one).
previous_terrace () {
	"$PREVIOUS_TERRACE" "$@"
}
