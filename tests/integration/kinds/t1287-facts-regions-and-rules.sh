#!/usr/bin/env bash
# t1287-facts-regions-and-rules: two rules over the facts of the stack's
# graph judged at plan (issue 69 point 2; kinds/facts.c, facts.def):
# - RULE_OWN_REGION: an alarm's alarm_actions, ok_actions and
#   insufficient_data_actions name an SNS topic of the alarm's region only
#   (PutMetricAlarm: "Invalid region R specified. Only R' is supported."):
#   a literal ARN's region, a topic of the stack's provider configuration's
#   region; written, awscc, mixed, through a variable and a module's input;
# - RULE_PAIR_VPC: a security group rule's source group is of its group's
#   VPC ("You have specified two resources that belong to different
#   networks") unless the VPCs are peered: refused only where one of the two
#   VPCs is one the plan makes and the stack joins to nothing (no peering,
#   no transit gateway attachment names it), since no peering outside the
#   stack can join a VPC not made yet; a peering in the stack passes, and so
#   do two groups that exist already (a peering outside the stack may join
#   them: AWS judges). Written, awscc, mixed, through a variable and a
#   module. Validate passes each stack: the facts are known at plan.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

vpc_x=$(aws_server ec2 create-vpc --cidr-block 10.81.0.0/16 --query Vpc.VpcId --output text) &&
vpc_y=$(aws_server ec2 create-vpc --cidr-block 10.82.0.0/16 --query Vpc.VpcId --output text) &&
sg_x=$(aws_server ec2 create-security-group --vpc-id "$vpc_x" --group-name t1287-x --description x --query GroupId --output text) &&
sg_y=$(aws_server ec2 create-security-group --vpc-id "$vpc_y" --group-name t1287-y --description y --query GroupId --output text) ||
	test_fail_setup "the VPCs and groups could not be made"

WEST='  west: {type: aws, region: eu-west-1, endpoint: "${var.endpoint}", path_style: true, access_key: "${var.access_key}", secret_key: "${var.secret_key}"}'
WEST_ARN=arn:aws:sns:eu-west-1:123456789012:t1287-west

alarm () { # NAME TYPE LIST VALUE [PROVIDER]: an alarm whose LIST is VALUE
	if test "$2" = aws; then
		echo "  $1: {type: aws.cloudwatch.metric_alarm, alarm_name: $1, comparison_operator: GreaterThanThreshold, evaluation_periods: 1, metric_name: Errors, namespace: AWS/Lambda, period: 60, statistic: Sum, threshold: 1, $3: $4${5:+, provider: $5}}"
	else
		echo "  $1: {type: awscc.cloudwatch.alarm, comparison_operator: GreaterThanThreshold, evaluation_periods: 1, metric_name: Errors, namespace: AWS/Lambda, period: 60, statistic: Sum, threshold: 1, $3: $4${5:+, provider: $5}}"
	fi
}

mkdir -p mods/alarm mods/rule
cat >mods/alarm/main.yaml <<'EOF'
variables:
  actions: {type: list(string)}
resources:
  inner: {type: awscc.cloudwatch.alarm, comparison_operator: GreaterThanThreshold, evaluation_periods: 1, metric_name: Errors, namespace: AWS/Lambda, period: 60, statistic: Sum, threshold: 1, alarm_actions: "${var.actions}"}
EOF
cat >mods/rule/main.yaml <<'EOF'
variables:
  src: {type: string}
resources:
  net: {type: aws.ec2.vpc, cidr_block: 10.85.0.0/16}
  group: {type: aws.ec2.security_group, name: t1287-mod, description: mod, vpc_id: "${net.vpc_id}"}
  rule: {type: aws.ec2.security_group_rule, direction: ingress, security_group_id: "${group.group_id}", source_security_group_id: "${var.src}", protocol: tcp, from_port: 443, to_port: 443}
EOF

