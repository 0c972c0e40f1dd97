#!/usr/bin/env bash
# t1574-route53-zone-lookup: the lookup aws.route53.zone (Terraform's
# aws_route53_zone) against moto, in zones made with botocore: a public zone
# by its name written in another case and with its final dot, a private zone
# of the same name chosen by its VPC, another by its tags, a zone by its id;
# one of 101 zones of one name chosen by a tag only the last has (a second
# page of ListHostedZonesByName: moto pages as AWS does,
# tests/servers/moto_patches/route53_list_hosted_zones_by_name.py). Each
# result (id, name, arn, kind, name servers, counts, tags) is checked against
# what the API says (the count as the apply's plan read it, before the
# record, kept in the state for terrace console); a record made in the zone found lands there, and a
# second plan is clean. A lookup that finds none, or several, fails naming
# the lookup, what it looked for and what it found; zone_id with name, and
# vpc_id with private_zone false, are refused.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# The zones, made outside terrace; their ids (and the VPCs') into zones.env.
servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" >zones.env <<-'EOF' ||
import sys
import botocore.session
endpoint, key, secret = sys.argv[1:4]
session = botocore.session.get_session()
def client(name):
    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
                                 aws_access_key_id=key, aws_secret_access_key=secret)
ec2, r53 = client("ec2"), client("route53")
vpc = [ec2.create_vpc(CidrBlock=f"10.{n}.0.0/16")["Vpc"]["VpcId"] for n in (74, 75)]
def zone(name, ref, tags, vpc_id=None):
    args = {"Name": name, "CallerReference": ref}
    if vpc_id:
        args["VPC"] = {"VPCRegion": "us-east-1", "VPCId": vpc_id}
        args["HostedZoneConfig"] = {"PrivateZone": True, "Comment": ref}
    zid = r53.create_hosted_zone(**args)["HostedZone"]["Id"].split("/")[-1]
    if tags:
        r53.change_tags_for_resource(ResourceType="hostedzone", ResourceId=zid,
                                     AddTags=[{"Key": k, "Value": v} for k, v in tags.items()])
    return zid
print(f"VPC1={vpc[0]}")
print(f"PUB={zone('t1574.test', 'public', {'team': 'web'})}")
print(f"PRIV1={zone('t1574.test', 'private-1', {'team': 'a'}, vpc[0])}")
print(f"PRIV2={zone('t1574.test', 'private-2', {'team': 'b'}, vpc[1])}")
many = sorted(zone("many.t1574.test", f"many-{i}", None) for i in range(101))
r53.change_tags_for_resource(ResourceType="hostedzone", ResourceId=many[-1],
                             AddTags=[{"Key": "pick", "Value": "yes"}])
print(f"MANY_LAST={many[-1]}")
EOF
	test_fail_setup "the zones were not made"
. ./zones.env

route53 () {
	s3 route53 --output json "$@"
}

# lookup_stack [DATA_LINE...]: the stack of the lookups, a record in the
# public zone found and outputs of the results; with arguments, those
# lines as its only lookups (for the failures).
lookup_stack () {
	write_stack stack.yaml
	echo "data:" >>stack.yaml
	if test $# -gt 0; then
		printf '  %s\n' "$@" >>stack.yaml
		echo "resources: {}" >>stack.yaml
		return 0
	fi
	cat >>stack.yaml <<-YAML
	  pub: {type: aws.route53.zone, name: T1574.Test.}
	  priv_a: {type: aws.route53.zone, name: t1574.test, vpc_id: $VPC1}
	  priv_b: {type: aws.route53.zone, name: t1574.test, private_zone: true, tags: {team: b}}
	  by_id: {type: aws.route53.zone, zone_id: "\${data.pub.zone_id}"}
	  many: {type: aws.route53.zone, name: many.t1574.test, tags: {pick: "yes"}}
	resources:
	  www:
	    type: aws.route53.record
	    zone_id: \${data.pub.zone_id}
	    name: www.\${data.pub.name}
	    record_type: A
	    ttl: 300
	    records: [192.0.2.74]
	outputs:
	  pub_id: {value: "\${data.pub.id}"}
	  pub_zone_id: {value: "\${data.pub.zone_id}"}
	  pub_name: {value: "\${data.pub.name}"}
	  pub_arn: {value: "\${data.pub.arn}"}
	  pub_private: {value: "\${data.pub.private_zone}"}
	  pub_ns: {value: "\${join(\" \", data.pub.name_servers)}"}
	  pub_primary: {value: "\${data.pub.primary_name_server}"}
	  pub_tags: {value: "\${jsonencode(data.pub.tags)}"}
	  priv_a: {value: "\${data.priv_a.id}"}
	  priv_a_private: {value: "\${data.priv_a.private_zone}"}
	  priv_a_comment: {value: "\${data.priv_a.comment}"}
	  priv_a_ns: {value: "\${join(\" \", data.priv_a.name_servers)}"}
	  priv_b: {value: "\${data.priv_b.id}"}
	  by_id: {value: "\${data.by_id.name}"}
	  many: {value: "\${data.many.id}"}
	YAML
}

