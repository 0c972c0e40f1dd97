#!/usr/bin/env bash
# t1545-default-security-group: aws.ec2.default_security_group against moto,
# as Terraform's aws_default_security_group: a create takes the group EC2
# made with a VPC (made outside the stack) and brings its rules to the
# stack's, none when unset (EC2's allow-all egress and self ingress
# revoked, as the CDK's restrictDefaultSecurityGroup does; moto makes no
# self ingress rule), read back with
# the AWS CLI and planned again as no change; rules and tags added in
# place; a rule put there outside planned and revoked; destroy leaving the
# group (EC2 deletes it with its VPC alone) as it was, less terrace's tags.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () { s3 ec2 "$@"; }

# rules: "DIRECTION PROTOCOL FROM-TO SOURCE" of the VPC's default group, sorted.
rules () {
	ec2 describe-security-groups --filters "Name=vpc-id,Values=$(cat vpc.id)" \
		"Name=group-name,Values=default" --output json |
		python3 -c "
import json, sys
g = json.load(sys.stdin)['SecurityGroups'][0]
out = []
for d, key in (('in', 'IpPermissions'), ('out', 'IpPermissionsEgress')):
    for p in g[key]:
        srcs = [r['CidrIp'] for r in p.get('IpRanges', [])] + [u['GroupId'] for u in p.get('UserIdGroupPairs', [])]
        for s in srcs:
            out.append('%s %s %s-%s %s' % (d, p['IpProtocol'], p.get('FromPort', '*'), p.get('ToPort', '*'), s))
sys.stdout.write(''.join(line + '\n' for line in sorted(out)))"
}

test_expect_success 'setup: a VPC made outside the stack, its default group as EC2 makes it' '
	ec2 create-vpc --cidr-block 10.9.0.0/16 --query Vpc.VpcId --output text >vpc.id &&
	ec2 describe-security-groups --filters "Name=vpc-id,Values=$(cat vpc.id)" \
		"Name=group-name,Values=default" --query "SecurityGroups[0].GroupId" --output text >sg.id &&
	rules >before &&
	test_contains before "out -1 *-* 0.0.0.0/0"
'

default_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  default:
	    type: aws.ec2.default_security_group
	    vpc_id: $(cat vpc.id)
	YAML
	if test -n "${RULES:-}"; then
		cat >>stack.yaml <<-YAML
		    ingress:
		      - {protocol: tcp, from_port: 443, to_port: 443, cidr_blocks: [10.9.0.0/16]}
		    egress:
		      - {protocol: tcp, from_port: 443, to_port: 443, cidr_blocks: [0.0.0.0/0]}
		    tags: {team: data}
		YAML
	fi
}

test_expect_success 'apply takes the default group and revokes every rule; no change after' '
	default_stack &&
	terrace apply -auto-approve -no-color >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_contains out "[id=$(cat sg.id)]" &&
	rules >after &&
	! test -s after &&
	terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'rules and tags are added in place; the AWS CLI reads them; no change after' '
	RULES=1 default_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >out 2>err &&
	rules >after &&
	printf "%s\n" "in tcp 443-443 10.9.0.0/16" "out tcp 443-443 0.0.0.0/0" >want &&
	test_cmp want after &&
	test "$(ec2 describe-tags --filters Name=resource-id,Values=$(cat sg.id) Name=key,Values=team \
		--query "Tags[0].Value" --output text)" = data &&
	terrace plan -detailed-exitcode -no-color >out 2>err
'

test_expect_success 'a rule put there outside the stack plans as a change and is revoked' '
	ec2 authorize-security-group-ingress --group-id "$(cat sg.id)" --protocol tcp --port 22 \
		--cidr 203.0.113.0/24 >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "203.0.113.0/24" &&
	terrace apply -auto-approve -no-color >out 2>err &&
	rules >after &&
	test_cmp want after
'

test_expect_success 'a VPC without a default group (none of that id) is refused, nothing recorded' '
	mkdir other &&
	(
		cd other &&
		write_stack stack.yaml &&
		cat >>stack.yaml <<-YAML &&
		resources:
		  default: {type: aws.ec2.default_security_group, vpc_id: vpc-0123456789abcdef0}
		YAML
		test_expect_code 1 terrace apply -auto-approve -no-color >out 2>err &&
		test_contains err "vpc-0123456789abcdef0" &&
		{ terrace state list >list 2>/dev/null || :; } &&
		! test -s list
	)
'

test_expect_success 'destroy forgets the group and leaves it and its rules in EC2' '
	terrace destroy -auto-approve -no-color >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	rules >after &&
	test_cmp want after &&
	ec2 describe-tags --filters "Name=resource-id,Values=$(cat sg.id)" \
		--query "Tags[].Key" --output text >keys &&
	test_contains keys team &&
	test_not_contains keys terrace:
'

test_done
