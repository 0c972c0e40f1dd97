#!/usr/bin/env bash
# t1090-network-base: the catalog module network-base (modules/network-base)
# from a root stack that gives it its lookups (the region's zones and S3
# prefix list) and puts on it what the retail workshop builds by hand today:
# a bastion (key pair, instance in a public subnet, public group) and a
# PostgreSQL RDS instance in a subnet group of the private subnets behind
# the private group. Against moto, from an empty account: one apply, every
# piece read back with the AWS CLI (subnets in two zones, routes,
# endpoints, the groups' rules, the instance's and database's placement),
# a second plan with no changes, and a destroy that leaves no VPC but the
# default, no subnet, group, endpoint, gateway, instance or database.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

AMI=$(ec2 describe-images --output text --query 'Images[0].ImageId') ||
	test_fail_setup "describe-images failed"
ssh-keygen -q -t ed25519 -N "" -f deploy -C t1090 || test_fail_setup "ssh-keygen failed"

base_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	data:
	  azs: { type: aws.availability_zones }
	  s3:  { type: aws.ec2.managed_prefix_list, name: com.amazonaws.us-east-1.s3 }
	modules:
	  net:
	    source: terrace/network-base
	    name: retail
	    region: us-east-1
	    availability_zones: ["\${data.azs.names[0]}", "\${data.azs.names[1]}"]
	    office_cidr: ${OFFICE:-203.0.113.0/24}
	    s3_prefix_list_id: \${data.s3.id}
	    tags: {Project: retail}
	resources:
	  deploy:
	    type: aws.ec2.key_pair
	    key_name: retail-deploy
	    public_key: "\${file(\"deploy.pub\")}"
	  bastion:
	    type: aws.ec2.instance
	    ami: $AMI
	    instance_type: t3.micro
	    subnet_id: "\${module.net.public_subnet_ids[0]}"
	    vpc_security_group_ids: ["\${module.net.public_security_group_id}"]
	    key_name: "\${deploy.key_name}"
	    associate_public_ip_address: true
	    tags: {Name: retail-bastion}
	  db_subnets:
	    type: aws.rds.subnet_group
	    name: retail-db
	    subnet_ids: \${module.net.private_subnet_ids}
	  db:
	    type: aws.rds.instance
	    identifier: retail-source
	    engine: postgres
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: retail_admin
	    master_password: not-a-real-pw-1
	    skip_final_snapshot: true
	    db_subnet_group_name: "\${db_subnets.name}"
	    vpc_security_group_ids: ["\${module.net.private_security_group_id}"]
	outputs:
	  bastion_ip: \${bastion.public_ip}
	  vpc: \${module.net.vpc_id}
	YAML
}

addr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

test_expect_success 'one apply builds the base, the bastion and the database from an empty account' '
	base_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 16 added, 0 changed, 0 destroyed." &&
	vpc=$(addr module.net.vpc) &&
	test_equal 10.0.0.0/16 "$(ec2 describe-vpcs --vpc-ids "$vpc" --output text --query "Vpcs[0].CidrBlock")" &&
	ec2 describe-subnets --filters "Name=vpc-id,Values=$vpc" --output text \
		--query "Subnets[].[CidrBlock,AvailabilityZone,MapPublicIpOnLaunch]" | sort >subnets &&
	printf "%s\n" "10.0.1.0/24	us-east-1a	True" "10.0.11.0/24	us-east-1a	False" \
		"10.0.12.0/24	us-east-1b	False" "10.0.2.0/24	us-east-1b	True" >expect &&
	test_cmp expect subnets &&
	test_equal "0.0.0.0/0 $(addr module.net.igw)" "$(ec2 describe-route-tables \
		--route-table-ids "$(addr module.net.public_routes)" --output text \
		--query "RouteTables[0].Routes[?GatewayId!=\`local\`].[DestinationCidrBlock,GatewayId] | [?[0]==\`0.0.0.0/0\`] | [0]" | tr "\t" " ")" &&
	ec2 describe-vpc-endpoints --filters "Name=vpc-id,Values=$vpc" --output text \
		--query "VpcEndpoints[].[ServiceName,VpcEndpointType]" | sort >endpoints &&
	printf "%s\n" "com.amazonaws.us-east-1.s3	Gateway" "com.amazonaws.us-east-1.secretsmanager	Interface" >expect &&
	test_cmp expect endpoints &&
	private=$(addr module.net.private) && public=$(addr module.net.public) &&
	ec2 describe-security-groups --group-ids "$private" --output json >private.json &&
	test_equal "$public" "$(json_get private.json "[p[\"GroupId\"] for r in d[\"SecurityGroups\"][0][\"IpPermissions\"] if r.get(\"FromPort\") == 5432 for p in r[\"UserIdGroupPairs\"]][0]")" &&
	test_equal "$(cat s3pl 2>/dev/null || ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3 --output text --query "PrefixLists[0].PrefixListId")" \
		"$(json_get private.json "[p[\"PrefixListId\"] for r in d[\"SecurityGroups\"][0][\"IpPermissionsEgress\"] for p in r.get(\"PrefixListIds\", [])][0]")" &&
	ec2 describe-instances --instance-ids "$(addr bastion)" --output json \
		--query "Reservations[0].Instances[0]" >bastion.json &&
	test_equal "$(addr module.net.public_a)" "$(json_get bastion.json "d[\"SubnetId\"]")" &&
	test_equal "$public" "$(json_get bastion.json "d[\"SecurityGroups\"][0][\"GroupId\"]")" &&
	test_equal retail-deploy "$(json_get bastion.json "d[\"KeyName\"]")" &&
	test_equal "$(json_get bastion.json "d[\"PublicIpAddress\"]")" "$(terrace output -raw bastion_ip)" &&
	s3 rds describe-db-instances --db-instance-identifier retail-source --output json \
		--query "DBInstances[0]" >db.json &&
	test_equal retail-db "$(json_get db.json "d[\"DBSubnetGroup\"][\"DBSubnetGroupName\"]")" &&
	test_equal "$vpc" "$(json_get db.json "d[\"DBSubnetGroup\"][\"VpcId\"]")" &&
	test_equal "$private" "$(json_get db.json "d[\"VpcSecurityGroups\"][0][\"VpcSecurityGroupId\"]")" &&
	test_equal retail "$(ec2 describe-vpcs --vpc-ids "$vpc" --output text --query "Vpcs[0].Tags[?Key==\`Project\`].Value | [0]")"
'

test_expect_success 'a second plan has no changes' '
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'another office CIDR changes the public group only' '
	OFFICE=198.51.100.0/24 base_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_contains out "module.net.public will be updated in-place"
'

test_expect_success 'destroy leaves nothing but the default VPC' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 16 destroyed." &&
	test_equal "True" "$(ec2 describe-vpcs --output text --query "Vpcs[].IsDefault" | tr "\t" "\n" | sort -u | tr -d "\n")" &&
	test_equal 0 "$(ec2 describe-vpc-endpoints --output text --query "length(VpcEndpoints[?State!=\`deleted\`])")" &&
	test_equal 0 "$(ec2 describe-internet-gateways --filters Name=tag:Project,Values=retail --output text --query "length(InternetGateways)")" &&
	test_equal "" "$(ec2 describe-instances --filters Name=instance-state-name,Values=pending,running,stopped --output text --query "Reservations[].Instances[].InstanceId")" &&
	test_equal 0 "$(s3 rds describe-db-instances --output text --query "length(DBInstances)")" &&
	test_equal 0 "$(ec2 describe-security-groups --filters Name=group-name,Values=retail-public,retail-private --output text --query "length(SecurityGroups)")"
'

test_done
