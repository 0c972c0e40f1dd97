#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and database: minutes under load)
# t0332-example-retail-batch-change: examples/retail-batch applied unchanged
# against moto from an empty account, as in t0330 (a real PostgreSQL in a
# network namespace standing in for the RDS instance, reached only through
# the bastion's sshd there), then: an edited job script planned as one
# replaced artifact and one updated job (nothing else) and applied; show,
# state and the debug log hide the password; destroy, and nothing of the
# example left (EC2 but the default VPC, RDS, Logs, IAM, ...). The
# passwords appear in no output of terrace and not in its state.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

retail_batch_start
setup_apply . examples/retail-batch

test_expect_success 'retail-batch: an edited script replaces its artifact and updates its job, nothing else' '
	script_edit_plans jobs/silver.py silver_script silver_job alice-hist-retail &&
	no_secret edit.out edit.err
'

test_expect_success 'retail-batch: apply uploads the new script and points the job at it' '
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_line apply2.out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	bucket_keys alice-hist-retail >keys &&
	test_line keys "$new_key" &&
	test_not_contains keys "$old_key" &&
	s3 s3 cp --quiet "s3://alice-hist-retail/$new_key" got.py &&
	test_cmp jobs/silver.py got.py &&
	cli glue get-job --job-name alice-hist-retail-silver >job.json &&
	NEW_URI=s3://alice-hist-retail/$new_key check_json job.json <<-\PY &&
	expect("script", d["Job"]["Command"]["ScriptLocation"], os.environ["NEW_URI"])
	expect("state", st["silver_script"]["uri"], os.environ["NEW_URI"])
	PY
	test_expect_code 0 terrace plan -detailed-exitcode >plan3.out 2>plan3.err &&
	no_secret apply2.out apply2.err plan3.out plan3.err
'

test_expect_success 'retail-batch: show, state and the debug log hide the password' '
	terrace show >show.out 2>show.err &&
	terrace show -json >show.json 2>show2.err &&
	terrace state show db_secret >state.out 2>state.err &&
	test_match state.out "^ *value += \(sensitive value\)$" &&
	TERRACE_LOG=debug terrace plan >debug.out 2>debug.err &&
	test_contains debug.err "[debug] secretsmanager GetSecretValue" &&
	no_secret show.out show.err show.json show2.err state.out state.err debug.out debug.err
'

test_expect_success 'retail-batch: destroy' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 38 destroyed." &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''glue_reader'\''")" &&
	no_secret destroy.out destroy.err
'

test_expect_success 'retail-batch: nothing is left: EC2 but the default VPC, RDS, Logs, S3, Secrets Manager, IAM, Glue, Step Functions, Scheduler' '
	retail_batch_gone
'

test_expect_success 'retail-batch: the password is in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err *.json; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
