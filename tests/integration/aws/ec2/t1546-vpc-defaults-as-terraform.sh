#!/usr/bin/env bash
# t1546-vpc-defaults-as-terraform: what hashicorp/aws does to the objects EC2
# makes by itself, against moto. aws.ec2.security_group's
# revoke_default_egress revokes EC2's allow-all egress rule when the group
# is made (an aws.ec2.security_group_rule then adds that same rule, which
# before was refused as one that "already exists but is not in this
# state"), a group without it keeps the rule, and turning it on later
# revokes nothing; aws.ec2.default_network_acl takes a VPC's default ACL
# (its entries made afresh: EC2's rule 100 each way deleted, the stack's
# created with their port range), aws.ec2.default_route_table its main
# table (every route but the local one deleted when taken; routes added
# later outside are not drift while routes is unset, and go once it is
# set); an entry changed outside is put back; destroy leaves both, less
# terrace's tags; and `terrace convert` of terraform-aws-vpc's shape
# (aws_default_network_acl / aws_default_route_table of aws_vpc.this[0])
# applies the same; a DeleteNetworkAclEntry resent after its answer was lost
# counts as done (moto patch ec2_delete_network_acl_entry_not_found.py);
# aws.ec2.default_security_group's revoke_ipv6_egress revokes EC2's IPv6
# allow-all egress rule when the group is taken (a group without it keeps
# the rule, and plans no change).
# Each state read back with the AWS CLI, each second plan no change.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () { s3 ec2 "$@"; }

# entries: "DIRECTION NUMBER ACTION PROTOCOL CIDR FROM-TO" of acl.id's ACL.
entries () {
	ec2 describe-network-acls --network-acl-ids "$(cat ${1:-acl.id})" --output json |
		python3 -c "
import json, sys
a = json.load(sys.stdin)['NetworkAcls'][0]
out = []
for e in a['Entries']:
    r = e.get('PortRange', {})
    out.append('%s %d %s %s %s %s-%s' % ('out' if e['Egress'] else 'in', e['RuleNumber'],
        e['RuleAction'], e['Protocol'], e.get('CidrBlock', e.get('Ipv6CidrBlock')),
        r.get('From', '*'), r.get('To', '*')))
sys.stdout.write(''.join(line + '\n' for line in sorted(out)))"
}

# routes: "DESTINATION TARGET" of rt.id's table.
routes () {
	ec2 describe-route-tables --route-table-ids "$(cat ${1:-rt.id})" --output json |
		python3 -c "
import json, sys
t = json.load(sys.stdin)['RouteTables'][0]
sys.stdout.write(''.join(sorted('%s %s\n' % (r.get('DestinationCidrBlock'), r.get('GatewayId') or r.get('NatGatewayId')) for r in t['Routes'])))"
}

# egress: "PROTOCOL CIDR" of the group named $1.
egress () {
	ec2 describe-security-groups --filters "Name=group-name,Values=$1" --output json |
		python3 -c "
import json, sys
g = json.load(sys.stdin)['SecurityGroups'][0]
sys.stdout.write(''.join(sorted('%s %s\n' % (p['IpProtocol'], r['CidrIp']) for p in g['IpPermissionsEgress'] for r in p.get('IpRanges', []))))"
}

test_expect_success 'setup: a VPC, an internet gateway and a route in the main table, made outside the stack' '
	ec2 create-vpc --cidr-block 10.8.0.0/16 --query Vpc.VpcId --output text >vpc.id &&
	ec2 describe-network-acls --filters "Name=vpc-id,Values=$(cat vpc.id)" Name=default,Values=true \
		--query "NetworkAcls[0].NetworkAclId" --output text >acl.id &&
	ec2 describe-route-tables --filters "Name=vpc-id,Values=$(cat vpc.id)" \
		Name=association.main,Values=true --query "RouteTables[0].RouteTableId" --output text >rt.id &&
	ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text >igw.id &&
	ec2 attach-internet-gateway --vpc-id "$(cat vpc.id)" --internet-gateway-id "$(cat igw.id)" &&
	ec2 create-route --route-table-id "$(cat rt.id)" --destination-cidr-block 198.51.100.0/24 \
		--gateway-id "$(cat igw.id)" >/dev/null &&
	entries >before &&
	test_contains before "in 100 allow -1 0.0.0.0/0 *-*" &&
	routes >before &&
	test_contains before "198.51.100.0/24 $(cat igw.id)"
'

