#!/usr/bin/env bash
# t1060-db-network: databases placed in a network terrace describes, against
# moto — a VPC with two subnets in two zones (and a third for changes), two
# security groups, an aws.rds.subnet_group and an aws.redshift.subnet_group,
# an RDS instance and a Redshift cluster in them. Everything read back with
# the AWS CLI (describe-db-instances shows the subnet group and the group
# ids), a second plan clean, a security group swapped in place on both, the
# subnets of a group changed in place, drift of a group's subnets made by
# hand shown and undone, a new subnet group planned and applied as a
# replacement of the instance and the cluster, destroy leaving nothing (moto
# refuses to delete a subnet group in use, as AWS does:
# tests/servers/moto_patches), and sweep finding both subnet group types by
# tag. Import, bad names and Glue connection placements: t1061. Each
# describe call's answer is kept in a file and read field by field, as every
# aws CLI call costs a second or more.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

aws_ () {
	s3 "$@"
}

rid () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# describe: the instance and the cluster as describe-db-instances and
# describe-clusters show them, in db.json and wh.json; db_field EXPR /
# wh_field EXPR: a field of them (Python over d, the instance or cluster).
describe () {
	aws_ rds describe-db-instances --db-instance-identifier netdb --output json \
		--query "DBInstances[0]" >db.json &&
	aws_ redshift describe-clusters --cluster-identifier netwh --output json \
		--query "Clusters[0]" >wh.json
}
db_field () {
	json_get db.json "$1"
}
wh_field () {
	json_get wh.json "$1"
}

# groups: every DB and cluster subnet group, in dbg.json and whg.json;
# group_subnets rds|redshift NAME: that group's subnet ids, sorted, one a
# line; group_field rds|redshift NAME FIELD: a field of it.
groups () {
	aws_ rds describe-db-subnet-groups --output json --query DBSubnetGroups >dbg.json &&
	aws_ redshift describe-cluster-subnet-groups --output json --query ClusterSubnetGroups >whg.json
}
group_field () {
	local f=dbg.json k=DBSubnetGroupName
	test "$1" = rds || { f=whg.json; k=ClusterSubnetGroupName; }
	json_get "$f" "[g for g in d if g[\"$k\"] == \"$2\"][0]$3"
}
group_subnets () {
	group_field "$1" "$2" "[\"Subnets\"]" |
		python3 -c 'import json, sys
for s in sorted(x["SubnetIdentifier"] for x in json.load(sys.stdin)): print(s)'
}

ids () {
	for r in "$@"; do rid "$r"; done | sort
}

tags_of () {
	python3 -c 'import json,sys
print(json.dumps({t["Key"]: t["Value"] for t in json.load(sys.stdin) or []}, sort_keys=True))'
}

own_vpcs () {
	aws_ ec2 describe-vpcs --output text --query "Vpcs[?IsDefault==\`false\`].VpcId" |
		tr "\t" "\n" | sed "/^$/d"
}

# The stack; DB_SG and WH_SG pick the groups, DB_GROUP and WH_GROUP the
# subnet groups, GROUP_SUBNETS the subnets of the RDS group "netdb-a".
net_stack () {
	local two='"${private_b.subnet_id}", "${private_a.subnet_id}"'
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.20.0.0/16
	  private_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.20.1.0/24
	    availability_zone: us-east-1a
	  private_b:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.20.2.0/24
	    availability_zone: us-east-1b
	  private_c:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.20.3.0/24
	    availability_zone: us-east-1c
	  sg_a:
	    type: aws.ec2.security_group
	    name: db-a
	    description: databases a
	    vpc_id: "\${vpc.vpc_id}"
	  sg_b:
	    type: aws.ec2.security_group
	    name: db-b
	    description: databases b
	    vpc_id: "\${vpc.vpc_id}"
	  db_a:
	    type: aws.rds.subnet_group
	    name: netdb-a
	    description: ${DB_DESC:-private subnets of the orders database}
	    subnet_ids: [${GROUP_SUBNETS:-$two}]
	    tags: {team: data}
	  db_b:
	    type: aws.rds.subnet_group
	    name: netdb-b
	    subnet_ids: ["\${private_b.subnet_id}", "\${private_c.subnet_id}"]
	  wh_a:
	    type: aws.redshift.subnet_group
	    name: netwh-a
	    description: private subnets of the warehouse
	    subnet_ids: ["\${private_a.subnet_id}", "\${private_b.subnet_id}"]
	    tags: {team: data}
	  wh_b:
	    type: aws.redshift.subnet_group
	    name: netwh-b
	    subnet_ids: ["\${private_c.subnet_id}"]
	  db:
	    type: aws.rds.instance
	    identifier: netdb
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: app
	    master_password: not-a-real-pw-1
	    skip_final_snapshot: true
	    db_subnet_group_name: "\${${DB_GROUP:-db_a}.name}"
	    vpc_security_group_ids: ["\${${DB_SG:-sg_a}.group_id}"]
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: netwh
	    node_type: dc2.large
	    master_username: admin
	    master_password: Not-a-real-pw-2
	    skip_final_snapshot: true
	    cluster_subnet_group_name: "\${${WH_GROUP:-wh_a}.name}"
	    vpc_security_group_ids: ["\${${WH_SG:-sg_a}.group_id}"]
	YAML
}

