#!/usr/bin/env bash
# t1065-lambda-permission: aws.lambda.permission against moto — an
# EventBridge rule invoking a function through a permission (principal
# events.amazonaws.com, source_arn the rule's ARN) and an S3 bucket's
# permission with source_account; each statement read back with
# `aws lambda get-policy`; a second plan clean; a statement removed by hand
# is drift, planned as a create and made again; a new source_arn replaces
# the statement; a statement id already in the policy is refused unless a
# lost create made it (moto refuses a taken statement id as AWS does:
# tests/servers/moto_patches/lambda_add_permission_conflict.py); import by
# FUNCTION/STATEMENT_ID; bad statement ids refused at plan; destroy leaves
# no statement.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

awscli () {
	s3 "$@"
}

# statement SID: the statement of the function's policy with this Sid, as
# sorted JSON (empty when there is none).
statement () {
	awscli lambda get-policy --function-name perm-fn --output text --query Policy 2>/dev/null |
		python3 -c 'import json, sys
text = sys.stdin.read().strip()
for s in (json.loads(text)["Statement"] if text else []):
    if s.get("Sid") == sys.argv[1]:
        print(json.dumps(s, sort_keys=True))' "$1"
}

# sfield SID EXPR: EXPR (Python, over the statement d) of that statement.
sfield () {
	statement "$1" >statement.json &&
	json_get statement.json "$2"
}

perm_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: perm-fn
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    source: fn
	  nightly:
	    type: aws.events.rule
	    name: ${RULE:-perm-nightly}
	    schedule_expression: "rate(1 day)"
	    targets:
	      - id: fn
	        arn: \${fn.arn}
	  from_rule:
	    type: aws.lambda.permission
	    function_name: \${fn.function_name}
	    statement_id: AllowNightlyRule
	    principal: events.amazonaws.com
	    source_arn: \${nightly.arn}
	  from_bucket:
	    type: aws.lambda.permission
	    function_name: \${fn.function_name}
	    statement_id: AllowUploads
	    action: lambda:InvokeFunction
	    principal: s3.amazonaws.com
	    source_arn: arn:aws:s3:::perm-uploads
	    source_account: "123456789012"
	YAML
}

test_expect_success 'setup: an IAM role and a function folder' '
	awscli iam create-role --role-name perm-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role.arn &&
	mkdir fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py
'
export TERRACE_VAR_role_arn="arn:aws:iam::123456789012:role/perm-exec"

