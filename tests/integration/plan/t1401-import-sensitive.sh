#!/usr/bin/env bash
# t1401-import-sensitive: what `terrace import` and a stack's import: block
# read of an object made by hand is kept as refresh keeps it (issue 77,
# sensitivity travels with the value): a secret's value, a SecureString
# parameter's value (both sensitive by the schema) and a Lambda function's
# environment variable the stack fills from a sensitive variable, each set
# by hand to a value the stack does not hold, are stored hashed, never in
# clear, and marked in sensitive_attributes; no output of import, plan,
# show, show -json PLANFILE (prior_state, before) or state show holds them,
# nor the plan file (its prior state); the next plan updates them as
# (sensitive value), apply sets the stack's, and the plan after it is
# empty. As a CI job runs terrace (CI=true, no terminal). The file declares
# the values to the scan run.sh makes of its output and work folder.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true

hand_secret='Imported-by-hand-secret-3f9a'
hand_param='Imported-by-hand-param-6b2d'
hand_env='Imported-by-hand-env-8c1e'
wanted='Imported-stack-value-4d7b'
export TERRACE_VAR_db_password=$wanted
test_sensitive_values "$hand_secret" "$hand_param" "$hand_env" "$wanted"

# none_of FILE...: none of the files holds a value set by hand.
none_of () {
	local f v
	for f in "$@"; do
		for v in "$hand_secret" "$hand_param" "$hand_env"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# stack [IMPORT_LINES]: the three resources, and an import: block.
stack () {
	write_stack stack.yaml '  db_password: {type: string, sensitive: true}
  role_arn: {type: string}'
	cat >>stack.yaml <<-\YAML
	resources:
	  vault:
	    type: aws.secretsmanager.secret
	    name: imp/db
	    recovery_window_in_days: 0
	    value: "${var.db_password}"
	  param:
	    type: aws.ssm.parameter
	    name: /imp/db
	    parameter_type: SecureString
	    value: "${var.db_password}"
	  ingest:
	    type: aws.lambda.function
	    function_name: imp-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: ${var.role_arn}
	    source: fn
	    environment:
	      DB_PASSWORD: "${var.db_password}"
	      STAGE: dev
	YAML
	if test -n "${1:-}"; then
		printf '%s\n' "$1" >>stack.yaml
	fi
}

test_expect_success 'setup: the secret, the parameter and the function made by hand' '
	s3 iam create-role --role-name lambda-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" >role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py &&
	python3 -c "import zipfile; z = zipfile.ZipFile(\"fn.zip\", \"w\"); z.write(\"fn/main.py\", \"main.py\"); z.close()" &&
	s3 secretsmanager create-secret --name imp/db --secret-string "$hand_secret" >/dev/null &&
	s3 ssm put-parameter --name /imp/db --type SecureString --value "$hand_param" >/dev/null &&
	s3 lambda create-function --function-name imp-ingest --runtime python3.12 \
		--handler main.handler --role "$(cat role_arn)" --zip-file fileb://fn.zip \
		--environment "Variables={DB_PASSWORD=$hand_env,STAGE=dev}" >/dev/null &&
	stack
'

test_expect_success 'terrace import: the values read are stored hashed and marked' '
	terrace import vault imp/db >imp1.out 2>imp1.err &&
	terrace import param /imp/db >imp2.out 2>imp2.err &&
	terrace import ingest imp-ingest >imp3.out 2>imp3.err &&
	test_contains imp3.out "Import successful!" &&
	none_of imp1.out imp1.err imp2.out imp2.err imp3.out imp3.err terrace.state.json &&
	test_equal "[\"value\"]" "$(jq -c .resources.vault.sensitive_attributes terrace.state.json)" &&
	test_equal "[\"value\"]" "$(jq -c .resources.param.sensitive_attributes terrace.state.json)" &&
	jq -e ".resources.ingest.sensitive_attributes | index(\"environment.DB_PASSWORD\")" terrace.state.json >/dev/null &&
	jq -e ".resources.ingest.attributes.environment.DB_PASSWORD[\"\$scrypt\"]" terrace.state.json >/dev/null &&
	test_equal dev "$(jq -r .resources.ingest.attributes.environment.STAGE terrace.state.json)" &&
	jq -e ".resources.vault.attributes.value[\"\$scrypt\"]" terrace.state.json >/dev/null &&
	terrace state show ingest >show.out 2>show.err &&
	terrace state show vault >>show.out 2>>show.err &&
	none_of show.out show.err
'

test_expect_success 'the next plan updates them as (sensitive value); no rendering holds what was read' '
	terrace plan -out p >plan.out 2>plan.err &&
	test_contains plan.out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	test_contains plan.out "(sensitive value)" &&
	terrace show p >p.txt 2>p.err &&
	terrace show -json p >p.json 2>>p.err &&
	none_of plan.out plan.err p.txt p.err p.json p &&
	jq -e ".prior_state.values.root_module.resources | length == 3" p.json >/dev/null &&
	jq -e "[.resource_changes[] | select(.change.before_sensitive == {})] | length == 0" p.json >/dev/null
'

test_expect_success 'apply sets the stack'"'"'s values; the plan after it is empty' '
	terrace apply p >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_equal "$wanted" "$(s3 secretsmanager get-secret-value --secret-id imp/db --query SecretString --output text)" &&
	terrace plan -detailed-exitcode >again.out 2>again.err &&
	none_of apply.out apply.err again.out again.err terrace.state.json
'

test_expect_success 'an import: block reads the same way: hashed in the plan, its file and the state' '
	s3 secretsmanager put-secret-value --secret-id imp/db --secret-string "$hand_secret" >/dev/null &&
	terrace state rm vault >rm.out 2>&1 &&
	stack "import:
  - to: vault
    id: imp/db" &&
	terrace plan -out b >block.out 2>block.err &&
	test_contains block.out "(imported from" &&
	terrace show -json b >b.json 2>b.err &&
	none_of block.out block.err b b.json b.err &&
	terrace apply b >bapply.out 2>bapply.err &&
	test_contains bapply.out "1 imported" &&
	none_of bapply.out bapply.err terrace.state.json &&
	test_equal "$wanted" "$(s3 secretsmanager get-secret-value --secret-id imp/db --query SecretString --output text)"
'

test_done
