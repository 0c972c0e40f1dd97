#!/usr/bin/env bash
# t1000-network: aws.ec2.vpc against moto — a VPC 10.0.0.0/16 with DNS
# support and hostnames, every attribute read back with the AWS CLI, planned
# again as no change, DNS hostnames and tags changed in place, drift made
# with the aws CLI (a tag added, hostnames turned off) shown and undone, a new
# CIDR block planned as a replacement, a CIDR EC2 refuses named in the error,
# import by id, sweep finding it by tag, destroy leaving only the default VPC.
. "$(dirname "$0")/lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

ec2 () {
	s3 ec2 "$@"
}

vpc_id () {
	json_get terrace.state.json "d[\"resources\"][\"main\"][\"id\"]"
}

# vpc_attr ATTRIBUTE: "True"/"False" as DescribeVpcAttribute gives it.
vpc_attr () {
	local cap
	cap="$(printf %s "${1:0:1}" | tr a-z A-Z)${1:1}"
	ec2 describe-vpc-attribute --vpc-id "$(vpc_id)" --attribute "$1" --output text \
		--query "$cap.Value"
}

vpc_tags () {
	ec2 describe-vpcs --vpc-ids "$(vpc_id)" --output json --query "Vpcs[0].Tags" |
		"$SERVERS_PYTHON" -c 'import json,sys
print(json.dumps({t["Key"]: t["Value"] for t in json.load(sys.stdin) or []}, sort_keys=True))'
}

# Non-default VPCs, one id a line.
own_vpcs () {
	ec2 describe-vpcs --output text --query "Vpcs[?IsDefault==\`false\`].VpcId" | tr "\t" "\n" |
		sed "/^$/d"
}

net_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  main:
	    type: aws.ec2.vpc
	    cidr_block: ${CIDR:-10.0.0.0/16}
	    enable_dns_support: true
	    enable_dns_hostnames: ${HOSTNAMES:-true}
	    tags:
	      Name: retail-batch
	      ${EXTRA_TAG:-env: dev}
	YAML
}

test_expect_success 'apply creates the VPC; the AWS CLI reads every attribute back' '
	net_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	vpc_id >id && test_match id "^vpc-" &&
	test_equal 10.0.0.0/16 "$(ec2 describe-vpcs --vpc-ids "$(vpc_id)" --output text --query "Vpcs[0].CidrBlock")" &&
	test_equal True "$(vpc_attr enableDnsSupport)" &&
	test_equal True "$(vpc_attr enableDnsHostnames)" &&
	test_equal "{\"Name\": \"retail-batch\", \"env\": \"dev\", $TT}" "$(vpc_tags)" &&
	test_equal "$(vpc_id)" "$(json_get terrace.state.json "d[\"resources\"][\"main\"][\"attributes\"][\"vpc_id\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'DNS hostnames and tags change in place' '
	HOSTNAMES=false EXTRA_TAG="owner: bi" net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ enable_dns_hostnames *= true -> false" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal False "$(vpc_attr enableDnsHostnames)" &&
	test_equal "{\"Name\": \"retail-batch\", \"owner\": \"bi\", $TT}" "$(vpc_tags)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI is shown and undone' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	ec2 create-tags --resources "$(vpc_id)" --tags Key=extra,Value=x &&
	ec2 modify-vpc-attribute --vpc-id "$(vpc_id)" --enable-dns-hostnames "{\"Value\": true}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ enable_dns_hostnames *= true -> false" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal False "$(vpc_attr enableDnsHostnames)" &&
	test_equal "{\"Name\": \"retail-batch\", \"owner\": \"bi\", $TT}" "$(vpc_tags)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new CIDR block replaces the VPC' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	CIDR=10.1.0.0/16 net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# main must be replaced" &&
	test_match out "cidr_block *= \"10.0.0.0/16\" -> \"10.1.0.0/16\" # forces replacement"
'

test_expect_success 'a CIDR block EC2 refuses fails naming the resource and attribute' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  wrong:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/8
	YAML
	(cd bad && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "aws.ec2.vpc cidr_block 10.0.0.0/8" &&
	test_contains err "InvalidVpc.Range"
'

test_expect_success 'import by id, then no changes' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	net_stack &&
	vpc_id >id &&
	terrace state rm main >out 2>err &&
	terrace import main "$(cat id)" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy leaves only the default VPC' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	own_vpcs >vpcs &&
	test_empty vpcs
'

test_done
