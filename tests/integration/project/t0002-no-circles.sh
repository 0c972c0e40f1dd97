#!/usr/bin/env bash
# t0002-no-circles: no circle of files. In the graph of the build's objects
# (tests/integration/file_graph.py: A.c -> B.c when A.o uses a symbol B.o
# defines) no file reaches itself again: each layer's files, too, read top
# to bottom, so a file can be understood, tested and split without the ones
# above it. A new call that closes a circle fails here, naming its edges.
. "$(dirname "$0")/../lib.sh"

graph="$REPO_ROOT/tests/integration/file_graph.py"

# The objects of the build this suite tests (make test builds build-san/
# before the integration tests), else the release build's.
objects=$REPO_ROOT/build-san
test -d "$objects/plan" || objects=$REPO_ROOT/build

test_expect_success 'the build has objects to read' '
	test -f "$objects/plan/plan.o" &&
	test -f "$objects/cmd/main.o"
'

test_expect_success 'the files of the build make no circle' '
	(cd "$REPO_ROOT" && python3 "$graph" "$objects") >graph.out &&
	test_match graph.out "^0 circles in [0-9]+ files \(0 known\)"
'

test_expect_success 'two files that call each other are a circle, named with its edges' '
	mkdir -p knot/sub &&
	printf "int odd(int n);\nint even(int n) { return n ? odd(n - 1) : 1; }\n" >knot/even.c &&
	printf "int even(int n);\nint odd(int n) { return n ? even(n - 1) : 0; }\n" >knot/sub/odd.c &&
	printf "int even(int n);\nint main(void) { return even(4) ? 0 : 1; }\n" >knot/main.c &&
	mkdir -p obj/sub &&
	cc -c knot/even.c -o obj/even.o &&
	cc -c knot/sub/odd.c -o obj/sub/odd.o &&
	cc -c knot/main.c -o obj/main.o &&
	test_expect_code 1 python3 "$graph" obj >knot.out &&
	cat >knot.expected <<-\EOT &&
	circle 1 (2 files): even.c sub/odd.c
	  even.c -> sub/odd.c: odd
	  sub/odd.c -> even.c: even
	1 circles in 3 files (0 known)
	EOT
	test_cmp knot.expected knot.out
'

test_expect_success 'a known circle is printed and does not fail' '
	python3 "$graph" --known "(even|sub/odd)\.c" obj >known.out &&
	test_line known.out "known circle 1 (2 files): even.c sub/odd.c"
'

test_done