defaults_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  acl:
	    type: aws.ec2.default_network_acl
	    vpc_id: $(cat vpc.id)
	    ingress:
	      - {rule_no: 100, action: allow, protocol: tcp, from_port: 443, to_port: 443, cidr_block: 10.0.0.0/8}
	      - {rule_no: 110, action: allow, protocol: "-1", from_port: 0, to_port: 0, cidr_block: 0.0.0.0/0}
	    tags: {Name: main-acl}
	  main:
	    type: aws.ec2.default_route_table
	    vpc_id: $(cat vpc.id)
	    tags: {Name: main-rt}
	  bare:
	    type: aws.ec2.security_group
	    name: t1546-bare
	    vpc_id: $(cat vpc.id)
	  revoked:
	    type: aws.ec2.security_group
	    name: t1546-revoked
	    vpc_id: $(cat vpc.id)
	    revoke_default_egress: true
	  all_out:
	    type: aws.ec2.security_group_rule
	    security_group_id: \${revoked.group_id}
	    direction: egress
	    protocol: "-1"
	    cidr_block: 0.0.0.0/0
	YAML
	if test -n "${ROUTES:-}"; then
		python3 - stack.yaml "$(cat igw.id)" <<-\PY
		import sys
		p, igw = sys.argv[1], sys.argv[2]
		s = open(p).read().replace("    tags: {Name: main-rt}\n",
		    "    tags: {Name: main-rt}\n    routes:\n      - {destination_cidr_block: 0.0.0.0/0, gateway_id: %s}\n" % igw)
		open(p, "w").write(s)
		PY
	fi
	if test -n "${REVOKE_BARE:-}"; then
		sed -i "/name: t1546-bare/a\\    revoke_default_egress: true" stack.yaml
	fi
}

test_expect_success 'apply: the ACL entries made afresh, the main table emptied, the flagged group holds only the rule resource'\''s egress' '
	defaults_stack &&
	terrace apply -auto-approve -no-color >out 2>err &&
	test_contains out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	test_contains out "[id=$(cat acl.id)]" &&
	test_contains out "[id=$(cat rt.id)]" &&
	entries >after &&
	printf "%s\n" "in 100 allow 6 10.0.0.0/8 443-443" "in 110 allow -1 0.0.0.0/0 0-0" \
		"in 32767 deny -1 0.0.0.0/0 *-*" "out 32767 deny -1 0.0.0.0/0 *-*" >want &&
	test_cmp want after &&
	routes >after &&
	printf "%s\n" "10.8.0.0/16 local" >want &&
	test_cmp want after &&
	egress t1546-bare >after &&
	printf "%s\n" "-1 0.0.0.0/0" >want &&
	test_cmp want after &&
	egress t1546-revoked >after &&
	test_cmp want after &&
	test "$(ec2 describe-tags --filters Name=resource-id,Values=$(cat acl.id) Name=key,Values=Name \
		--query "Tags[0].Value" --output text)" = main-acl &&
	test "$(ec2 describe-tags --filters Name=resource-id,Values=$(cat rt.id) Name=key,Values=Name \
		--query "Tags[0].Value" --output text)" = main-rt &&
	ec2 describe-network-acls --network-acl-ids "$(cat acl.id)" --query "NetworkAcls[0].Tags[].Key" \
		--output text >keys &&
	test_contains keys terrace:stack &&
	ec2 describe-route-tables --route-table-ids "$(cat rt.id)" --query "RouteTables[0].Tags[].Key" \
		--output text >keys &&
	test_contains keys terrace:stack &&
	terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'the rule resource goes on destroy of it alone: the flagged group is left with no egress' '
	terrace destroy -target=all_out -auto-approve -no-color >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	egress t1546-revoked >after &&
	! test -s after &&
	terrace apply -auto-approve -no-color >out 2>err &&
	egress t1546-revoked >after &&
	test_cmp want after
'

