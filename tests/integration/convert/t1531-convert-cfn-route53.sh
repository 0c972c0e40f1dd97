#!/usr/bin/env bash
# t1531-convert-cfn-route53: `terrace convert` of a template's DNS records,
# types Cloud Control cannot make (AWS::Route53::RecordSet and
# RecordSetGroup have no handlers), written as the written types
# aws.route53.record and aws.route53.record_group, their properties mapped
# by name (t1531/dns.yaml: values and a TTL, a weighted pair, an alias, a
# group of three; the group's Comment, which no attribute holds, left out
# with its warning). The stack validates, applies on moto in a zone made
# with the AWS CLI and plans no change; moto's own CloudFormation makes
# the template in a second zone of the same name, and both zones hold the
# same record sets.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_HERE/t1531

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# record_sets ZONE: the zone's record sets but its own NS and SOA, one a
# line, made normal (record_sets.py --without-alias-zone).
record_sets () {
	aws_cli route53 list-resource-record-sets --hosted-zone-id "$1" |
		python3 "$TEST_HERE/record_sets.py" --without-alias-zone
}

test_expect_success 'convert: RecordSet and RecordSetGroup as the written types, properties by name' '
	mkdir made &&
	test_expect_code 3 terrace convert "$here/dns.yaml" >made/stack.yaml 2>err &&
	test_contains err "dns.yaml:50:7: warning: resource Mail: AWS::Route53::RecordSetGroup has no property Comment in its schema (aws.route53.record_group); left out" &&
	test_contains err "1 construct left out" &&
	terrace fmt -check made/stack.yaml &&
	test_line made/stack.yaml "type: aws.route53.record" &&
	test_line made/stack.yaml "type: aws.route53.record_group" &&
	test_line made/stack.yaml "zone_id: \${var.ZoneId}" &&
	test_line made/stack.yaml "record_type: CNAME" &&
	test_line made/stack.yaml "set_identifier: blue" &&
	test_line made/stack.yaml "weight: 70" &&
	test_line made/stack.yaml "alias:" &&
	test_line made/stack.yaml "name: www.t1531.test" &&
	test_line made/stack.yaml "- name: mx.t1531.test" &&
	test_not_contains made/stack.yaml "awscc." &&
	test_not_contains made/stack.yaml "Comment"
'

test_expect_success 'the stack validates, applies on moto and plans no change' '
	aws_cli route53 create-hosted-zone --name t1531.test --caller-reference terrace \
		--query HostedZone.Id --output text >zone.id &&
	export TERRACE_VAR_ZoneId=$(sed "s|/hostedzone/||" zone.id) &&
	write_stack made/moto.yaml &&
	sed -i "/^stack: /d" made/moto.yaml &&
	(cd made && terrace validate >../out 2>../err &&
	 terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	(cd made && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'moto'"'"'s CloudFormation makes the same record sets from the template' '
	aws_cli route53 create-hosted-zone --name t1531.test --caller-reference cloudformation \
		--query HostedZone.Id --output text >cfn-zone.id &&
	cfn_zone=$(sed "s|/hostedzone/||" cfn-zone.id) &&
	aws_cli cloudformation create-stack --cli-read-timeout 0 --stack-name t1531 --template-body "file://$here/dns.yaml" \
		--parameters "ParameterKey=ZoneId,ParameterValue=$cfn_zone" >/dev/null &&
	record_sets "$cfn_zone" >cfn.sets &&
	record_sets "$TERRACE_VAR_ZoneId" >terrace.sets &&
	test_equal 7 "$(wc -l <terrace.sets)" &&
	test_cmp cfn.sets terrace.sets
'

test_done
