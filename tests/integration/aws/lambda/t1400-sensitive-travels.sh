#!/usr/bin/env bash
# t1400-sensitive-travels: sensitivity travels with the value, as a CI job
# runs terrace (CI=true, no terminal). A Lambda function whose environment
# holds a sensitive variable and a secret holding it are rotated (update in
# place), replaced and destroyed in the same change that rotates the
# password, and changed by hand (drift): no rendering shows the value the
# attribute held, though the variable now holds another (the run's
# redaction filter knows only the new one): not plan, plan -json (the
# streaming UI), show PLANFILE, show -markdown PLANFILE, show -json PLANFILE
# (before/after, prior_state, planned_values, resource_drift with
# before_sensitive/after_sensitive set), the plan file itself (which keeps
# only the values apply sends now), nor the debug log (each step's), nor
# show and state show once the drift is recorded. The value is kept marked
# in the state (sensitive_attributes, a hash), and what AWS answers for it
# is hashed as the state keeps it; in the environment, at that key alone
# (DB_PASSWORD: STAGE stays in clear, t1601). The drift text's lines are a plan's:
# names aligned, a tags block at a plan's indent (step 7, and 8's plan).
# The file declares its four values to the scan run.sh makes of its output
# and work folder (test_sensitive_values).
. "$(dirname "$0")/../../lib.sh"
. "$TEST_HERE/function_stack.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true

first='Travel-Pa55-first-5b1e'
second='Travel-Pa55-second-7c2f'
third='Travel-Pa55-third-9d3a'
hand='Travel-Pa55-byhand-0e4b'
export TERRACE_VAR_db_password=$first
test_sensitive_values "$first" "$second" "$third" "$hand"
# The saved plans (renderings, below).
test_holds_secret rot rep gone d

# fn_stack [FUNCTION_NAME]: the function (without a name: none) and the secret.
fn_stack () {
	function_stack "${1:-}" &&
	if test -n "${1:-}"; then
		echo "    tags: {team: data}" >>stack.yaml &&
		function_env dev
	fi
	cat >>stack.yaml <<-\YAML
	  vault:
	    type: aws.secretsmanager.secret
	    name: acme/db
	    recovery_window_in_days: 0
	    value: "${var.db_password}"
	YAML
}

# renderings PLANFILE: every rendering of a saved plan, in PLANFILE.txt,
# PLANFILE.md and PLANFILE.json. The plan file itself keeps the values apply
# will send (the variables', the planned attributes': docs/safety.md), so
# the scan passes it over; what refresh read (before) is hashed in it.
renderings () {
	terrace show "$1" >"$1.txt" 2>"$1.err" &&
	terrace show -markdown "$1" >"$1.md" 2>>"$1.err" &&
	terrace show -json "$1" >"$1.json" 2>>"$1.err"
}

