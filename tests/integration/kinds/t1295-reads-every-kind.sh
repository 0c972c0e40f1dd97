#!/usr/bin/env bash
# t1295-reads-every-kind: what a literal names is read at plan for every kind
# that has a read (issue 69 point 4: provider/aws/checks/kinds/reads.def, one row a
# kind, read by checks/kinds/reads.c's generic reader), not a hand list of eight:
# here the kinds the hand list lacked, through the attributes that take them
# today: an S3 bucket's name (a written function's s3_bucket: S3 HeadBucket),
# an AMI's id and a security group's name (an awscc instance: EC2
# DescribeImages, DescribeSecurityGroups by its group-name filter; an
# instance's security_group_ids take a group's id or name, and an id that
# exists is not refused as a name that does not), an ACM
# certificate's ARN (an awscc API Gateway domain: ACM DescribeCertificate).
# (Every row is read on moto by tests/unit/test_kind_reads.c; the kinds of
# the registry's relationshipRefs reach a stack once kinds.gen.c has them.)
# Written, awscc and mixed stacks, a value through a variable and through a
# module's input: what moto lacks fails the plan naming the resource, the
# attribute and the object; what it has passes; an ARN of another region or
# account is not read (another's to say, with credentials that are not its);
# -refresh=false and TERRACE_AWS_READ_LITERALS=0 read nothing; plan -policy
# names each read's action. Each (kind, value) is read once in a plan. A
# value not of what a read's call takes (a legacy bucket name, upper case:
# not HeadBucket's to address) is not read.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

aws_server s3api create-bucket --bucket t1295-code >/dev/null &&
ami=$(aws_server ec2 describe-images --owners amazon --query 'Images[0].ImageId' --output text) &&
vpc=$(aws_server ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text) &&
sg=$(aws_server ec2 create-security-group --vpc-id "$vpc" --group-name t1295-web --description w --query GroupId --output text) &&
role=$(aws_server iam create-role --role-name t1295-fn --assume-role-policy-document '{}' --query Role.Arn --output text) &&
cert=$(aws_server acm request-certificate --domain-name t1295.example.com --query CertificateArn --output text) ||
	test_fail_setup "the objects the stacks name could not be made"

acct=123456789012
gone_cert=arn:aws:acm:us-east-1:$acct:certificate/0b1e2a3c-0000-4000-8000-000000000000

# code_fn NAME BUCKET: a written function whose code is in BUCKET.
code_fn () {
	echo "  $1: {type: aws.lambda.function, function_name: t1295-$1, runtime: python3.12, handler: index.handler, role: \"$role\", s3_bucket: \"$2\", s3_key: fn.zip}"
}
# instance NAME AMI GROUP: an awscc instance of AMI in the group named GROUP.
instance () {
	echo "  $1: {type: awscc.ec2.instance, image_id: \"$2\", instance_type: t3.micro, security_groups: [\"$3\"]}"
}
# domain NAME CERTIFICATE_ARN: an API Gateway domain name.
domain () {
	echo "  $1: {type: awscc.apigateway.domain_name, domain_name: $1.t1295.example.com, certificate_arn: \"$2\"}"
}

mkdir -p mods/code
cat >mods/code/main.yaml <<-EOF
variables:
  bucket: {type: string}
resources:
  inner: {type: aws.lambda.function, function_name: t1295-inner, runtime: python3.12, handler: index.handler, role: "$role", s3_bucket: "\${var.bucket}", s3_key: fn.zip}
EOF

missing () {
	write_stack stack.yaml '  bucket: {type: string, default: t1295-gone-var}' &&
	{
		echo "modules:"
		echo "  code: {source: ./mods/code, bucket: t1295-gone-mod}"
		echo "resources:"
		code_fn lit t1295-gone
		code_fn viavar "\${var.bucket}"
		instance ami ami-0123456789abcdef0 t1295-web
		instance group "$ami" t1295-nothing
		echo "  ids: {type: awscc.ec2.instance, image_id: \"$ami\", security_group_ids: [sg-0123456789abcdef0]}"
		domain api "$gone_cert"
	} >>stack.yaml
}

