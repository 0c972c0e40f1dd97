#!/usr/bin/env bash
# t1576-convert-terraform-route53: `terrace convert` of a Terraform module's
# DNS names (t1576/site): data "aws_route53_zone" as the lookup
# aws.route53.zone, aws_route53_record as aws.route53.record (type as
# record_type; a plain record whose short name Terraform completes with the
# zone's, an alias to it by its fqdn, a weighted pair by for_each, a
# failover primary, the zone's apex), nothing left out. On moto, in a zone
# made with the AWS CLI, the stack validates, applies, holds the record sets
# Terraform would make (names completed), its outputs are the fqdn and the
# zone's id, and a second plan is clean. With a Terraform state, each
# record is imported by Terraform's id (ZONE_NAME_TYPE[_SETID], terrace's
# too). What the written type cannot hold
# (t1576/beyond: latency routing, allow_overwrite, a short name in a zone
# the stack cannot name) is named with why, exit 3.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_HERE/t1576

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# record_lines ZONE: the zone's record sets but its NS and SOA, one a line:
# name, type, set identifier, weight, failover, TTL, then the values or
# "alias" and the target's name; sorted.
record_lines () {
	aws_cli route53 list-resource-record-sets --hosted-zone-id "$1" |
		python3 -c 'import json, sys
out = []
for r in json.load(sys.stdin)["ResourceRecordSets"]:
    if r["Type"] in ("NS", "SOA"):
        continue
    what = ["alias", r["AliasTarget"]["DNSName"].rstrip(".")] if "AliasTarget" in r else \
        [v["Value"] for v in r["ResourceRecords"]]
    out.append(" ".join(str(x) for x in [r["Name"].rstrip("."), r["Type"], r.get("SetIdentifier", "-"),
                                         r.get("Weight", "-"), r.get("Failover", "-"),
                                         r.get("TTL", "-")] + what))
print("\n".join(sorted(out)))'
}

test_expect_success 'convert: the zone as a lookup, each record as aws.route53.record, nothing left out' '
	mkdir made &&
	terrace convert "$here/site" >made/stack.yaml 2>err &&
	test_empty err &&
	terrace fmt -check made/stack.yaml &&
	test_line made/stack.yaml "type: aws.route53.zone" &&
	test_line made/stack.yaml "name: \${var.domain}." &&
	test_equal 6 "$(grep -c "zone_id: \${data.site.zone_id}\$" made/stack.yaml)" &&
	test_equal 5 "$(grep -c "type: aws.route53.record\$" made/stack.yaml)" &&
	test_line made/stack.yaml "name: www.\${data.site.name}" &&
	test_line made/stack.yaml "name: \${data.site.name}" &&
	test_line made/stack.yaml "record_type: CNAME" &&
	test_line made/stack.yaml "weight: \${each.value}" &&
	test_line made/stack.yaml "failover: PRIMARY" &&
	test_line made/stack.yaml "name: \${www.name}" &&
	test_line made/stack.yaml "value: \${www.name}" &&
	test_not_contains made/stack.yaml "routing_policy"
'

test_expect_success 'the stack validates, applies on moto in the zone of that name and plans no change' '
	aws_cli route53 create-hosted-zone --name t1576.test --caller-reference t1576 \
		--query HostedZone.Id --output text >zone.id &&
	zone=$(sed "s|/hostedzone/||" zone.id) &&
	write_stack made/moto.yaml &&
	sed -i "/^stack: /d" made/moto.yaml &&
	(cd made && terrace validate >../out 2>../err &&
	 terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	cat >expect <<-\EOF &&
	api.t1576.test CNAME blue 90 - 60 blue.t1576.test
	api.t1576.test CNAME green 10 - 60 green.t1576.test
	app.t1576.test A - - - - alias www.t1576.test
	db.t1576.test CNAME primary - PRIMARY 60 db1.t1576.test
	t1576.test MX - - - 300 10 mail.t1576.test
	www.t1576.test A - - - 300 192.0.2.76 192.0.2.77
	EOF
	record_lines "$zone" >actual &&
	test_cmp expect actual &&
	(cd made && terrace output -raw www_fqdn >../fqdn && terrace output -raw zone_id >../zone) &&
	test_equal www.t1576.test "$(cat fqdn)" &&
	test_equal "$zone" "$(cat zone)" &&
	(cd made && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'with a state: each record imported by Terraform'"'"'s id, which is terrace'"'"'s' '
	cat >state.json <<-\EOF &&
	{"version": 4, "resources": [
	 {"mode": "managed", "type": "aws_route53_record", "name": "www",
	  "instances": [{"attributes": {"id": "Z76_www.t1576.test_A"}}]},
	 {"mode": "managed", "type": "aws_route53_record", "name": "api",
	  "instances": [{"index_key": "blue", "attributes": {"id": "Z76_api.t1576.test_CNAME_blue"}}]}]}
	EOF
	terrace convert -existing state.json "$here/site" >imported.yaml 2>err &&
	test_empty err &&
	test_line imported.yaml "- to: www" &&
	test_line imported.yaml "id: Z76_www.t1576.test_A" &&
	test_line imported.yaml "- to: api[\"blue\"]" &&
	test_line imported.yaml "id: Z76_api.t1576.test_CNAME_blue"
'

test_expect_success 'what aws.route53.record cannot hold is named with why (exit 3)' '
	test_expect_code 3 terrace convert "$here/beyond" >beyond.yaml 2>err &&
	test_contains err "beyond/main.tf:14:3: warning: resource \"aws_route53_record\" left out: terrace'\''s aws.route53.record routes by weight and failover only" &&
	test_contains err "beyond/main.tf:25:3: warning: allow_overwrite left out: terrace never overwrites a record set it did not make" &&
	test_contains err "beyond/main.tf:21:3: warning: name \"mail\" kept as written: Terraform adds the zone'\''s name to it, and the stack cannot name the zone (write the whole name)" &&
	test_line err "3 constructs left out (the warnings above say which and why)" &&
	test_not_contains beyond.yaml "eu.t1576.test" &&
	test_not_contains beyond.yaml "allow_overwrite" &&
	test_line beyond.yaml "name: mail"
'

test_done
