#!/usr/bin/env bash
# t1075-lookup-shared-network: the lookups a stack uses to find a network
# another stack made (examples/retail-batch in a workshop's shared network)
# against moto: aws.ec2.security_group by name within a VPC, by id, by tags;
# aws.ec2.subnets by a Name pattern and narrowed to given ids; `null` in a
# conditional leaving a lookup argument unset. Each result checked against
# the AWS CLI; a group that does not exist, or a name shared by two VPCs
# without vpc_id, fails the plan naming the lookup at file:line:col and what
# was looked for.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

# The shared network, made outside terrace: two VPCs, each with a group
# named lab-private; subnets named lab-private-a, lab-private-b, lab-public-a.
vpc () {
	ec2 create-vpc --cidr-block "$1" --output text --query Vpc.VpcId \
		--tag-specifications "ResourceType=vpc,Tags=[{Key=Name,Value=$2}]"
}
group () {
	ec2 create-security-group --vpc-id "$1" --group-name lab-private --description "$2" \
		--output text --query GroupId \
		--tag-specifications "ResourceType=security-group,Tags=[{Key=Tier,Value=$2}]"
}
subnet () {
	ec2 create-subnet --vpc-id "$lab" --cidr-block "$1" --availability-zone us-east-1a \
		--output text --query Subnet.SubnetId \
		--tag-specifications "ResourceType=subnet,Tags=[{Key=Name,Value=$2}]"
}
lab=$(vpc 10.60.0.0/16 lab) && other=$(vpc 10.61.0.0/16 other) &&
	lab_sg=$(group "$lab" lab-db) && other_sg=$(group "$other" other-db) &&
	priv_a=$(subnet 10.60.11.0/24 lab-private-a) && priv_b=$(subnet 10.60.12.0/24 lab-private-b) &&
	pub_a=$(subnet 10.60.1.0/24 lab-public-a) || test_fail_setup "cannot make the shared network"

stack () {
	write_stack stack.yaml "  own_sg: { type: string, default: \"${OWN_SG:-}\" }"
	cat >>stack.yaml <<-YAML
	data:
	  vpc: { type: aws.ec2.vpc, tags: { Name: lab } }
	  db_group:
	    type: aws.ec2.security_group
	    vpc_id: \${data.vpc.id}
	    name: ${GROUP:-lab-private}
	  by_id:
	    type: aws.ec2.security_group
	    id: '\${var.own_sg != "" ? var.own_sg : null}'
	    tags: { Tier: lab-db }
	  private: { type: aws.ec2.subnets, vpc_id: "\${data.vpc.id}", tags: { Name: "lab-private-*" } }
	  only_a:
	    type: aws.ec2.subnets
	    ids: ["$priv_a", "$pub_a"]
	    tags: { Name: "lab-private-*" }
	${EXTRA:-}
	outputs:
	  group: \${data.db_group.id}
	  group_name: \${data.db_group.name}
	  group_vpc: \${data.db_group.vpc_id}
	  group_description: \${data.db_group.description}
	  by_id: \${data.by_id.id}
	  private: '\${join(",", data.private.ids)}'
	  only_a: '\${join(",", data.only_a.ids)}'
	YAML
}

test_expect_success 'the group by name in the VPC, by tags with a null id, subnets by pattern and ids' '
	stack &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "$lab_sg" "$(terrace output -raw group)" &&
	test_equal lab-private "$(terrace output -raw group_name)" &&
	test_equal "$lab" "$(terrace output -raw group_vpc)" &&
	test_equal lab-db "$(terrace output -raw group_description)" &&
	test_equal "$lab_sg" "$(terrace output -raw by_id)" &&
	test_equal "$(printf "%s\n" "$priv_a" "$priv_b" | sort | paste -sd,)" "$(terrace output -raw private)" &&
	test_equal "$priv_a" "$(terrace output -raw only_a)"
'

test_expect_success 'a given id is looked for (the conditional not null): a mismatch with the tags finds none' '
	OWN_SG=$other_sg stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:20:3: error: lookup data.by_id (aws.ec2.security_group): no security group matches id $other_sg, tags {\"Tier\":\"lab-db\"}"
'

test_expect_success 'a group that does not exist fails the plan naming the lookup and the filters' '
	GROUP=lab-nothing stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:16:3: error: lookup data.db_group (aws.ec2.security_group): no security group matches name lab-nothing, vpc_id $lab"
'

test_expect_success 'a name two VPCs have, without vpc_id, is more than one' '
	EXTRA="  both: { type: aws.ec2.security_group, name: lab-private }" stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_match err "^\./stack\.yaml:[0-9]+:3: error: lookup data\.both \(aws\.ec2\.security_group\): more than one security group matches name lab-private \(2 do\)$"
'

test_expect_success 'destroy leaves the looked-up network alone' '
	stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_equal 2 "$(ec2 describe-security-groups --filters Name=group-name,Values=lab-private --output text --query "length(SecurityGroups)")" &&
	test_equal 3 "$(ec2 describe-subnets --filters "Name=vpc-id,Values=$lab" --output text --query "length(Subnets)")"
'

test_done
