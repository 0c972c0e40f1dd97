#!/usr/bin/env bash
# t1671-lookup-count: lookups with count and for_each, against moto. A
# conditional lookup (count: ${var.find ? 1 : 0}) reads nothing while
# its condition is false and data.vpc[0] once it is true; a lookup with
# for_each reads one VPC per team, each by its own each.key, addressed
# data.team["a"]; a whole lookup ([*], length) is a list of its instances,
# [] for none. Plan lines, the bucket's tags (the AWS CLI), the state,
# console, graph, show -json (index), validate's refusals of a key that does not
# fit, a clean second plan, and destroy leaving the VPCs.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# 10.81/16 tagged Team=a, 10.82/16 Team=b.
. "$TEST_HERE/team_vpcs.sh"
team_vpcs 8 a b

count_stack () {
	write_stack stack.yaml '  find: {type: bool, default: false}'
	cat >>stack.yaml <<-'EOF'
	data:
	  vpc:  {type: aws.ec2.vpc, count: "${var.find ? 1 : 0}", tags: {Team: a}}
	  team: {type: aws.ec2.vpc, for_each: [a, b], tags: {Team: "${each.key}"}}
	resources:
	  bucket:
	    type: aws.s3.bucket
	    name: t1671-bucket
	    tags:
	      found: '${join(",", data.vpc[*].id)}'
	      b: '${data.team["b"].id}'
	outputs:
	  found: "${length(data.vpc)}"
	  teams: '${join(",", [for k, v in data.team : "${k}=${v.cidr_block}"])}'
	EOF
}

test_expect_success 'validate refuses a key that does not fit the lookup'"'"'s count or for_each' '
	count_stack &&
	cat >>stack.yaml <<-\EOF &&
	  x: "${data.team[0].id}"
	  y: "${data.vpc.id}"
	EOF
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:27:6: error: lookup \"data.team\" has for_each: its instances are named by their keys, as in data.team[\"KEY\"], not by a number" &&
	test_contains err "./stack.yaml:28:6: error: lookup \"data.vpc\" has count; refer to one instance, as in \"\${data.vpc[0].ATTR}\""
'

test_expect_success 'count 0 reads nothing; for_each reads one per key, by its own each.key' '
	count_stack &&
	terrace validate >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "data.team[\"a\"]: read" &&
	test_line out "data.team[\"b\"]: read" &&
	test_not_contains out "data.vpc" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal 0 "$(terrace output -raw found)" &&
	test_equal "a=10.81.0.0/16,b=10.82.0.0/16" "$(terrace output -raw teams)" &&
	test_equal "$(cat vpc_b)" "$(s3 s3api get-bucket-tagging --bucket t1671-bucket --output text --query "TagSet[?Key==\`b\`].Value | [0]")" &&
	test_equal "" "$(s3 s3api get-bucket-tagging --bucket t1671-bucket --output text --query "TagSet[?Key==\`found\`].Value | [0]" | sed s/None//)"
'

test_expect_success 'its condition true, the conditional lookup is read as data.vpc[0]' '
	test_expect_code 2 terrace plan -detailed-exitcode -var find=true >out 2>err &&
	test_line out "data.vpc[0]: read" &&
	terrace apply -auto-approve -var find=true >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 1 "$(terrace output -raw found)" &&
	test_equal "$(cat vpc_a)" "$(s3 s3api get-bucket-tagging --bucket t1671-bucket --output text --query "TagSet[?Key==\`found\`].Value | [0]")" &&
	test_equal "$(cat vpc_a)" "$(json_get terrace.state.json "d[\"data\"][\"data.vpc[0]\"][\"attributes\"][\"id\"]")" &&
	printf "%s\n" "data.vpc[0].id" "length(data.team)" | terrace console -var find=true >out 2>err &&
	test_equal "\"$(cat vpc_a)\" 2" "$(paste -sd" " out)" &&
	test_expect_code 0 terrace plan -detailed-exitcode -var find=true >out 2>err
'

test_expect_success 'graph and show -json name each instance' '
	terrace graph -var find=true >graph.dot 2>err &&
	test_line graph.dot "\"bucket\" -> \"data.vpc[0]\";" &&
	test_line graph.dot "\"bucket\" -> \"data.team[\\\"b\\\"]\";" &&
	terrace plan -var find=true -out same.plan >out 2>err &&
	terrace show -json same.plan >same.json &&
	test_equal "team a $(cat vpc_a)" "$(json_get same.json "\" \".join(next((r[\"name\"], r[\"index\"], r[\"values\"][\"id\"]) for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"data.team[\\\"a\\\"]\"))")" &&
	test_equal "vpc 0" "$(json_get same.json "\" \".join(str(x) for x in next((r[\"name\"], r[\"index\"]) for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"data.vpc[0]\"))")"
'

test_expect_success 'destroy deletes the bucket and leaves the VPCs' '
	terrace destroy -auto-approve -var find=true >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal "$(cat vpc_a)" "$(s3 ec2 describe-vpcs --vpc-ids "$(cat vpc_a)" --output text --query Vpcs[0].VpcId)" &&
	test_equal 0 "$(json_get terrace.state.json "len(d.get(\"data\", {}))")"
'

test_done
