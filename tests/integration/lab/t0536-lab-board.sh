#!/usr/bin/env bash
# t0536-lab-board: the live board and the tables fit the terminal (issue 50
# §3: 24 rows and 40 attendees left 60 copies of the board in the
# scrollback; the final table was 681 columns wide). On a 24-row, 100-
# column terminal (script(1), stty), 30 attendees (one named home, the
# stack's resource; the tables' classes have one named bucket, an output):
# the board is redrawn in place, never moving up more lines than the
# terminal has, collapsed to counts and the attendees that need attention;
# no line is wider than the terminal. On a 60-column terminal the outputs table cuts long cells
# ("...") to fit. Once every attendee is done, the counts line has no
# "failed and running:" heading over nothing (issue 56 §6). lab up's
# table on a terminal the class is taller than: the attendees that are not
# ready and a line naming the file with the whole table (issue 56 §4);
# without a terminal, its rows fit 80 columns, the whole table in the file.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 6
resources:
  home:
    type: aws.s3.bucket
    name: "t0536-${var.attendee}"
outputs:
  bucket: "${home.name}"
  console: "https://console.aws.amazon.com/s3/buckets/${home.name}?region=us-east-1&tab=objects&prefix=raw/landing/${var.attendee}/"
EOF2
# the classes each hold an attendee named like a word of the stack (home,
# the resource; bucket, an output and the console's path), whose id must
# stay whole in the board's and the table's rows
{ echo id; echo ann; echo home; for i in $(seq -w 3 30); do echo "s$i"; done; } >class.csv
printf 'id\nann\nbob\nbucket\ndan\n' >four.csv

# on_terminal ROWS COLS COMMAND...: COMMAND on a terminal of that size; its
# output (escapes and all) in tty.out.
on_terminal () {
	local rows=$1 cols=$2
	shift 2
	script -qec "stty rows $rows cols $cols; $*" tty.out >/dev/null 2>&1 </dev/null
}

# The widest line of tty.out as the terminal shows it (escapes removed).
widest () {
	sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' -e 's/\r//g' tty.out | grep -v "^Script " |
		awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }'
}

test_expect_success '30 attendees on 24 rows: the board stays within the terminal' '
	test_expect_code 0 on_terminal 24 100 "\"$TERRACE\" lab plan lab -attendees class.csv" &&
	test_contains tty.out "Lab plan: 0 up to date, 30 with changes, 0 drifted, 0 failed." &&
	up=$(grep -ao $'"'"'\x1b\[[0-9]*A'"'"' tty.out | tr -dc "0-9\n" | sort -n | tail -1) &&
	test -n "$up" && test "$up" -le 22 &&
	grep -aq "; failed and running:" tty.out &&
	test "$(widest)" -le 100 &&
	# the last board, all done: the counts without an empty heading (issue 56 §6)
	sed -e "s/\x1b\[[0-9;]*[A-Za-z]//g" -e "s/\r//g" tty.out | grep -ax "  30 changes"
'

test_expect_success 'lab up of a class taller than the terminal: its table fits, the whole one in a file (issue 56 §4)' '
	{ echo id; echo ann; echo bucket; for i in 3 4 5 6 7 8; do echo "s$i"; done; } >eight.csv &&
	test_expect_code 0 on_terminal 10 100 "\"$TERRACE\" lab up lab -attendees eight.csv" &&
	test_contains tty.out "Lab up: 8 ready, 0 failed." &&
	test_contains tty.out "8 ready not shown; the whole table: lab/.terrace/lab/up.txt" &&
	! grep -aq "^bucket " tty.out && # negatives: no run of terrace (lab up run through on_terminal above, its exit code and its lines read)
	test "$(widest)" -le 100 &&
	test_equal 9 "$(wc -l <lab/.terrace/lab/up.txt)" &&
	grep -q "^bucket *ready *t0536-bucket *https://console.aws.amazon.com/s3/buckets/t0536-bucket?region=us-east-1&tab=objects&prefix=raw/landing/bucket/$" lab/.terrace/lab/up.txt &&
	test_expect_code 0 env -u COLUMNS "$TERRACE" lab up lab -attendees eight.csv >out 2>err &&
	test_match out "^bucket +ready +t0536-bucket " &&
	test_contains out "Lab up: 8 ready, 0 failed." &&
	test_not_contains out "not shown" &&
	# without a terminal (a CI log) the table fits 80 columns, the whole one in the file
	test 80 -ge "$(grep -E "^(ann|bucket|s[0-9]) " out | awk "{ if (length(\$0) > w) w = length(\$0) } END { print w }")" &&
	test_contains out "Long cells cut to fit 80 columns; the whole table: lab/.terrace/lab/up.txt" &&
	grep -q "^bucket *ready *t0536-bucket *https://console.aws.amazon.com/s3/buckets/t0536-bucket?region=us-east-1&tab=objects&prefix=raw/landing/bucket/$" lab/.terrace/lab/up.txt &&
	terrace lab down lab -attendees eight.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 8 destroyed"
'

test_expect_success 'a table wider than the terminal cuts its long cells' '
	terrace lab up lab -attendees four.csv >out 2>err &&
	test_contains out "Lab up: 4 ready, 0 failed." &&
	test_expect_code 0 on_terminal 24 60 "\"$TERRACE\" lab output lab -attendees four.csv" &&
	test "$(widest)" -le 60 &&
	grep -a "^ann " tty.out | grep -q "\.\.\.\s*$" &&
	grep -a "^bucket " tty.out | grep -q "\.\.\.\s*$" &&
	terrace lab output lab -attendees four.csv >out 2>err &&
	test_contains out "prefix=raw/landing/ann/" &&
	test_contains out "prefix=raw/landing/bucket/" &&
	terrace lab down lab -attendees four.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 4 destroyed"
'

test_done
