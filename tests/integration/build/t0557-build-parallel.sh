#!/usr/bin/env bash
# t0557-build-parallel: plan runs the builds of different resources at
# once, up to -parallelism. Two artifacts' commands each leave a marker and
# wait (up to 120 s, so a loaded machine does not fail it) for the other's:
# both succeed only when they run at the same time, so `terrace plan` and
# `terrace build` pass with the default -parallelism; with -parallelism=1
# one runs first, its wait runs out, and the plan fails naming it (the
# other is not started after a failure); a targeted plan, which builds as
# it evaluates, one resource after the other, fails the same way (the
# second then finds the first's marker). No step
# measures time. A progress line is drawn only on a terminal: the output
# read from a file has none; under script(1), a pseudo-terminal, a build
# that waits until its own progress line shows in the typescript ends.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/builds.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_VAR_bucket=t0557-builds

# pair_stack WAIT: artifacts a and b; each command writes its marker, then
# waits up to WAIT seconds for the other's, and fails without it.
pair_stack () {
	build_bucket_stack
	for me in a b; do
		other=$(test $me = a && echo b || echo a)
		cat >>stack.yaml <<-YAML
		  $me:
		    type: aws.s3.artifact
		    bucket: \${bucket.name}
		    build:
		      command: [sh, -c, "mkdir -p marks dist && : >marks/$me && i=0; while ! test -e marks/$other; do i=\$((i+1)); test \$i -le $(($1 * 10)) || { echo no $other after $1 s; exit 1; }; sleep 0.1; done; cp src/$me.txt dist/$me.txt"]
		      inputs: [src/$me.txt]
		      output: dist/$me.txt
		YAML
	done
}

test_expect_success 'setup' '
	mkdir src && echo A >src/a.txt && echo B >src/b.txt
'

test_expect_success 'with -parallelism=1 the builds run one after the other: the first waits in vain' '
	pair_stack 3 &&
	test_expect_code 1 terrace plan -parallelism=1 -no-color >out 2>err &&
	test_match err "build failed \(sh: exit status 1\)" &&
	test_match err "no [ab] after 3 s" &&
	test_equal 1 "$(ls marks | wc -l)" &&
	rm -rf marks &&
	test_expect_code 1 terrace plan -target=a -target=b -no-color >out 2>err &&
	test_match err "no [ab] after 3 s" &&
	test_equal 1 "$(grep -c "build failed" err)"
'

test_expect_success 'plan builds both at once: each finds the other'"'"'s marker' '
	rm -rf marks .terrace/build && pair_stack 120 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# a will be created" && test_line out "# b will be created" &&
	test -e marks/a && test -e marks/b &&
	test_equal 2 "$(ls .terrace/build/logs | wc -l)" &&
	test_not_contains out "Building:"
'

test_expect_success 'terrace build too; then from the cache, nothing runs' '
	rm -rf marks .terrace/build &&
	terrace build -no-color >out 2>err &&
	test_match out "^a: built in " && test_match out "^b: built in " &&
	rm -rf marks &&
	terrace build -parallelism=1 -no-color >out 2>err &&
	test_line out "a: up to date (in the cache)" &&
	test_line out "b: up to date (in the cache)" &&
	! test -e marks
'

test_expect_success 'apply uses what the plan built: nothing runs again' '
	terrace apply -auto-approve -parallelism=1 -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	! test -e marks
'

test_expect_success 'on a terminal the progress line names the running build' '
	pair_stack 3 &&
	cat >>stack.yaml <<-\YAML &&
	  c:
	    type: aws.s3.artifact
	    bucket: ${bucket.name}
	    build:
	      command: [sh, -c, "i=0; until grep -q \"Building: 0 of 1 done, running c\" typescript; do i=$((i+1)); test $i -le 1200 || exit 1; sleep 0.1; done; mkdir -p dist && cp src/a.txt dist/c.txt"]
	      inputs: [src/a.txt]
	      output: dist/c.txt
	YAML
	script -qfec "$TERRACE build c" typescript >/dev/null 2>&1 &&
	test_match typescript "c: built in " &&
	rm -f typescript &&
	terrace build c -no-color >out 2>err &&
	test_line out "c: up to date (in the cache)" &&
	test_not_contains out "Building:"
'

test_done
