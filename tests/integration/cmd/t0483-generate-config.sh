#!/usr/bin/env bash
# t0483-generate-config: `plan -generate-config-out=FILE`, Terraform 1.5's
# way to adopt what was built by hand. A bucket, a role and a Glue job made
# with the aws CLI are named by import: blocks (with their type, since the
# stack does not define them); the plan writes their stack YAML to FILE:
# only what differs from the defaults, the job's role and script bucket as
# references to the other two. The next plan with FILE in the stack imports
# the three and changes nothing but terrace's own tags; after apply, a plan
# is clean. A string is written by yaml_write.c's one rule: plain where it
# reads back (the role's reference), a DEL as libyaml double-quotes it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

s3 s3api create-bucket --bucket t0483-scripts >/dev/null &&
s3 s3api put-bucket-versioning --bucket t0483-scripts \
	--versioning-configuration Status=Enabled &&
s3 iam create-role --role-name t0483-etl --assume-role-policy-document \
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}' \
	>/dev/null || test_fail_setup "cannot make the bucket and the role"
ROLE_ARN=$(s3 iam get-role --role-name t0483-etl --query Role.Arn --output text)
s3 glue create-job --name t0483-clean --role "$ROLE_ARN" --glue-version 4.0 \
	--command Name=glueetl,ScriptLocation=s3://t0483-scripts/clean.py,PythonVersion=3 \
	--worker-type G.1X --number-of-workers 2 >/dev/null ||
	test_fail_setup "cannot make the job"

mkdir stack
write_stack stack/main.yaml
cat >>stack/main.yaml <<'YAML'
import:
  - to: scripts
    type: aws.s3.bucket
    id: t0483-scripts
  - to: etl
    type: aws.iam.role
    id: t0483-etl
  - to: clean
    type: aws.glue.job
    id: t0483-clean
YAML

test_expect_success 'an import: block without a type cannot be generated, and says so' '
	sed "s/    type: aws.iam.role//" stack/main.yaml >notype.yaml &&
	test_expect_code 1 terrace plan -stack notype.yaml -generate-config-out=x.yaml >out 2>err &&
	test_contains err "import: etl is not in the stack: give its block a type" &&
	! test -e x.yaml
'

test_expect_success 'plan -generate-config-out writes the three resources, linked' '
	terrace plan -stack stack -generate-config-out=stack/generated.yaml >out 2>err &&
	test_contains out "Wrote the configuration of 3 imported resources to stack/generated.yaml." &&
	show_file stack/generated.yaml >&5 &&
	test_contains stack/generated.yaml "  scripts:" &&
	test_contains stack/generated.yaml "    versioning: true" &&
	test_contains stack/generated.yaml "    role: \${etl.arn}" &&
	test_contains stack/generated.yaml "\"script_location\": \"s3://t0483-scripts/clean.py\"" &&
	test_contains stack/generated.yaml "    number_of_workers: 2" &&
	! grep -q "force_destroy\|terrace:" stack/generated.yaml
'

test_expect_success 'it never overwrites a file' '
	cp stack/generated.yaml before.yaml &&
	test_expect_code 1 terrace plan -stack stack -generate-config-out=stack/generated.yaml >out 2>err &&
	test_contains err "stack/generated.yaml exists" &&
	test_cmp before.yaml stack/generated.yaml
'

test_expect_success 'the next plan imports the three and adds or replaces nothing' '
	terrace plan -stack stack >out 2>err &&
	test_line out "Plan: 3 to import, 0 to add, 3 to change, 0 to destroy." &&
	test_not_contains out "must be replaced" &&
	grep "^      [~+-] " out | sort -u >changed &&
	echo "      ~ tags = {" >expect &&
	test_cmp expect changed
'

test_expect_success 'after apply, the plan is clean' '
	terrace apply -stack stack -auto-approve >out 2>err &&
	terrace plan -stack stack -detailed-exitcode >out 2>err
'

test_expect_success 'a secret: its value is never written, a comment says to set it' '
	s3 secretsmanager create-secret --name t0483-api --secret-string Gen-S3cret-t0483 >/dev/null &&
	mkdir secret &&
	write_stack secret/main.yaml &&
	printf "import:\n  - to: api\n    type: aws.secretsmanager.secret\n    id: t0483-api\n" >>secret/main.yaml &&
	terrace plan -stack secret -generate-config-out=secret/generated.yaml >out 2>err &&
	test_line out "Wrote the configuration of 1 imported resource to secret/generated.yaml." &&
	test_contains secret/generated.yaml "    name: t0483-api" &&
	test_contains secret/generated.yaml "    # value: required, and the API does not show it: set it" &&
	! grep -q Gen-S3cret secret/generated.yaml out err
'

test_expect_success 'a value whose JSON does not read back as YAML (a DEL in a description) is written as libyaml quotes it, and the stack reads it back' '
	s3 secretsmanager create-secret --name t0483-odd --description "$(printf "a\177b")" \
		--secret-string x >/dev/null &&
	mkdir odd &&
	write_stack odd/main.yaml &&
	printf "import:\n  - to: odd\n    type: aws.secretsmanager.secret\n    id: t0483-odd\n" >>odd/main.yaml &&
	terrace plan -stack odd -generate-config-out=odd/generated.yaml >out 2>err &&
	test_line out "Wrote the configuration of 1 imported resource to odd/generated.yaml." &&
	test_contains odd/generated.yaml "    description: \"a\\x7Fb\"" &&
	sed -i "s/    # value: required.*/    value: x/" odd/generated.yaml &&
	terrace validate -stack odd -no-color >out 2>err &&
	test_contains out "Success!"
'

test_done
