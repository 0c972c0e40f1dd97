#!/usr/bin/env bash
# t1670-module-lookups: lookups (data:) written in a module, against moto.
# Module acct reads the caller's identity and the VPC tagged with its
# team input; the root calls it with for_each over two teams and through
# a module that calls it once (a module inside a module). Each instance of
# the module reads its own lookups, at Terraform's addresses
# (module.team["a"].data.vpc, module.outer.module.inner.data.vpc), in
# validate, plan, apply, the state, policy, graph, show -json, a second
# plan (no changes), a lookup of what its module makes (read at apply), an error
# that names the module's file:line:col and the instance, and destroy,
# which leaves the looked-up VPCs alone.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# One VPC per team, made outside terrace: 10.71/16, 10.72/16, 10.73/16.
. "$TEST_HERE/team_vpcs.sh"
team_vpcs 7 a b inner

mkdir -p mods/acct mods/outer mods/net
cat >mods/acct/main.yaml <<-'EOF'
variables:
  team: {type: string}
data:
  me: {type: aws.caller_identity}
  vpc: {type: aws.ec2.vpc, tags: {Team: "${var.team}"}}
resources:
  bucket:
    type: aws.s3.bucket
    name: "t1670-${var.team}-${data.me.account_id}"
    tags: {vpc: "${data.vpc.id}", cidr: "${data.vpc.cidr_block}"}
outputs:
  vpc_id: "${data.vpc.id}"
EOF
cat >mods/outer/main.yaml <<-'EOF'
modules:
  inner: {source: ../acct, team: inner}
outputs:
  vpc_id: "${module.inner.vpc_id}"
EOF

# A module whose lookup reads the VPC the module makes: read at apply.
cat >mods/net/main.yaml <<-'EOF'
variables:
  cidr: {type: string}
resources:
  own: {type: aws.ec2.vpc, cidr_block: "${var.cidr}"}
data:
  mine: {type: aws.ec2.vpc, id: "${own.vpc_id}"}
outputs:
  cidr: "${data.mine.cidr_block}"
EOF

# module_stack TEAMS: the root stack, one acct module instance per team.
module_stack () {
	write_stack stack.yaml '  teams: {type: list, default: '"$1"'}'
	cat >>stack.yaml <<-'EOF'
	modules:
	  team:
	    source: ./mods/acct
	    for_each: "${var.teams}"
	    team: "${each.key}"
	  outer:
	    source: ./mods/outer
	outputs:
	  a_vpc: "${module.team[\"a\"].vpc_id}"
	  inner_vpc: "${module.outer.vpc_id}"
	EOF
}

account=123456789012
bucket_tag () {
	s3 s3api get-bucket-tagging --bucket "t1670-$1-$account" --output text \
		--query "TagSet[?Key==\`$2\`].Value | [0]"
}

test_expect_success 'validate takes lookups in a module' '
	module_stack "[a, b]" &&
	terrace validate >out 2>err &&
	test_contains out "is valid"
'

test_expect_success 'plan reads each module instance its own lookups, at their addresses' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	for m in "module.team[\"a\"]" "module.team[\"b\"]" module.outer.module.inner; do
		test_line out "$m.data.me: read" &&
		test_line out "$m.data.vpc: read" || return 1
	done &&
	test_contains out "+ tags" &&
	test_contains out "\"$(cat vpc_b)\""
'

