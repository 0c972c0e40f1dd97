#!/usr/bin/env bash
# t1550-convert-terraform-modules: `terrace convert` of a Terraform
# configuration that calls modules (stacks/convert_tf.c; the bare module.NAME
# of stacks/expr_parse.c), no server: a module of a local folder is a call
# under modules: (its folder converted on its own, the stack and the module
# validate together); a module of the registry is left out, and each of its
# outputs referred to (in an attribute, a for expression's collection, an
# output) is a stand-in variable; depends_on = [module.x] is carried, or left
# out with why; module.NAME alone as a value stays as written (the language
# takes it). A module as terraform-aws-modules write one (t1550/acct):
# lookups with count referred to by index, a role become its awscc twin
# referred to by index (role_name, role_id), aws_partition's dns_suffix, and
# a stand-in for what is left out that the caller need not pass (null);
# a Lambda function's invoke_arn made of its ARN, as API Gateway's. A
# registry module `terraform init` fetched (t1550/fetched: its
# .terraform/modules/modules.json) is a call of the folder it fetched it
# into, converted as convert's advice says; one it did not fetch stays left
# out with its stand-ins.
. "$(dirname "$0")/../lib.sh"

HERE=$TEST_HERE/t1550

test_expect_success 'a configuration calling modules converts (exit 3), module references in every position carried' '
	mkdir -p stack/net &&
	test_expect_code 3 terrace convert "$HERE" >stack/stack.yaml 2>err &&
	test_contains err "main.tf:8:1: warning: module \"vpc\" left out: its source is not a local folder" &&
	test_contains err "main.tf:3:1: warning: module \"net\" is called as a stack: convert its folder too (terrace convert ./net -out ./net/stack.yaml)" &&
	test_contains err "main.tf:20:3: warning: depends_on module.vpc left out: it names nothing the conversion carried" &&
	test_contains err "main.tf:24:3: warning: module.vpc.private_subnets refers to a module the conversion left out: variable module_vpc_private_subnets stands for it" &&
	test_not_contains err "main.tf:25:3" &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test_line stack/stack.yaml "name: jobs-\${module.net.vpc_id}" &&
	test_line stack/stack.yaml "- module.net" &&
	test_line stack/stack.yaml "source: ./net" &&
	test_line stack/stack.yaml "cidr: 10.0.0.0/16" &&
	test_line stack/stack.yaml "subnets: \"\${[for s in var.module_vpc_private_subnets : upper(s)]}\"" &&
	test_line stack/stack.yaml "calls: \"\${[for k, m in module.net : k]}\"" &&
	test_line stack/stack.yaml "value: \${var.module_vpc_vpc_id}" &&
	test_not_contains stack/stack.yaml "version"
'

test_expect_success 'a module with indexed lookups, a twin and outputs of what is left out converts' '
	mkdir -p stack/acct &&
	test_expect_code 3 terrace convert "$HERE/acct" >stack/acct/stack.yaml 2>err &&
	test_line err "$HERE/acct/main.tf:56:3: warning: terraform'\''s provider_meta left out: what a module tells its providers about itself: terrace'\''s providers take none" &&
	test_not_contains err "qualified_arn" &&
	test_line err "$HERE/acct/main.tf:66:3: warning: aws_lambda_function.this[0].source_code_size refers to an attribute terrace'\''s aws.lambda.function does not have: variable aws_lambda_function_this_0_source_code_size stands for it (null until given with -var, or as a module'\''s input)" &&
	test_line stack/acct/stack.yaml "count: \"\${var.create ? 1 : 0}\"" &&
	test_contains stack/acct/stack.yaml "Service: lambda.\${lookup({\"aws-cn\" = \"amazonaws.com.cn\"," &&
	test_contains stack/acct/stack.yaml "data.partition_current[0].partition, \"amazonaws.com\")}" &&
	test_line stack/acct/stack.yaml "value: \${try(iam_role_this[0].role_name, \"\")}" &&
	test_line stack/acct/stack.yaml "value: \${try(iam_role_this[0].role_id, \"\")}" &&
	test_line stack/acct/stack.yaml "value: \${data.caller_identity_current.account_id}" &&
	test_line stack/acct/stack.yaml "value: \${try(\"arn:\${data.caller.partition}:apigateway:\${data.caller.region}:lambda:path/2015-03-31/functions/\${lambda_function_this[0].arn}/invocations\", \"\")}" &&
	test_line stack/acct/stack.yaml "value: \${try(\"\${lambda_function_this[0].arn}:\${lambda_function_this[0].version}\", \"\")}" &&
	test_line stack/acct/stack.yaml "value: \${try(var.aws_lambda_function_this_0_source_code_size, 0)}" &&
	grep -A2 "^  aws_lambda_function_this_0_source_code_size:" stack/acct/stack.yaml >standin &&
	test_contains standin "default: null"
'

test_expect_success 'the module folders converted on their own: the stack and its module calls validate' '
	terrace convert "$HERE/net" >stack/net/stack.yaml 2>err &&
	test_empty err &&
	echo "x" >stack/acct/fn.zip &&
	(cd stack && terrace fmt -check . >../fmt.out) &&
	test_empty fmt.out &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (2 resources, 2 module calls)."
'

test_expect_success 'a registry module terraform init fetched is a call of its folder, one it did not a stand-in' '
	cp -r "$HERE/fetched" fetched &&
	(cd fetched && test_expect_code 3 terrace convert -out stack.yaml . 2>../err) &&
	test_contains err "main.tf:3:1: warning: module \"queue\" (source \"terraform-aws-modules/sqs/aws\") is the folder terraform init fetched it into, ./.terraform/modules/queue (.terraform/modules/modules.json)" &&
	test_contains err "main.tf:3:1: warning: module \"queue\" is called as a stack: convert its folder too (terrace convert ./.terraform/modules/queue -out ./.terraform/modules/queue/stack.yaml)" &&
	test_contains err "main.tf:10:1: warning: module \"topic\" left out: its source is not a local folder" &&
	test_not_contains err "module.queue.queue_name refers" &&
	test_line fetched/stack.yaml "source: ./.terraform/modules/queue" &&
	test_line fetched/stack.yaml "name: \${module.queue.queue_name}-dead" &&
	test_line fetched/stack.yaml "value: \${var.module_topic_topic_arn}" &&
	test_not_contains fetched/stack.yaml "version"
'

test_expect_success 'the fetched folder converted as the advice says: the stack and its call validate' '
	(cd fetched && terrace convert ./.terraform/modules/queue -out ./.terraform/modules/queue/stack.yaml 2>../err) &&
	test_empty err &&
	(cd fetched && terrace validate stack.yaml >../out 2>../err) &&
	test_line out "stack.yaml: Success! The stack is valid (1 resources, 1 module call)."
'

test_done
