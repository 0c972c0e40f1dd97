#!/usr/bin/env bash
# t0351-example-music-lakehouse-change: examples/music-lakehouse applied
# unchanged from an empty moto account, as in t0350 (a real PostgreSQL
# standing in for the Redshift cluster and a real sshd for the bastion, in a
# network namespace), then an edited job script planned as one replaced
# artifact and one updated job (nothing else) and applied; destroy, and an
# empty listing of EC2, Redshift, Glue, S3, IAM and Logs. The passwords are
# in no file terrace wrote.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

music_lakehouse_start
setup_apply . examples/music-lakehouse

test_expect_success 'music-lakehouse: an edited script replaces its artifact and updates its job, nothing else' '
	script_edit_plans jobs/transform.py transform_script transform_job acme-music-landing-zone
'

test_expect_success 'music-lakehouse: apply uploads the new script and points the job at it' '
	terrace apply -auto-approve >apply2.out 2>apply2.err &&
	test_line apply2.out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	bucket_keys acme-music-landing-zone >keys &&
	test_line keys "$new_key" &&
	test_not_contains keys "$old_key" &&
	cli glue get-job --job-name acme-music-transform >job.json &&
	NEW_URI=s3://acme-music-landing-zone/$new_key check_json job.json <<-\PY &&
	expect("script", d["Job"]["Command"]["ScriptLocation"], os.environ["NEW_URI"])
	PY
	test_expect_code 0 terrace plan -detailed-exitcode >plan3.out 2>plan3.err
'

test_expect_success 'music-lakehouse: destroy leaves nothing in EC2, Redshift, Glue, S3, IAM or Logs' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 37 destroyed." &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname IN
		('\''analysts'\'', '\''bi'\'', '\''transformer'\'')")" &&
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''marts'\''")" &&
	music_lakehouse_gone &&
	no_secret destroy.out destroy.err
'

test_expect_success 'music-lakehouse: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
