#!/usr/bin/env bash
# t1552-convert-terraform-types: `terrace convert` of the AWS provider's
# common types (stacks/convert_tf_types.c), no server: written types where
# terrace has one (aws_s3_object, aws_lambda_function from an archive_file's
# folder, aws_lambda_permission, aws_iam_user, aws_cloudwatch_event_rule,
# aws_secretsmanager_secret, aws_security_group), the awscc type of the
# same CloudFormation type else (aws_vpc_security_group_ingress_rule); S3's
# split resources folded into the bucket, a role's inline policy and
# attachment into the role, a secret's version, a queue's policy and a
# rule's target into their owner (a reference to the owner inside them,
# or inside the policy document they name, written without naming it: no
# cycle); a Route 53 record as aws.route53.record; what is left out
# (random_pet, null_resource, time_sleep) named with why and what to
# write instead, exit 3; the stack validates; with a state, a type imported
# by an id of several attributes (aws_s3_object) is warned of; an object's
# content_base64 is its content, base64decode() of it.
. "$(dirname "$0")/../lib.sh"

HERE=$TEST_HERE/t1552

test_expect_success 'the common types convert; what is left out is named with why (exit 3)' '
	mkdir stack &&
	test_expect_code 3 terrace convert "$HERE" >stack/stack.yaml 2>err &&
	test_contains err "main.tf:179:1: warning: resource \"random_pet\" left out: terrace keeps no random values in state: write the name, or build it from \${terrace.stack}" &&
	test_contains err "main.tf:181:1: warning: resource \"null_resource\" left out: terrace runs commands as ssh.command resources" &&
	test_contains err "main.tf:183:1: warning: resource \"time_sleep\" left out: terrace waits for what each type'\''s API says is ready" &&
	test_line err "3 constructs left out (the warnings above say which and why)" &&
	test_line stack/stack.yaml "type: aws.route53.record" &&
	test_line stack/stack.yaml "record_type: A" &&
	test_line stack/stack.yaml "versioning: true" &&
	test_line stack/stack.yaml "sse_algorithm: AES256" &&
	test_line stack/stack.yaml "restrict_public_buckets: true" &&
	test_line stack/stack.yaml "expiration_days: 30" &&
	test_line stack/stack.yaml "- \${\"arn:\${data.caller.partition}:s3:::t1552-logs\"}/*" &&
	test_line stack/stack.yaml "bucket: \${logs.name}" &&
	test_line stack/stack.yaml "- arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" &&
	test_line stack/stack.yaml "type: aws.lambda.function" &&
	test_line stack/stack.yaml "source: \${(\"\${path.module}/src\")}" &&
	test_not_contains stack/stack.yaml "source_code_hash" &&
	test_line stack/stack.yaml "type: aws.lambda.permission" &&
	test_line stack/stack.yaml "- id: fn" &&
	test_line stack/stack.yaml "value: s3cret" &&
	test_line stack/stack.yaml "type: aws.iam.user" &&
	test_line stack/stack.yaml "type: awscc.ec2.security_group_ingress" &&
	test_line stack/stack.yaml "cidr_ip: 10.0.0.0/16" &&
	test_line stack/stack.yaml "group_id: \${security_group_db.id}" &&
	test_line stack/stack.yaml "- \${\"arn:\${data.caller.partition}:sqs:\${data.caller.region}:\${data.caller.account_id}:t1552-events\"}" &&
	test_not_contains stack/stack.yaml "aws_s3_bucket_versioning" &&
	test_line stack/stack.yaml "content: \${base64decode(\"aWQsbmFtZQ==\")}" &&
	test_not_contains err "content_base64"
'

test_expect_success 'the converted stack is laid out as fmt writes it and validates' '
	cp -r "$HERE/src" stack/ &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (15 resources)." &&
	(cd stack && terrace fmt -check . >../fmt.out) &&
	test_empty fmt.out
'

test_expect_success 'with a state: the bucket imported by its name; an object, whose id is two attributes, warned of' '
	cat >state.json <<-\EOT &&
	{"version": 4, "resources": [
	  {"mode": "managed", "type": "aws_s3_bucket", "name": "logs",
	   "instances": [{"attributes": {"id": "t1552-logs", "bucket": "t1552-logs"}}]},
	  {"mode": "managed", "type": "aws_s3_object", "name": "readme",
	   "instances": [{"attributes": {"id": "README.txt", "key": "README.txt"}}]}]}
	EOT
	test_expect_code 3 terrace convert -existing state.json "$HERE" >out 2>err &&
	test_contains out "- to: logs" &&
	test_contains out "id: t1552-logs" &&
	test_contains err "the state'\''s aws_s3_object.readme is not imported: terrace imports aws.s3.object by an id of several attributes" &&
	test_line err "4 constructs left out (the warnings above say which and why)"
'

