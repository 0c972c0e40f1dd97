#!/usr/bin/env bash
# t1000-network: aws.ec2.vpc against moto — a VPC 10.0.0.0/16 with DNS
# support and hostnames, every attribute read back with the AWS CLI, planned
# again as no change, DNS hostnames and tags changed in place, drift made
# with the aws CLI (a tag added, hostnames turned off) shown and undone, a new
# CIDR block planned as a replacement, a CIDR EC2 refuses named in the error,
# import by id, sweep finding the new types by tag, destroy leaving only
# the default VPC. Subnets in two zones
# (public and private) and an internet gateway: read back, drift of
# map_public_ip_on_launch and of a gateway detached by hand, replaced
# with their VPC (their blocks moved into its new one; left outside, they
# are refused at validate), a block outside the VPC and an overlapping one
# refused at validate at the attribute, and by EC2 at apply when the blocks
# come from variables.
. "$(dirname "$0")/../../lib.sh"

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

# The VPC's tags but terrace:create-token, the create's token (ec2/api.h),
# which stays on the object and is not one of its `tags`.
vpc_tags () {
	ec2 describe-vpcs --vpc-ids "$(vpc_id)" --output json --query "Vpcs[0].Tags" |
		python3 -c 'import json,sys
print(json.dumps({t["Key"]: t["Value"] for t in json.load(sys.stdin) or []
                  if t["Key"] != "terrace:create-token"}, sort_keys=True))'
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
	  public_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${main.vpc_id}"
	    cidr_block: ${NET:-10.0}.1.0/24
	    availability_zone: us-east-1a
	    map_public_ip_on_launch: true
	    tags: {Name: public-a}
	  private_b:
	    type: aws.ec2.subnet
	    vpc_id: "\${main.vpc_id}"
	    cidr_block: ${NET:-10.0}.11.0/24
	    availability_zone: us-east-1b
	    tags: {Name: private-b}
	  igw:
	    type: aws.ec2.internet_gateway
	    vpc_id: "\${main.vpc_id}"
	    tags: {Name: retail-batch}
	YAML
}

igw_field () {
	ec2 describe-internet-gateways --internet-gateway-ids \
		"$(json_get terrace.state.json "d[\"resources\"][\"igw\"][\"id\"]")" \
		--output text --query "InternetGateways[0].$1"
}

subnet_id () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# subnet_field NAME QUERY: a field of the subnet as DescribeSubnets gives it.
subnet_field () {
	ec2 describe-subnets --subnet-ids "$(subnet_id "$1")" --output text --query "Subnets[0].$2"
}