test_expect_success 'apply places the instance and the cluster in the subnet groups; the AWS CLI reads them back' '
	net_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 12 added, 0 changed, 0 destroyed." &&
	describe &&
	test_equal netdb-a "$(db_field "d[\"DBSubnetGroup\"][\"DBSubnetGroupName\"]")" &&
	test_equal "[\"$(rid sg_a)\"]" "$(db_field "[g[\"VpcSecurityGroupId\"] for g in d[\"VpcSecurityGroups\"]]")" &&
	test_equal "$(rid vpc)" "$(db_field "d[\"DBSubnetGroup\"][\"VpcId\"]")" &&
	test_equal netwh-a "$(wh_field "d[\"ClusterSubnetGroupName\"]")" &&
	test_equal "[\"$(rid sg_a)\"]" "$(wh_field "[g[\"VpcSecurityGroupId\"] for g in d[\"VpcSecurityGroups\"]]")" &&
	groups &&
	ids private_a private_b >expect &&
	group_subnets rds netdb-a >got && test_cmp expect got &&
	group_subnets redshift netwh-a >got && test_cmp expect got &&
	ids private_c >expect && group_subnets redshift netwh-b >got && test_cmp expect got &&
	test_equal "private subnets of the orders database" \
		"$(group_field rds netdb-a "[\"DBSubnetGroupDescription\"]")" &&
	test_equal "Managed by terrace" "$(group_field rds netdb-b "[\"DBSubnetGroupDescription\"]")" &&
	test_equal "private subnets of the warehouse" \
		"$(group_field redshift netwh-a "[\"Description\"]")" &&
	arn=$(group_field rds netdb-a "[\"DBSubnetGroupArn\"]") &&
	test_equal "arn:aws:rds:us-east-1:123456789012:subgrp:netdb-a" "$arn" &&
	test_equal "{\"team\": \"data\", $TT}" "$(aws_ rds list-tags-for-resource --resource-name "$arn" \
		--output json --query TagList | tags_of)" &&
	test_equal "{\"team\": \"data\", $TT}" \
		"$(group_field redshift netwh-a "[\"Tags\"]" | tags_of)" &&
	test_equal "$arn" "$(json_get terrace.state.json "d[\"resources\"][\"db_a\"][\"attributes\"][\"arn\"]")" &&
	test_equal "arn:aws:redshift:us-east-1:123456789012:subnetgroup:netwh-a" \
		"$(json_get terrace.state.json "d[\"resources\"][\"wh_a\"][\"attributes\"][\"arn\"]")" &&
	test_equal "$(rid vpc)" "$(json_get terrace.state.json "d[\"resources\"][\"wh_a\"][\"attributes\"][\"vpc_id\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a security group swapped on the instance and the cluster changes in place' '
	DB_SG=sg_b WH_SG=sg_b net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ vpc_security_group_ids" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	describe &&
	test_equal "[\"$(rid sg_b)\"]" "$(db_field "[g[\"VpcSecurityGroupId\"] for g in d[\"VpcSecurityGroups\"]]")" &&
	test_equal "[\"$(rid sg_b)\"]" "$(wh_field "[g[\"VpcSecurityGroupId\"] for g in d[\"VpcSecurityGroups\"]]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'the subnets and description of a subnet group change in place' '
	export DB_SG=sg_b WH_SG=sg_b &&
	GROUP_SUBNETS="\"\${private_a.subnet_id}\", \"\${private_b.subnet_id}\", \"\${private_c.subnet_id}\"" \
		DB_DESC="orders, three zones" net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	groups &&
	ids private_a private_b private_c >expect &&
	group_subnets rds netdb-a >got && test_cmp expect got &&
	test_equal "orders, three zones" "$(group_field rds netdb-a "[\"DBSubnetGroupDescription\"]")"
'

test_expect_success 'subnets changed by hand in either group are drift, shown and undone' '
	export DB_SG=sg_b WH_SG=sg_b &&
	net_stack &&
	terrace apply -auto-approve >out 2>err &&
	aws_ rds modify-db-subnet-group --db-subnet-group-name netdb-a \
		--subnet-ids "$(rid private_a)" "$(rid private_c)" >/dev/null &&
	aws_ redshift modify-cluster-subnet-group --cluster-subnet-group-name netwh-a \
		--subnet-ids "$(rid private_a)" >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	test_contains out "~ subnet_ids" &&
	terrace apply -auto-approve >out 2>err &&
	groups &&
	ids private_a private_b >expect &&
	group_subnets rds netdb-a >got && test_cmp expect got &&
	group_subnets redshift netwh-a >got && test_cmp expect got &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'another subnet group replaces the instance and the cluster' '
	export DB_SG=sg_b WH_SG=sg_b DB_GROUP=db_b WH_GROUP=wh_b &&
	net_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "db_subnet_group_name *= \"netdb-a\" -> \"netdb-b\" # forces replacement" &&
	test_match out "cluster_subnet_group_name *= \"netwh-a\" -> \"netwh-b\" # forces replacement" &&
	test_line out "Plan: 2 to add, 0 to change, 2 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 2 destroyed." &&
	describe &&
	test_equal netdb-b "$(db_field "d[\"DBSubnetGroup\"][\"DBSubnetGroupName\"]")" &&
	test_equal "[\"$(rid sg_b)\"]" "$(db_field "[g[\"VpcSecurityGroupId\"] for g in d[\"VpcSecurityGroups\"]]")" &&
	test_equal netwh-b "$(wh_field "d[\"ClusterSubnetGroupName\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy leaves no instance, cluster, subnet group or VPC' '
	export DB_SG=sg_b WH_SG=sg_b DB_GROUP=db_b WH_GROUP=wh_b &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 12 destroyed." &&
	test_equal 0 "$(aws_ rds describe-db-instances --output json --query "length(DBInstances)")" &&
	test_equal 0 "$(aws_ rds describe-db-subnet-groups --output json --query "length(DBSubnetGroups)")" &&
	test_equal 0 "$(aws_ redshift describe-clusters --output json --query "length(Clusters)")" &&
	test_equal 0 "$(aws_ redshift describe-cluster-subnet-groups --output json \
		--query "length(ClusterSubnetGroups)")" &&
	own_vpcs >vpcs && test_empty vpcs
'

test_expect_success 'sweep finds both subnet group types of a lab by tag and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1060
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.22.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.22.1.0/24
	  db:
	    type: aws.rds.subnet_group
	    name: t1060-lab-db
	    subnet_ids: ["\${sub.subnet_id}"]
	  wh:
	    type: aws.redshift.subnet_group
	    name: t1060-lab-wh
	    subnet_ids: ["\${sub.subnet_id}"]
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 4 added" &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out | sort >types &&
	printf "%s\n" aws.ec2.subnet aws.ec2.vpc aws.rds.subnet_group aws.redshift.subnet_group >expect &&
	test_cmp expect types &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal 0 "$(aws_ rds describe-db-subnet-groups --output json --query "length(DBSubnetGroups)")" &&
	test_equal 0 "$(aws_ redshift describe-cluster-subnet-groups --output json \
		--query "length(ClusterSubnetGroups)")" &&
	own_vpcs >vpcs && test_empty vpcs
'

test_done