test_expect_success 'a split resource whose owner is not carried, or that has count: left out with why' '
	cat >split.tf <<-\EOT &&
	resource "aws_s3_bucket_versioning" "other" {
	  bucket = "made-elsewhere"
	  versioning_configuration {
	    status = "Enabled"
	  }
	}
	resource "aws_s3_bucket" "b" {
	  bucket = "b"
	}
	resource "aws_s3_bucket_policy" "counted" {
	  count  = 2
	  bucket = aws_s3_bucket.b.id
	  policy = "{}"
	}
	EOT
	test_expect_code 3 terrace convert split.tf >out 2>err &&
	test_contains err "split.tf:1:1: warning: resource \"aws_s3_bucket_versioning\" left out: it is folded into its owner'\''s resource, and its owner here is not a resource the conversion carried" &&
	test_contains err "split.tf:10:1: warning: resource \"aws_s3_bucket_policy\" left out" &&
	test_line err "2 constructs left out (the warnings above say which and why)"
'

test_expect_success 'a counted queue'\''s policy naming the queue through [0] (the sqs module'\''s): folded into the queue, its ARN built of the queue'\''s name, never a cycle; a policy of a queue or role the stack does not write: its own written type' '
	mkdir q &&
	cat >q/main.tf <<-\EOT &&
	resource "aws_sqs_queue" "this" {
	  count = 1
	  name  = "q"
	}
	data "aws_iam_policy_document" "this" {
	  count = 1
	  statement {
	    actions   = ["sqs:SendMessage"]
	    resources = [aws_sqs_queue.this[0].arn]
	  }
	}
	resource "aws_sqs_queue_policy" "this" {
	  count     = 1
	  queue_url = aws_sqs_queue.this[0].url
	  policy    = data.aws_iam_policy_document.this[0].json
	}
	variable "queue_url" {
	  default = "https://sqs.us-east-1.amazonaws.com/123456789012/other"
	}
	variable "role_names" {
	  default = ["a", "b"]
	}
	resource "aws_sqs_queue_policy" "other" {
	  queue_url = var.queue_url
	  policy    = data.aws_iam_policy_document.this[0].json
	}
	resource "aws_iam_role_policy" "p" {
	  for_each = toset(var.role_names)
	  name     = "p"
	  role     = each.key
	  policy   = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }] })
	}
	EOT
	terrace convert q >q/stack.yaml 2>err &&
	test_empty err &&
	grep "^    policy: .*sqs:\${data.caller.region}:\${data.caller.account_id}:q" q/stack.yaml &&
	test_line q/stack.yaml "type: aws.sqs.queue_policy" &&
	test_line q/stack.yaml "- \${var.queue_url}" &&
	test_line q/stack.yaml "type: aws.iam.inline_policy" &&
	test_line q/stack.yaml "- \${each.key}" &&
	rm q/main.tf &&
	(cd q && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (3 resources)."
'

test_expect_success 'an attribute the written type lacks: the awscc twin named only when it has the attribute (a subnet with IPv6 settings is written as its twin)' '
	cat >lacks.tf <<-\EOT &&
	resource "aws_subnet" "s" {
	  vpc_id      = "vpc-1"
	  cidr_block  = "10.0.0.0/24"
	  ipv6_native = false
	}
	resource "aws_s3_bucket" "b" {
	  bucket      = "b"
	  object_lock_enabled = false
	  publish_me  = true
	}
	EOT
	test_expect_code 3 terrace convert lacks.tf >out 2>err &&
	test_not_contains err "ipv6_native" &&
	grep -A4 "^  s:" out >subnet.yaml &&
	test_contains subnet.yaml "type: awscc.ec2.subnet" &&
	test_contains subnet.yaml "ipv_6_native: false" &&
	test_contains err "lacks.tf:8:3: warning: object_lock_enabled left out: terrace'\''s written type has no such attribute (awscc.s3.bucket has: write the resource as its awscc_* twin to keep it)" &&
	test_contains err "lacks.tf:9:3: warning: publish_me left out: terrace'\''s written type has no such attribute, nor the awscc type of its name one by that name"
'

test_expect_success 'a resource with no awscc twin is not told to be written as one: a key of imported material, a grant, a Microsoft AD directory' '
	cat >notwin.tf <<-\EOT &&
	resource "aws_kms_external_key" "x" {
	  description = "imported"
	}
	resource "aws_kms_grant" "g" {
	  key_id            = "k"
	  grantee_principal = "arn:aws:iam::123456789012:role/r"
	  operations        = ["Decrypt"]
	}
	resource "aws_directory_service_directory" "d" {
	  name     = "corp.example.com"
	  password = "SuperSecretPassw0rd"
	  type     = "MicrosoftAD"
	}
	EOT
	test_expect_code 3 terrace convert notwin.tf >out 2>err &&
	test_not_contains err "awscc_* twin" &&
	test_contains err "notwin.tf:1:1: warning: resource \"aws_kms_external_key\" left out: CloudFormation has no key of imported material" &&
	test_contains err "notwin.tf:4:1: warning: resource \"aws_kms_grant\" left out: CloudFormation has no grant" &&
	test_contains err "notwin.tf:9:1: warning: resource \"aws_directory_service_directory\" left out: CloudFormation'\''s Cloud Control makes a SimpleAD directory alone"
'

test_done