line_of () {
	echo "./stack.yaml:$(grep -n "^  $1:" stack.yaml | cut -d: -f1):3"
}

test_expect_success 'zones by name (case and final dot aside), VPC, tags and id; a record in the one found' '
	lookup_stack &&
	route53 get-hosted-zone --id "$PUB" >pub.json &&
	terrace validate >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "$PUB" "$(terrace output -raw pub_id)" &&
	test_equal "$PUB" "$(terrace output -raw pub_zone_id)" &&
	test_equal t1574.test "$(terrace output -raw pub_name)" &&
	test_equal "arn:aws:route53:::hostedzone/$PUB" "$(terrace output -raw pub_arn)" &&
	test_equal false "$(terrace output -raw pub_private)" &&
	test_equal "$(json_get pub.json "\" \".join(d[\"DelegationSet\"][\"NameServers\"])")" \
		"$(terrace output -raw pub_ns)" &&
	test_equal "$(json_get pub.json "d[\"DelegationSet\"][\"NameServers\"][0]")" \
		"$(terrace output -raw pub_primary)" &&
	echo data.pub.resource_record_set_count >in &&
	terrace console <in >count &&
	test_equal "$(json_get pub.json "d[\"HostedZone\"][\"ResourceRecordSetCount\"]")" "$(cat count)" &&
	test_equal "{\"team\":\"web\"}" "$(terrace output -raw pub_tags)" &&
	test_equal "$PRIV1" "$(terrace output -raw priv_a)" &&
	test_equal true "$(terrace output -raw priv_a_private)" &&
	test_equal private-1 "$(terrace output -raw priv_a_comment)" &&
	route53 list-resource-record-sets --hosted-zone-id "$PRIV1" >priv.json &&
	test_equal "$(json_get priv.json "\" \".join(v[\"Value\"] for r in d[\"ResourceRecordSets\"] if r[\"Type\"] == \"NS\" for v in r[\"ResourceRecords\"])")" \
		"$(terrace output -raw priv_a_ns)" &&
	test -n "$(terrace output -raw priv_a_ns)" &&
	test_equal "$PRIV2" "$(terrace output -raw priv_b)" &&
	test_equal t1574.test "$(terrace output -raw by_id)" &&
	test_equal "$MANY_LAST" "$(terrace output -raw many)" &&
	route53 list-resource-record-sets --hosted-zone-id "$PUB" >sets.json &&
	test_equal "192.0.2.74" "$(json_get sets.json "\" \".join(v[\"Value\"] for r in d[\"ResourceRecordSets\"] if r[\"Name\"] == \"www.t1574.test.\" for v in r[\"ResourceRecords\"])")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a lookup that finds no zone fails naming it, what it looked for and how many have the name' '
	lookup_stack "gone: {type: aws.route53.zone, name: absent.t1574.test}" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of gone): error: lookup data.gone (aws.route53.zone): no Route 53 hosted zone matches name \"absent.t1574.test\", public (0 zones are of that name)" &&
	lookup_stack "gone: {type: aws.route53.zone, name: t1574.test, vpc_id: vpc-0000000000000000a}" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of gone): error: lookup data.gone (aws.route53.zone): no Route 53 hosted zone matches name \"t1574.test\", private in VPC vpc-0000000000000000a (3 zones are of that name)"
'

test_expect_success 'a lookup that finds several zones fails naming them' '
	lookup_stack "both: {type: aws.route53.zone, name: t1574.test, private_zone: true}" &&
	test_expect_code 1 terrace plan >out 2>err &&
	ids=$(printf "%s\n" "$PRIV1" "$PRIV2" | sort | tr "\n" " " | sed "s/ \$//") &&
	test_contains err "$(line_of both): error: lookup data.both (aws.route53.zone): more than one Route 53 hosted zone matches name \"t1574.test\", private (2 do: $ids; give vpc_id, tags or zone_id to choose)"
'

test_expect_success 'zone_id with name, and vpc_id of a public zone, are refused' '
	lookup_stack "z: {type: aws.route53.zone, name: t1574.test, zone_id: $PUB}" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of z): error: lookup data.z (aws.route53.zone): give zone_id or name, not both" &&
	lookup_stack "z: {type: aws.route53.zone, name: t1574.test, vpc_id: $VPC1, private_zone: false}" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of z): error: lookup data.z (aws.route53.zone): vpc_id chooses among private zones, and private_zone is false"
'

test_expect_success 'destroy deletes the record and leaves the zones' '
	lookup_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	route53 list-resource-record-sets --hosted-zone-id "$PUB" >sets.json &&
	test_equal "NS SOA" "$(json_get sets.json "\" \".join(sorted(r[\"Type\"] for r in d[\"ResourceRecordSets\"]))")" &&
	route53 get-hosted-zone --id "$PRIV2" >/dev/null
'

test_done
