#!/usr/bin/env bash
# t0720-man-page: `make install DESTDIR=...` installs the manual page built
# from docs/cli.md (go-md2man) as share/man/man1/terrace.1, and `man terrace`
# shows it: every command `terrace help` lists, with its usage line; at 80
# columns its tables fit and troff warns of nothing. Builds
# the release binary in build/ when it is missing, as `make install` does.
. "$(dirname "$0")/../lib.sh"

# The repository's build/ is written here, and by t0730 (which copies it).
test_exclusive release-build

test_expect_success 'make install puts terrace and its manual page under DESTDIR' '
	make -C "$REPO_ROOT" --no-print-directory install DESTDIR="$TRASH/root" PREFIX=/usr/local >make.out 2>&1 ||
		{ tail -20 make.out; return 1; }
	test -x root/usr/local/bin/terrace &&
	test -f root/usr/local/share/man/man1/terrace.1
'

test_expect_success 'man -l shows the page, with every command of terrace help' '
	MANWIDTH=100 man -l root/usr/local/share/man/man1/terrace.1 >page 2>err &&
	test_contains page "terrace - declarative provisioning for data-pipeline infrastructure" &&
	terrace help >help &&
	sed -n "s/^  \\([a-z-]*\\) .*/\\1/p" help >commands &&
	test $(wc -l <commands) -ge 15 &&
	while read c; do
		test_contains page "Usage: terrace $c" || return 1
	done <commands
'

# widest_table_line FILE: the most characters a line of a table (drawn with
# │) of FILE holds.
widest_table_line () {
	python3 - "$1" <<-\PY
	import sys
	print(max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if "\u2502" in l))
	PY
}

test_expect_success 'the page fits 80 columns: neither man nor groff -ww warns' '
	MANWIDTH=80 man -l root/usr/local/share/man/man1/terrace.1 >page80 2>warnings &&
	# negatives: no run of terrace (man and groff on the installed page, read below)
	test_empty warnings &&
	groff -ww -man -Tutf8 -rLL=78n root/usr/local/share/man/man1/terrace.1 >/dev/null 2>warnings &&
	test_empty warnings && # negatives: no run of terrace (as above)
	test_contains page80 "│terrace init" &&
	test 80 -ge "$(widest_table_line page80)"
'

test_expect_success 'MANPATH finds it as man terrace' '
	MANPATH="$TRASH/root/usr/local/share/man" MANWIDTH=100 man terrace >page2 2>err &&
	test_contains page2 "TERRACE(1)" &&
	test_contains page2 "Usage: terrace state list | show NAME... | pull | push FILE | mv SRC DST | rm ADDRESS..."
'

test_done