test_expect_success 'apply creates the VPC, subnets and internet gateway; the AWS CLI reads every attribute back' '
	net_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_equal "$(vpc_id)" "$(igw_field "Attachments[0].VpcId")" &&
	test_equal retail-batch "$(igw_field "Tags[?Key==\`Name\`].Value | [0]")" &&
	test_equal "$(vpc_id)" "$(subnet_field public_a VpcId)" &&
	test_equal "$(vpc_id)" "$(subnet_field private_b VpcId)" &&
	test_equal 10.0.1.0/24 "$(subnet_field public_a CidrBlock)" &&
	test_equal 10.0.11.0/24 "$(subnet_field private_b CidrBlock)" &&
	test_equal us-east-1a "$(subnet_field public_a AvailabilityZone)" &&
	test_equal us-east-1b "$(subnet_field private_b AvailabilityZone)" &&
	test_equal True "$(subnet_field public_a MapPublicIpOnLaunch)" &&
	test_equal False "$(subnet_field private_b MapPublicIpOnLaunch)" &&
	test_equal "private-b" "$(subnet_field private_b "Tags[?Key==\`Name\`].Value | [0]")" &&
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
	ec2 modify-subnet-attribute --subnet-id "$(subnet_id public_a)" --no-map-public-ip-on-launch &&
	ec2 detach-internet-gateway --vpc-id "$(vpc_id)" --internet-gateway-id "$(subnet_id igw)" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ map_public_ip_on_launch *= false -> true" &&
	test_match out "~ vpc_id *= null -> \"$(vpc_id)\"" &&
	test_match out "~ enable_dns_hostnames *= true -> false" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal False "$(vpc_attr enableDnsHostnames)" &&
	test_equal True "$(subnet_field public_a MapPublicIpOnLaunch)" &&
	test_equal "{\"Name\": \"retail-batch\", \"owner\": \"bi\", $TT}" "$(vpc_tags)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new CIDR block replaces the VPC; its subnets must move into it' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	CIDR=10.1.0.0/16 net_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "stack.yaml:25:5: error: resource \"public_a\" (aws.ec2.subnet): cidr_block: \"10.0.1.0/24\" is not inside 10.1.0.0/16, the block of VPC \"main\": a subnet" &&
	test_contains err "(e.g. \"10.1.0.0/24\")" &&
	test_contains err "resource \"main\" cidr_block is at ./stack.yaml:16:5" &&
	test_contains err "stack.yaml:32:5: error: resource \"private_b\" (aws.ec2.subnet): cidr_block: \"10.0.11.0/24\" is not inside 10.1.0.0/16" &&
	CIDR=10.1.0.0/16 NET=10.1 net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# main must be replaced" &&
	test_match out "cidr_block *= \"10.0.0.0/16\" -> \"10.1.0.0/16\" # forces replacement" &&
	test_line out "# public_a must be replaced" &&
	test_match out "cidr_block *= \"10.0.1.0/24\" -> \"10.1.1.0/24\" # forces replacement"
'

test_expect_success 'a CIDR block EC2 refuses is refused at validate, at the attribute' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  wrong:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/8
	YAML
	(cd bad && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "stack.yaml:16:5: error: resource \"wrong\" (aws.ec2.vpc): cidr_block: \"10.0.0.0/8\": VPC and subnet blocks are /16 to /28"
'

# bad_stack OUTSIDE HALF [VARIABLES]: a VPC 10.9.0.0/16 with a subnet
# 10.9.1.0/24, one of block OUTSIDE and one of block HALF, in bad/.
bad_stack () {
	write_stack bad/stack.yaml "${3:-}"
	cat >>bad/stack.yaml <<-YAML
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.9.0.0/16
	  first:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.9.1.0/24
	  outside:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: $1
	  overlap:
	    type: aws.ec2.subnet
	    depends_on: [first]
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: $2
	YAML
}

test_expect_success 'a subnet outside the VPC, and one overlapping another, are refused at validate' '
	bad_stack 10.8.1.0/24 10.9.1.128/25 &&
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "stack.yaml:24:5: error: resource \"outside\" (aws.ec2.subnet): cidr_block: \"10.8.1.0/24\" is not inside 10.9.0.0/16, the block of VPC \"vpc\"" &&
	test_contains err "(e.g. \"10.9.0.0/24\")" &&
	test_contains err "stack.yaml:29:5: error: resource \"overlap\" (aws.ec2.subnet): cidr_block: \"10.9.1.128/25\" overlaps \"10.9.1.0/24\" of subnet \"first\" in the same VPC: the subnets of a VPC do not overlap (e.g. \"10.9.0.0/25\")" &&
	test_contains err "resource \"first\" cidr_block is at ./stack.yaml:20:5" &&
	(cd bad && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "stack.yaml:24:5: error: resource \"outside\"" &&
	! test -e bad/terrace.state.json
'

test_expect_success 'blocks known only at plan are refused at plan, before anything is made' '
	bad_stack "\"\${var.outside}\"" "\"\${var.half}\"" \
		"$(printf "%s\n" "  outside: {type: string, default: 10.8.1.0/24}" \
			"  half: {type: string, default: 10.9.1.128/25}")" &&
	(cd bad && terrace validate >../out 2>../err) &&
	(cd bad && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "./stack.yaml:26:5: error: resource \"outside\" (aws.ec2.subnet): cidr_block: \"10.8.1.0/24\" is not inside 10.9.0.0/16, the block of VPC \"vpc\"" &&
	test_contains err "compared with vpc.cidr_block" &&
	test_contains err "./stack.yaml:31:5: error: resource \"overlap\" (aws.ec2.subnet): cidr_block: \"10.9.1.128/25\" overlaps \"10.9.1.0/24\" of subnet \"first\"" &&
	test_not_contains err "InvalidSubnet" &&
	(cd bad && terrace state list >../made 2>/dev/null || true) &&
	test_empty made
'

test_expect_success 'destroy leaves only the default VPC and its subnets' '
	export HOSTNAMES=false EXTRA_TAG="owner: bi" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	ec2 describe-internet-gateways --output text --query "InternetGateways[].InternetGatewayId" >igws &&
	test_empty igws &&
	own_vpcs >vpcs &&
	test_empty vpcs &&
	ec2 describe-subnets --output text --query "Subnets[?DefaultForAz==\`false\`].SubnetId" >subnets &&
	test_empty subnets
'

test_expect_success 'a VPC and a subnet made with the aws CLI are imported by id, then no changes' '
	ec2 create-vpc --cidr-block 10.5.0.0/16 --output text --query Vpc.VpcId >vpc.id &&
	ec2 create-subnet --vpc-id "$(cat vpc.id)" --cidr-block 10.5.1.0/24 \
		--availability-zone us-east-1a --output text --query Subnet.SubnetId >subnet.id &&
	mkdir imp &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.5.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.5.1.0/24
	    availability_zone: us-east-1a
	YAML
	cd imp &&
	terrace import vpc "$(cat ../vpc.id)" >../out 2>../err &&
	terrace import sub "$(cat ../subnet.id)" >../out 2>../err &&
	terrace plan >../out 2>../err; cd .. &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	test_match out "\+ \"terrace:stack\" *= \"$TEST_NAME\"" &&
	test_not_contains out "cidr_block" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains out "Destroy complete!" &&
	own_vpcs >vpcs &&
	test_empty vpcs
'

test_expect_success 'sweep finds the VPC, subnet and log group of a lab by tag and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1000
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.7.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.7.1.0/24
	  logs:
	    type: aws.logs.log_group
	    name: t1000-lab-logs
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 3 added" &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out >types &&
	printf "%s\n" aws.logs.log_group aws.ec2.subnet aws.ec2.vpc >expect &&
	test_cmp expect types &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	own_vpcs >vpcs &&
	test_empty vpcs &&
	test_equal 0 "$(s3 logs describe-log-groups --output json --query "length(logGroups)")"
'

test_done
