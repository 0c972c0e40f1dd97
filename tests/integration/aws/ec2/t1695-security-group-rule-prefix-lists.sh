#!/usr/bin/env bash
# t1695-security-group-rule-prefix-lists: aws.ec2.security_group_rule's
# prefix_list_ids against moto, Terraform's aws_security_group_rule's list:
# one resource, a rule of each prefix list, planned while the list is
# known at apply only (an awscc.ec2.prefix_list made in the same run, as
# terraform-aws-security-group's `complete` example writes it) and applied
# so; a list of two applied (authorized in one call, the AWS CLI reads both
# rules back), no change after, imported by its id (the list in brackets),
# destroyed (both revoked); beside prefix_list_id refused.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

rid () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# ingress GROUP_ID: the group's ingress rules as EC2 lists them, one
# "PROTO FROM-TO PREFIX_LIST" a line, sorted.
ingress () {
	ec2 describe-security-groups --group-ids "$1" --output json \
		--query "SecurityGroups[0].IpPermissions" |
		python3 -c 'import json, sys
out = []
for p in json.load(sys.stdin) or []:
    for l in p.get("PrefixListIds", []):
        out.append("%s %s-%s %s" % (p["IpProtocol"], p.get("FromPort"), p.get("ToPort"), l["PrefixListId"]))
print("\n".join(sorted(out)))'
}

S3_PL=$(ec2 describe-managed-prefix-lists --output text \
	--filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3 \
	--query "PrefixLists[0].PrefixListId")

test_expect_success 'setup: moto has the S3 prefix list; a second list made with the aws CLI' '
	test_match <(echo "$S3_PL") "^pl-" &&
	ec2 create-managed-prefix-list --prefix-list-name office --address-family IPv4 \
		--max-entries 1 --entries Cidr=203.0.113.0/24 --output text \
		--query PrefixList.PrefixListId >office.id &&
	test_match office.id "^pl-"
'

test_expect_success 'a rule of a list known at apply only plans as one instance, and applies' '
	mkdir unknown &&
	write_stack unknown/stack.yaml &&
	cat >>unknown/stack.yaml <<-YAML &&
	resources:
	  main:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/16
	  lists:
	    type: aws.ec2.security_group
	    name: lists
	    description: HTTPS from prefix lists
	    vpc_id: \${main.vpc_id}
	  vpc_list:
	    type: awscc.ec2.prefix_list
	    prefix_list_name: vpc
	    address_family: IPv4
	    max_entries: 1
	    entries:
	      - cidr: 10.0.0.0/16
	  https:
	    type: aws.ec2.security_group_rule
	    count: 2
	    security_group_id: \${lists.group_id}
	    direction: ingress
	    protocol: tcp
	    from_port: "\${count.index == 0 ? 443 : 80}"
	    prefix_list_ids: '\''\${compact(split(",", join(",", [vpc_list.prefix_list_id])))}'\''
	YAML
	(cd unknown && terrace plan -input=false >../out 2>../err) &&
	test_line out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_match out "prefix_list_ids *= \\(known after apply\\)" &&
	(cd unknown && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	(cd unknown && rid vpc_list && rid lists) >ids &&
	printf "tcp %s %s\n" 443-443 "$(head -1 ids)" 80-80 "$(head -1 ids)" | sort >expect &&
	ingress "$(tail -1 ids)" >got && test_cmp expect got &&
	(cd unknown && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 5 destroyed."
'

test_expect_success 'apply authorizes a rule of each prefix list; the aws CLI reads both back; no change after' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  main:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/16
	  lists:
	    type: aws.ec2.security_group
	    name: lists
	    description: HTTPS from prefix lists
	    vpc_id: \${main.vpc_id}
	  https:
	    type: aws.ec2.security_group_rule
	    security_group_id: \${lists.group_id}
	    direction: ingress
	    protocol: tcp
	    from_port: 443
	    prefix_list_ids: [$(cat office.id), $S3_PL]
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	rid lists >group.id &&
	rid main >vpc.id &&
	printf "tcp 443-443 %s\n" "$(cat office.id)" "$S3_PL" | sort >expect &&
	ingress "$(cat group.id)" >got && test_cmp expect got &&
	test_equal "$(cat group.id)/ingress/tcp/443/443/[$(cat office.id),$S3_PL]" "$(rid https)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'the rule is imported by its id, the list in brackets, then no changes' '
	mkdir imp &&
	cp stack.yaml imp/ &&
	(cd imp &&
	 terrace import main "$(cat ../vpc.id)" >../out 2>../err &&
	 terrace import lists "$(cat ../group.id)" >../out 2>../err &&
	 terrace import https "$(cat ../group.id)/ingress/tcp/443/443/[$(cat ../office.id),$S3_PL]" \
		>../out 2>../err &&
	 terrace state show https >../out 2>../err) &&
	test_contains out "\"$(cat office.id)\"," &&
	test_contains out "\"$S3_PL\"," &&
	(cd imp && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'destroy revokes the rule of each list' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_empty <(ec2 describe-security-groups --output text \
		--filters Name=group-name,Values=lists --query "SecurityGroups[].GroupId" | sed "/^$/d")
'

test_expect_success 'prefix_list_ids beside prefix_list_id: refused' '
	mkdir two &&
	write_stack two/stack.yaml &&
	cat >>two/stack.yaml <<-YAML &&
	resources:
	  two:
	    type: aws.ec2.security_group_rule
	    security_group_id: sg-12345678
	    direction: ingress
	    protocol: tcp
	    from_port: 80
	    prefix_list_id: $S3_PL
	    prefix_list_ids: [$S3_PL]
	YAML
	(cd two && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "set only one of cidr_block, source_security_group_id, prefix_list_id, prefix_list_ids and self: true"
'

test_done
