#!/usr/bin/env bash
# t1543-network-acl-entry: aws.ec2.network_acl_entry against moto — an
# ingress rule (TCP, a port range) and an egress one (all protocols) of an
# ACL made outside the stack, read back with the AWS CLI, planned again as
# no change; what a rule lets through changed in place
# (ReplaceNetworkAclEntry), a new number replacing it; a rule changed
# outside planned and put back; import by ACL_ID:ingress:NUMBER (another
# shape refused); a number taken in its direction refused and left as it
# was; destroy leaving the ACL its default rules only. Refused at validate:
# a rule number outside 1-32766 and an action not allow or deny.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () { s3 ec2 "$@"; }

# rules DIRECTION: "NUMBER:PROTOCOL:ACTION:CIDR:FROM-TO" of the ACL's
# entries in one direction (true: egress), the default 32767 left out.
rules () {
	ec2 describe-network-acls --network-acl-ids "$(cat acl.id)" --output json |
		python3 -c "
import json, sys
for e in sorted(json.load(sys.stdin)['NetworkAcls'][0]['Entries'], key=lambda e: e['RuleNumber']):
    if e['RuleNumber'] < 32767 and str(e['Egress']).lower() == '$1':
        p = e.get('PortRange')
        print('%s:%s:%s:%s:%s' % (e['RuleNumber'], e['Protocol'], e['RuleAction'], e.get('CidrBlock'),
              '%s-%s' % (p['From'], p['To']) if p else '-'))"
}

test_expect_success 'setup: a VPC and a network ACL made outside the stack' '
	ec2 create-vpc --cidr-block 10.8.0.0/16 --query Vpc.VpcId --output text >vpc.id &&
	ec2 create-network-acl --vpc-id "$(cat vpc.id)" --query NetworkAcl.NetworkAclId --output text >acl.id
'

acl_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  https_in:
	    type: aws.ec2.network_acl_entry
	    network_acl_id: $(cat acl.id)
	    rule_number: ${NUMBER:-100}
	    protocol: 6
	    rule_action: ${ACTION:-allow}
	    cidr_block: 0.0.0.0/0
	    port_range: {from: 443, to: ${TO:-443}}
	  all_out:
	    type: aws.ec2.network_acl_entry
	    network_acl_id: $(cat acl.id)
	    rule_number: 100
	    egress: true
	    protocol: -1
	    rule_action: allow
	    cidr_block: 10.8.0.0/16
	YAML
}

test_expect_success 'apply writes both rules; the AWS CLI reads them; no change after' '
	acl_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "100:6:allow:0.0.0.0/0:443-443" "$(rules false)" &&
	test_equal "100:-1:allow:10.8.0.0/16:-" "$(rules true)" &&
	test_equal "$(cat acl.id):ingress:100" "$(json_get terrace.state.json "d[\"resources\"][\"https_in\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'what a rule lets through changes in place; a new number replaces it' '
	TO=444 ACTION=deny acl_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "100:6:deny:0.0.0.0/0:443-444" "$(rules false)" &&
	NUMBER=110 TO=444 ACTION=deny acl_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal "110:6:deny:0.0.0.0/0:443-444" "$(rules false)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a rule changed outside plans a change and is put back' '
	ec2 replace-network-acl-entry --network-acl-id "$(cat acl.id)" --rule-number 100 --egress \
		--protocol -1 --rule-action deny --cidr-block 10.8.0.0/16 &&
	NUMBER=110 TO=444 ACTION=deny acl_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ rule_action" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "100:-1:allow:10.8.0.0/16:-" "$(rules true)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by ACL_ID:ingress:NUMBER; another shape is refused' '
	NUMBER=110 TO=444 ACTION=deny acl_stack &&
	terrace state rm https_in >out 2>err &&
	test_expect_code 1 terrace import https_in "$(cat acl.id):110" >out 2>err &&
	test_contains err "is not ACL_ID:ingress:NUMBER or ACL_ID:egress:NUMBER" &&
	terrace import https_in "$(cat acl.id):ingress:110" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a number taken in its direction is refused and left as it was' '
	mkdir taken &&
	write_stack taken/stack.yaml &&
	cat >>taken/stack.yaml <<-YAML &&
	resources:
	  again: {type: aws.ec2.network_acl_entry, network_acl_id: $(cat acl.id), rule_number: 110, protocol: 17, rule_action: allow, cidr_block: 0.0.0.0/0, port_range: {from: 53, to: 53}}
	YAML
	(cd taken && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "already exists but is not in this state" &&
	test_equal "110:6:deny:0.0.0.0/0:443-444" "$(rules false)"
'

test_expect_success 'destroy leaves the ACL its default rules only' '
	NUMBER=110 TO=444 ACTION=deny acl_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal "" "$(rules false)" &&
	test_equal "" "$(rules true)"
'

test_expect_success 'a rule number outside 1-32766 and an action not allow or deny are refused at validate' '
	NUMBER=40000 acl_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "rule_number" &&
	ACTION=permit acl_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "rule_action"
'

test_done
