#!/usr/bin/env bash
# t1297-kinds-known-text: a string made of text and a value not known yet
# ("alias/aws/${k.key_id}") is judged by the text known around it
# (value_known_affixes): at validate as the template is written, at plan as
# expr_eval keeps it (value_unknown_text), through a local and a module's
# input too. Refused only where that text decides: a prefix AWS keeps (a
# rule, rule_kms_alias_name, and a words row, NOT_MATCHES "^alias/aws/"),
# a character a name or a one-class pattern does not take, more characters
# than AWS takes whatever the rest is; text that may still become a valid
# value passes ("alias/aws${...}", "PAY_${...}"). A template a sensitive
# variable had a part in keeps no known text: neither quoted nor judged.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: known-text"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo "  k: {type: aws.kms.key, description: known-text}"
		cat
	} >stack.yaml
}

trust='{Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}'

test_expect_success 'validate refuses what the known text decides, written and awscc' '
	stack <<-YAML &&
	  a1: {type: aws.kms.alias, name: "alias/aws/\${k.key_id}", target_key_id: "\${k.key_id}"}
	  a2: {type: aws.kms.alias, name: "key/\${k.key_id}", target_key_id: "\${k.key_id}"}
	  c1: {type: awscc.kms.alias, alias_name: "alias/aws/\${k.key_id}", target_key_id: "\${k.key_id}"}
	  r: {type: aws.iam.role, name: "etl role \${k.key_id}", assume_role_policy: $trust}
	  g: {type: aws.glue.database, name: "lake\${k.key_id}", description: "$(printf "%02100d" 0)\${k.key_id}$(printf "%02100d" 0)"}
	  lg: {type: awscc.logs.log_group, log_group_name: "$(printf "%0300d" 0)\${k.key_id}$(printf "%0300d" 0)"}
	  tb: {type: awscc.dynamodb.table, key_schema: [{attribute_name: id, key_type: HASH}], attribute_definitions: [{attribute_name: id, attribute_type: S}], billing_mode: "ON_\${k.key_id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:6:29: error: resource \"a1\" (aws.kms.alias): name: a name beginning \"alias/aws/\" starts with alias/aws/ whatever \${...} gives: a KMS alias is alias/NAME, and alias/aws/ AWS keeps for its own keys (e.g. \"alias/retail-lake\")" &&
	test_line err "./stack.yaml:7:29: error: resource \"a2\" (aws.kms.alias): name: a name beginning \"key/\" does not start with alias/ whatever \${...} gives: a KMS alias is alias/NAME, and alias/aws/ AWS keeps for its own keys (e.g. \"alias/retail-lake\")" &&
	test_contains err "resource \"c1\" (awscc.kms.alias): alias_name: \"alias/aws/\${k.key_id}\", but it must not match \"^alias/aws/\"" &&
	test_contains err "resource \"r\" (aws.iam.role): name: text \"etl role \" around \${...} has \" \", which IAM role names do not use" &&
	test_contains err "resource \"g\" (aws.glue.database): description: at least 4200 characters whatever \${...} gives, where AWS takes" &&
	test_contains err "resource \"lg\" (awscc.logs.log_group): log_group_name: at least 600 characters whatever \${...} gives, where it takes at most 512" &&
	test_contains err "resource \"tb\" (awscc.dynamodb.table): billing_mode: \"ON_\${k.key_id}\", but it must be one of \"PROVISIONED\", \"PAY_PER_REQUEST\"" &&
	test_equal 7 "$(grep -c "error:" err)"
'

test_expect_success 'text that may still be valid passes' '
	stack <<-YAML &&
	  a1: {type: aws.kms.alias, name: "alias/aws\${k.key_id}", target_key_id: "\${k.key_id}"}
	  a2: {type: aws.kms.alias, name: "alias/\${k.key_id}", target_key_id: "\${k.key_id}"}
	  c1: {type: awscc.kms.alias, alias_name: "alias/\${k.key_id}/aws/", target_key_id: "\${k.key_id}"}
	  r: {type: aws.iam.role, name: "etl-role-\${k.key_id}", assume_role_policy: $trust}
	  t: {type: aws.dynamodb.table, name: "t\${k.key_id}", hash_key: id, attribute: [{name: id, type: S}], billing_mode: "PAY_\${k.key_id}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (6 resources)"
'

test_expect_success 'at plan, through a local and a module input, the known text is kept and judged' '
	start_moto &&
	use_server moto &&
	mkdir -p mod &&
	cat >mod/stack.yaml <<-\YAML &&
	variables:
	  name: {type: string}
	  key: {type: string}
	resources:
	  a: {type: aws.kms.alias, name: "${var.name}", target_key_id: "${var.key}"}
	YAML
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	locals:
	  alias: "alias/aws/${k.key_id}"
	resources:
	  k: {type: aws.kms.key, description: known-text}
	  a: {type: aws.kms.alias, name: "${local.alias}", target_key_id: "${k.key_id}"}
	modules:
	  m: {source: ./mod, name: "alias/aws/${k.key_id}-m", key: "${k.key_id}"}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "./stack.yaml:17:28: error: resource \"a\" (aws.kms.alias): name: a name beginning \"alias/aws/\" starts with alias/aws/ whatever \${...} gives" &&
	test_contains err "mod/stack.yaml:5:28: error: resource \"module.m.a\" (aws.kms.alias): name: a name beginning \"alias/aws/\" starts with alias/aws/ whatever \${...} gives" &&
	sed -i "s|alias/aws/|alias/lake-|" stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 3 to add"
'

test_expect_success 'text a sensitive value made is not kept: never quoted, not judged' '
	write_stack stack.yaml "  tok: {type: string, sensitive: true, default: hunter2}" &&
	sed -i "/^  tok:/a\\  plain: {type: string, default: open1}" stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  k: {type: aws.kms.key, description: known-text}
	  r: {type: aws.iam.role, name: "x\${var.plain} bad \${k.key_id}", assume_role_policy: $trust}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"r\" (aws.iam.role): name: text \"xopen1 bad \" around \${...} has \" \"" &&
	sed -i "s/var.plain/var.tok/" stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	! grep -q hunter2 out err &&
	test_contains out "Plan: 2 to add"
'

test_done
