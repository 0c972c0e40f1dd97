#!/usr/bin/env bash
# t1020-network-routing: the routing and security types of issue 12 against
# moto, each attribute read back with the AWS CLI.
# Security groups: a public group (SSH from an office CIDR, EC2's default
# egress kept) and a private one (PostgreSQL from the public group, all TCP
# inside itself, HTTPS out to the S3 prefix list); rules written in another
# order are no change; a rule added and one revoked by hand are drift and
# put back; two groups whose rules refer to each other through
# aws.ec2.security_group_rule (no cycle); a rule with no source refused
# naming the resource and attribute; replacement; import of a group and a
# rule; destroy leaving only the default group.
# Route tables, an Elastic IP and a NAT gateway: a public table (0.0.0.0/0
# to the internet gateway) and a private one (0.0.0.0/0 to the NAT gateway)
# with their subnets, read back; a route removed, one added and a subnet
# disassociated by hand are drift and put back; a NAT gateway moved to
# another subnet is replaced and the route follows it; bad routes and a
# public NAT gateway without an address refused; import of a table; destroy
# removing the gateway before its address is released.
# VPC endpoints and sweep are in t1021-network-endpoints.sh (one file would
# come close to the harness's 600 s limit on a loaded machine).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

rid () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# rules GROUP ingress|egress: the group's rules as EC2 lists them, one
# "PROTO FROM-TO SOURCE" a line, sorted (the group's own id shown as self).
rules () {
	local id field=IpPermissions
	id=$(rid "$1")
	test "$2" = egress && field=IpPermissionsEgress
	ec2 describe-security-groups --group-ids "$id" --output json \
		--query "SecurityGroups[0].$field" |
		python3 -c 'import json, sys
own = sys.argv[1]
out = []
for p in json.load(sys.stdin) or []:
    ports = "%s-%s" % (p.get("FromPort", "*"), p.get("ToPort", "*"))
    for r in p.get("IpRanges", []): out.append("%s %s %s" % (p["IpProtocol"], ports, r["CidrIp"]))
    for g in p.get("UserIdGroupPairs", []):
        out.append("%s %s %s" % (p["IpProtocol"], ports, "self" if g["GroupId"] == own else g["GroupId"]))
    for l in p.get("PrefixListIds", []): out.append("%s %s %s" % (p["IpProtocol"], ports, l["PrefixListId"]))
print("\n".join(sorted(out)))' "$id"
}

S3_PL=$(ec2 describe-managed-prefix-lists --output text \
	--filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3 \
	--query "PrefixLists[0].PrefixListId")

# The stack: SWAP=1 writes the private group's rules in another order.
sg_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  main:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/16
	  public:
	    type: aws.ec2.security_group
	    name: public
	    description: SSH from the office
	    vpc_id: "\${main.vpc_id}"
	    ingress:
	      - {protocol: tcp, from_port: 22, to_port: 22, cidr_blocks: [203.0.113.0/24], description: office}
	    tags: {Name: public}
	  private:
	    type: aws.ec2.security_group
	    name: private
	    vpc_id: "\${main.vpc_id}"
	YAML
	if test -z "${SWAP:-}"; then
		cat >>stack.yaml <<-YAML
		    ingress:
		      - {protocol: tcp, from_port: 5432, security_group_ids: ["\${public.group_id}"]}
		      - {protocol: tcp, from_port: 0, to_port: 65535, self: true}
		YAML
	else
		cat >>stack.yaml <<-YAML
		    ingress:
		      - {protocol: "6", from_port: 0, to_port: 65535, self: true}
		      - {protocol: TCP, from_port: 5432, to_port: 5432, security_group_ids: ["\${public.group_id}"]}
		YAML
	fi
	cat >>stack.yaml <<-YAML
	    egress:
	      - {protocol: tcp, from_port: 443, prefix_list_ids: [$S3_PL]}
	  glue_a:
	    type: aws.ec2.security_group
	    name: glue-a
	    description: ${GLUE_A_DESC:-glue workers a}
	    vpc_id: "\${main.vpc_id}"
	  glue_b:
	    type: aws.ec2.security_group
	    name: glue-b
	    vpc_id: "\${main.vpc_id}"
	  a_from_b:
	    type: aws.ec2.security_group_rule
	    security_group_id: "\${glue_a.group_id}"
	    direction: ingress
	    protocol: all
	    source_security_group_id: "\${glue_b.group_id}"
	  b_from_a:
	    type: aws.ec2.security_group_rule
	    security_group_id: "\${glue_b.group_id}"
	    direction: ingress
	    protocol: tcp
	    from_port: 0
	    to_port: 65535
	    source_security_group_id: "\${glue_a.group_id}"
	    description: from a
	YAML
}

