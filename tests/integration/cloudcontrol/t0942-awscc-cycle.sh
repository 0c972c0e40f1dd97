#!/usr/bin/env bash
# t0942-awscc-cycle: awscc types through Cloud Control (provider/aws/
# cloudcontrol/resource.c) against moto's Cloud Control patch (moto_patches/
# cloudcontrol_api.py, two IN_PROGRESS answers before the end): a queue, a
# topic and a VPC created (Cloud Control reads them back), a plan with
# nothing to do, an update in place (the queue's visibility_timeout), a
# FAILED request's message, a lost CreateResource answer made once (the
# transport's resend carries the same ClientToken), a destroy after an
# interrupted create (find_made: the VPC carrying the pending record's token
# is deleted), destroy, and GetResource's ResourceNotFoundException after
# it. Needs the awscc types themselves (types.c, issue 49's cctypes branch)
# to run: the stack names awscc.* types.
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=2 || test_fail_setup "moto did not start"
use_server moto

cc () {
	s3 --output json cloudcontrol "$@"
}

# cc_get TYPE IDENTIFIER [OPTION...]: GetResource. The identifier goes in as
# JSON: the aws CLI would fetch a parameter that is a URL (a queue's).
cc_get () {
	input="{\"TypeName\": \"$1\", \"Identifier\": \"$2\"}"
	shift 2
	cc get-resource --cli-input-json "$input" "$@"
}

# count TYPE: how many resources of CloudFormation type TYPE Cloud Control holds.
count () {
	cc list-resources --type-name "$1" --query "length(ResourceDescriptions)" --output text
}

resources () {
	write_stack stack.yaml
	{ echo "resources:"; cat; } >>stack.yaml
}

test_expect_success 'apply creates a queue, a topic and a VPC through Cloud Control' '
	resources <<-YAML &&
	  queue: {type: awscc.sqs.queue, queue_name: cc-orders, visibility_timeout: 30}
	  topic: {type: awscc.sns.topic, topic_name: cc-alerts, display_name: alerts}
	  vpc: {type: awscc.ec2.vpc, cidr_block: 10.41.0.0/16}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	url=$(json_get terrace.state.json "d[\"resources\"][\"queue\"][\"id\"]") &&
	echo "$url" >queue.url &&
	cc_get AWS::SQS::Queue "$url" \
		--query ResourceDescription.Properties --output text >props &&
	test_contains props "\"VisibilityTimeout\": 30" &&
	test "$(json_get terrace.state.json "d[\"resources\"][\"queue\"][\"attributes\"][\"queue_url\"]")" = "$url" &&
	vpc=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"id\"]") &&
	case "$vpc" in vpc-*) ;; *) false ;; esac &&
	test "$(count AWS::EC2::VPC)" = 1
'

test_expect_success 'a second plan has nothing to do' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a property that is not create-only is updated in place' '
	sed -i "s/visibility_timeout: 30/visibility_timeout: 90/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# queue will be updated in-place" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	url=$(json_get terrace.state.json "d[\"resources\"][\"queue\"][\"id\"]") &&
	cc_get AWS::SQS::Queue "$url" \
		--query ResourceDescription.Properties --output text >props &&
	test_contains props "\"VisibilityTimeout\": 90" &&
	terrace plan -detailed-exitcode >out 2>err
'

# The absent VPC must reach Cloud Control for its FAILED answer: plan's read
# of what a literal names (TERRACE_AWS_READ_LITERALS) would refuse it first.
test_expect_success 'a FAILED request: its code and the handler message, naming the resource' '
	cp stack.yaml good.stack &&
	cat >>stack.yaml <<-YAML &&
	  subnet: {type: awscc.ec2.subnet, cidr_block: 10.42.1.0/24, vpc_id: vpc-00000000000000000}
	YAML
	TERRACE_AWS_READ_LITERALS=0 test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "awscc.ec2.subnet: CreateResource of AWS::EC2::Subnet: FAILED " &&
	test_contains err "(request " &&
	cp good.stack stack.yaml &&
	terrace apply -auto-approve >out 2>err
'

test_expect_success 'a lost CreateResource answer: its resend carries the same ClientToken, one VPC' '
	cat >>stack.yaml <<-YAML &&
	  vpc2: {type: awscc.ec2.vpc, cidr_block: 10.43.0.0/16}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint lost --match "CloudApiService[.]CreateResource\$" \
		--fault drop_after --count 1 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " lost.log)" = 1 &&
	test "$(count AWS::EC2::VPC)" = 2
'

test_expect_success 'a destroy after an interrupted create deletes what the create token made' '
	cat >>stack.yaml <<-YAML &&
	  vpc3: {type: awscc.ec2.vpc, cidr_block: 10.44.0.0/16}
	YAML
	# Every answer to the create is lost: the state keeps a pending record.
	start_fault_proxy TERRACE_VAR_endpoint never --match "CloudApiService[.]CreateResource\$" \
		--fault drop_after --count 100 &&
	AWS_MAX_ATTEMPTS=2 terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 1 &&
	test_match terrace.state.json "\"status\": \"pending\"" &&
	test "$(count AWS::EC2::VPC)" = 3 &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test "$(count AWS::EC2::VPC)" = 0 &&
	test "$(count AWS::SQS::Queue)" = 0 &&
	test "$(count AWS::SNS::Topic)" = 0
'

test_expect_success 'after the destroy GetResource finds nothing' '
	# negatives: no run of terrace (the answer is read: ResourceNotFoundException, below)
	! cc_get AWS::SQS::Queue "$(cat queue.url)" >out 2>err &&
	test_contains err "ResourceNotFoundException"
'

test_done