test_expect_success 'what moto lacks fails the plan, each naming the resource, the attribute and the object' '
	missing &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "Error: lit: aws.lambda.function: s3_bucket: \"t1295-gone\" is an S3 bucket'"'"'s name that AWS does not have (S3 HeadBucket says none): name one that exists, or make it in the stack" &&
	test_contains err "Error: viavar: aws.lambda.function: s3_bucket: \"t1295-gone-var\" is an S3 bucket'"'"'s name that AWS does not have (S3 HeadBucket says none)" &&
	test_contains err "Error: module.code.inner: aws.lambda.function: s3_bucket: \"t1295-gone-mod\" is an S3 bucket'"'"'s name that AWS does not have (S3 HeadBucket says none)" &&
	test_contains err "Error: ami: awscc.ec2.instance: image_id: \"ami-0123456789abcdef0\" is an AMI'"'"'s id that AWS does not have (EC2 DescribeImages says none)" &&
	test_contains err "Error: group: awscc.ec2.instance: security_groups[0]: \"t1295-nothing\" is a security group'"'"'s name that AWS does not have (EC2 DescribeSecurityGroups says none)" &&
	test_contains err "Error: api: awscc.apigateway.domain_name: certificate_arn: \"$gone_cert\" is an ACM certificate'"'"'s ARN that AWS does not have (ACM DescribeCertificate says none)" &&
	test_contains err "Error: ids: awscc.ec2.instance: security_group_ids[0]: \"sg-0123456789abcdef0\" is a security group'"'"'s id that AWS does not have (EC2 DescribeSecurityGroups says none)" &&
	test_equal 7 "$(grep -c "that AWS does not have" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success '-refresh=false reads nothing, nor does TERRACE_AWS_READ_LITERALS=0: the same stack plans' '
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 7 to add" &&
	TERRACE_AWS_READ_LITERALS=0 terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 7 to add" &&
	test_not_contains err "does not have"
'

test_expect_success 'what moto has passes, written, awscc and mixed, through a variable and a module; another region'"'"'s and account'"'"'s ARNs, and a legacy bucket name, are not read' '
	write_stack stack.yaml "  bucket: {type: string, default: t1295-code}" &&
	{
		echo "modules:"
		echo "  code: {source: ./mods/code, bucket: t1295-code}"
		echo "resources:"
		code_fn lit t1295-code
		code_fn viavar "\${var.bucket}"
		code_fn legacy Legacy_Bucket_t1295
		instance ami "$ami" t1295-web
		echo "  ids: {type: awscc.ec2.instance, image_id: \"$ami\", security_group_ids: [\"$sg\"]}"
		domain west "arn:aws:acm:us-west-2:$acct:certificate/0b1e2a3c-0000-4000-8000-000000000000"
		domain api "$cert"
		domain far "arn:aws:acm:us-east-1:210987654321:certificate/0b1e2a3c-0000-4000-8000-000000000000"
	} >>stack.yaml &&
	heads=$(grep -c "HEAD /t1295-code " "$SERVERS_DIR/moto.log" || :) &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 9 to add" &&
	test_not_contains err "does not have" &&
	# three functions name the bucket: it is read once in the plan
	test_equal $((heads + 1)) "$(grep -c "HEAD /t1295-code " "$SERVERS_DIR/moto.log")"
'

test_expect_success 'plan -policy names each read'"'"'s action' '
	missing &&
	terrace plan -no-color -input=false -refresh=false -policy >out 2>err &&
	for action in s3:ListBucket ec2:DescribeImages ec2:DescribeSecurityGroups acm:DescribeCertificate; do
		grep -q "\"$action\"" out || { echo "no $action in the plan'"'"'s policy"; return 1; }
	done
'

test_done
