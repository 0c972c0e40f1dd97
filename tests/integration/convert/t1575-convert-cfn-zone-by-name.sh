#!/usr/bin/env bash
# t1575-convert-cfn-zone-by-name: `terrace convert` of record sets that name
# their zone by HostedZoneName (t1575/dns.yaml: values and a TTL, a weighted
# pair, a CloudFront alias, a group of two; the zone's name literal and
# through a parameter). Each distinct name becomes one aws.route53.zone
# lookup and zone_id its id; an alias's HostedZoneId stays as written; Ref
# of a RecordSet is its name (stacks/cfn_ref.gen.c: ${Www.name}). On moto,
# in a zone made with the AWS CLI, the stack validates, applies and plans no
# change, its output is the record's name; after its destroy moto's own
# CloudFormation makes the template in the same zone: the same record sets,
# and the same output.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_HERE/t1575

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# record_sets ZONE: the zone's record sets but its own NS and SOA, one a
# line, made normal (record_sets.py).
record_sets () {
	aws_cli route53 list-resource-record-sets --hosted-zone-id "$1" |
		python3 "$TEST_HERE/record_sets.py"
}

test_expect_success 'convert: HostedZoneName as one aws.route53.zone lookup per name, zone_id its id' '
	mkdir made &&
	terrace convert "$here/dns.yaml" >made/stack.yaml 2>err &&
	test_not_contains err "HostedZoneName" &&
	terrace fmt -check made/stack.yaml &&
	test_equal 2 "$(grep -c "type: aws.route53.zone\$" made/stack.yaml)" &&
	test_line made/stack.yaml "zone_t1575_test:" &&
	test_line made/stack.yaml "name: t1575.test." &&
	test_line made/stack.yaml "zone_domain:" &&
	test_line made/stack.yaml "name: \${var.Domain}." &&
	test_equal 4 "$(grep -c "zone_id: \${data.zone_t1575_test.id}\$" made/stack.yaml)" &&
	test_line made/stack.yaml "zone_id: \${data.zone_domain.id}" &&
	test_line made/stack.yaml "zone_id: Z2FDTNDATAQYW2" &&
	test_line made/stack.yaml "value: \${Www.name}"
'

test_expect_success 'the stack validates, applies on moto in the zone of that name and plans no change' '
	aws_cli route53 create-hosted-zone --name t1575.test --caller-reference t1575 \
		--query HostedZone.Id --output text >zone.id &&
	zone=$(sed "s|/hostedzone/||" zone.id) &&
	write_stack made/moto.yaml &&
	sed -i "/^stack: /d" made/moto.yaml &&
	(cd made && terrace validate >../out 2>../err &&
	 terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	(cd made && terrace output -raw WwwName >../raw.output) &&
	echo "$(cat raw.output)" >terrace.output &&
	test_equal www.t1575.test "$(cat terrace.output)" &&
	record_sets "$zone" >terrace.sets &&
	test_equal 6 "$(wc -l <terrace.sets)" &&
	grep -q "\"HostedZoneId\": \"Z2FDTNDATAQYW2\"" terrace.sets &&
	(cd made && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'moto'"'"'s CloudFormation makes the same record sets, and the same Ref, in that zone' '
	(cd made && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 5 destroyed." &&
	test_equal "" "$(record_sets "$(sed "s|/hostedzone/||" zone.id)")" &&
	aws_cli cloudformation create-stack --cli-read-timeout 0 --stack-name t1575 \
		--template-body "file://$here/dns.yaml" >/dev/null &&
	record_sets "$(sed "s|/hostedzone/||" zone.id)" >cfn.sets &&
	test_cmp cfn.sets terrace.sets &&
	aws_cli cloudformation describe-stacks --stack-name t1575 \
		--query "Stacks[0].Outputs[?OutputKey==\`WwwName\`].OutputValue" --output text >cfn.output &&
	test_cmp cfn.output terrace.output
'

test_done