test_expect_success 'an alarm whose action is a topic of another region: plan refuses, written, awscc, mixed, a variable, a module' '
	write_stack stack.yaml "  actions: {type: list(string), default: [\"$WEST_ARN\"]}" &&
	{
		echo "$WEST"
		echo "modules:"
		echo "  mod: {source: ./mods/alarm, actions: [\"$WEST_ARN\"]}"
		echo "resources:"
		echo "  tw: {type: aws.sns.topic, name: t1287-west, provider: west}"
		echo "  tcc: {type: awscc.sns.topic, topic_name: t1287-east}"
		alarm written aws alarm_actions "[\"\${tw.arn}\"]"
		alarm lit awscc ok_actions "[\"$WEST_ARN\"]"
		alarm mixed awscc insufficient_data_actions "[\"\${tw.arn}\"]"
		alarm back aws alarm_actions "[\"\${tcc.topic_arn}\"]" west
		alarm byvar aws alarm_actions "\"\${var.actions}\""
	} >>stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "./stack.yaml:20:221: error: resource \"written\" (aws.cloudwatch.metric_alarm): alarm_actions[0]: \"\${tw.arn}\" is of region eu-west-1, and the resource is made in us-east-1: AWS::CloudWatch::Alarm takes what is of its own region only (\"ValidationError: Invalid region R specified. Only R'"'"' is supported.\"); name one of us-east-1" &&
	test_contains err "resource \"lit\" (awscc.cloudwatch.alarm): ok_actions[0]: \"$WEST_ARN\" is of region eu-west-1, and the resource is made in us-east-1" &&
	test_contains err "resource \"mixed\" (awscc.cloudwatch.alarm): insufficient_data_actions[0]: \"\${tw.arn}\" is of region eu-west-1" &&
	test_contains err "resource \"back\" (aws.cloudwatch.metric_alarm): alarm_actions[0]: \"\${tcc.topic_arn}\" is of region us-east-1, and the resource is made in eu-west-1" &&
	test_contains err "resource \"byvar\" (aws.cloudwatch.metric_alarm): alarm_actions[0]: \"$WEST_ARN\" is of region eu-west-1" &&
	test_contains err "(awscc.cloudwatch.alarm): alarm_actions[0]: \"$WEST_ARN\" is of region eu-west-1" &&
	test_equal 6 "$(grep -c "error:" err)"
'

test_expect_success 'an alarm whose actions are of its own region plans' '
	write_stack stack.yaml &&
	{
		echo "$WEST"
		echo "resources:"
		echo "  tw: {type: aws.sns.topic, name: t1287-west, provider: west}"
		echo "  te: {type: aws.sns.topic, name: t1287-east}"
		echo "  tcc: {type: awscc.sns.topic, topic_name: t1287-east2}"
		alarm written aws alarm_actions "[\"\${te.arn}\"]"
		alarm mixed awscc ok_actions "[\"\${te.arn}\", \"\${tcc.topic_arn}\"]"
		alarm west aws alarm_actions "[\"\${tw.arn}\", \"$WEST_ARN\"]" west
	} >>stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 6 to add" &&
	test_not_contains err "error:"
'

