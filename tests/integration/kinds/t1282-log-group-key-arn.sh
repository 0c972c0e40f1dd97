#!/usr/bin/env bash
# t1282-log-group-key-arn: CloudWatch Logs takes a KMS key's ARN alone for a
# log group's key (CreateLogGroup and AssociateKmsKey kmsKeyId: "The Amazon
# Resource Name (ARN) of the KMS key"; cfn-lint also annotates a key's id
# and an alias), so AWS::Logs::LogGroup.KmsKeyId is narrowed to
# AWS::KMS::Key.Arn (gen_schemas.py's API_KINDS, issue 69 point 4), for
# aws.logs.log_group and awscc.logs.log_group alike:
#   - a reference to a key's id is refused with "write ${key.arn}": written,
#     awscc, and mixed (an awscc log group given a written key's key_id);
#   - a literal key id is refused, with an example of an ARN;
#   - a key's ARN, by reference or literal, passes;
#   - through a variable and a module's input, refused at plan (moto).
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: t1282"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a key'"'"'s id for a log group'"'"'s key is refused: write ${key.arn}' '
	stack <<-\YAML &&
	  key: {type: aws.kms.key}
	  akey: {type: awscc.kms.key}
	  lg1: {type: aws.logs.log_group, name: /t1282/one, kms_key_id: "${akey.key_id}"}
	  lg2: {type: awscc.logs.log_group, log_group_name: /t1282/two, kms_key_id: "${akey.key_id}"}
	  lg3: {type: awscc.logs.log_group, log_group_name: /t1282/three, kms_key_id: "${key.key_id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:7:53: error: resource \"lg1\" (aws.logs.log_group): kms_key_id takes a KMS key'"'"'s ARN, not a KMS key'"'"'s id (what akey.key_id gives): write \${akey.arn}" &&
	test_line err "./stack.yaml:8:65: error: resource \"lg2\" (awscc.logs.log_group): kms_key_id takes a KMS key'"'"'s ARN, not a KMS key'"'"'s id (what akey.key_id gives): write \${akey.arn}" &&
	test_line err "./stack.yaml:9:67: error: resource \"lg3\" (awscc.logs.log_group): kms_key_id takes a KMS key'"'"'s ARN, not a KMS key'"'"'s id (what key.key_id gives): write \${key.arn}" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'a literal key id for a written log group is refused with an ARN'"'"'s example' '
	stack <<-\YAML &&
	  lg: {type: aws.logs.log_group, name: /t1282/lit, kms_key_id: 1234abcd-12ab-34cd-56ef-1234567890ab}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:5:52: error: resource \"lg\" (aws.logs.log_group): kms_key_id: \"1234abcd-12ab-34cd-56ef-1234567890ab\" is not a KMS key'"'"'s ARN (e.g. arn:aws:kms:us-east-1:123456789012:key/ID)" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'a key'"'"'s ARN passes, by reference and literal' '
	stack <<-\YAML &&
	  akey: {type: awscc.kms.key}
	  lg1: {type: aws.logs.log_group, name: /t1282/one, kms_key_id: "${akey.arn}"}
	  lg2: {type: awscc.logs.log_group, log_group_name: /t1282/two, kms_key_id: "${akey.arn}"}
	  lg3: {type: aws.logs.log_group, name: /t1282/three, kms_key_id: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)" &&
	test_empty err
'

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p mods/logs
cat >mods/logs/main.yaml <<-'EOF'
variables:
  key: {type: string}
resources:
  lg: {type: aws.logs.log_group, name: /t1282/mod, kms_key_id: "${var.key}"}
EOF

test_expect_success 'through a variable and a module'"'"'s input, a key id is refused at plan' '
	cat >stack.yaml <<-\YAML &&
	stack: t1282
	variables:
	  key: {type: string}
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws: {region: us-east-1, endpoint: "${var.endpoint}", access_key: "${var.access_key}", secret_key: "${var.secret_key}"}
	modules:
	  m: {source: ./mods/logs, key: "${var.key}"}
	resources:
	  lg: {type: aws.logs.log_group, name: /t1282/var, kms_key_id: "${var.key}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_expect_code 1 terrace plan -no-color -input=false -var key=1234abcd-12ab-34cd-56ef-1234567890ab >out 2>err &&
	test_contains err "resource \"module.m.lg\" (aws.logs.log_group): kms_key_id: \"1234abcd-12ab-34cd-56ef-1234567890ab\" is not a KMS key'"'"'s ARN" &&
	test_contains err "resource \"lg\" (aws.logs.log_group): kms_key_id: \"1234abcd-12ab-34cd-56ef-1234567890ab\" is not a KMS key'"'"'s ARN" &&
	test_not_contains out "Plan:"
'

test_done
