#!/usr/bin/env bash
# t1106-lab-run: `terrace lab run LAB ADDRESS` against moto: a Glue job in
# each attendee's lab run at once (lab.parallel at a time), then one table
# line per attendee with the run's state, its duration and its first error
# line (the cause the run gave, not the run's id); one attendee's run fails (its job's --moto-final-state, a per-
# attendee variable: moto_patches/glue_job_runs.py), one attendee has no lab:
# exit 1, and the others' runs succeeded all the same. -arg, -payload and
# -timeout reach each run.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  outcome: {type: string, default: SUCCEEDED}'
cat >>lab/stack.yaml <<-'EOF'
lab:
  parallel: 2
resources:
  job:
    type: aws.glue.job
    name: "clean-${var.attendee}"
    role: arn:aws:iam::123456789012:role/glue-runner
    command: {script_location: "s3://labs/clean.py"}
    default_arguments:
      "--moto-final-state": "${var.outcome}"
      "--moto-error-message": "${var.attendee}'s script read no rows"
  bucket:
    type: aws.s3.bucket
    name: "t1106-${var.attendee}"
EOF
printf 'id,outcome\nann,\nbob,FAILED\ncid,\n' >people.csv
printf 'id,outcome\nann,\nbob,FAILED\ncid,\ndan,\n' >more.csv

test_expect_success 'lab up' '
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 3 ready, 0 failed."
'

test_expect_success 'lab run: every lab at once; a table of states, durations and first errors; exit 1' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1}" &&
	test_expect_code 1 terrace lab run lab job -attendees more.csv >out 2>err &&
	test_contains out "Running job in t1106-lab-run for 4 attendee(s), 2 at a time" &&
	test_match out "^ATTENDEE +STATE +DURATION +FIRST ERROR$" &&
	test_match out "^ann +succeeded +[0-9]+:[0-9]{2}$" &&
	test_match out "^cid +succeeded +[0-9]+:[0-9]{2}$" &&
	test_match out "^bob +failed +[0-9]+:[0-9]{2} +bob.s script read no rows$" &&
	test_match out "^dan +no lab +0:00 +no workspace: lab up first$" &&
	test_contains out "2 succeeded, 1 failed, 1 no lab." &&
	test_contains lab/.terrace/lab/ann.log "job: jr_" &&
	for a in ann cid; do
		s3 glue get-job-runs --job-name clean-$a --output json >runs.json &&
		test_contains runs.json "\"JobRunState\": \"SUCCEEDED\"" || return 1
	done
'

test_expect_success 'lab run: all succeed: exit 0; usage' '
	printf "id\nann\ncid\n" >good.csv &&
	terrace lab run lab job -attendees good.csv >out 2>err &&
	test_contains out "2 succeeded, 0 failed." &&
	test_expect_code 1 terrace lab run lab -attendees good.csv >out 2>err &&
	test_contains err "terrace lab run LAB ADDRESS -attendees FILE"
'

test_expect_success 'lab run hands -arg, -payload and -timeout on to each run' '
	test_expect_code 1 terrace lab run lab job -attendees good.csv -timeout 10m \
		-arg moto-final-state=FAILED -arg "moto-error-message=the -arg reached it" >out 2>err &&
	test_match out "^ann +failed +[0-9]+:[0-9]{2} +the -arg reached it$" &&
	test_match out "^cid +failed " &&
	test_contains out "0 succeeded, 2 failed." &&
	test_expect_code 1 terrace lab up lab -attendees good.csv -timeout 5m >out 2>err &&
	test_contains err "lab up: -arg, -payload and -timeout are for lab run"
'

test_expect_success 'lab run -json: the class as JSON, each failure with its cause' '
	test_expect_code 1 terrace lab run lab job -attendees more.csv -json >run.json 2>err &&
	test_equal "ann=succeeded bob=failed cid=succeeded dan=no lab" \
		"$(json_get run.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)")" &&
	test_equal "bob'"'"'s script read no rows" "$(json_get run.json "d[1][\"detail\"]")" &&
	test_not_contains run.json "Running job"
'

test_expect_success 'lab down' '
	terrace lab down lab -attendees people.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 3 destroyed"
'

test_done
