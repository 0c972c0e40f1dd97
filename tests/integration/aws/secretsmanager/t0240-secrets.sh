#!/usr/bin/env bash
# t0240-secrets: Secrets Manager secrets — created, planned again as no
# change, value, description, KMS key and tags updated in place, replaced when the
# name changes, drift made with the aws CLI (put-secret-value, tag-resource)
# shown and undone, a secret deleted outside terrace counted as gone, and
# destroy with or without a recovery window. The values reach Secrets
# Manager but never stdout, stderr, the debug log, -json output or the state
# file, which holds only their hashes; one value is written literally in the
# stack (no sensitive variable), so the attribute alone must hide it.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The KMS alias a step encrypts the secret with, as another stack would
# make it: plan reads that it exists (provider/aws/checks/reads.c).
key=$(s3 kms create-key --query KeyMetadata.KeyId --output text) &&
s3 kms create-alias --alias-name alias/lake-secrets --target-key-id "$key" ||
	test_fail_setup "the KMS alias the stack names could not be made"

value='wh-Pa55-61c0e2d9'      # written literally in the stack
token='api-t0ken-3b7f08aa'    # comes from a variable that is not sensitive
# terrace's own tags as json_get prints them (after the stack's, sorted).
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""
export TERRACE_VAR_api_token=$token
test_sensitive_values "$value" "$token" drifted-9d4a
# The stacks, which write one value literally.
test_holds_secret stack.yaml again/stack.yaml

sm () {
	s3 secretsmanager "$@"
}

# The current value of a secret, as Secrets Manager has it.
secret_value () {
	sm get-secret-value --secret-id "$1" --query SecretString --output text
}

# no_secret FILE...: none of the files holds any of the secret values.
no_secret () {
	local f v
	for f in "$@"; do
		for v in "$value" "$token" "${value}-2" "${token}-2" "drifted-9d4a"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# secrets_stack: the stack, with knobs for the steps below.
secrets_stack () {
	write_stack stack.yaml '  api_token: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  warehouse:
	    type: aws.secretsmanager.secret
	    name: ${WAREHOUSE_NAME:-lake/warehouse}
	    description: ${WAREHOUSE_DESCRIPTION:-credentials of the reporting warehouse}
	    ${WAREHOUSE_KMS:-}
	    value: ${WAREHOUSE_VALUE:-$value}
	    tags:
	      team: data
	      ${WAREHOUSE_TAG:-env: dev}
	    recovery_window_in_days: 7
	  api:
	    type: aws.secretsmanager.secret
	    name: lake/partner-api
	    value: "\${var.api_token}"
	    recovery_window_in_days: 0
	YAML
}

test_expect_success 'plan hides the values' '
	secrets_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"aws.secretsmanager.secret\" \"warehouse\" {" &&
	test_match out "\+ value *= \(sensitive value\)" &&
	test_match out "\+ version_id *= \(known after apply\)" &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	json_plan plan.json 2>err2 &&
	terrace plan -json >stream.json 2>err3 &&
	no_secret out err plan.json err2 stream.json err3
'

test_expect_success 'apply creates the secrets; Secrets Manager has the values' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>create.err &&
	cp create.err err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	no_secret out err &&
	test_equal "$value" "$(secret_value lake/warehouse)" &&
	test_equal "$token" "$(secret_value lake/partner-api)" &&
	sm describe-secret --secret-id lake/warehouse --output json >desc.json &&
	test_equal "credentials of the reporting warehouse" "$(json_get desc.json "d[\"Description\"]")" &&
	test_equal "{\"env\": \"dev\", \"team\": \"data\", $TT}" \
		"$(json_get desc.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}")"
'

