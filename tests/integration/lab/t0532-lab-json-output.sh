#!/usr/bin/env bash
# t0532-lab-json-output: `terrace lab up|down -json` for a CI job (issue 50
# §3): the class as one JSON list, each attendee's state word, reason, and
# after up its outputs and credentials file, no progress lines; lab down
# -json needs -auto-approve, -dry-run -json lists what would go. And `lab
# output` (§4), the hand-out: one row per attendee with the non-sensitive
# outputs and the credentials file, as a table, -csv and -json; an attendee
# without a lab has an empty row, a sensitive value is never shown.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  token: {type: string, default: t0532-secret-token, sensitive: true}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 2
resources:
  home:
    type: aws.s3.bucket
    name: "t0532-${var.attendee}"
outputs:
  bucket: "${home.name}"
  console: "https://console.aws.amazon.com/s3/buckets/${home.name}, region us-east-1"
  token: {value: "${var.token}", sensitive: true}
EOF2
printf 'id\nann\nbob\n' >people.csv
printf 'id\nann\nbob\ndan\n' >more.csv

test_expect_success 'lab up -json: one JSON list, outputs and credentials file per attendee' '
	test_expect_code 0 terrace lab up lab -attendees people.csv -json >up.json 2>err &&
	test_equal "ann=ready bob=ready" \
		"$(json_get up.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)")" &&
	test_equal t0532-bob "$(json_get up.json "d[1][\"outputs\"][\"bucket\"]")" &&
	test_equal lab/.terrace/lab/ann.credentials.json \
		"$(json_get up.json "d[0][\"credentials_file\"]")" &&
	json_get up.json "d[0][\"detail\"]" >detail && test_match detail "^Apply complete!" &&
	test_not_contains up.json t0532-secret-token &&
	test_not_contains up.json "Applying"
'

test_expect_success 'lab output: the hand-out as a table, -csv and -json' '
	test_expect_code 0 terrace lab output lab -attendees more.csv >out 2>err &&
	test_match out "^ATTENDEE +bucket +console +credentials \(0600\)$" &&
	test_match out "^ann +t0532-ann +https://console.aws.amazon.com/s3/buckets/t0532-ann, region us-east-1 +lab/.terrace/lab/ann.credentials.json$" &&
	test_match out "^dan +- +- +-$" &&
	test_not_contains out t0532-secret-token &&
	test_expect_code 0 terrace lab output lab -attendees more.csv -csv >out.csv 2>err &&
	test_line out.csv "id,bucket,console,credentials" &&
	test_line out.csv "bob,t0532-bob,\"https://console.aws.amazon.com/s3/buckets/t0532-bob, region us-east-1\",lab/.terrace/lab/bob.credentials.json" &&
	test_line out.csv "dan,,," &&
	test_expect_code 0 terrace lab output lab -attendees more.csv -json >out.json 2>err &&
	test_equal "ok ok no lab" "$(json_get out.json "\" \".join(e[\"lab\"] for e in d)")" &&
	test_equal t0532-ann "$(json_get out.json "d[0][\"outputs\"][\"bucket\"]")" &&
	test_not_contains out.json t0532-secret-token &&
	test_expect_code 1 terrace lab status lab -attendees more.csv -csv >out 2>err &&
	test_contains err "lab status: -csv is for lab output"
'

test_expect_success 'lab down -json: needs -auto-approve; -dry-run lists; then the class as JSON' '
	test_expect_code 1 terrace lab down lab -attendees more.csv -json >out 2>err &&
	test_contains err "lab down needs confirmation, but -json is set: pass -auto-approve" &&
	test_expect_code 0 terrace lab down lab -attendees more.csv -json -dry-run >dry.json 2>err &&
	test_equal "[{\"attendee\": \"ann\", \"resources\": 1}, {\"attendee\": \"bob\", \"resources\": 1}]" \
		"$(json_get dry.json d)" &&
	bucket_exists t0532-ann &&
	test_expect_code 0 terrace lab down lab -attendees more.csv -json -auto-approve >down.json 2>err &&
	test_equal "ann=destroyed bob=destroyed dan=no workspace" \
		"$(json_get down.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)")" &&
	! bucket_exists t0532-ann
'

test_done
