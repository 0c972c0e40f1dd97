#!/usr/bin/env bash
# t1040-instance: aws.ec2.instance against moto (with the patch
# tests/servers/moto_patches/ec2_instance_lifecycle.py: ClientToken
# idempotency, pending/stopping/shutting-down states, type and user data
# changed only while stopped) — an instance in a public subnet with a
# security group, key pair and instance profile of the same stack, every
# attribute read back with the AWS CLI, a second plan clean; an instance
# type changed by hand shown as drift and restored through stop/start; a
# user data change planned as a change of its hash and applied through
# stop/start; groups and tags changed in place; a new AMI replacing it; a
# lost RunInstances answer giving exactly one instance; import by id;
# destroy terminating it before its subnet goes; sweep finding it by tag.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

AMI=ami-1e749f67
AMI2=ami-35e92e4c
TRUST='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

host_id () {
	json_get terrace.state.json "d[\"resources\"][\"host\"][\"id\"]"
}

# host FIELD: one field of the instance, as the AWS CLI shows it.
host () {
	ec2 describe-instances --instance-ids "$(host_id)" --output text \
		--query "Reservations[0].Instances[0].$1"
}

# Instances that are not terminated, one id a line.
live_instances () {
	ec2 describe-instances --output text \
		--query "Reservations[].Instances[?State.Name!=\`terminated\`].InstanceId" |
		tr "\t" "\n" | sed "/^$/d"
}

user_data_of () {
	ec2 describe-instance-attribute --instance-id "$1" --attribute userData --output text \
		--query UserData.Value | base64 -d
}

sha256 () {
	printf %s "$1" | sha256sum | cut -d" " -f1
}

USER_DATA_A='#!/bin/sh
echo airflow >/etc/role'
USER_DATA_B='#!/bin/sh
echo bastion >/etc/role'

host_stack () {
	local groups=${HOST_GROUPS:-'"${ssh.group_id}"'}
	local profile=${HOST_PROFILE:-'"${profile.name}"'}
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.40.0.0/16
	  public:
	    type: aws.ec2.subnet
	    vpc_id: "\${net.vpc_id}"
	    cidr_block: 10.40.1.0/24
	    availability_zone: us-east-1a
	  ssh:
	    type: aws.ec2.security_group
	    name: bastion-ssh
	    description: SSH from the office
	    vpc_id: "\${net.vpc_id}"
	    ingress:
	      - {protocol: tcp, from_port: 22, to_port: 22, cidr_blocks: [203.0.113.0/24]}
	  web:
	    type: aws.ec2.security_group
	    name: bastion-web
	    description: HTTPS
	    vpc_id: "\${net.vpc_id}"
	  deploy:
	    type: aws.ec2.key_pair
	    key_name: t1040-deploy
	    public_key: "\${file(\"deploy.pub\")}"
	  profile:
	    type: aws.iam.instance_profile
	    name: t1040-hosts
	    role: t1040-role
	  host:
	    type: aws.ec2.instance
	    ami: ${HOST_AMI:-$AMI}
	    instance_type: ${HOST_TYPE:-t3.micro}
	    subnet_id: "\${public.subnet_id}"
	    vpc_security_group_ids: [$groups]
	    key_name: "\${deploy.key_name}"
	    iam_instance_profile: $profile
	    user_data: "\${file(\"${HOST_DATA:-a}.sh\")}"
	    root_volume_size: 20
	    associate_public_ip_address: true
	    tags:
	      Name: bastion
	      ${HOST_TAG:-env: dev}
	YAML
}

test_expect_success 'setup: a key, a role and two user data scripts' '
	ssh-keygen -q -t ed25519 -N "" -C "t1040" -f deploy &&
	s3 iam create-role --role-name t1040-role --assume-role-policy-document "$TRUST" >/dev/null &&
	s3 iam create-instance-profile --instance-profile-name ops-hosts >/dev/null &&
	s3 iam add-role-to-instance-profile --instance-profile-name ops-hosts --role-name t1040-role &&
	printf %s "$USER_DATA_A" >a.sh &&
	printf %s "$USER_DATA_B" >b.sh
'

