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
# The previous release is PREVIOUS_RELEASE, by default 85f6d4a, the last
# release (the tip of stop 44, the last that landed; no release tags exist):
# what users deployed last must plan no change with the build under test.
# t0964 holds its own, 186eb26 (the last before Terraform's function
# results), by FUNCTIONS_RELEASE: two builds per run. Set PREVIOUS_RELEASE
# to another commit to hold the build against that one. It is built from
# `git archive` of that commit with `make build/terrace` (without
# optimisation: it only has to run; PREVIOUS_RELFLAGS="-O2 -g" builds it as
# the release was built, as bench/scale.sh does to measure it), once per run of
# tests/integration/run.sh (in its TEST_RUN_DIR, shared by the files of the
# run under a lock) or once per file run on its own. A clone without that
# commit fails with a message saying so.
#
# A commit's source never changes, so its binary is kept for the next runs
# on this machine (TERRACE_TEST_CACHE, by default ~/.cache/terrace-tests:
# previous-COMMIT-FLAGS-KEY/terrace, KEY a hash of the compiler's and the
# libraries' versions, so a new compiler or library builds it again); a
# run on a new machine builds it as before. TERRACE_TEST_CACHE= (empty)
# keeps nothing.
PREVIOUS_RELEASE=${PREVIOUS_RELEASE:-85f6d4a}
PREVIOUS_RELFLAGS=${PREVIOUS_RELFLAGS:--O0}

previous_release_build () {
	local dir="${TEST_RUN_DIR:-$TRASH}/previous-$PREVIOUS_RELEASE"
	test "$PREVIOUS_RELFLAGS" = -O0 ||
		dir=$dir$(printf '%s' "$PREVIOUS_RELFLAGS" | tr -c 'A-Za-z0-9' '_')
	if ! git -C "$REPO_ROOT" cat-file -e "$PREVIOUS_RELEASE^{commit}" 2>/dev/null; then
		echo "the previous release, commit $PREVIOUS_RELEASE, is not in the clone at" \
			"$REPO_ROOT (git fetch it, or unshallow the clone)" >&2
		return 1
	fi
	mkdir -p "$dir" || return 1
	local cache
	cache=$(previous_release_cache) || cache=
	(
		flock 9 || exit 1
		test -x "$dir/src/build/terrace" && exit 0
		rm -rf "$dir/src" && mkdir "$dir/src" &&
			git -C "$REPO_ROOT" archive "$PREVIOUS_RELEASE" | tar -x -C "$dir/src" || exit 1
		if test -n "$cache" && test -x "$cache/terrace"; then
			mkdir -p "$dir/src/build" && cp "$cache/terrace" "$dir/src/build/terrace" && exit 0
		fi
		make -C "$dir/src" -j2 build/terrace RELFLAGS="$PREVIOUS_RELFLAGS" >"$dir/build.log" 2>&1 ||
			{ echo "building the previous release ($PREVIOUS_RELEASE) failed:" \
				"see $dir/build.log" >&2; tail -n 20 "$dir/build.log" >&2; exit 1; }
		if test -n "$cache" && mkdir -p "$cache" 2>/dev/null; then
			cp "$dir/src/build/terrace" "$cache/terrace.$$" &&
				mv "$cache/terrace.$$" "$cache/terrace" || rm -f "$cache/terrace.$$"
		fi
		exit 0
	) 9>"$dir/lock" || return 1
	PREVIOUS_SRC=$dir/src
	PREVIOUS_TERRACE=$dir/src/build/terrace
}

# Where this machine keeps the previous release's binary (above), or
# nothing (status 1) when TERRACE_TEST_CACHE is set empty.
previous_release_cache () {
	local root=${TERRACE_TEST_CACHE-${XDG_CACHE_HOME:-$HOME/.cache}/terrace-tests} key
	test -n "$root" || return 1
	key=$({ cc --version 2>&1 | head -n 1
		pkg-config --modversion libcurl libcrypto jansson yaml-0.1 libssh2 libxml-2.0 \
			libzip libpq libpcre2-8 2>&1; } | sha256sum | cut -c1-12)
	echo "$root/previous-$PREVIOUS_RELEASE-$(printf '%s' "$PREVIOUS_RELFLAGS" | tr -c 'A-Za-z0-9' '_')-$key"
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
