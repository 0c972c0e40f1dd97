#!/usr/bin/env bash
# t0545-lab-output-csv-nested: the hand-out as CSV holds no JSON in a cell
# (issue 56 §3: a glue_jobs column held a JSON map). A class of four (max
# and name among them, words of the stack): a map output becomes one column
# per key (jobs.bronze, jobs.silver), a list one per item (paths.0,
# paths.1), each cell a plain value; the table and -json keep the value
# whole.
. "$(dirname "$0")/lib.sh"

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
EOF2
printf 'id\nann\nmax\nname\ncid\n' >class.csv

test_expect_success 'lab output -csv: a column per key and per item, no JSON in a cell' '
	terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 4 ready, 0 failed." &&
	terrace lab output lab -attendees class.csv -csv >out.csv 2>err &&
	test_line out.csv "id,bucket,jobs.bronze,jobs.silver,paths.0,paths.1" &&
	test_line out.csv "max,t0545-max,max-bronze,\"max-silver, max\",s3://t0545-max/raw/,s3://t0545-max/name/" &&
	test_equal 5 "$(wc -l <out.csv)" &&
	! grep -q "[{}]" out.csv &&
	terrace lab output lab -attendees class.csv -json >out.json 2>err &&
	test_equal "{\"bronze\":\"name-bronze\",\"silver\":\"name-silver, max\"}" "$(json_get out.json "[e for e in d if e[\"attendee\"] == \"name\"][0][\"outputs\"][\"jobs\"]")" &&
	terrace lab down lab -attendees class.csv -auto-approve >down.out 2>down.err
'

test_done
