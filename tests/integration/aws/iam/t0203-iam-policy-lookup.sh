#!/usr/bin/env bash
# t0203-iam-policy-lookup: the lookup aws.iam.policy (Terraform's data
# "aws_iam_policy") reads a managed policy by ARN at plan: its document
# (as JSON text, policy), name and path. A role copies the document into
# an inline policy, as terraform-aws-lambda does with AWS's
# AWSLambdaVPCAccessExecutionRole; the AWS CLI reads the same statements
# on the role; a second plan is clean. An ARN IAM has no policy of fails
# plan naming the lookup and the ARN. `terrace convert` writes a Terraform
# data "aws_iam_policy" by arn as this lookup, with no stand-in variable.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

doc='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeNetworkInterfaces"],"Resource":"*"}]}'
arn=$(s3 iam create-policy --policy-name t0203-vpc-access --path /service-role/ \
	--policy-document "$doc" --output text --query Policy.Arn) ||
	test_fail_setup "create-policy failed"

policy_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	data:
	  vpc: { type: aws.iam.policy, arn: "$1" }
	resources:
	  fn_role:
	    type: aws.iam.role
	    name: t0203-fn
	    assume_role_policy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: "sts:AssumeRole" }] }
	    inline_policies:
	      vpc: \${jsondecode(data.vpc.policy)}
	outputs:
	  name: { value: "\${data.vpc.name}" }
	  path: { value: "\${data.vpc.path}" }
	YAML
}

test_expect_success 'the document read by ARN goes into the role; the CLI reads it there; no change after' '
	mkdir s && (cd s && policy_stack "$arn") &&
	(cd s && terrace apply -auto-approve -input=false -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	test_contains out "name = \"t0203-vpc-access\"" &&
	test_contains out "path = \"/service-role/\"" &&
	s3 iam get-role-policy --role-name t0203-fn --policy-name vpc >got.json &&
	test_equal "ec2:DescribeNetworkInterfaces" "$(json_get got.json "\",\".join(d[\"PolicyDocument\"][\"Statement\"][0][\"Action\"])")" &&
	(cd s && test_expect_code 0 terrace plan -detailed-exitcode -input=false -no-color) >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'an ARN IAM has no policy of fails plan naming the lookup and the ARN' '
	mkdir m && (cd m && policy_stack "arn:aws:iam::123456789012:policy/t0203-none") &&
	(cd m && test_expect_code 1 terrace plan -input=false -no-color) >out 2>err &&
	test_contains err "IAM has no policy arn:aws:iam::123456789012:policy/t0203-none" &&
	test_contains err "vpc"
'

test_expect_success 'convert: a data "aws_iam_policy" by arn is this lookup, its policy read, no stand-in' '
	mkdir tf &&
	cat >tf/main.tf <<-\TF &&
	data "aws_iam_policy" "vpc" {
	  arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
	}
	resource "aws_iam_role_policy" "vpc" {
	  name   = "vpc"
	  role   = "existing-role"
	  policy = data.aws_iam_policy.vpc.policy
	}
	TF
	terrace convert tf >c.yaml 2>cerr &&
	test_line c.yaml "type: aws.iam.policy" && test_line c.yaml "type: aws.iam.inline_policy" &&
	test_line c.yaml "arn: arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole" &&
	test_contains c.yaml "\${data.vpc.policy}" &&
	test_not_contains cerr "stands for it"
'

test_expect_success 'destroy removes the role and leaves the looked-up policy' '
	(cd s && terrace destroy -auto-approve -input=false -no-color) >out 2>err &&
	s3 iam get-policy --policy-arn "$arn" >/dev/null
'

test_done
