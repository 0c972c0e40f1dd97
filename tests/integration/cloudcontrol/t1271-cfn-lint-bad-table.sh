#!/usr/bin/env bash
# t1271-cfn-lint-bad-table: docs/validation.md's table of cfn-lint's bad
# templates (what terrace refuses of them, misses, or refuses for another
# reason, rule by rule) is what this terrace says: table.py --check converts
# and validates the 96 vendored templates with $TERRACE (no server) and
# compares. Then its own failure, on the table that run made (--reuse): a
# copy of the page with one figure changed is refused by --check and left as
# it was; the same copy is written back to the page's text without --check; a
# page without the markers is refused.
. "$(dirname "$0")/../lib.sh"

table="$REPO_ROOT/tests/corpus/cfn-lint/table.py"
page="$REPO_ROOT/docs/validation.md"

test_expect_success 'the table in docs/validation.md is what terrace says of the bad templates' '
	python3 "$table" "$TERRACE" work --check >out 2>err &&
	test_contains out "validation.md'\''s table is what terrace says (96 templates)"
'

test_expect_success 'a doctored table: --check exits 1, names the page and leaves it as it was' '
	cp "$page" doctored.md &&
	sed -i "s/^| \*\*all E\*\* | \([0-9]*\) | \([0-9]*\) |/| **all E** | \1 | 1\2 |/" doctored.md &&
	! cmp -s "$page" doctored.md &&
	cp doctored.md before.md &&
	test_expect_code 1 python3 "$table" "$TERRACE" work --reuse --check --doc doctored.md >out 2>err &&
	test_contains err "doctored.md'\''s table of cfn-lint'\''s bad templates is not what terrace says now" &&
	test_cmp before.md doctored.md
'

test_expect_success 'without --check the doctored copy is written back to the page'\''s table' '
	python3 "$table" "$TERRACE" work --reuse --doc doctored.md >out 2>err &&
	test_cmp "$page" doctored.md
'

test_expect_success 'a page without the generated markers is refused' '
	grep -v "generated: tests/corpus/cfn-lint/table.py" "$page" >unmarked.md &&
	test_expect_code 1 python3 "$table" "$TERRACE" work --reuse --check --doc unmarked.md >out 2>err &&
	test_contains err "unmarked.md has no <!-- generated: tests/corpus/cfn-lint/table.py -->"
'

test_done