test_expect_success 'apply launches the instance, waits until it runs; the AWS CLI reads every attribute back' '
	host_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	test_equal running "$(host State.Name)" &&
	test_equal "$AMI" "$(host ImageId)" &&
	test_equal t3.micro "$(host InstanceType)" &&
	test_equal "$(state_attr public subnet_id)" "$(host SubnetId)" &&
	test_equal "$(state_attr ssh group_id)" "$(host "SecurityGroups[0].GroupId")" &&
	test_equal 1 "$(host "length(SecurityGroups)")" &&
	test_equal t1040-deploy "$(host KeyName)" &&
	host IamInstanceProfile.Arn >arn && test_match arn "instance-profile/t1040-hosts\$" &&
	test_equal us-east-1a "$(host Placement.AvailabilityZone)" &&
	test_equal bastion "$(host "Tags[?Key==\`Name\`].Value | [0]")" &&
	test_equal dev "$(host "Tags[?Key==\`env\`].Value | [0]")" &&
	test_equal "$TEST_NAME" "$(host "Tags[?Key==\`terrace:stack\`].Value | [0]")" &&
	test_equal "$USER_DATA_A" "$(user_data_of "$(host_id)")" &&
	test_equal "$(sha256 "$USER_DATA_A")" "$(state_attr host user_data_hash)" &&
	vol=$(host "BlockDeviceMappings[?DeviceName==\`/dev/sda1\`].Ebs.VolumeId | [0]") &&
	test_equal 20 "$(ec2 describe-volumes --volume-ids "$vol" --output text --query "Volumes[0].Size")" &&
	test_equal 20 "$(state_attr host root_volume_size)" &&
	test_equal "$(host PublicIpAddress)" "$(state_attr host public_ip)" &&
	test_equal "$(host PrivateIpAddress)" "$(state_attr host private_ip)" &&
	test_equal "$(host PrivateDnsName)" "$(state_attr host private_dns)" &&
	test_equal "$(host PublicDnsName)" "$(state_attr host public_dns)" &&
	test_equal true "$(state_attr host associate_public_ip_address)" &&
	test_equal running "$(state_attr host state)" &&
	test_equal "arn:aws:ec2:us-east-1:123456789012:instance/$(host_id)" "$(state_attr host arn)" &&
	test_equal "$(host_id)" "$(state_attr host instance_id)" &&
	test_not_contains terrace.state.json "airflow" &&
	test_not_contains out "airflow" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an instance type changed by hand is drift; apply restores it through stop and start' '
	id=$(host_id) &&
	ec2 stop-instances --instance-ids "$id" >/dev/null &&
	ec2 wait instance-stopped --instance-ids "$id" &&
	ec2 modify-instance-attribute --instance-id "$id" --instance-type "{\"Value\": \"t3.large\"}" &&
	ec2 start-instances --instance-ids "$id" >/dev/null &&
	ec2 wait instance-running --instance-ids "$id" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ instance_type *= \"t3.large\" -> \"t3.micro\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "$id" "$(host_id)" &&
	test_equal t3.micro "$(host InstanceType)" &&
	test_equal running "$(host State.Name)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a user data change is planned as a change of its hash and applied through stop and start' '
	id=$(host_id) &&
	HOST_DATA=b host_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ user_data_hash *= \"$(sha256 "$USER_DATA_A")\" -> \"$(sha256 "$USER_DATA_B")\"" &&
	test_match out "~ user_data *= \(sensitive value\)" &&
	test_not_contains out "bastion >" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "$id" "$(host_id)" &&
	test_equal "$USER_DATA_B" "$(user_data_of "$id")" &&
	test_equal running "$(host State.Name)" &&
	test_not_contains terrace.state.json "bastion >" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'security groups, the instance profile and tags change in place' '
	export HOST_DATA=b &&
	id=$(host_id) &&
	HOST_GROUPS="\"\${web.group_id}\", \"\${ssh.group_id}\"" HOST_TAG="owner: bi" \
		HOST_PROFILE=ops-hosts host_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "vpc_security_group_ids" &&
	test_match out "~ iam_instance_profile *= \"t1040-hosts\" -> \"ops-hosts\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "$id" "$(host_id)" &&
	test_equal 2 "$(host "length(SecurityGroups)")" &&
	test_equal "$(state_attr web group_id)" "$(host "SecurityGroups[?GroupId==\`$(state_attr web group_id)\`].GroupId | [0]")" &&
	test_equal bi "$(host "Tags[?Key==\`owner\`].Value | [0]")" &&
	test_equal None "$(host "Tags[?Key==\`env\`].Value | [0]")" &&
	host IamInstanceProfile.Arn >arn && test_match arn "instance-profile/ops-hosts\$" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	host_stack && terrace apply -auto-approve >out 2>err &&
	test_equal 1 "$(host "length(SecurityGroups)")" &&
	host IamInstanceProfile.Arn >arn && test_match arn "instance-profile/t1040-hosts\$"
'

test_expect_success 'a new AMI replaces the instance' '
	export HOST_DATA=b &&
	old=$(host_id) &&
	HOST_AMI=$AMI2 host_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# host must be replaced" &&
	test_match out "ami *= \"$AMI\" -> \"$AMI2\" # forces replacement" &&
	HOST_AMI=$AMI2 terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test "$old" != "$(host_id)" &&
	test_equal "$AMI2" "$(host ImageId)" &&
	test_equal terminated "$(ec2 describe-instances --instance-ids "$old" --output text --query "Reservations[0].Instances[0].State.Name")" &&
	live_instances >live &&
	test_equal "$(host_id)" "$(cat live)" &&
	HOST_AMI=$AMI2 test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy terminates the instance before its subnet and groups go' '
	export HOST_DATA=b HOST_AMI=$AMI2 &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	live_instances >live &&
	test_empty live &&
	test_equal 0 "$(ec2 describe-subnets --filters Name=cidr-block,Values=10.40.1.0/24 --output json --query "length(Subnets)")" &&
	rm -f terrace.state.json*
'

test_expect_success 'a lost RunInstances answer: the resend gets the same instance, exactly one exists' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  host:
	    type: aws.ec2.instance
	    ami: $AMI
	    instance_type: t3.micro
	    tags: {Name: lost}
	YAML
	start_fault_proxy TERRACE_VAR_endpoint lost --match "RunInstances\$" --fault drop_after --count 1 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 0 $rc &&
	test_match lost.log "drop_after" &&
	ec2 describe-instances --filters "Name=tag:terrace:stack,Values=$TEST_NAME" \
		"Name=instance-state-name,Values=pending,running" --output text \
		--query "Reservations[].Instances[].InstanceId" | tr "\t" "\n" | sed "/^$/d" >ours &&
	test_equal 1 "$(wc -l <ours)" &&
	test_equal "$(cat ours)" "$(host_id)" &&
	echo "# figure: lost RunInstances answer -> $(wc -l <ours) instance" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'an interrupted create sends its first ClientToken again: the instance is adopted, not doubled' '
	terrace destroy -auto-approve >out 2>err &&
	rm -f terrace.state.json* &&
	start_fault_proxy TERRACE_VAR_endpoint cut --match "RunInstances\$" --fault drop_after --count 100 &&
	AWS_MAX_ATTEMPTS=1 test_expect_code 1 terrace apply -auto-approve >out 2>err;
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test_equal pending "$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"status\"]")" &&
	token=$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"create_token\"]") &&
	test -n "$token" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	ec2 describe-instances --filters "Name=tag:terrace:stack,Values=$TEST_NAME" \
		"Name=instance-state-name,Values=pending,running" --output text \
		--query "Reservations[].Instances[].InstanceId" | tr "\t" "\n" | sed "/^$/d" >ours &&
	test_equal 1 "$(wc -l <ours)" &&
	test_equal "$(cat ours)" "$(host_id)" &&
	terrace destroy -auto-approve >out 2>err &&
	rm -f terrace.state.json*
'

test_expect_success 'an instance launched with the AWS CLI is imported by id, then no changes' '
	sub=$(ec2 describe-subnets --filters Name=default-for-az,Values=true --output text --query "Subnets[0].SubnetId") &&
	id=$(ec2 run-instances --image-id "$AMI" --instance-type t3.small --subnet-id "$sub" \
		--tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=imported}]" \
		--output text --query "Instances[0].InstanceId") &&
	mkdir imp &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  host:
	    type: aws.ec2.instance
	    ami: $AMI
	    instance_type: t3.small
	    subnet_id: $sub
	    tags: {Name: imported}
	YAML
	cd imp &&
	terrace import host "$id" >../out 2>../err &&
	terrace plan >../out 2>../err; cd .. &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\+ \"terrace:stack\"" &&
	test_not_contains out "instance_type" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_equal terminated "$(ec2 describe-instances --instance-ids "$id" --output text --query "Reservations[0].Instances[0].State.Name")"
'

test_expect_success 'an import of an id that does not exist is refused, naming it' '
	(cd imp && test_expect_code 1 terrace import host i-0123456789abcdef0 >../out 2>../err) &&
	test_contains err "i-0123456789abcdef0"
'

test_expect_success 'sweep finds a lab instance by tag and terminates it; the role made by hand is left' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1040
	resources:
	  box:
	    type: aws.ec2.instance
	    ami: $AMI
	    instance_type: t3.nano
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out >types &&
	printf "%s\n" aws.ec2.instance aws.iam.role >expect &&
	test_cmp expect types &&
	test_match out "^aws\\.iam\\.role +t1040-role .* not the lab'\''s, left$" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	live_instances >live &&
	test_empty live &&
	s3 iam get-role --role-name t1040-role >/dev/null
'

test_done