# What a create stores is the secret read back, as an update's is (the
# converge both end in): the create's debug log shows DescribeSecret and
# GetSecretValue after CreateSecret (a stack with no state plans with no
# read), and the values stay out of it.
test_expect_success 'a create ends in its read back: DescribeSecret and GetSecretValue after CreateSecret' '
	made=$(grep -n "^\[debug\] secretsmanager CreateSecret POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	described=$(grep -n "^\[debug\] secretsmanager DescribeSecret POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	got=$(grep -n "^\[debug\] secretsmanager GetSecretValue POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	test -n "$made" && test -n "$described" && test -n "$got" &&
	test "$made" -lt "$described" && test "$made" -lt "$got" &&
	no_secret create.err
'

test_expect_success 'a second plan is a no-op, and the debug log hides the values' '
	TERRACE_LOG=debug TERRACE_REFRESH_LISTING=0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_contains err "secretsmanager GetSecretValue" &&
	no_secret out err &&
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out2 2>err2 &&
	test_line out2 "No changes. Your infrastructure matches the configuration." &&
	test_contains err2 "secretsmanager ListSecrets" &&
	no_secret out2 err2
'

test_expect_success 'state holds hashes only; show, show -json and state show hide the values' '
	python3 - <<-\EOF &&
	import json
	r = json.load(open("terrace.state.json"))["resources"]
	for name in ("warehouse", "api"):
	    a = r[name]["attributes"]
	    assert list(a["value"]) == ["$scrypt"], (name, a)
	    assert "value" in r[name]["sensitive_attributes"], r[name]
	    assert a["arn"].startswith("arn:aws:secretsmanager:us-east-1:123456789012:secret:lake/"), a
	    assert a["version_id"], a
	EOF
	terrace show >show.out 2>err &&
	terrace show -json >show.json 2>err2 &&
	terrace state show warehouse >state.out 2>err3 &&
	terrace state show -json api >state.json 2>err4 &&
	test_contains state.out "(sensitive value)" &&
	no_secret terrace.state.json show.out err show.json err2 state.out err3 state.json err4
'

test_expect_success 'a new value is an in-place update; the version changes' '
	json_get terrace.state.json "d[\"resources\"][\"warehouse\"][\"attributes\"][\"version_id\"]" >v1 &&
	WAREHOUSE_VALUE="${value}-2" secrets_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# warehouse will be updated in-place" &&
	test_match out "~ value *= \(sensitive value\) -> \(sensitive value\)" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	TERRACE_LOG=debug terrace apply -auto-approve >out2 2>err2 &&
	test_line out2 "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_contains err2 "secretsmanager PutSecretValue" &&
	no_secret out err out2 err2 terrace.state.json &&
	test_equal "${value}-2" "$(secret_value lake/warehouse)" &&
	json_get terrace.state.json "d[\"resources\"][\"warehouse\"][\"attributes\"][\"version_id\"]" >v2 &&
	test "$(cat v1)" != "$(cat v2)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'description, KMS key and tags (changed, added, removed) update in place' '
	export WAREHOUSE_VALUE="${value}-2" &&
	WAREHOUSE_DESCRIPTION="reporting warehouse, read-only user" WAREHOUSE_TAG="owner: bi" \
		WAREHOUSE_KMS="kms_key_id: alias/lake-secrets" secrets_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ description *= \"credentials of the reporting warehouse\" -> \"reporting warehouse, read-only user\"" &&
	test_match out "~ kms_key_id *= null -> \"alias/lake-secrets\"" &&
	test_match out "- \"env\" *= \"dev\"" &&
	test_match out "\+ \"owner\" *= \"bi\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	no_secret out err &&
	sm describe-secret --secret-id lake/warehouse --output json >desc.json &&
	test_equal "reporting warehouse, read-only user" "$(json_get desc.json "d[\"Description\"]")" &&
	test_equal alias/lake-secrets "$(json_get desc.json "d[\"KmsKeyId\"]")" &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" \
		"$(json_get desc.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}")" &&
	test_equal "${value}-2" "$(secret_value lake/warehouse)"
'

test_expect_success 'drift made with the aws CLI shows in plan without the values' '
	export WAREHOUSE_DESCRIPTION="reporting warehouse, read-only user" WAREHOUSE_TAG="owner: bi" \
		WAREHOUSE_KMS="kms_key_id: alias/lake-secrets" &&
	sm put-secret-value --secret-id lake/warehouse --secret-string drifted-9d4a >/dev/null &&
	sm tag-resource --secret-id lake/warehouse --tags Key=team,Value=finance Key=extra,Value=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# warehouse will be updated in-place( \(.*\))?$" &&
	test_match out "~ value *= \(sensitive value\) -> \(sensitive value\)" &&
	test_match out "~ \"team\" *= \"finance\" -> \"data\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	json_plan plan.json 2>err2 &&
	terrace plan -json >stream.json 2>err3 &&
	no_secret out err plan.json err2 stream.json err3
'

test_expect_success 'apply undoes the drift' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	no_secret out err &&
	test_equal "${value}-2" "$(secret_value lake/warehouse)" &&
	sm describe-secret --secret-id lake/warehouse --output json >desc.json &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" \
		"$(json_get desc.json "{t[\"Key\"]: t[\"Value\"] for t in d[\"Tags\"]}")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new name replaces the secret; the old one waits out its recovery window' '
	WAREHOUSE_NAME=lake/warehouse-ro secrets_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# warehouse must be replaced" &&
	test_match out "~ name *= \"lake/warehouse\" -> \"lake/warehouse-ro\" # forces replacement" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	no_secret out err &&
	test_equal "${value}-2" "$(secret_value lake/warehouse-ro)" &&
	sm list-secrets --query "SecretList[].Name" --output text | tr "\t" "\n" | sort >names &&
	printf "%s\n" lake/partner-api lake/warehouse-ro >expect &&
	test_cmp expect names &&
	sm describe-secret --secret-id lake/warehouse --output json >old.json &&
	test_equal true "$(json_get old.json "d.get(\"DeletedDate\") is not None")"
'

test_expect_success 'a name scheduled for deletion, or taken by a secret not in this state, is refused' '
	export WAREHOUSE_NAME=lake/warehouse-ro &&
	mkdir again &&
	write_stack again/stack.yaml &&
	cat >>again/stack.yaml <<-YAML &&
	resources:
	  old:
	    type: aws.secretsmanager.secret
	    name: lake/warehouse
	    value: $value
	YAML
	test_expect_code 1 terrace apply -stack again -auto-approve >out 2>err &&
	test_contains err "secret lake/warehouse is scheduled for deletion" &&
	test_contains err "aws secretsmanager restore-secret --secret-id lake/warehouse" &&
	no_secret out err &&
	sed -i "s|name: lake/warehouse$|name: lake/warehouse-ro|" again/stack.yaml &&
	test_expect_code 1 terrace apply -stack again -auto-approve >out 2>err &&
	test_contains err "secret lake/warehouse-ro already exists but is not in this state" &&
	no_secret out err &&
	test_equal "${value}-2" "$(secret_value lake/warehouse-ro)"
'

test_expect_success 'a secret deleted outside terrace counts as gone and is made again' '
	sm delete-secret --secret-id lake/partner-api --recovery-window-in-days 7 >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# api will be created( \(.*\))?$" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	sm delete-secret --secret-id lake/partner-api --force-delete-without-recovery >/dev/null &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "$token" "$(secret_value lake/partner-api)" &&
	no_secret out err
'

test_expect_success 'recovery_window_in_days must be 0 or 7 to 30' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-\YAML &&
	resources:
	  s:
	    type: aws.secretsmanager.secret
	    name: lake/bad
	    value: x
	    recovery_window_in_days: 3
	YAML
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "recovery_window_in_days: must be 0 (delete at once) or a whole number from 7 to 30, got 3"
'

test_expect_success 'destroy: at once with window 0, scheduled with a window' '
	TERRACE_LOG=debug terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	no_secret out err &&
	sm list-secrets --query "SecretList[].Name" --output text >names &&
	test_empty names &&
	sm list-secrets --include-planned-deletion --output json >all.json &&
	test_equal "[\"lake/warehouse\", \"lake/warehouse-ro\"]" \
		"$(json_get all.json "sorted(s[\"Name\"] for s in d[\"SecretList\"])")" &&
	test_equal true "$(json_get all.json "all(s.get(\"DeletedDate\") for s in d[\"SecretList\"])")"
'

test_expect_success 'no file terrace wrote holds a secret value' '
	find . -path ./.servers -prune -o -type f ! -name "stack.yaml" -print >files &&
	while read -r f; do
		no_secret "$f" || return 1
	done <files
'

test_done