test_expect_success 'apply: each bucket carries its own instance'"'"'s VPC; the state keeps every lookup' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	for team in a b inner; do
		test_equal "$(cat vpc_$team)" "$(bucket_tag $team vpc)" || return 1
	done &&
	test_equal 10.72.0.0/16 "$(bucket_tag b cidr)" &&
	test_equal 10.73.0.0/16 "$(bucket_tag inner cidr)" &&
	test_equal "$(cat vpc_a)" "$(terrace output -raw a_vpc)" &&
	test_equal "$(cat vpc_inner)" "$(terrace output -raw inner_vpc)" &&
	test_equal "$(cat vpc_b)" "$(json_get terrace.state.json "d[\"data\"][\"module.team[\\\"b\\\"].data.vpc\"][\"attributes\"][\"id\"]")" &&
	test_equal 6 "$(json_get terrace.state.json "len(d[\"data\"])")"
'

test_expect_success 'policy names what the modules'"'"' lookups read' '
	terrace policy >policy.json 2>err &&
	test_contains policy.json "ec2:DescribeVpcs" &&
	test_contains policy.json "sts:GetCallerIdentity"
'

test_expect_success 'a second plan reads them again and is clean' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "module.outer.module.inner.data.vpc: read" &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'graph: a module instance'"'"'s lookup is a node its resource depends on' '
	terrace graph >graph.dot 2>err &&
	test_line graph.dot "\"module.team[\\\"a\\\"].data.vpc\";" &&
	test_line graph.dot "\"module.team[\\\"a\\\"].bucket\" -> \"module.team[\\\"a\\\"].data.vpc\";" &&
	test_line graph.dot "\"module.outer.module.inner.bucket\" -> \"module.outer.module.inner.data.me\";" &&
	test_not_contains graph.dot "\"module.team[\\\"a\\\"].bucket\" -> \"module.team[\\\"b\\\"]"
'

test_expect_success 'show -json lists them as data resources of their module' '
	terrace plan -out same.plan >out 2>err &&
	terrace show -json same.plan >same.json &&
	test_equal "module.team[\"a\"] vpc data $(cat vpc_a)" "$(json_get same.json "\" \".join(next((r[\"module_address\"], r[\"name\"], r[\"mode\"], r[\"values\"][\"id\"]) for m in d[\"prior_state\"][\"values\"][\"root_module\"][\"child_modules\"] for r in m[\"resources\"] if r[\"address\"] == \"module.team[\\\"a\\\"].data.vpc\"))")" &&
	test_equal "module.outer.module.inner.data.me module.outer.module.inner.data.vpc" "$(json_get same.json "\" \".join(sorted(r[\"address\"] for m in d[\"prior_state\"][\"values\"][\"root_module\"][\"child_modules\"] for c in m.get(\"child_modules\", []) for r in c[\"resources\"] if r[\"mode\"] == \"data\"))")"
'

test_expect_success 'a module'"'"'s lookup of what the module makes is read at apply' '
	module_stack "[a, b]" &&
	cat >>stack.yaml <<-\EOF &&
	  net_cidr: "${module.net.cidr}"
	EOF
	sed -i "/^outputs:/i\\  net: {source: ./mods/net, cidr: 10.80.0.0/16}" stack.yaml &&
	terrace validate >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "module.net.data.mine: read at apply (its arguments use what the apply makes)" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "module.net.data.mine: Read complete after 0s" &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal 10.80.0.0/16 "$(terrace output -raw net_cidr)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "module.net.data.mine: read"
'

test_expect_success 'a module instance'"'"'s lookup that finds nothing fails at the module'"'"'s file:line:col' '
	mv stack.yaml stack.yaml.net &&
	module_stack "[a, b, c]" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "mods/acct/main.yaml:5:3: error: lookup module.team[\"c\"].data.vpc (aws.ec2.vpc): no VPC matches tags {\"Team\":\"c\"}"
'

test_expect_success 'destroy deletes what the modules made and leaves the looked-up VPCs' '
	mv stack.yaml.net stack.yaml &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test_not_contains out "data." &&
	for team in a b inner; do
		test_equal "$(cat vpc_$team)" "$(s3 ec2 describe-vpcs --vpc-ids "$(cat vpc_$team)" --output text --query Vpcs[0].VpcId)" || return 1
	done &&
	test_equal 0 "$(json_get terrace.state.json "len(d.get(\"data\", {}))")"
'

test_done
