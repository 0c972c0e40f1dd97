#!/usr/bin/env bash
# t1530-route53-records: aws.route53.record and aws.route53.record_group
# against moto, in a hosted zone made with the AWS CLI (its id a variable):
# a record with values, an alias to it, a weighted pair, a group of three
# record sets made in one batch; each read back with
# list-resource-record-sets; a second plan clean; an update in place (an
# UPSERT), a group's update (one added, one changed, one taken out); a new
# name replaces a record; a record set someone else made is refused, the
# group's too, naming it, and left as it was; a lost create is adopted;
# import by Terraform's id; destroy leaves the zone as the CLI made it.
# moto refuses a CREATE over a record set as AWS does:
# tests/servers/moto_patches/route53_record_sets.py.
# AWS's words on record sets (route53/rules.c) at validate, no server:
# their twins pass, each refused at its line.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

awscli () {
	s3 "$@"
}

# rrset NAME TYPE [SETID]: the record set as list-resource-record-sets gives
# it, as sorted JSON (empty when there is none).
rrset () {
	awscli route53 list-resource-record-sets --hosted-zone-id "$ZONE" --output json |
		python3 -c 'import json, sys
want = sys.argv[1].lower().rstrip(".") + ".", sys.argv[2], (sys.argv[3:] or [None])[0]
for r in json.load(sys.stdin)["ResourceRecordSets"]:
    if (r["Name"].lower(), r["Type"], r.get("SetIdentifier")) == want:
        print(json.dumps(r, sort_keys=True))' "$@"
}

# values NAME TYPE [SETID]: its values, space-separated.
values () {
	rrset "$@" >rr.json && json_get rr.json "\" \".join(v[\"Value\"] for v in d[\"ResourceRecords\"])"
}

# count: how many record sets the zone holds.
count () {
	awscli route53 list-resource-record-sets --hosted-zone-id "$ZONE" --output json \
		--query "length(ResourceRecordSets)"
}

records_stack () {
	write_stack stack.yaml '  zone_id: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  www:
	    type: aws.route53.record
	    zone_id: \${var.zone_id}
	    name: ${WWW:-www}.t1530.test
	    record_type: A
	    ttl: ${TTL:-300}
	    records: [${WWW_IPS:-192.0.2.10}]
	  alias:
	    type: aws.route53.record
	    zone_id: \${var.zone_id}
	    name: app.t1530.test
	    record_type: A
	    alias:
	      name: \${www.name}
	      zone_id: \${var.zone_id}
	  blue:
	    type: aws.route53.record
	    zone_id: \${var.zone_id}
	    name: api.t1530.test
	    record_type: A
	    set_identifier: blue
	    weight: 70
	    ttl: 60
	    records: [192.0.2.20]
	  green:
	    type: aws.route53.record
	    zone_id: \${var.zone_id}
	    name: api.t1530.test
	    record_type: A
	    set_identifier: green
	    weight: 30
	    ttl: 60
	    records: [192.0.2.30]
	  mail:
	    type: aws.route53.record_group
	    zone_id: \${var.zone_id}
	    records:
	YAML
	cat >>stack.yaml <<-YAML
	      - {name: t1530.test, record_type: MX, ttl: 300, records: ["10 mx1.t1530.test", "20 mx2.t1530.test"]}
	      - {name: t1530.test, record_type: TXT, ttl: 300, records: ["\"v=spf1 ${SPF:-mx} -all\""]}
	YAML
	if test -z "$NO_MX1"; then
		echo '      - {name: mx1.t1530.test, record_type: A, ttl: 300, records: [192.0.2.25]}' >>stack.yaml
	fi
	if test -n "$MX2"; then
		echo '      - {name: mx2.t1530.test, record_type: A, ttl: 300, records: [192.0.2.26]}' >>stack.yaml
	fi
	return 0
}

test_expect_success 'setup: a hosted zone' '
	awscli route53 create-hosted-zone --name t1530.test --caller-reference t1530 \
		--output text --query HostedZone.Id >zone.id &&
	ZONE=$(sed "s|/hostedzone/||" zone.id) &&
	test -n "$ZONE" &&
	echo "$ZONE" >zone &&
	test_equal 2 "$(count)"
'
ZONE=$(cat zone 2>/dev/null)
export TERRACE_VAR_zone_id=$ZONE

