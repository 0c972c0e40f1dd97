#!/usr/bin/env bash
# t1551-convert-terraform-policies: `terrace convert` of IAM policy
# documents and roles (stacks/convert_tf_policy.c, stacks/convert_tf.c), no
# server: an aws_iam_policy_document with for_each keeps it (a map of
# {json} by the same keys, so data...trust[each.key].json reads the same),
# one with count is a list of them ([0].json is the document, never null: a
# role keeps its trust policy), dynamic "statement" blocks are a for
# expression over their for_each with the iterator bound, and a statement's
# dynamic "condition" and "principals" are kept (grouped by test and type,
# absent when the loop makes none); a role's
# name_prefix is a name of the prefix and a suffix stable per stack,
# workspace and resource; a role with permissions_boundary is awscc.iam.role
# (terrace's aws.iam.role has no boundary), its tags awscc's list.
. "$(dirname "$0")/../lib.sh"

HERE=$TEST_HERE/t1551

test_expect_success 'the policies and roles convert with nothing left out (exit 0) and validate' '
	mkdir stack &&
	terrace convert "$HERE" >stack/stack.yaml 2>err &&
	test_empty err &&
	test_line stack/stack.yaml "assume_role_policy: \${local.trust_policy[each.key].json}" &&
	test_line stack/stack.yaml "assume_role_policy: \${local.ec2_policy[0].json}" &&
	test_line stack/stack.yaml "name: worker-\${substr(sha1(\"\${terrace.stack}/\${terrace.workspace}/worker\${terrace.module}\"), 0, 8)}" &&
	test_line stack/stack.yaml "type: awscc.iam.role" &&
	test_line stack/stack.yaml "permissions_boundary: arn:aws:iam::123456789012:policy/boundary" &&
	test_line stack/stack.yaml "- key: team" &&
	(cd stack && terrace fmt -check . >../fmt.out) &&
	test_empty fmt.out &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (4 resources)."
'

test_expect_success 'each document evaluates to what Terraform makes of it' '
	(cd stack && printf "%s\n" "local.trust_policy[\"lambda\"].json" "local.ec2_policy[0].json" \
		"jsonencode(local.grants_policy)" | terrace console >../out 2>../err) &&
	test_contains out "\\\"Principal\\\":{\\\"Service\\\":[\\\"lambda.amazonaws.com\\\"]}" &&
	test_contains out "\\\"Principal\\\":{\\\"Service\\\":[\\\"ec2.amazonaws.com\\\"]},\\\"Sid\\\":\\\"Ec20\\\"" &&
	test_contains out "{\\\"Action\\\":[\\\"s3:GetObject\\\"],\\\"Effect\\\":\\\"Allow\\\",\\\"Resource\\\":[\\\"arn:aws:s3:::lake/*\\\"],\\\"Sid\\\":\\\"read\\\"}" &&
	test_contains out "\\\"Sid\\\":\\\"Base\\\""
'

test_expect_success 'a statement'\''s dynamic condition and principals (the kms and sqs modules'\'' shape) are kept, grouped by test and type, absent when the loop makes none; the statement'\''s iterator inside them' '
	mkdir dyn &&
	cat >dyn/main.tf <<-\EOT &&
	variable "statements" {
	  default = [
	    { sid = "Send", condition = [{ test = "StringEquals", variable = "aws:SourceAccount", values = ["123456789012"] }],
	      principals = [{ type = "Service", identifiers = ["events.amazonaws.com"] }] },
	    { sid = "Open", condition = [], principals = [] },
	  ]
	}
	data "aws_iam_policy_document" "queue" {
	  dynamic "statement" {
	    for_each = var.statements
	    content {
	      sid       = statement.value.sid
	      actions   = ["sqs:SendMessage"]
	      resources = ["*"]
	      condition {
	        test     = "Bool"
	        variable = "aws:SecureTransport"
	        values   = ["true"]
	      }
	      dynamic "condition" {
	        for_each = lookup(statement.value, "condition", [])
	        content {
	          test     = condition.value.test
	          variable = condition.value.variable
	          values   = condition.value.values
	        }
	      }
	      dynamic "condition" {
	        for_each = statement.value.sid == "Send" ? [1] : []
	        content {
	          test     = "StringEquals"
	          variable = "aws:PrincipalTag/team"
	          values   = [statement.value.sid]
	        }
	      }
	      dynamic "principals" {
	        for_each = lookup(statement.value, "principals", [])
	        content {
	          type        = principals.value.type
	          identifiers = principals.value.identifiers
	        }
	      }
	    }
	  }
	}
	output "doc" { value = data.aws_iam_policy_document.queue.json }
	EOT
	terrace convert dyn >dyn/stack.yaml 2>err &&
	test_empty err &&
	rm dyn/main.tf &&
	(cd dyn && terrace validate >../out 2>../err) &&
	(cd dyn && echo "jsonencode(local.queue_policy)" | terrace console >../out 2>../err) &&
	test_contains out "\\\"Condition\\\":{\\\"Bool\\\":{\\\"aws:SecureTransport\\\":[\\\"true\\\"]},\\\"StringEquals\\\":{\\\"aws:PrincipalTag/team\\\":[\\\"Send\\\"],\\\"aws:SourceAccount\\\":[\\\"123456789012\\\"]}}" &&
	test_contains out "\\\"Principal\\\":{\\\"Service\\\":[\\\"events.amazonaws.com\\\"]},\\\"Resource\\\":[\\\"*\\\"],\\\"Sid\\\":\\\"Send\\\"" &&
	test_contains out "{\\\"Action\\\":[\\\"sqs:SendMessage\\\"],\\\"Condition\\\":{\\\"Bool\\\":{\\\"aws:SecureTransport\\\":[\\\"true\\\"]}},\\\"Effect\\\":\\\"Allow\\\",\\\"Resource\\\":[\\\"*\\\"],\\\"Sid\\\":\\\"Open\\\"}"
'

test_expect_success 'a dynamic block without content, a for_each that does not read: left out with why' '
	cat >bad.tf <<-\EOT &&
	data "aws_iam_policy_document" "d" {
	  dynamic "statement" {
	    for_each = ["a"]
	  }
	}
	EOT
	test_expect_code 3 terrace convert bad.tf >out 2>err &&
	test_contains err "bad.tf:2:3: warning: dynamic \"statement\" left out: it has no readable for_each or no content block" &&
	test_line err "1 construct left out (the warnings above say which and why)"
'

test_done
