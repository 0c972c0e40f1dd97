#!/usr/bin/env bash
# t1550-convert-terraform-modules: `terrace convert` of a Terraform
# configuration that calls modules (stacks/convert_tf.c; the bare module.NAME
# of stacks/expr_parse.c), no server: a module of a local folder is a call
# under modules: (its folder converted on its own, the stack and the module
# validate together); a module of the registry is left out, and each of its
# outputs referred to (in an attribute, a for expression's collection, an
# output) is a stand-in variable; depends_on = [module.x] is carried, or left
# out with why; module.NAME alone as a value is a stand-in, counted.
. "$(dirname "$0")/../lib.sh"

HERE=$TEST_HERE/t1550

test_expect_success 'a configuration calling modules converts (exit 3), module references in every position carried' '
	mkdir -p stack/net &&
	test_expect_code 3 terrace convert "$HERE" >stack/stack.yaml 2>err &&
	test_contains err "main.tf:8:1: warning: module \"vpc\" left out: its source is not a local folder" &&
	test_contains err "main.tf:3:1: warning: module \"net\" is called as a stack: convert its folder too (terrace convert ./net -out ./net/stack.yaml)" &&
	test_contains err "main.tf:20:3: warning: depends_on module.vpc left out: it names nothing the conversion carried" &&
	test_contains err "main.tf:24:3: warning: module.vpc.private_subnets refers to a module the conversion left out: variable module_vpc_private_subnets stands for it" &&
	test_contains err "main.tf:25:3: warning: module.net refers to a module as a value, which terrace'\''s language has no counterpart of" &&
	test_line err "3 constructs left out (the warnings above say which and why)" &&
	test_line stack/stack.yaml "name: jobs-\${module.net.vpc_id}" &&
	test_line stack/stack.yaml "- module.net" &&
	test_line stack/stack.yaml "source: ./net" &&
	test_line stack/stack.yaml "cidr: 10.0.0.0/16" &&
	test_line stack/stack.yaml "subnets: \"\${[for s in var.module_vpc_private_subnets : upper(s)]}\"" &&
	test_line stack/stack.yaml "calls: \"\${[for k, m in var.module_net : k]}\"" &&
	test_line stack/stack.yaml "value: \${var.module_vpc_vpc_id}" &&
	test_not_contains stack/stack.yaml "version"
'

test_expect_success 'the module folder converted on its own: the stack and its module call validate' '
	terrace convert "$HERE/net" >stack/net/stack.yaml 2>err &&
	test_empty err &&
	(cd stack && terrace fmt -check . >../fmt.out) &&
	test_empty fmt.out &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (2 resources, 1 module call)."
'

test_done
