#!/usr/bin/env bash
# t0832-destroy-pending-killed: an apply killed (SIGKILL) while a secret's
# CreateSecret and an S3 object's PutObject were on the wire, both carried
# out by moto (tests/servers/fault_proxy.py --fault silent_after forwards the
# request and never answers). The destroy that follows deletes both as a
# recorded object is deleted: the secret with the recovery window its stack
# and pending record say (0: at once, so the name is free for the next
# apply), the object found by the id its configuration gives (BUCKET/KEY).
# Before: the secret was scheduled for deletion in 30 days (the next apply
# failed "scheduled for deletion") and the object was refused with "cannot
# be looked up without their id" (as was a pending Glue table, found now by
# DATABASE:TABLE).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

lake_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: once-kill-lake
	    force_destroy: true
	YAML
	test "${1:-}" = all || return 0
	cat >>stack.yaml <<-YAML
	  conf:
	    type: aws.s3.object
	    bucket: \${lake.name}
	    key: conf/app.json
	    content: '{"stage": "kill"}'
	  secret:
	    type: aws.secretsmanager.secret
	    name: once/kill
	    value: never-shown
	    recovery_window_in_days: 0
	YAML
}

# secrets_named NAME: how many secrets of that name moto has, those
# scheduled for deletion included.
secrets_named () {
	s3 secretsmanager list-secrets --include-planned-deletion \
		--query "length(SecretList[?Name=='$1'])"
}

test_expect_success 'setup: the bucket, then an apply killed during both creates' '
	lake_stack &&
	terrace apply -auto-approve >out 2>err &&
	lake_stack all &&
	start_fault_proxy TERRACE_VAR_endpoint kill \
		--match "secretsmanager.CreateSecret|^PUT /once-kill-lake/conf/app.json" \
		--fault silent_after --each || return 1
	{ "$TERRACE" apply -auto-approve >kill.out 2>kill.err </dev/null & }
	pid=$! &&
	for i in $(seq 1200); do
		test "$(grep -c " silent_after " kill.log 2>/dev/null)" = 2 && break
		sleep 0.1
	done &&
	test "$(grep -c " silent_after " kill.log)" = 2 &&
	kill -KILL $pid; wait $pid; stop_fault_proxy TERRACE_VAR_endpoint &&
	# The proxy logs a request as it forwards it; on a loaded machine moto
	# may still be making the secret and the object: wait for them.
	for i in $(seq 600); do
		test "$(secrets_named once/kill)" = 1 &&
			s3 s3api head-object --bucket once-kill-lake --key conf/app.json >/dev/null 2>&1 &&
			break
		sleep 0.1
	done &&
	test "$(secrets_named once/kill)" = 1 &&
	s3 s3api head-object --bucket once-kill-lake --key conf/app.json >/dev/null &&
	terrace plan >plan.out 2>&1 &&
	test_line plan.out "# secret will be created (an earlier apply was interrupted while creating it)" &&
	test_line plan.out "# conf will be created (an earlier apply was interrupted while creating it)"
'

test_expect_success 'destroy deletes both, the secret at once (its recovery window, 0)' '
	terrace plan -destroy >out 2>err &&
	test_line out "Plan: 0 to add, 0 to change, 3 to destroy." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test "$(secrets_named once/kill)" = 0 &&
	! bucket_exists once-kill-lake &&
	terrace state list >list && test_empty list
'

test_expect_success 'the next apply makes the secret again under its name' '
	lake_stack all &&
	terrace apply -auto-approve >out 2>err &&
	test "$(secrets_named once/kill)" = 1 &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'a pending object whose key someone else wrote since is left alone' '
	lake_stack all &&
	terrace apply -auto-approve >out 2>err &&
	python3 - terrace.state.json <<-'PY' &&
	import json, sys
	st = json.load(open(sys.argv[1]))
	e = st["resources"]["conf"]
	e["status"] = "pending"
	e.pop("id", None)
	json.dump(st, open(sys.argv[1], "w"), indent=1)
	PY
	echo other >other.json &&
	s3 s3api put-object --bucket once-kill-lake --key conf/app.json --body other.json >/dev/null &&
	test_expect_code 1 terrace destroy -auto-approve -target conf >out 2>err &&
	test_contains err "once-kill-lake/conf/app.json exists but is not this stack" &&
	s3 s3api head-object --bucket once-kill-lake --key conf/app.json >/dev/null
'

test_expect_success 'a Glue table left pending is found by DATABASE:TABLE and deleted' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  db: {type: aws.glue.database, name: once_kill_db}
	  orders: {type: aws.glue.table, database: "\${db.name}", name: orders, table_type: EXTERNAL_TABLE}
	YAML
	terrace apply -auto-approve >out 2>err &&
	python3 - terrace.state.json <<-'PY' &&
	import json, sys
	st = json.load(open(sys.argv[1]))
	e = st["resources"]["orders"]
	e["status"] = "pending"
	e.pop("id", None)
	json.dump(st, open(sys.argv[1], "w"), indent=1)
	PY
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	! s3 glue get-database --name once_kill_db >/dev/null 2>&1
'

test_done