test_expect_success 'revoke_default_egress turned on for a group already made revokes nothing' '
	REVOKE_BARE=1 defaults_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >out 2>err &&
	egress t1546-bare >after &&
	test_cmp want after &&
	REVOKE_BARE=1 terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'a route added outside is no drift while routes is unset, and goes once it is set' '
	ec2 create-route --route-table-id "$(cat rt.id)" --destination-cidr-block 203.0.113.0/24 \
		--gateway-id "$(cat igw.id)" >/dev/null &&
	REVOKE_BARE=1 defaults_stack &&
	terrace plan -detailed-exitcode -no-color >out 2>err &&
	ROUTES=1 REVOKE_BARE=1 defaults_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >out 2>err &&
	routes >after &&
	printf "%s\n" "0.0.0.0/0 $(cat igw.id)" "10.8.0.0/16 local" >want &&
	test_cmp want after &&
	terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'an entry changed outside plans as a change and is put back' '
	ec2 replace-network-acl-entry --network-acl-id "$(cat acl.id)" --ingress --rule-number 100 \
		--protocol 6 --port-range From=22,To=22 --cidr-block 10.0.0.0/8 --rule-action deny &&
	ec2 create-network-acl-entry --network-acl-id "$(cat acl.id)" --egress --rule-number 120 \
		--protocol -1 --cidr-block 0.0.0.0/0 --rule-action allow &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >out 2>err &&
	entries >after &&
	printf "%s\n" "in 100 allow 6 10.0.0.0/8 443-443" "in 110 allow -1 0.0.0.0/0 0-0" \
		"in 32767 deny -1 0.0.0.0/0 *-*" "out 32767 deny -1 0.0.0.0/0 *-*" >want &&
	test_cmp want after &&
	terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'destroy forgets the ACL and the table and leaves them in EC2, less terrace'\''s tags' '
	terrace destroy -auto-approve -no-color >out 2>err &&
	test_contains out "Destroy complete! Resources: 5 destroyed." &&
	entries >after &&
	test_cmp want after &&
	routes >after &&
	test_contains after "0.0.0.0/0 $(cat igw.id)" &&
	for id in $(cat acl.id) $(cat rt.id); do
		ec2 describe-tags --filters "Name=resource-id,Values=$id" --query "Tags[].Key" \
			--output text >keys &&
		test_contains keys Name &&
		test_not_contains keys terrace: || return 1
	done
'