test_expect_success 'apply: a rule invokes the function through a permission; get-policy shows both statements' '
	perm_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	rule_arn=$(awscli events describe-rule --name perm-nightly --output text --query Arn) &&
	fn_arn=$(awscli lambda get-function --function-name perm-fn --output text \
		--query Configuration.FunctionArn) &&
	test_equal "$fn_arn" "$(awscli events list-targets-by-rule --rule perm-nightly \
		--output text --query "Targets[0].Arn")" &&
	test_equal lambda:InvokeFunction "$(sfield AllowNightlyRule "d[\"Action\"]")" &&
	test_equal events.amazonaws.com "$(sfield AllowNightlyRule "d[\"Principal\"][\"Service\"]")" &&
	test_equal "$rule_arn" "$(sfield AllowNightlyRule "d[\"Condition\"][\"ArnLike\"][\"AWS:SourceArn\"]")" &&
	test_equal "$fn_arn" "$(sfield AllowNightlyRule "d[\"Resource\"]")" &&
	test_equal s3.amazonaws.com "$(sfield AllowUploads "d[\"Principal\"][\"Service\"]")" &&
	test_equal arn:aws:s3:::perm-uploads "$(sfield AllowUploads "d[\"Condition\"][\"ArnLike\"][\"AWS:SourceArn\"]")" &&
	test_equal 123456789012 "$(sfield AllowUploads "d[\"Condition\"][\"StringEquals\"][\"AWS:SourceAccount\"]")" &&
	test_equal perm-fn/AllowNightlyRule "$(json_get terrace.state.json "d[\"resources\"][\"from_rule\"][\"id\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a statement removed by hand is drift: planned as a create and made again' '
	awscli lambda remove-permission --function-name perm-fn --statement-id AllowNightlyRule &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_contains out "+ resource \"aws.lambda.permission\" \"from_rule\"" &&
	statement AllowNightlyRule >st && test_empty st &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal events.amazonaws.com "$(sfield AllowNightlyRule "d[\"Principal\"][\"Service\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new source rule replaces the statement' '
	RULE=perm-hourly perm_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "source_arn .*# forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	rule_arn=$(awscli events describe-rule --name perm-hourly --output text --query Arn) &&
	test_equal "$rule_arn" "$(sfield AllowNightlyRule "d[\"Condition\"][\"ArnLike\"][\"AWS:SourceArn\"]")" &&
	test_equal 1 "$(awscli lambda get-policy --function-name perm-fn --output text --query Policy |
		grep -o "\"Sid\": \"AllowNightlyRule\"" | wc -l)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a statement id taken outside terrace is refused, and adopted after a lost create' '
	export RULE=perm-hourly &&
	awscli lambda add-permission --function-name perm-fn --statement-id AllowScheduler \
		--action lambda:InvokeFunction --principal scheduler.amazonaws.com >/dev/null &&
	perm_stack &&
	cat >>stack.yaml <<-\YAML &&
	  from_scheduler:
	    type: aws.lambda.permission
	    function_name: ${fn.function_name}
	    statement_id: AllowScheduler
	    principal: scheduler.amazonaws.com
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "statement AllowScheduler of lambda function perm-fn already exists but is not in this state: import it or choose another statement_id" &&
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	assert "from_scheduler" not in st["resources"]
	st["resources"]["from_scheduler"] = {
	    "type": "aws.lambda.permission", "provider": st["resources"]["fn"]["provider"],
	    "status": "pending", "attributes": {"function_name": "perm-fn"},
	    "sensitive_attributes": [], "dependencies": []}
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal perm-fn/AllowScheduler "$(json_get terrace.state.json "d[\"resources\"][\"from_scheduler\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by FUNCTION/STATEMENT_ID, then no changes' '
	export RULE=perm-hourly &&
	awscli lambda add-permission --function-name perm-fn --statement-id AllowAccount \
		--action lambda:GetFunction --principal 210987654321 >/dev/null &&
	perm_stack &&
	cat >>stack.yaml <<-\YAML &&
	  from_scheduler:
	    type: aws.lambda.permission
	    function_name: ${fn.function_name}
	    statement_id: AllowScheduler
	    principal: scheduler.amazonaws.com
	  from_account:
	    type: aws.lambda.permission
	    function_name: perm-fn
	    statement_id: AllowAccount
	    action: lambda:GetFunction
	    principal: "210987654321"
	YAML
	test_expect_code 1 terrace import from_account perm-fn >out 2>err &&
	test_contains err "aws.lambda.permission: id \"perm-fn\" is not FUNCTION/STATEMENT_ID" &&
	terrace import from_account perm-fn/AllowAccount >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 210987654321 "$(json_get terrace.state.json "d[\"resources\"][\"from_account\"][\"attributes\"][\"principal\"]")" &&
	test_expect_code 1 terrace import from_account perm-fn/NoSuchStatement >out 2>err
'

test_expect_success 'bad statement ids and function names are refused at plan, naming the attribute' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-\YAML &&
	resources:
	  p:
	    type: aws.lambda.permission
	    function_name: perm-fn
	    statement_id: "allow nightly"
	    principal: events.amazonaws.com
	YAML
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "stack.yaml:17:5: error: resource \"p\" (aws.lambda.permission): statement_id: \"allow nightly\" does not match the pattern AWS takes, ([a-zA-Z0-9-_]+)" &&
	sed -i "s/\"allow nightly\"/ok/; s|function_name: perm-fn|function_name: fns/perm-fn|" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "function_name: \"fns/perm-fn\" does not match the pattern AWS takes"
'

test_expect_success 'destroy removes every statement with the function, rule and permissions' '
	export RULE=perm-hourly &&
	awscli lambda remove-permission --function-name perm-fn --statement-id AllowAccount &&
	perm_stack &&
	cat >>stack.yaml <<-\YAML &&
	  from_scheduler:
	    type: aws.lambda.permission
	    function_name: ${fn.function_name}
	    statement_id: AllowScheduler
	    principal: scheduler.amazonaws.com
	YAML
	terrace state rm from_account >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 5 destroyed." &&
	test_equal 0 "$(awscli lambda list-functions --output json --query "length(Functions)")" &&
	test_equal 0 "$(awscli events list-rules --output json --query "length(Rules)")"
'

test_done
