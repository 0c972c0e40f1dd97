#!/usr/bin/env bash
# t1693-convert-corpus-tfheldout: issue 86's held-out Terraform sources
# (tests/corpus/tfheldout: 11 examples of five terraform-aws-modules
# repositories nobody here had converted, chosen before any was), each
# converted as convert's own advice says, validated and planned on one moto
# by tests/corpus/tfheldout/count.py (tfmodules' count over its pins): the
# run must say for every example what the reviewed results.txt says (ok, or
# the stage that failed first and its first error), so an example that comes
# in and one that falls back both fail here until the list is written again
# (`count.py --write`). first-run.txt keeps the run before any fix.
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto

here=$REPO_ROOT/tests/corpus/tfheldout
count () {
	"$here/count.py" --terrace "$TERRACE" --endpoint "$MOTO_ENDPOINT" "$@"
}

test_expect_success 'every held-out example converts, validates and plans as results.txt says' '
	count --work "$TRASH/all" >all.out 2>&1 || { grep "^count:" all.out; false; } &&
	test_contains all.out "tfheldout: 11 examples, " &&
	tail -n 1 all.out
'

test_expect_success 'a line the list says otherwise of fails the count, either way' '
	grep -v "^#" "$here/results.txt" >mine.txt &&
	sed "1s/	[a-z]*	.*/	convert	not this run'"'"'s/" mine.txt >other.txt &&
	test_expect_code 1 count --work "$TRASH/other" --results other.txt >out 2>&1 &&
	test_contains out "count: results.txt has: $(head -n 1 other.txt)" &&
	test_contains out "count: this run has:    $(head -n 1 mine.txt)"
'

test -f "$TRASH/all.out" && grep "^tfheldout: " "$TRASH/all.out" | sed "s/^/# figure: /"
test_done