# none_of FILE...: none of the files holds any of the four values.
none_of () {
	local f v
	for f in "$@"; do
		for v in "$first" "$second" "$third" "$hand"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# marked JSON EXPR: the Python expression EXPR over the show -json document
# d is true.
marked () {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
ch = {c["address"]: c["change"] for c in d.get("resource_changes", [])}
drift = {c["address"]: c["change"] for c in d.get("resource_drift", [])}
def res(tree, name):
    return [r for r in d[tree]["values"]["root_module"]["resources"] if r["name"] == name][0] if tree == "prior_state" else [r for r in d[tree]["root_module"]["resources"] if r["name"] == name][0]
ok = eval(sys.argv[2])
if not ok:
    print("not true of " + sys.argv[1] + ": " + sys.argv[2])
sys.exit(0 if ok else 1)' "$1" "$2"
}

test_expect_success 'setup: a role, the function folder, the first password applied' '
	s3 iam create-role --role-name lambda-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" >role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py &&
	fn_stack acme-ingest &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	none_of out err terrace.state.json &&
	test_equal "[\"environment.DB_PASSWORD\"]" "$(jq -c .resources.ingest.sensitive_attributes terrace.state.json)" &&
	test_equal dev "$(jq -r .resources.ingest.attributes.environment.STAGE terrace.state.json)"
'

test_expect_success 'a rotation (update in place): neither password in any rendering' '
	export TERRACE_VAR_db_password=$second &&
	test_expect_code 2 terrace plan -detailed-exitcode -out rot >rot.out 2>rot.err &&
	test_line rot.out "~ environment = {" &&
	test_line rot.out "~ \"DB_PASSWORD\" = (sensitive value) -> (sensitive value)" &&
	test_line rot.out "~ value = (sensitive value) -> (sensitive value)" &&
	terrace plan -json >rot.stream 2>>rot.err &&
	renderings rot &&
	marked rot.json "ch[\"ingest\"][\"before_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True} and ch[\"ingest\"][\"after_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	marked rot.json "ch[\"ingest\"][\"before\"][\"environment\"][\"STAGE\"] == \"dev\" and \"(sensitive value)\" in str(ch[\"ingest\"][\"before\"][\"environment\"].get(\"DB_PASSWORD\", \"(sensitive value)\"))" &&
	marked rot.json "res(\"prior_state\", \"ingest\")[\"sensitive_values\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	marked rot.json "res(\"planned_values\", \"ingest\")[\"sensitive_values\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	test_not_contains rot "$first" &&
	none_of rot.out rot.err rot.stream rot.txt rot.md rot.json
'

test_expect_success 'the debug log of the rotation shows neither password' '
	TERRACE_LOG=debug terrace plan >debug.out 2>debug.err &&
	test_contains debug.err "[debug]" &&
	none_of debug.out debug.err
'

test_expect_success 'the rotation applied: Lambda and Secrets Manager hold the second password' '
	terrace apply rot >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	none_of out err terrace.state.json terrace.state.json.backup &&
	test_equal "$second" "$(s3 lambda get-function-configuration --function-name acme-ingest \
		--query Environment.Variables.DB_PASSWORD --output text)" &&
	test_equal "$second" "$(s3 secretsmanager get-secret-value --secret-id acme/db \
		--query SecretString --output text)"
'

test_expect_success 'a replace that rotates: the old value hidden in before and prior_state' '
	export TERRACE_VAR_db_password=$third &&
	fn_stack acme-ingest-2 &&
	test_expect_code 2 terrace plan -detailed-exitcode -out rep >rep.out 2>rep.err &&
	test_line rep.out "# ingest must be replaced" &&
	test_match rep.out "~ \"DB_PASSWORD\" = \(sensitive value\) -> \(sensitive value\)$" &&
	terrace plan -json >rep.stream 2>>rep.err &&
	renderings rep &&
	marked rep.json "ch[\"ingest\"][\"actions\"] == [\"delete\", \"create\"] and ch[\"ingest\"][\"before_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	marked rep.json "res(\"prior_state\", \"ingest\")[\"values\"][\"environment\"][\"DB_PASSWORD\"] == \"(sensitive value)\"" &&
	test_not_contains rep "$second" &&
	none_of rep.out rep.err rep.stream rep.txt rep.md rep.json &&
	TERRACE_LOG=debug terrace plan >debug.out 2>debug.err &&
	test_contains debug.err "[debug]" &&
	none_of debug.out debug.err
'

test_expect_success 'a destroy that rotates: the value the function held is not printed' '
	fn_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -out gone >gone.out 2>gone.err &&
	test_line gone.out "# ingest will be destroyed" &&
	test_line gone.out "- environment   = {" &&
	test_line gone.out "- \"DB_PASSWORD\" = (sensitive value) -> null" &&
	terrace plan -json >gone.stream 2>>gone.err &&
	renderings gone &&
	test_contains gone.md "(sensitive value)" &&
	marked gone.json "ch[\"ingest\"][\"actions\"] == [\"delete\"] and ch[\"ingest\"][\"before_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	marked gone.json "ch[\"ingest\"][\"before\"][\"environment\"][\"DB_PASSWORD\"] == \"(sensitive value)\"" &&
	marked gone.json "res(\"prior_state\", \"ingest\")[\"values\"][\"environment\"][\"DB_PASSWORD\"] == \"(sensitive value)\"" &&
	test_not_contains gone "$second" &&
	none_of gone.out gone.err gone.stream gone.txt gone.md gone.json &&
	TERRACE_LOG=debug terrace plan >debug.out 2>debug.err &&
	test_contains debug.err "[debug]" &&
	none_of debug.out debug.err
'

test_expect_success 'drift by hand: the values AWS answers hidden in resource_drift, planned_values and prior_state' '
	fn_stack acme-ingest &&
	export TERRACE_VAR_db_password=$first &&
	terrace apply -auto-approve >out 2>err &&
	s3 secretsmanager put-secret-value --secret-id acme/db --secret-string "$hand" >/dev/null &&
	s3 lambda update-function-configuration --function-name acme-ingest \
		--environment "Variables={DB_PASSWORD=$hand,STAGE=dev}" >/dev/null &&
	s3 lambda tag-resource --resource "$(jq -r .resources.ingest.attributes.arn terrace.state.json)" \
		--tags team=ops &&
	test_expect_code 2 terrace plan -refresh-only -detailed-exitcode -out d >d.out 2>d.err &&
	test_match d.out "^      ~ environment = {$" &&
	test_match d.out "^          ~ \"DB_PASSWORD\" = \(sensitive value\) -> \(sensitive value\)$" &&
	test_match d.out "^      ~ value += \(sensitive value\) -> \(sensitive value\)$" &&
	grep -A2 "^      ~ tags *= {\$" d.out >d.tags &&
	sed -n 2p d.tags | grep -qE "^          ~ \"team\" += \"data\" -> \"ops\"\$" &&
	test_equal "        }" "$(sed -n 3p d.tags)" &&
	terrace plan -refresh-only -json >d.stream 2>>d.err &&
	renderings d &&
	marked d.json "drift[\"vault\"][\"after_sensitive\"][\"value\"] is True and drift[\"vault\"][\"after\"][\"value\"] == \"(sensitive value)\"" &&
	marked d.json "drift[\"ingest\"][\"after_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True} and drift[\"ingest\"][\"before_sensitive\"][\"environment\"] == {\"DB_PASSWORD\": True}" &&
	marked d.json "res(\"planned_values\", \"vault\")[\"sensitive_values\"][\"value\"] is True" &&
	marked d.json "res(\"prior_state\", \"vault\")[\"values\"][\"value\"] == \"(sensitive value)\"" &&
	test_not_contains d "$hand" &&
	none_of d.out d.err d.stream d.txt d.md d.json &&
	TERRACE_LOG=debug terrace plan -refresh-only >debug.out 2>debug.err &&
	test_contains debug.err "[debug]" &&
	none_of debug.out debug.err
'

test_expect_success 'the drift accepted (apply -refresh-only): the state keeps its hash; the next plan undoes it' '
	terrace apply d >out 2>err &&
	terrace show >show.out 2>err1 &&
	terrace show -json >show.json 2>>err1 &&
	terrace state show ingest >state.out 2>>err1 &&
	test_contains state.out "(sensitive value)" &&
	none_of out err terrace.state.json show.out show.json state.out err1 &&
	test_equal "[\"environment.DB_PASSWORD\"]" "$(jq -c .resources.ingest.sensitive_attributes terrace.state.json)" &&
	test_expect_code 0 terrace plan -refresh-only -detailed-exitcode >again.out 2>err2 &&
	test_expect_code 2 terrace plan -detailed-exitcode >undo.out 2>err3 &&
	test_line undo.out "~ \"DB_PASSWORD\" = (sensitive value) -> (sensitive value)" &&
	grep -A2 "^      ~ tags *= {\$" undo.out >undo.tags &&
	sed -n 2p undo.tags | grep -qE "^          ~ \"team\" += \"ops\" -> \"data\"\$" &&
	test_equal "        }" "$(sed -n 3p undo.tags)" &&
	terrace apply -auto-approve >out 2>err4 &&
	test_expect_code 0 terrace plan -detailed-exitcode >out2 2>err5 &&
	none_of again.out err2 undo.out err3 out err4 out2 err5
'

test_expect_success 'a plan with nothing rotated plans no change (the stored hashes kept)' '
	cp terrace.state.json before.json &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_cmp before.json terrace.state.json
'

test_done