test_expect_success 'setup: moto has the S3 prefix list' '
	test_match <(echo "$S3_PL") "^pl-"
'

test_expect_success 'apply creates the groups and rules; the AWS CLI reads every rule back' '
	sg_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	test_equal "tcp 22-22 203.0.113.0/24" "$(rules public ingress)" &&
	test_equal "-1 *-* 0.0.0.0/0" "$(rules public egress)" &&
	printf "%s\n" "tcp 0-65535 self" "tcp 5432-5432 $(rid public)" | sort >expect &&
	rules private ingress >got && test_cmp expect got &&
	test_equal "tcp 443-443 $S3_PL" "$(rules private egress)" &&
	test_equal "-1 *-* $(rid glue_b)" "$(rules glue_a ingress)" &&
	test_equal "tcp 0-65535 $(rid glue_a)" "$(rules glue_b ingress)" &&
	ec2 describe-security-groups --group-ids "$(rid public)" --output json \
		--query "SecurityGroups[0]" >sg.json &&
	test_equal public "$(json_get sg.json "d[\"GroupName\"]")" &&
	test_equal "SSH from the office" "$(json_get sg.json "d[\"Description\"]")" &&
	test_equal "$(rid main)" "$(json_get sg.json "d[\"VpcId\"]")" &&
	test_equal office "$(json_get sg.json "d[\"IpPermissions\"][0][\"IpRanges\"][0][\"Description\"]")" &&
	test_equal public "$(json_get sg.json "[t[\"Value\"] for t in d[\"Tags\"] if t[\"Key\"] == \"Name\"][0]")" &&
	test_equal "Managed by terrace" "$(ec2 describe-security-groups --group-ids "$(rid private)" \
		--output text --query "SecurityGroups[0].Description")" &&
	test_equal "$(rid glue_a)/ingress/-1/0/0/$(rid glue_b)" "$(rid a_from_b)" &&
	test_equal "from a" "$(ec2 describe-security-groups --group-ids "$(rid glue_b)" --output text \
		--query "SecurityGroups[0].IpPermissions[0].UserIdGroupPairs[0].Description")"
'

test_expect_success 'a second plan is a no-op, and so are the rules written in another order' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	SWAP=1 sg_stack &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a rule added and a rule revoked by hand are drift, and apply puts them back' '
	ec2 authorize-security-group-ingress --group-id "$(rid private)" \
		--protocol tcp --port 22 --cidr 10.0.0.0/8 &&
	ec2 revoke-security-group-ingress --group-id "$(rid private)" --ip-permissions \
		"IpProtocol=tcp,FromPort=0,ToPort=65535,UserIdGroupPairs=[{GroupId=$(rid private)}]" &&
	ec2 revoke-security-group-ingress --group-id "$(rid glue_a)" --ip-permissions \
		"IpProtocol=-1,UserIdGroupPairs=[{GroupId=$(rid glue_b)}]" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# private will be updated in-place (it changed outside terrace)" &&
	test_match out "~ ingress *= \\[" &&
	test_contains out "\"10.0.0.0/8\"" &&
	test_line out "# a_from_b will be created (it was deleted outside terrace)" &&
	test_line out "Plan: 1 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	printf "%s\n" "tcp 0-65535 self" "tcp 5432-5432 $(rid public)" | sort >expect &&
	rules private ingress >got && test_cmp expect got &&
	test_equal "-1 *-* $(rid glue_b)" "$(rules glue_a ingress)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'egress: [] removes every outbound rule, unset leaves them alone' '
	sed -i "/^  public:/,/^  private:/s/^    tags: {Name: public}/    tags: {Name: public}\n    egress: []/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ egress *= \\[" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	test_empty <(rules public egress | sed "/^$/d") &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new description replaces the group, and the rules that name it, in order' '
	GLUE_A_DESC="glue workers, second" sg_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "# glue_a must be replaced" &&
	test_line out "# a_from_b must be replaced" &&
	test_line out "# b_from_a must be replaced" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 3 destroyed." &&
	test_equal "glue workers, second" "$(ec2 describe-security-groups --group-ids "$(rid glue_a)" \
		--output text --query "SecurityGroups[0].Description")" &&
	test_equal "tcp 0-65535 $(rid glue_a)" "$(rules glue_b ingress)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# Refused by the table of checks (ec2/rules.c), before anything is read.
test_expect_success 'a rule with no source is refused naming the resource and attribute' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.9.0.0/16
	  nosrc:
	    type: aws.ec2.security_group
	    name: nosrc
	    vpc_id: "\${vpc.vpc_id}"
	    ingress:
	      - {protocol: tcp, from_port: 22, cidr_blocks: [10.0.0.0/8]}
	      - {protocol: tcp, from_port: 80}
	  two:
	    type: aws.ec2.security_group_rule
	    security_group_id: sg-12345678
	    direction: ingress
	    protocol: tcp
	    from_port: 80
	    cidr_block: 10.0.0.0/8
	    self: true
	  noport:
	    type: aws.ec2.security_group
	    name: noport
	    vpc_id: "\${vpc.vpc_id}"
	    egress:
	      - {protocol: udp, cidr_blocks: [10.0.0.0/8]}
	YAML
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "resource \"nosrc\" (aws.ec2.security_group): ingress: rule 2: a rule needs a source: set cidr_blocks, security_group_ids, prefix_list_ids or self: true" &&
	test_contains err "resource \"two\" (aws.ec2.security_group_rule): set only one of cidr_block, source_security_group_id, prefix_list_id, prefix_list_ids and self: true" &&
	test_contains err "resource \"noport\" (aws.ec2.security_group): egress: rule 1: from_port must be set for udp (e.g. from_port: 443)"
'

test_expect_success 'a group and a rule made with the aws CLI are imported, then no changes' '
	ec2 create-security-group --group-name imported --description "by hand" \
		--vpc-id "$(rid main)" --output text --query GroupId >sg.id &&
	ec2 authorize-security-group-ingress --group-id "$(cat sg.id)" \
		--protocol tcp --port 443 --cidr 10.0.0.0/16 &&
	ec2 authorize-security-group-egress --group-id "$(cat sg.id)" --ip-permissions \
		"IpProtocol=udp,FromPort=53,ToPort=53,UserIdGroupPairs=[{GroupId=$(rid public)}]" &&
	rid public >public.id &&
	mkdir imp &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  grp:
	    type: aws.ec2.security_group
	    name: imported
	    description: by hand
	    vpc_id: $(rid main)
	    ingress:
	      - {protocol: tcp, from_port: 443, cidr_blocks: [10.0.0.0/16]}
	  dns:
	    type: aws.ec2.security_group_rule
	    security_group_id: \${grp.group_id}
	    direction: egress
	    protocol: udp
	    from_port: 53
	    to_port: 53
	    source_security_group_id: $(rid public)
	YAML
	(cd imp &&
	 terrace import grp "$(cat ../sg.id)" >../out 2>../err &&
	 terrace import dns "$(cat ../sg.id)/egress/udp/53/53/$(cat ../public.id)" >../out 2>../err &&
	 terrace plan >../out 2>../err) &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\+ \"terrace:stack\" *= \"$TEST_NAME\"" &&
	test_not_contains out "ingress" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(ec2 describe-security-groups --filters Name=group-name,Values=imported \
		--output json --query "length(SecurityGroups)")"
'

test_expect_success 'destroy deletes rules before their groups and leaves only the default group' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	ec2 describe-security-groups --output text --query "SecurityGroups[?GroupName!=\`default\`].GroupId" >sgs &&
	test_empty sgs
'

# The routing stack, in rt/: NAT_SUBNET names the NAT gateway's subnet.
rt_stack () {
	mkdir -p rt
	# MOVE_B=1: public_b moves from the public table to the private one.
	local public_subnets='"${public_b.subnet_id}", "${public_a.subnet_id}"'
	local private_subnets='"${private_a.subnet_id}"'
	if test -n "${MOVE_B:-}"; then
		public_subnets='"${public_a.subnet_id}"'
		private_subnets='"${private_a.subnet_id}", "${public_b.subnet_id}"'
	fi
	write_stack rt/stack.yaml
	cat >>rt/stack.yaml <<-YAML
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.2.0.0/16
	  igw:
	    type: aws.ec2.internet_gateway
	    vpc_id: "\${vpc.vpc_id}"
	  public_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.2.1.0/24
	    availability_zone: us-east-1a
	  public_b:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.2.2.0/24
	    availability_zone: us-east-1b
	  private_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.2.11.0/24
	    availability_zone: us-east-1a
	  nat_ip:
	    type: aws.ec2.eip
	    tags: {Name: nat}
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: "\${${NAT_SUBNET:-public_a}.subnet_id}"
	    allocation_id: "\${nat_ip.allocation_id}"
	    tags: {Name: nat}
	  public:
	    type: aws.ec2.route_table
	    vpc_id: "\${vpc.vpc_id}"
	    routes:
	      - {destination_cidr_block: 0.0.0.0/0, gateway_id: "\${igw.internet_gateway_id}"}
	    subnet_ids: [$public_subnets]
	    tags: {Name: public}
	  private:
	    type: aws.ec2.route_table
	    vpc_id: "\${vpc.vpc_id}"
	    routes:
	      - {destination_cidr_block: 0.0.0.0/0, nat_gateway_id: "\${nat.nat_gateway_id}"}
	      - {destination_cidr_block: 192.168.0.0/16, gateway_id: "\${igw.internet_gateway_id}"}
	    subnet_ids: [$private_subnets]
	YAML
}

rrid () {
	json_get rt/terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# routes TABLE: "DEST TARGET" a line, sorted, EC2's local route left out.
routes () {
	ec2 describe-route-tables --route-table-ids "$(rrid "$1")" --output json \
		--query "RouteTables[0].Routes" |
		python3 -c 'import json, sys
print("\n".join(sorted("%s %s" % (r["DestinationCidrBlock"], r.get("GatewayId") or r.get("NatGatewayId"))
                       for r in json.load(sys.stdin) if r.get("GatewayId") != "local")))'
}

# associated TABLE: its subnets, sorted, one a line.
associated () {
	ec2 describe-route-tables --route-table-ids "$(rrid "$1")" --output text \
		--query "RouteTables[0].Associations[].SubnetId" | tr "\t" "\n" | sed "/^$/d" | sort
}

test_expect_success 'routing: apply creates tables, the address and the NAT gateway; the AWS CLI reads them back' '
	rt_stack &&
	(cd rt && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 9 added, 0 changed, 0 destroyed." &&
	test_equal "0.0.0.0/0 $(rrid igw)" "$(routes public)" &&
	printf "%s\n" "0.0.0.0/0 $(rrid nat)" "192.168.0.0/16 $(rrid igw)" >expect &&
	routes private >got && test_cmp expect got &&
	printf "%s\n" "$(rrid public_a)" "$(rrid public_b)" | sort >expect &&
	associated public >got && test_cmp expect got &&
	test_equal "$(rrid private_a)" "$(associated private)" &&
	test_equal "$(rrid vpc)" "$(ec2 describe-route-tables --route-table-ids "$(rrid public)" \
		--output text --query "RouteTables[0].VpcId")" &&
	test_equal public "$(ec2 describe-route-tables --route-table-ids "$(rrid public)" \
		--output text --query "RouteTables[0].Tags[?Key==\`Name\`].Value | [0]")" &&
	ec2 describe-nat-gateways --nat-gateway-ids "$(rrid nat)" --output json \
		--query "NatGateways[0]" >nat.json &&
	test_equal available "$(json_get nat.json "d[\"State\"]")" &&
	test_equal "$(rrid public_a)" "$(json_get nat.json "d[\"SubnetId\"]")" &&
	test_equal "$(rrid nat_ip)" "$(json_get nat.json "d[\"NatGatewayAddresses\"][0][\"AllocationId\"]")" &&
	test_equal nat "$(json_get nat.json "[t[\"Value\"] for t in d[\"Tags\"] if t[\"Key\"] == \"Name\"][0]")" &&
	test_equal "$(json_get nat.json "d[\"NatGatewayAddresses\"][0][\"PublicIp\"]")" \
		"$(json_get rt/terrace.state.json "d[\"resources\"][\"nat\"][\"attributes\"][\"public_ip\"]")" &&
	ec2 describe-addresses --allocation-ids "$(rrid nat_ip)" --output json \
		--query "Addresses[0]" >eip.json &&
	test_equal vpc "$(json_get eip.json "d[\"Domain\"]")" &&
	test_equal "$(json_get eip.json "d[\"PublicIp\"]")" \
		"$(json_get rt/terrace.state.json "d[\"resources\"][\"nat_ip\"][\"attributes\"][\"public_ip\"]")" &&
	test_equal nat "$(json_get eip.json "[t[\"Value\"] for t in d[\"Tags\"] if t[\"Key\"] == \"Name\"][0]")" &&
	(cd rt && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'routing: a route removed, a route added and a subnet disassociated by hand are drift, put back' '
	ec2 delete-route --route-table-id "$(rrid private)" --destination-cidr-block 192.168.0.0/16 &&
	ec2 create-route --route-table-id "$(rrid public)" --destination-cidr-block 10.9.0.0/16 \
		--gateway-id "$(rrid igw)" &&
	ec2 describe-route-tables --route-table-ids "$(rrid public)" --output text \
		--query "RouteTables[0].Associations[?SubnetId==\`$(rrid public_b)\`].RouteTableAssociationId" >assoc &&
	ec2 disassociate-route-table --association-id "$(cat assoc)" &&
	(cd rt && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_match out "# public will be updated in-place" &&
	test_match out "# private will be updated in-place" &&
	test_match out "~ routes *= \\[" &&
	test_match out "~ subnet_ids *= \\[" &&
	test_contains out "\"10.9.0.0/16\"" &&
	(cd rt && terrace apply -auto-approve >../out 2>../err) &&
	test_equal "0.0.0.0/0 $(rrid igw)" "$(routes public)" &&
	printf "%s\n" "0.0.0.0/0 $(rrid nat)" "192.168.0.0/16 $(rrid igw)" >expect &&
	routes private >got && test_cmp expect got &&
	printf "%s\n" "$(rrid public_a)" "$(rrid public_b)" | sort >expect &&
	associated public >got && test_cmp expect got &&
	(cd rt && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'routing: a NAT gateway in another subnet is replaced and the route follows it' '
	rrid nat >old.nat &&
	NAT_SUBNET=public_b rt_stack &&
	(cd rt && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "# nat must be replaced" &&
	test_match out "subnet_id *= \"$(rrid public_a)\" -> \"$(rrid public_b)\" # forces replacement" &&
	test_line out "# private will be updated in-place" &&
	(cd rt && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	test_equal deleted "$(ec2 describe-nat-gateways --nat-gateway-ids "$(cat old.nat)" \
		--output text --query "NatGateways[0].State")" &&
	test_equal "$(rrid public_b)" "$(ec2 describe-nat-gateways --nat-gateway-ids "$(rrid nat)" \
		--output text --query "NatGateways[0].SubnetId")" &&
	test_contains <(routes private) "0.0.0.0/0 $(rrid nat)" &&
	(cd rt && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'routing: a subnet moved from one of the stack'"'"'s tables to another is moved, and back' '
	MOVE_B=1 NAT_SUBNET=public_b rt_stack &&
	(cd rt && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "# public will be updated in-place" &&
	test_line out "# private will be updated in-place" &&
	(cd rt && terrace apply -auto-approve -parallelism=1 >../out 2>../err) &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_equal "$(rrid public_a)" "$(associated public)" &&
	printf "%s\n" "$(rrid private_a)" "$(rrid public_b)" | sort >expect &&
	associated private >got && test_cmp expect got &&
	(cd rt && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	NAT_SUBNET=public_b rt_stack &&
	(cd rt && terrace apply -auto-approve -parallelism=1 >../out 2>../err) &&
	printf "%s\n" "$(rrid public_a)" "$(rrid public_b)" | sort >expect &&
	associated public >got && test_cmp expect got &&
	test_equal "$(rrid private_a)" "$(associated private)" &&
	(cd rt && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'routing: a route with two targets and a public NAT gateway with no address are refused' '
	mkdir -p bad2 &&
	write_stack bad2/stack.yaml &&
	cat >>bad2/stack.yaml <<-YAML &&
	resources:
	  both:
	    type: aws.ec2.route_table
	    vpc_id: vpc-12345678
	    routes:
	      - {destination_cidr_block: 0.0.0.0/0, gateway_id: igw-1, nat_gateway_id: nat-1}
	  twice:
	    type: aws.ec2.route_table
	    vpc_id: vpc-12345678
	    routes:
	      - {destination_cidr_block: 10.1.0.0/16, gateway_id: igw-1}
	      - {destination_cidr_block: 10.1.0.0/16, nat_gateway_id: nat-1}
	  noaddr:
	    type: aws.ec2.nat_gateway
	    subnet_id: subnet-12345678
	YAML
	(cd bad2 && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: resource \"noaddr\" \(aws.ec2.nat_gateway\): allocation_id must be set for a public NAT gateway" &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: resource \"both\" \(aws.ec2.route_table\): routes: item 0: set exactly one of gateway_id and nat_gateway_id" &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: resource \"twice\" \(aws.ec2.route_table\): routes: item 1: destination 10.1.0.0/16 is routed twice"
'

test_expect_success 'routing: a route table made with the aws CLI is imported, then no changes' '
	ec2 create-route-table --vpc-id "$(rrid vpc)" --output text \
		--query RouteTable.RouteTableId >rtb.id &&
	ec2 create-route --route-table-id "$(cat rtb.id)" --destination-cidr-block 172.16.0.0/12 \
		--gateway-id "$(rrid igw)" &&
	mkdir imp2 &&
	write_stack imp2/stack.yaml &&
	cat >>imp2/stack.yaml <<-YAML &&
	resources:
	  table:
	    type: aws.ec2.route_table
	    vpc_id: $(rrid vpc)
	    routes:
	      - {destination_cidr_block: 172.16.0.0/12, gateway_id: $(rrid igw)}
	YAML
	(cd imp2 &&
	 terrace import table "$(cat ../rtb.id)" >../out 2>../err &&
	 terrace plan >../out 2>../err) &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out "routes" &&
	(cd imp2 && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 1 destroyed."
'

test_expect_success 'routing: destroy deletes the NAT gateway before releasing its address; nothing is left' '
	(cd rt && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 9 destroyed." &&
	test_empty <(ec2 describe-nat-gateways --output text \
		--query "NatGateways[?State!=\`deleted\`].NatGatewayId" | sed "/^$/d") &&
	test_empty <(ec2 describe-addresses --output text --query "Addresses[].AllocationId" | sed "/^$/d") &&
	test_empty <(ec2 describe-route-tables --output text \
		--query "RouteTables[?VpcId==\`$(rrid vpc)\`].RouteTableId" | sed "/^$/d")
'

test_done
