#!/usr/bin/env bash
# t0475-expressions: conditionals, comparison and boolean operators and the
# collection/conversion functions (templatefile, coalesce, concat, contains, keys, values,
# length, tostring, tonumber, cidrsubnet) against moto. Plan and apply use
# them; the aws CLI sees the computed names and tags; a changed variable
# that flips a conditional plans exactly the resource that uses it; bad
# operator syntax fails at load time at file:line:col.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

printf '%s' 'listen=${port} ${env == "prod" ? "strict" : "relaxed"}' >conf.tpl

write_stack stack.yaml '  env: {type: string, default: dev}
  replicas: {type: number, default: 3}
  zones: {type: list, default: [a, b]}
  owners: {type: map, default: {dev: alice, prod: bob}}
  nickname: {type: string, default: ""}
  port: {type: number, default: 5432}'
cat >>stack.yaml <<-'YAML'
resources:
  lake:
    type: aws.s3.bucket
    name: '${var.env == "prod" ? "prod-lake" : format("expr-%s-lake", var.env)}'
    tags:
      size: '${var.replicas > 2 && length(var.zones) >= 2 ? "large" : "small"}'
      zones: ${join("+", concat(var.zones, ["c"]))}
      has_a: ${tostring(contains(var.zones, "a"))}
      owners: ${join(",", keys(var.owners))}/${join(",", values(var.owners))}
      nick: ${coalesce(var.nickname, var.env)}
      answer: '${tonumber("42") == 42 ? "yes" : "no"}'
  net:
    type: aws.s3.bucket
    name: expr-net-${replace(cidrsubnet("10.1.0.0/16", 8, 2), "/", "-")}
    tags:
      subnet: ${cidrsubnet("10.1.0.0/16", 8, 2)}
      not_prod: ${tostring(!(var.env == "prod"))}
      team: ${lookup({dev = "data", prod = "ops"}, var.env, "none")}
      conf: ${templatefile("conf.tpl", {port = var.port, env = var.env})}
YAML

test_expect_success 'plan computes names and tags from operators and functions' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *\+ name *= \"expr-dev-lake\"$" &&
	test_match out "^ *\+ name *= \"expr-net-10.1.2.0-24\"$" &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply creates them; the aws CLI sees the computed tags' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	bucket_tags expr-dev-lake >tags &&
	{ printf "%s\n" answer=yes has_a=true nick=dev owners=dev,prod/alice,bob \
		size=large zones=a+b+c && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	bucket_tags expr-net-10.1.2.0-24 >tags &&
	{ printf "%s\n" "conf=listen=5432 relaxed" not_prod=true subnet=10.1.2.0/24 team=data && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a variable that flips a conditional plans only the resource using it' '
	test_expect_code 2 terrace plan -detailed-exitcode -var replicas=1 >out 2>err &&
	test_match out "~ \"size\" *= \"large\" -> \"small\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	! grep -q "# net will" out
'

test_expect_success 'a changed templatefile input plans exactly the resource using it' '
	test_expect_code 2 terrace plan -detailed-exitcode -var port=6000 >out 2>err &&
	test_match out "~ \"conf\" *= \"listen=5432 relaxed\" -> \"listen=6000 relaxed\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_contains out "# net will be updated in-place" &&
	! grep -q "# lake will" out
'

test_expect_success 'a changed template file plans exactly the resource using it' '
	cp conf.tpl conf.tpl.orig &&
	printf "%s" "listen=\${port} v2" >conf.tpl &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	mv conf.tpl.orig conf.tpl &&
	test_match out "~ \"conf\" *= \"listen=5432 relaxed\" -> \"listen=5432 v2\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

bad_stack () {
	mkdir -p "$1" &&
	write_stack "$1/stack.yaml" '  env: {type: string, default: dev}' &&
	cat >>"$1/stack.yaml"
}

test_expect_success 'a conditional without its false value fails at load time at file:line:col' '
	bad_stack noelse <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${var.env == "prod" ? "p"}-lake
	YAML
	test_expect_code 1 terrace validate -stack noelse >out 2>err &&
	test_contains err "noelse/stack.yaml:17:11: error: invalid expression \"\${var.env == \"prod\" ? \"p\"}\": expected \":\" (the conditional'\''s false value), found \"}\""
'

test_expect_success 'an operator missing its operand fails at load time at file:line:col' '
	bad_stack operand <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${var.env != }-lake
	YAML
	test_expect_code 1 terrace plan -stack operand >out 2>err &&
	test_contains err "operand/stack.yaml:17:11: error: invalid expression \"\${var.env != }\": expected a reference, a function call, a string, a number or a list, found \"}\""
'

test_expect_success 'a non-bool condition and a bad cidrsubnet fail the plan naming them' '
	bad_stack notbool <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: '\''${var.env ? "a" : "b"}-lake'\''
	  c:
	    type: aws.s3.bucket
	    name: x-${cidrsubnet("10.0.0.0/28", 8, 1)}
	YAML
	test_expect_code 1 terrace plan -stack notbool >out 2>err &&
	test_contains err "the condition must be true or false, got a string: \${var.env ? \"a\" : \"b\"}" &&
	test_contains err "notbool/stack.yaml:20:5: error: resource c, attribute name: cidrsubnet: argument 2 (newbits): a /28 prefix cannot be extended by 8 bits (an IPv4 address has 32)"
'

test_expect_success 'console refuses an attribute the type does not have, with validate'"'"'s error' '
	want="unknown attribute \"nosuch\" of resource \"lake\" (aws.s3.bucket) in \"\${lake.nosuch}\"" &&
	printf "%s\n" "lake.nosuch" "lake.name" >in &&
	test_expect_code 1 terrace console <in >out 2>err &&
	test_line err "Error: $want" &&
	test_line out "\"expr-dev-lake\"" &&
	bad_stack attr <<-'\''YAML'\'' &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: x-lake
	outputs:
	  missing: ${lake.nosuch}
	YAML
	test_expect_code 1 terrace validate -stack attr >out 2>err &&
	test_line err "attr/stack.yaml:19:12: error: $want"
'

test_expect_success 'destroy removes everything' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	bucket_names >names &&
	test_empty names
'

test_done