test_expect_success 'apply: a record, an alias, a weighted pair and a group of three in one batch' '
	records_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	test_equal 192.0.2.10 "$(values www.t1530.test A)" &&
	test_equal 300 "$(json_get rr.json "d[\"TTL\"]")" &&
	rrset app.t1530.test A >alias.json &&
	test_equal www.t1530.test "$(json_get alias.json "d[\"AliasTarget\"][\"DNSName\"].rstrip(\".\")")" &&
	test_equal 192.0.2.20 "$(values api.t1530.test A blue)" &&
	test_equal 70 "$(json_get rr.json "d[\"Weight\"]")" &&
	test_equal 192.0.2.30 "$(values api.t1530.test A green)" &&
	test_equal 30 "$(json_get rr.json "d[\"Weight\"]")" &&
	test_equal "10 mx1.t1530.test 20 mx2.t1530.test" "$(values t1530.test MX)" &&
	test_equal "\"v=spf1 mx -all\"" "$(values t1530.test TXT)" &&
	test_equal 192.0.2.25 "$(values mx1.t1530.test A)" &&
	test_equal 9 "$(count)" &&
	test_equal "${ZONE}_api.t1530.test_A_blue" \
		"$(json_get terrace.state.json "d[\"resources\"][\"blue\"][\"id\"]")" &&
	test_equal "$ZONE" "$(json_get terrace.state.json "d[\"resources\"][\"mail\"][\"id\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new TTL and values are an update in place (an UPSERT)' '
	TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" records_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "192.0.2.11 192.0.2.12" "$(values www.t1530.test A)" &&
	test_equal 120 "$(json_get rr.json "d[\"TTL\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a group adds, changes and takes out record sets in one update' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" &&
	NO_MX1=1 MX2=1 SPF="mx a" records_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "\"v=spf1 mx a -all\"" "$(values t1530.test TXT)" &&
	test_equal 192.0.2.26 "$(values mx2.t1530.test A)" &&
	rrset mx1.t1530.test A >gone && test_empty gone &&
	NO_MX1=1 MX2=1 SPF="mx a" records_stack &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new name replaces the record: the old one is deleted' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" NO_MX1=1 MX2=1 SPF="mx a" &&
	WWW=web records_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "name .*# forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	rrset www.t1530.test A >gone && test_empty gone &&
	test_equal "192.0.2.11 192.0.2.12" "$(values web.t1530.test A)" &&
	rrset app.t1530.test A >alias.json &&
	test_equal web.t1530.test "$(json_get alias.json "d[\"AliasTarget\"][\"DNSName\"].rstrip(\".\")")" &&
	WWW=web records_stack &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

cat >taken.json <<-\EOF
{"Changes": [{"Action": "CREATE", "ResourceRecordSet": {"Name": "taken.t1530.test", "Type": "A",
 "TTL": 60, "ResourceRecords": [{"Value": "198.51.100.1"}]}}]}
EOF

test_expect_success 'a record set someone else made is refused, naming it, and left as it was' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" NO_MX1=1 MX2=1 SPF="mx a" WWW=web &&
	awscli route53 change-resource-record-sets --hosted-zone-id "$ZONE" \
		--change-batch file://taken.json >/dev/null &&
	records_stack &&
	cat >>stack.yaml <<-\YAML &&
	  taken:
	    type: aws.route53.record
	    zone_id: ${var.zone_id}
	    name: taken.t1530.test
	    record_type: A
	    ttl: 300
	    records: [192.0.2.99]
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "aws.route53.record: record set taken.t1530.test A in zone $ZONE already exists but is not in this state: import it or choose another name" &&
	test_contains err "Tried to create resource record set [name='"'"'taken.t1530.test.'"'"', type='"'"'A'"'"'] but it already exists" &&
	test_equal 198.51.100.1 "$(values taken.t1530.test A)" &&
	records_stack &&
	echo "      - {name: taken.t1530.test, record_type: A, ttl: 300, records: [192.0.2.99]}" >>stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "a record set this update adds exists already and is not in this state" &&
	test_equal 198.51.100.1 "$(values taken.t1530.test A)" &&
	test_equal 192.0.2.26 "$(values mx2.t1530.test A)"
'

test_expect_success 'a record set a lost create made is adopted' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" NO_MX1=1 MX2=1 SPF="mx a" WWW=web &&
	cat >lost.json <<-\EOF &&
	{"Changes": [{"Action": "CREATE", "ResourceRecordSet": {"Name": "lost.t1530.test", "Type": "A",
	 "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.77"}]}}]}
	EOF
	awscli route53 change-resource-record-sets --hosted-zone-id "$ZONE" \
		--change-batch file://lost.json >/dev/null &&
	records_stack &&
	cat >>stack.yaml <<-\YAML &&
	  lost:
	    type: aws.route53.record
	    zone_id: ${var.zone_id}
	    name: lost.t1530.test
	    record_type: A
	    ttl: 300
	    records: [192.0.2.77]
	YAML
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	st["resources"]["lost"] = {
	    "type": "aws.route53.record", "provider": st["resources"]["www"]["provider"],
	    "status": "pending", "attributes": {"name": "lost.t1530.test"},
	    "sensitive_attributes": [], "dependencies": []}
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "${ZONE}_lost.t1530.test_A" \
		"$(json_get terrace.state.json "d[\"resources\"][\"lost\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by ZONE_NAME_TYPE, then no changes; a bad id is refused' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" NO_MX1=1 MX2=1 SPF="mx a" WWW=web &&
	records_stack &&
	cat >>stack.yaml <<-\YAML &&
	  lost:
	    type: aws.route53.record
	    zone_id: ${var.zone_id}
	    name: lost.t1530.test
	    record_type: A
	    ttl: 300
	    records: [192.0.2.77]
	  taken:
	    type: aws.route53.record
	    zone_id: ${var.zone_id}
	    name: taken.t1530.test
	    record_type: A
	    ttl: 60
	    records: [198.51.100.1]
	YAML
	test_expect_code 1 terrace import taken "${ZONE}_taken.t1530.test" >out 2>err &&
	test_contains err "is not ZONE_NAME_TYPE or ZONE_NAME_TYPE_SETIDENTIFIER" &&
	terrace import taken "${ZONE}_taken.t1530.test_A" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy deletes every record set it made; the zone keeps its own' '
	export TTL=120 WWW_IPS="192.0.2.11, 192.0.2.12" NO_MX1=1 MX2=1 SPF="mx a" WWW=web &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	test_equal 2 "$(count)"
'


# words_stack: record sets Route 53 refuses by AWS's words, in words/ (no
# server: validate): a CloudFront alias whose target health is the variable
# health, a weighted pair (BLUE_WEIGHT the blue one's weight line, GREEN_SET
# the green one's set identifier).
words_stack () {
	mkdir -p words &&
	cat >words/stack.yaml <<-YAML
	stack: words-route53
	variables:
	  health: {type: bool, default: false}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  cdn:
	    type: aws.route53.record
	    zone_id: Z0123456789ABCDEFGHIJ
	    name: cdn.example.com
	    record_type: A
	    alias: {name: d111111abcdef8.cloudfront.net, zone_id: Z2FDTNDATAQYW2, evaluate_target_health: "\${var.health}"}
	  blue:
	    type: aws.route53.record
	    zone_id: Z0123456789ABCDEFGHIJ
	    name: www.example.com
	    record_type: A
	    ttl: 60
	    records: [192.0.2.10]
	    set_identifier: blue
	    ${BLUE_WEIGHT:-weight: 70}
	  green:
	    type: aws.route53.record
	    zone_id: Z0123456789ABCDEFGHIJ
	    name: www.example.com
	    record_type: A
	    ttl: 60
	    records: [192.0.2.11]
	    set_identifier: ${GREEN_SET:-green}
	    weight: 30
	YAML
}

test_expect_success 'AWS'"'"'s words at validate: the twins pass; a CloudFront alias evaluating target health (a variable), a weighted record without a weight, one set identifier twice are refused at their lines; exit 1' '
	words_stack &&
	(cd words && terrace validate -no-color >../out 2>../err) &&
	test_line out "Success! The stack is valid (3 resources)." &&
	test_empty err &&
	(cd words && test_expect_code 1 terrace validate -no-color -var health=true >../out 2>../err) &&
	test_line err "./stack.yaml:12:5: error: resource \"cdn\" (aws.route53.record): alias.evaluate_target_health: true, but it must not be \"true\" when alias.zone_id matches \"(^|/)Z2FDTNDATAQYW2\$\": AWS says \"You can'"'"'t set EvaluateTargetHealth to true when the alias target is a CloudFront distribution.\" (route53 ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet.AliasTarget.EvaluateTargetHealth)" &&
	test_equal 1 "$(grep -c "error:" err)" &&
	BLUE_WEIGHT="# no weight" words_stack &&
	(cd words && test_expect_code 1 terrace validate -no-color >../out 2>../err) &&
	test_line err "./stack.yaml:13:3: error: resource \"blue\" (aws.route53.record): weight: it is not set, but it must be set when set_identifier is set and failover is not set: AWS says \"You must specify a value for the Weight element for every weighted resource record set.\" (route53 ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet.Weight)" &&
	test_equal 1 "$(grep -c "error:" err)" &&
	GREEN_SET=blue words_stack &&
	(cd words && test_expect_code 1 terrace validate -no-color >../out 2>../err) &&
	test_line err "./stack.yaml:29:5: error: resource \"green\" (aws.route53.record): set_identifier: record set www.example.com (A) of one zone, name and type as resource \"blue\"'"'"'s: AWS says \"In a group of resource record sets that have the same name and type, the value of SetIdentifier must be unique for each resource record set.\" (route53 ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet.SetIdentifier)" &&
	test_line err "resource \"blue\" set_identifier is at ./stack.yaml:20:5" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_done
