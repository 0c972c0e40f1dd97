#!/usr/bin/env bash
# t0545-lab-output-csv-nested: the hand-out as CSV holds no JSON in a cell
# (issue 56 §3: a glue_jobs column held a JSON map). A class of four (max
# and name among them, words of the stack): a map output becomes one column
# per key (jobs.bronze, jobs.silver), a list one per item (paths.0,
# paths.1), each cell a plain value; the table and -json keep the value
# whole. -credentials merges each attendee's credentials file into the
# hand-out (-csv, -json; never by default, refused for the table). The
# list's columns that are no variable (email, name) are kept and carried
# into the hand-out; one like a variable (a typo) is still refused (t0530).
# -columns chooses the hand-out's columns and their order; a name that is
# no column is refused, naming the columns there are.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 4
resources:
  home:
    type: aws.s3.bucket
    name: "t0545-${var.attendee}"
outputs:
  bucket: "${home.name}"
  jobs:
    value: {bronze: "${var.attendee}-bronze", silver: "${var.attendee}-silver, max"}
  paths:
    value: ["s3://${home.name}/raw/", "s3://${home.name}/name/"]
  code: {value: "code-${var.attendee}", sensitive: true}
EOF2
printf 'id\nann\nmax\nname\ncid\n' >class.csv

test_expect_success 'lab output -csv: a column per key and per item, no JSON in a cell' '
	test_expect_code 0 terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 4 ready, 0 failed." &&
	test_expect_code 0 terrace lab output lab -attendees class.csv -csv >out.csv 2>err &&
	test_line out.csv "id,bucket,jobs.bronze,jobs.silver,paths.0,paths.1,credentials" &&
	test_line out.csv "max,t0545-max,max-bronze,\"max-silver, max\",s3://t0545-max/raw/,s3://t0545-max/name/,lab/.terrace/lab/max.credentials.json" &&
	test_not_contains out.csv code-max &&
	test_equal 5 "$(wc -l <out.csv)" &&
	! grep -q "[{}]" out.csv &&
	test_expect_code 0 terrace lab output lab -attendees class.csv -json >out.json 2>err &&
	test_equal "{\"bronze\":\"name-bronze\",\"silver\":\"name-silver, max\"}" "$(json_get out.json "[e for e in d if e[\"attendee\"] == \"name\"][0][\"outputs\"][\"jobs\"]")" &&
	:
'

test_expect_success 'lab output -credentials: the credentials in the hand-out, only when asked, never on a screen' '
	test_expect_code 0 terrace lab output lab -attendees class.csv -csv -credentials >creds.csv 2>err &&
	test_line creds.csv "id,bucket,jobs.bronze,jobs.silver,paths.0,paths.1,code" &&
	test_line creds.csv "max,t0545-max,max-bronze,\"max-silver, max\",s3://t0545-max/raw/,s3://t0545-max/name/,code-max" &&
	test_not_contains creds.csv credentials.json &&
	test_expect_code 0 terrace lab output lab -attendees class.csv -json -credentials >creds.json 2>err &&
	test_equal code-name "$(json_get creds.json "[e for e in d if e[\"attendee\"] == \"name\"][0][\"outputs\"][\"code\"]")" &&
	test_expect_code 1 terrace lab output lab -attendees class.csv -credentials >out 2>err &&
	test_contains err "-credentials is for lab output -csv or -json" &&
	test_not_contains out code-ann &&
	:
'

test_expect_success 'lab output -columns: the instructor chooses the hand-out'"'"'s columns and their order' '
	printf "id,email\nann,ann@example.com\nmax,max@example.com\nname,\ncid,cid@example.com\n" >pick.csv &&
	test_expect_code 0 terrace lab output lab -attendees pick.csv -csv -columns email,id,jobs.silver,credentials >pick.out 2>pick.err &&
	test_line pick.out "email,id,jobs.silver,credentials" &&
	test_line pick.out "max@example.com,max,\"max-silver, max\",lab/.terrace/lab/max.credentials.json" &&
	test_line pick.out ",name,\"name-silver, max\",lab/.terrace/lab/name.credentials.json" &&
	test_equal 5 "$(wc -l <pick.out)" &&
	test_expect_code 0 terrace lab output lab -attendees pick.csv -columns id,bucket >table.out 2>table.err &&
	test_contains table.out t0545-cid &&
	test_not_contains table.out paths &&
	test_expect_code 1 terrace lab output lab -attendees pick.csv -csv -columns id,mail >bad.out 2>bad.err &&
	test_contains bad.err "lab output: -columns: no column \"mail\"; the hand-out'"'"'s columns: id, email, bucket, jobs.bronze, jobs.silver, paths.0, paths.1, credentials" &&
	test_empty bad.out
'

test_expect_success 'columns that are no variable (email, name) are kept and carried into the hand-out' '
	printf "id,email,name\nann,ann@example.com,Ann Lee\nmax,max@example.com,\"Max, Jr.\"\nname,,Name Smith\ncid,cid@example.com,Cid\n" >mail.csv &&
	terrace lab output lab -attendees mail.csv -csv >mail.out 2>mail.err &&
	test_contains mail.err "mail.csv: column \"email\" is no variable of the stack lab: it is carried into the hand-out (lab output) and sets nothing" &&
	test_line mail.out "id,email,name,bucket,jobs.bronze,jobs.silver,paths.0,paths.1,credentials" &&
	test_line mail.out "max,max@example.com,\"Max, Jr.\",t0545-max,max-bronze,\"max-silver, max\",s3://t0545-max/raw/,s3://t0545-max/name/,lab/.terrace/lab/max.credentials.json" &&
	test_match mail.out "^name,,Name Smith,t0545-name," &&
	terrace lab output lab -attendees mail.csv -json >mail.json 2>mail.err &&
	test_equal "Ann Lee" "$(json_get mail.json "d[0][\"columns\"][\"name\"]")" &&
	terrace lab up lab -attendees mail.csv >up2.out 2>up2.err &&
	test_line up2.out "Ready: 0 new, 0 changed, 4 unchanged." &&
	terrace lab down lab -attendees mail.csv -auto-approve >down.out 2>down.err &&
	test_contains down.out "Lab down: 4 destroyed"
'

test_done
