#!/usr/bin/env bash
# t1590-convert-cfn-cannot-make: issue 80 points 1 and 6 for CloudFormation:
# a resource whose type Cloud Control cannot make (no handlers in the
# registry's copy, or no schema) and that has no written type is left out
# with a warning naming why (stacks/convert_cfn.c's left_out_types: its
# type's own reason, or the general one), never written as an awscc type that
# validates with "handlers unknown" and fails at apply; a written type wins
# (AWS::IAM::Policy); each reference to one (Ref, Fn::GetAtt, in Fn::Sub
# both forms, an output) is one stand-in variable named after it, however
# often used; a DependsOn on one is dropped with a warning; the stack
# validates with no "handlers unknown". AWS::CDK::Metadata, which makes
# nothing, is named but not counted (t1590/cannot-make.yaml, t1590/cdk.yaml).
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1590
f=$here/cannot-make.yaml

test_expect_success 'each type Cloud Control cannot make is left out at its Type with its reason, counted; exit 3' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$f" >out 2>err &&
	for line in \
		"$f:5:11: warning: resource Handle: AWS::CloudFormation::WaitConditionHandle is CloudFormation'\''s own: the URL an instance'\''s cfn-signal calls, for a WaitCondition to wait on; Cloud Control cannot make it, and terrace waits for what it makes" \
		"$f:7:11: warning: resource Wait: AWS::CloudFormation::WaitCondition is CloudFormation'\''s own: it waits for cfn-signal'\''s calls" \
		"$f:16:11: warning: resource Mesh: AWS::AppMesh::Mesh is App Mesh'\''s, whose support AWS ends on September 30, 2026" \
		"$f:20:11: warning: resource Schema: AWS::AppSync::GraphQLSchema is an API'\''s schema" \
		"$f:25:11: warning: resource Acl: AWS::WAFRegional::WebACL is WAF Classic'\''s, whose support AWS ended on September 30, 2025" \
		"$f:32:11: warning: resource Attributes: AWS::SDB::Domain: Cloud Control cannot make it: no handlers in the registry as pinned (terraform-provider-awscc f995d4f, 2026-08-07); terrace has no written type; left out" \
		"$f:34:11: warning: resource Cache: AWS::DAX::SubnetGroup: Cloud Control cannot make it: no handlers in the registry as pinned"; do
		test_contains err "$line" || return 1
	done &&
	test_contains err "left out: what needs the instance depends_on it; to wait for what runs on it, run that as an ssh.command" &&
	test_contains err "left out: write its rules as AWS WAF'\''s (awscc.wafv2.web_acl" &&
	test_contains err "left out: move the services to Amazon ECS Service Connect" &&
	test_line err "$f:12:11: warning: resource CDKMetadata: AWS::CDK::Metadata is the CDK'\''s analytics (the CDK'\''s version and the construct libraries the stack was made with, reported to AWS): it makes nothing, so nothing is lost; left out" &&
	test_equal 16 "$(grep -c ": warning: " err)" &&
	test_line err "15 constructs left out (the warnings above say which and why)" &&
	for t in awscc.cloudformation awscc.appmesh awscc.appsync awscc.wafregional awscc.sdb awscc.dax awscc.cdk "- Wait"; do
		test_not_contains s/stack.yaml "$t" || return 1
	done
'

test_expect_success 'a written type wins; each reference to what was left out is one variable named after it; DependsOn on it dropped' '
	test_line s/stack.yaml "type: aws.iam.inline_policy" &&
	test_line s/stack.yaml "Resource: \${var.Mesh_Arn}" &&
	test_line s/stack.yaml "topic_name: \${var.Mesh_Uid}-\${var.Mesh}-\${var.Attributes}-\${var.Cache}" &&
	test_line s/stack.yaml "display_name: \${var.Mesh_MeshOwner}" &&
	test_line s/stack.yaml "value: \${var.Wait_Data}" &&
	test_line s/stack.yaml "value: \${var.Mesh_Arn}" &&
	test_line s/stack.yaml "description: Fn::GetAtt Mesh.Arn (AWS::AppMesh::Mesh), which terrace convert left out" &&
	test_equal 1 "$(grep -c "^  Mesh_Arn:" s/stack.yaml)" &&
	test_line err "$f:47:23: warning: Fn::GetAtt Mesh.Arn: its resource is not carried; written as var.Mesh_Arn, a variable to give its value" &&
	test_equal 1 "$(grep -c "Fn::GetAtt Mesh.Arn:" err)" &&
	test_line err "$f:61:18: warning: Ref Cache: its resource is not carried; written as var.Cache, a variable to give its value" &&
	test_line err "$f:59:16: warning: resource Topic: DependsOn Wait, which is not carried; left out" &&
	test_line s/stack.yaml "- Role"
'

test_expect_success 'the stack validates, with no "handlers unknown"' '
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)." &&
	test_not_contains err "handlers unknown"
'

test_expect_success 'a template CDK made: its metadata named, not counted; exit 0 when the rest is carried' '
	mkdir cdk &&
	terrace convert -out cdk/stack.yaml "$here/cdk.yaml" >out 2>err &&
	test_line err "$here/cdk.yaml:7:11: warning: resource CDKMetadata: AWS::CDK::Metadata is the CDK'\''s analytics (the CDK'\''s version and the construct libraries the stack was made with, reported to AWS): it makes nothing, so nothing is lost; left out" &&
	test_not_contains err "constructs left out" &&
	test_not_contains cdk/stack.yaml "CDKMetadata" &&
	(cd cdk && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resource"
'

test_done