rules () { # the VPCs, groups and rules across them; $1: more lines
	write_stack stack.yaml "  source: {type: string, default: $sg_y}" &&
	{
		echo "modules:"
		echo "  mod: {source: ./mods/rule, src: $sg_x}"
		echo "resources:"
		echo "  a: {type: aws.ec2.vpc, cidr_block: 10.83.0.0/16}"
		echo "  b: {type: awscc.ec2.vpc, cidr_block: 10.84.0.0/16}"
		echo "  sga: {type: aws.ec2.security_group, name: t1287-a, description: a, vpc_id: \"\${a.vpc_id}\"}"
		echo "  sgb: {type: awscc.ec2.security_group, group_description: b, vpc_id: \"\${b.vpc_id}\"}"
		echo "  cc: {type: awscc.ec2.security_group_ingress, group_id: \"\${sga.group_id}\", source_security_group_id: \"\${sgb.group_id}\", ip_protocol: tcp, from_port: 443, to_port: 443}"
		echo "  mixed: {type: aws.ec2.security_group_rule, direction: ingress, security_group_id: \"\${sgb.id}\", source_security_group_id: \"\${sga.group_id}\", protocol: tcp, from_port: 443, to_port: 443}"
		echo "  nested: {type: awscc.ec2.security_group, group_description: n, vpc_id: \"\${a.vpc_id}\", security_group_ingress: [{ip_protocol: tcp, from_port: 443, to_port: 443, source_security_group_id: \"\${sgb.group_id}\"}]}"
		echo "  written: {type: aws.ec2.security_group, name: t1287-w, description: w, vpc_id: \"\${b.vpc_id}\", ingress: [{protocol: tcp, from_port: 443, to_port: 443, security_group_ids: [\"\${sga.group_id}\"]}]}"
		echo "  byvar: {type: aws.ec2.security_group_rule, direction: ingress, security_group_id: \"\${sga.group_id}\", source_security_group_id: \"\${var.source}\", protocol: tcp, from_port: 443, to_port: 443}"
		echo "  old: {type: aws.ec2.security_group_rule, direction: ingress, security_group_id: $sg_x, source_security_group_id: $sg_y, protocol: tcp, from_port: 443, to_port: 443}"
		printf "%s" "${1:-}"
	} >>stack.yaml
}

test_expect_success 'a rule'"'"'s source group of another VPC the plan makes and the stack peers with none: plan refuses, written, awscc, mixed, nested, a variable, a module; two groups that exist pass' '
	rules &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"cc\" (awscc.ec2.security_group_ingress): source_security_group_id: \"\${sgb.group_id}\" is a security group of VPC \"b\", and group_id (\"\${sga.group_id}\") is a security group of VPC \"a\", which the plan makes and the stack joins to no other by a peering or a transit gateway: AWS refuses a rule between two networks (\"You have specified two resources that belong to different networks\"); name a group of VPC \"a\", or peer the two VPCs in the stack" &&
	test_contains err "resource \"mixed\" (aws.ec2.security_group_rule): source_security_group_id: \"\${sga.group_id}\" is a security group of VPC \"a\", and security_group_id (\"\${sgb.id}\") is a security group of VPC \"b\"" &&
	test_contains err "resource \"nested\" (awscc.ec2.security_group): security_group_ingress[0].source_security_group_id: \"\${sgb.group_id}\" is a security group of VPC \"b\", and vpc_id (\"\${a.vpc_id}\") names VPC \"a\"" &&
	test_contains err "resource \"written\" (aws.ec2.security_group): ingress[0].security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and vpc_id (\"\${b.vpc_id}\") names VPC \"b\"" &&
	test_contains err "resource \"byvar\" (aws.ec2.security_group_rule): source_security_group_id: \"$sg_y\" is a security group of VPC $vpc_y, and security_group_id (\"\${sga.group_id}\") is a security group of VPC \"a\"" &&
	test_contains err "mods/rule/main.yaml:6:105: error: resource \"module.mod.rule\" (aws.ec2.security_group_rule): source_security_group_id: \"$sg_x\" is a security group of VPC $vpc_x, and security_group_id (\"\${module.mod.group.group_id}\") is a security group of VPC \"module.mod.net\"" &&
	test_not_contains err "resource \"old\"" &&
	test_equal 6 "$(grep -c "error:" err)"
'

test_expect_success 'the same rules with the VPCs peered in the stack plan' '
	rules "  peer: {type: awscc.ec2.vpc_peering_connection, vpc_id: \"\${a.vpc_id}\", peer_vpc_id: \"\${b.vpc_id}\"}
" &&
	sed -i "s/^  net: .*/&\n  peer: {type: awscc.ec2.vpc_peering_connection, vpc_id: \"\${net.vpc_id}\", peer_vpc_id: $vpc_x}/" mods/rule/main.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: " &&
	test_not_contains err "error:"
'

test_done