test_expect_success 'convert of terraform-aws-vpc'\''s default ACL and main table applies the same' '
	mkdir tf conv &&
	cat >tf/main.tf <<-\TF &&
	resource "aws_vpc" "this" {
	  count      = 1
	  cidr_block = "10.7.0.0/16"
	}
	resource "aws_default_network_acl" "this" {
	  count                  = 1
	  default_network_acl_id = aws_vpc.this[0].default_network_acl_id
	  subnet_ids             = null
	  ingress {
	    rule_no    = 100
	    action     = "allow"
	    from_port  = 0
	    to_port    = 0
	    protocol   = "-1"
	    cidr_block = "0.0.0.0/0"
	  }
	  egress {
	    rule_no    = 100
	    action     = "allow"
	    from_port  = 0
	    to_port    = 0
	    protocol   = "-1"
	    cidr_block = "0.0.0.0/0"
	  }
	  tags = { Name = "converted" }
	}
	resource "aws_default_route_table" "default" {
	  count                  = 1
	  default_route_table_id = aws_vpc.this[0].default_route_table_id
	  tags                   = { Name = "converted" }
	}
	resource "aws_security_group" "this" {
	  name   = "t1546-converted"
	  vpc_id = aws_vpc.this[0].id
	}
	TF
	test_expect_code 3 terrace convert -from terraform -out conv/stack.yaml tf >out 2>err &&
	test_contains err "subnet_ids left out" &&
	test_line err "1 construct left out (the warnings above say which and why)" &&
	test_line conv/stack.yaml "type: aws.ec2.default_network_acl" &&
	test_line conv/stack.yaml "revoke_default_egress: true" &&
	write_stack conv/moto.yaml &&
	sed -i "/^stack: /d" conv/moto.yaml &&
	(cd conv && terrace apply -auto-approve -input=false -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	ec2 describe-vpcs --query "Vpcs[?CidrBlock==\`10.7.0.0/16\`].VpcId" --output text >vpc2.id &&
	ec2 describe-network-acls --filters "Name=vpc-id,Values=$(cat vpc2.id)" Name=default,Values=true \
		--query "NetworkAcls[0].NetworkAclId" --output text >acl2.id &&
	test_contains out "[id=$(cat acl2.id)]" &&
	entries acl2.id >after &&
	printf "%s\n" "in 100 allow -1 0.0.0.0/0 0-0" "in 32767 deny -1 0.0.0.0/0 *-*" \
		"out 100 allow -1 0.0.0.0/0 0-0" "out 32767 deny -1 0.0.0.0/0 *-*" >want &&
	test_cmp want after &&
	egress t1546-converted >after &&
	! test -s after &&
	(cd conv && terrace plan -detailed-exitcode -input=false -no-color) >out 2>err
'

test_expect_success 'validate refuses what CreateNetworkAclEntry and CreateRoute refuse, naming the entry' '
	mkdir rows &&
	for e in "{rule_no: 0, action: allow, protocol: \"-1\", cidr_block: 0.0.0.0/0}|ingress[0].rule_no: 0, where AWS takes 1 to 32766" \
		"{rule_no: 1, action: permit, protocol: \"-1\", cidr_block: 0.0.0.0/0}|egress[0].action: \"permit\" is not one of allow, deny" \
		"{rule_no: 1, action: allow, protocol: gre, cidr_block: 0.0.0.0/0}|protocol \"gre\" is not a protocol number" \
		"{rule_no: 1, action: allow, protocol: tcp, cidr_block: 0.0.0.0/0, ipv6_cidr_block: \"::/0\"}|set exactly one of cidr_block and ipv6_cidr_block"; do
		dir=ingress && case "$e" in *egress*) dir=egress ;; esac &&
		printf "stack: rows\nresources:\n  acl:\n    type: aws.ec2.default_network_acl\n    vpc_id: vpc-0abc\n    %s:\n      - %s\n" \
			"$dir" "${e%%|*}" >rows/stack.yaml &&
		(cd rows && test_expect_code 1 terrace validate -no-color) >out 2>err &&
		test_contains err "${e#*|}" || return 1
	done &&
	printf "stack: rows\nresources:\n  rt:\n    type: aws.ec2.default_route_table\n    vpc_id: vpc-0abc\n    routes:\n      - {destination_cidr_block: 0.0.0.0/0}\n" >rows/stack.yaml &&
	(cd rows && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_contains err "routes: item 0: set exactly one of gateway_id and nat_gateway_id"
'

test_expect_success 'a DeleteNetworkAclEntry whose answer is lost is sent again and counts as done' '
	ec2 create-vpc --cidr-block 10.6.0.0/16 --query Vpc.VpcId --output text >vpc3.id &&
	ec2 describe-network-acls --filters "Name=vpc-id,Values=$(cat vpc3.id)" Name=default,Values=true \
		--query "NetworkAcls[0].NetworkAclId" --output text >acl3.id &&
	test_expect_code 255 ec2 delete-network-acl-entry --network-acl-id "$(cat acl3.id)" --ingress \
		--rule-number 7 >out 2>err &&
	test_contains err "InvalidNetworkAclEntry.NotFound" &&
	mkdir lost &&
	write_stack lost/stack.yaml &&
	printf "resources:\n  acl: {type: aws.ec2.default_network_acl, vpc_id: %s}\n" "$(cat vpc3.id)" \
		>>lost/stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint lost --fault drop_after --count 1 \
		--match " DeleteNetworkAclEntry\$" &&
	(cd lost && terrace apply -auto-approve -no-color) >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test "$(grep -c " drop_after POST / DeleteNetworkAclEntry" lost.log)" = 1 &&
	entries acl3.id >after &&
	printf "%s\n" "in 32767 deny -1 0.0.0.0/0 *-*" "out 32767 deny -1 0.0.0.0/0 *-*" >want &&
	test_cmp want after &&
	(cd lost && terrace plan -detailed-exitcode -no-color) >out 2>err
'

# ipv6: "CIDR STATE" of each IPv6 block of the VPC in $1.
ipv6 () {
	ec2 describe-vpcs --vpc-ids "$(cat $1)" --output json | python3 -c "
import json, sys
v = json.load(sys.stdin)['Vpcs'][0]
sys.stdout.write(''.join('%s %s\n' % ('/' + a['Ipv6CidrBlock'].split('/')[1], a['Ipv6CidrBlockState']['State'])
                         for a in v.get('Ipv6CidrBlockAssociationSet', [])))"
}

test_expect_success 'assign_generated_ipv6_cidr_block gives the VPC an IPv6 block of Amazon'"'"'s, as aws_vpc does, and takes it away' '
	mkdir v6 &&
	write_stack v6/stack.yaml &&
	cat >>v6/stack.yaml <<-\EOF &&
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.9.0.0/16
	    assign_generated_ipv6_cidr_block: true
	  sub:
	    type: awscc.ec2.subnet
	    vpc_id: ${net.vpc_id}
	    ipv_6_native: true
	    ipv_6_cidr_block: ${cidrsubnet(net.ipv6_cidr_block, 8, 1)}
	outputs:
	  block: {value: "${net.ipv6_cidr_block}"}
	  association: {value: "${net.ipv6_association_id}"}
	EOF
	(cd v6 && terrace apply -auto-approve -no-color) >out 2>err &&
	(cd v6 && terrace output -raw block) >block &&
	grep -q "::/56\$" block &&
	(cd v6 && terrace state show net) >state &&
	test_contains state "vpc-cidr-assoc-" &&
	ec2 describe-vpcs --filters Name=cidr,Values=10.9.0.0/16 --query "Vpcs[0].VpcId" --output text >v6.id &&
	printf "%s\n" "/56 associated" >want &&
	ipv6 v6.id >got && test_cmp want got &&
	ec2 describe-subnets --filters "Name=vpc-id,Values=$(cat v6.id)" --output json |
		python3 -c "import json,sys; s=json.load(sys.stdin)[\"Subnets\"][0]; print(s[\"Ipv6Native\"] if \"Ipv6Native\" in s else \"-\", s[\"Ipv6CidrBlockAssociationSet\"][0][\"Ipv6CidrBlock\"].endswith(\"::/64\"))" >got &&
	grep -q "True\$" got &&
	(cd v6 && terrace plan -detailed-exitcode -no-color) >out 2>err &&
	(cd v6 && terrace destroy -auto-approve -no-color) >out 2>err &&
	write_stack v6/stack.yaml &&
	printf "resources:\n  net: {type: aws.ec2.vpc, cidr_block: 10.9.0.0/16, assign_generated_ipv6_cidr_block: true}\n" >>v6/stack.yaml &&
	(cd v6 && terrace apply -auto-approve -no-color) >out 2>err &&
	ec2 describe-vpcs --filters Name=cidr,Values=10.9.0.0/16 --query "Vpcs[0].VpcId" --output text >v6.id &&
	sed -i "s/assign_generated_ipv6_cidr_block: true/assign_generated_ipv6_cidr_block: false/" v6/stack.yaml &&
	(cd v6 && test_expect_code 2 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "assign_generated_ipv6_cidr_block" &&
	(cd v6 && terrace apply -auto-approve -no-color) >out 2>err &&
	printf "%s\n" "/56 disassociated" >want &&
	ipv6 v6.id >got && test_cmp want got &&
	(cd v6 && terrace plan -detailed-exitcode -no-color) >out 2>err &&
	ec2 associate-vpc-cidr-block --vpc-id "$(cat v6.id)" --amazon-provided-ipv6-cidr-block >/dev/null &&
	sed -i "/assign_generated_ipv6_cidr_block/s/, assign_generated_ipv6_cidr_block: false//" v6/stack.yaml &&
	(cd v6 && terrace apply -auto-approve -no-color) >out 2>err &&
	ipv6 v6.id >got && grep -q "/56 associated" got &&
	(cd v6 && terrace plan -detailed-exitcode -no-color) >out 2>err
'

test_expect_success 'revoke_ipv6_egress revokes EC2'"'"'s IPv6 allow-all egress rule of an IPv6 VPC'"'"'s default group when taken, as aws_default_security_group does; without it the rule stays and plans no change' '
	mkdir dsg &&
	write_stack dsg/stack.yaml &&
	cat >>dsg/stack.yaml <<-\EOF &&
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.8.0.0/16
	    assign_generated_ipv6_cidr_block: true
	  kept:
	    type: aws.ec2.vpc
	    cidr_block: 10.7.0.0/16
	    assign_generated_ipv6_cidr_block: true
	  revoked:
	    type: aws.ec2.default_security_group
	    vpc_id: ${net.vpc_id}
	    revoke_ipv6_egress: true
	  untouched:
	    type: aws.ec2.default_security_group
	    vpc_id: ${kept.vpc_id}
	outputs:
	  net: {value: "${net.vpc_id}"}
	  kept: {value: "${kept.vpc_id}"}
	EOF
	(cd dsg && terrace apply -auto-approve -no-color) >out 2>err &&
	egress_of () {
		vpc=$(cd dsg && terrace output -raw $1) &&
		ec2 describe-security-groups --filters Name=vpc-id,Values=$vpc Name=group-name,Values=default \
			--output json | python3 -c "
import json, sys
g = json.load(sys.stdin)[\"SecurityGroups\"][0]
print(sorted(r[\"CidrIp\"] for p in g[\"IpPermissionsEgress\"] for r in p.get(\"IpRanges\", [])),
      sorted(r[\"CidrIpv6\"] for p in g[\"IpPermissionsEgress\"] for r in p.get(\"Ipv6Ranges\", [])))"
	} &&
	printf "%s\n" "[] []" >want &&
	egress_of net >got && test_cmp want got &&
	printf "%s\n" "[] ['"'"'::/0'"'"']" >want &&
	egress_of kept >got && test_cmp want got &&
	(cd dsg && terrace plan -detailed-exitcode -no-color) >out 2>err &&
	(cd dsg && terrace destroy -auto-approve -no-color) >out 2>err
'

test_done
