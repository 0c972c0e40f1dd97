#!/usr/bin/env bash
# t1240-convert-terraform: `terrace convert` of Terraform configurations
# (stacks/convert_tf.c over stacks/hcl.c), no server: a configuration of our
# own (tests/corpus/terraform/own/lake: variables with types and validation,
# locals, awscc_* resources with for_each, count, depends_on and lifecycle,
# an aws_s3_bucket as aws.s3.bucket, a lookup, an aws_iam_policy_document,
# jsonencode, an object key written as a template) converts with exit 0 into
# a stack laid out as terrace fmt writes it, which validates; a few of
# terraform-provider-awscc's examples (tests/corpus/awscc-examples,
# pinned) convert and validate, and the one that names resources it does not
# declare is warned of and refused; each construct convert cannot carry
# (tests/corpus/terraform/own/leftout) is a warning at its file:line with
# why and exit 3; bad HCL is an error at file:line:col, exit 1; a string
# JSON's quotes do not carry in YAML is written as libyaml quotes it.
. "$(dirname "$0")/../lib.sh"

CORPUS=$REPO_ROOT/tests/corpus/terraform

test_expect_success 'our own configuration converts (exit 0) into a stack that validates' '
	mkdir lake &&
	terrace convert "$CORPUS/own/lake" >lake/stack.yaml 2>err &&
	test_empty err &&
	test_line lake/stack.yaml "type: awscc.s3.bucket" &&
	test_line lake/stack.yaml "bucket_name: \${var.prefix}-raw" &&
	test_line lake/stack.yaml "for_each: \${var.zones}" &&
	test_line lake/stack.yaml "type: map(object({ retention = number }))" &&
	test_line lake/stack.yaml "- condition: \${length(var.prefix) <= 10}" &&
	test_line lake/stack.yaml "prevent_destroy: false" &&
	test_line lake/stack.yaml "- raw" &&
	test_line lake/stack.yaml "type: aws.s3.bucket" &&
	test_line lake/stack.yaml "name: \${var.prefix}-logs" &&
	test_line lake/stack.yaml "raw: \${raw.arn}" &&
	test_line lake/stack.yaml "type: aws.caller_identity" &&
	test_line lake/stack.yaml "Federated: arn:aws:iam::\${data.me.account_id}:oidc-provider/\${var.oidc_provider}" &&
	test_line lake/stack.yaml "StringEquals: \${local.trust}" &&
	test_line lake/stack.yaml "policy_document: \${jsonencode(local.read_policy)}" &&
	test_line lake/stack.yaml "- \${raw.arn}/*" &&
	test_line lake/stack.yaml "value: \${logs.name}" &&
	(cd lake && terrace fmt -check . >../fmt.out) &&
	test_empty fmt.out &&
	(cd lake && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (5 resources)." &&
	test_empty err
'

test_expect_success 'the object key written as a template evaluates in the converted stack' '
	(cd lake && echo "local.trust" | terrace console >../out 2>../err) &&
	test_contains out "\"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:aud\" = \"sts.amazonaws.com\""
'

test_expect_success 'awscc examples (pinned) convert and validate' '
	for f in awscc_dynamodb_table/main.tf awscc_ec2_vpc/ec2_vpc_tags.tf \
		awscc_iam_role/iam_role_with_inline.tf awscc_kms_key/kms_key.tf \
		awscc_logs_log_group/basic.tf awscc_s3_bucket/s3_bucket.tf \
		awscc_sns_topic/sns_topic.tf awscc_sqs_queue/sqs_queue_dead_letter.tf
	do
		d=ex/$(dirname $f) && mkdir -p $d &&
		terrace convert "$REPO_ROOT/tests/corpus/awscc-examples/resources/$f" >$d/stack.yaml 2>$d/err &&
		test_empty $d/err &&
		(cd $d && terrace validate >out 2>err) &&
		test_contains $d/out "Success! The stack is valid" || return 1
	done &&
	test_line ex/awscc_iam_role/stack.yaml "assume_role_policy_document: \${jsonencode(local.instance_assume_role_policy_policy)}" &&
	test_line ex/awscc_kms_key/stack.yaml "Action: kms:*" &&
	test_line ex/awscc_dynamodb_table/stack.yaml "Resource: arn:aws:dynamodb:\${data.region_current.region}:\${data.caller_identity_current.account_id}:table/awscc-example-table" &&
	test_line ex/awscc_sqs_queue/stack.yaml "redrivePermission: byQueue" &&
	test_line ex/awscc_sqs_queue/stack.yaml "- \${terraform_awscc_queue.arn}"
'

test_expect_success 'an example naming resources it does not declare: warned at file:line, refused by validate' '
	mkdir eks &&
	terrace convert "$REPO_ROOT/tests/corpus/awscc-examples/resources/awscc_eks_addon/eks_addon_vpc_cni.tf" >eks/stack.yaml 2>err &&
	test_contains err "eks_addon_vpc_cni.tf:4:3: warning: awscc_eks_cluster.eks_cluster.open_id_connect_issuer_url refers to what the configuration does not declare" &&
	test_line eks/stack.yaml "\"\${local.oidc_provider}:aud\" = \"sts.amazonaws.com\"" &&
	(cd eks && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "unknown resource \"awscc_eks_cluster\""
'

test_expect_success 'what convert cannot carry: one warning each at file:line with why, exit 3' '
	test_expect_code 3 terrace convert "$CORPUS/own/leftout" >out 2>err &&
	L=$CORPUS/own/leftout/main.tf &&
	test_contains err "$L:5:3: warning: terraform'\''s backend left out: give the stack a backend: by hand" &&
	test_contains err "$L:10:1: warning: module \"vpc\" left out: its source is not a local folder" &&
	test_contains err "$L:14:1: warning: resource \"random_id\" left out: terrace keeps no random values in state" &&
	test_contains err "$L:18:1: warning: data \"aws_iam_role\" left out: terrace has no lookup for it" &&
	test_contains err "$L:24:3: warning: attribute \"tags\" left out: unknown function \"plantimestamp\"" &&
	test_contains err "$L:25:3: warning: provisioner left out: terrace has no counterpart" &&
	test_contains err "$L:23:3: warning: random_id.suffix.hex: terrace keeps no random values in state: a value unique per stack, workspace and instance stands for it, the same at every plan (the first 8 hex digits of a SHA-1 of their names)" &&
	test_contains out "queue_name: jobs-\${substr(sha1(\"\${terrace.stack}/\${terrace.workspace}/random_id.suffix\${terrace.module}\"), 0, 8)}" &&
	test_contains err "$L:30:1: warning: resource \"aws_instance\" left out: terrace'\''s aws.ec2.instance requires instance_type, which the resource does not set" &&
	test_line err "7 constructs left out (the warnings above say which and why)" &&
	test_line out "type: awscc.sqs.queue" &&
	test_not_contains out "provisioner"
'

test_expect_success 'a folder'\''s *.tfvars and *.tf.json: warnings naming them, exit 3' '
	mkdir vars &&
	cp "$CORPUS/own/made/main.tf" vars/ &&
	echo "prefix = \"x\"" >vars/prod.tfvars &&
	echo "{}" >vars/extra.tf.json &&
	test_expect_code 3 terrace convert vars >out 2>err &&
	test_contains err "vars/prod.tfvars left out: variable values are not part of the stack; give them as a -var-file (YAML)" &&
	test_contains err "vars/extra.tf.json left out: Terraform'\''s JSON syntax is not read" &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test_line out "type: awscc.sns.topic"
'

test_expect_success 'bad HCL: an error at file:line:col, exit 1, nothing written' '
	printf "resource \"awscc_s3_bucket\" \"b\" {\n  bucket_name = \"x\n}\n" >bad.tf &&
	test_expect_code 1 terrace convert bad.tf >out 2>err &&
	test_contains err "bad.tf:2:17: error: a string is not closed on its line" &&
	test_empty out &&
	printf "locals {\n  a = [1,\n" >open.tf &&
	test_expect_code 1 terrace convert open.tf >out 2>err &&
	test_contains err "open.tf:2:7: error: \"[\" is not closed" &&
	printf "locals {\n  a = 1 +\n}\n" >expr.tf &&
	test_expect_code 1 terrace convert expr.tf >out 2>err &&
	test_contains err "expr.tf:2:7: error: invalid expression in attribute \"a\"" &&
	test_expect_code 1 terrace convert nowhere.tf >out 2>err &&
	test_contains err "convert: nowhere.tf: No such file or directory"
'

# A name Terraform refuses (a resource "a b") converted with exit 0 into a
# stack validate then refused: each is an error at its block, as terraform
# validate names it, and nothing is written.
test_expect_success 'a name Terraform refuses (resource "a b"): an error at its block, nothing written' '
	mkdir names &&
	printf "resource \"aws_sqs_queue\" \"a b\" {\n  name = \"x\"\n}\nvariable \"1st\" {}\noutput \"ok-1\" {\n  value = 1\n}\ndata \"aws_caller_identity\" \"m.e\" {}\nmodule \"m n\" {\n  source = \"./m\"\n}\n" >names/main.tf &&
	mkdir names-stack &&
	test_expect_code 1 terrace convert -out names-stack/stack.yaml names >out 2>err &&
	for at in "1:1: error: resource name \"a b\"" "4:1: error: variable name \"1st\"" \
		  "8:1: error: data name \"m.e\"" "9:1: error: module name \"m n\""; do
		test_contains err "names/main.tf:$at is not valid: Terraform'\''s names, as terrace'\''s, begin with a letter or \"_\" and hold only letters, digits, \"_\" and \"-\" (terraform validate refuses it too); rename it" || return 1
	done &&
	test_not_contains err "ok-1" &&
	test ! -e names-stack/stack.yaml
'

test_expect_success 'a string that JSON'\''s quotes do not carry (a DEL) is written double-quoted by libyaml, its value kept' '
	mkdir odd && printf "variable \"del\" {\n  default = \"a\177b\"\n}\nresource \"awscc_sqs_queue\" \"q\" {\n  queue_name = \"x\"\n}\n" >odd/main.tf &&
	mkdir odd-stack && terrace convert -out odd-stack/stack.yaml odd >out 2>err &&
	test_empty err &&
	test_line odd-stack/stack.yaml "default: \"a\\x7Fb\"" &&
	echo "jsonencode(var.del)" >exprs &&
	(cd odd-stack && terrace console -no-color) <exprs >out 2>err &&
	test_cmp - out <<-\EOF
	"\"a\x7fb\""
	EOF
'

test_done
