#!/usr/bin/env bash
# t1030-hosts: what EC2 hosts need, against moto — aws.ec2.key_pair (an
# OpenSSH public key imported, read back with the AWS CLI, tags in place,
# a new name replacing it, drift, import by name, sweep by tag) and
# aws.iam.instance_profile (its role read back, swapped in place with
# Remove/AddRoleToInstanceProfile, a role added by hand shown as drift,
# deleted with its role still in it, import by name).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

iam () {
	s3 iam "$@"
}

state_id () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

key_field () {
	ec2 describe-key-pairs --key-names "$1" --output text --query "KeyPairs[0].$2"
}

profile_role () {
	iam get-instance-profile --instance-profile-name "$1" --output text \
		--query "InstanceProfile.Roles[0].RoleName"
}

TRUST='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'

hosts_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  deploy:
	    type: aws.ec2.key_pair
	    key_name: ${KEY_NAME:-etl-deploy}
	    public_key: "\${file(\"deploy.pub\")}"
	    tags:
	      Name: etl-deploy
	      ${KEY_TAG:-env: dev}
	  etl:
	    type: aws.iam.instance_profile
	    name: etl-hosts
	    path: /etl/
	    role: ${ROLE:-etl-a}
	YAML
}

test_expect_success 'setup: an ed25519 key and two roles made with the aws CLI' '
	ssh-keygen -q -t ed25519 -N "" -C "etl@t1030" -f deploy &&
	iam create-role --role-name etl-a --assume-role-policy-document "$TRUST" >/dev/null &&
	iam create-role --role-name etl-b --assume-role-policy-document "$TRUST" >/dev/null
'

test_expect_success 'apply imports the key and makes the profile; the AWS CLI reads every attribute back' '
	hosts_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal etl-deploy "$(state_id deploy)" &&
	test_equal etl-deploy "$(key_field etl-deploy KeyName)" &&
	test_equal ed25519 "$(key_field etl-deploy KeyType)" &&
	test_equal etl-deploy "$(key_field etl-deploy "Tags[?Key==\`Name\`].Value | [0]")" &&
	test_equal dev "$(key_field etl-deploy "Tags[?Key==\`env\`].Value | [0]")" &&
	test_equal "$TEST_NAME" "$(key_field etl-deploy "Tags[?Key==\`terrace:stack\`].Value | [0]")" &&
	ec2 describe-key-pairs --key-names etl-deploy --include-public-key --output text \
		--query "KeyPairs[0].PublicKey" >pub &&
	test_equal "$(cut -d" " -f1-2 deploy.pub)" "$(cut -d" " -f1-2 pub)" &&
	test_equal "$(key_field etl-deploy KeyFingerprint)" \
		"$(json_get terrace.state.json "d[\"resources\"][\"deploy\"][\"attributes\"][\"fingerprint\"]")" &&
	test_equal "$(key_field etl-deploy KeyPairId)" \
		"$(json_get terrace.state.json "d[\"resources\"][\"deploy\"][\"attributes\"][\"key_pair_id\"]")" &&
	test_equal etl-a "$(profile_role etl-hosts)" &&
	test_equal /etl/ "$(iam get-instance-profile --instance-profile-name etl-hosts --output text --query InstanceProfile.Path)" &&
	test_equal "$(iam get-instance-profile --instance-profile-name etl-hosts --output text --query InstanceProfile.Arn)" \
		"$(json_get terrace.state.json "d[\"resources\"][\"etl\"][\"attributes\"][\"arn\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_not_contains out "PRIVATE KEY"
'

test_expect_success 'key tags and the profile role change in place' '
	KEY_TAG="owner: bi" ROLE=etl-b hosts_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ role *= \"etl-a\" -> \"etl-b\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_equal etl-b "$(profile_role etl-hosts)" &&
	test_equal 1 "$(iam get-instance-profile --instance-profile-name etl-hosts --output text --query "length(InstanceProfile.Roles)")" &&
	test_equal bi "$(key_field etl-deploy "Tags[?Key==\`owner\`].Value | [0]")" &&
	test_equal None "$(key_field etl-deploy "Tags[?Key==\`env\`].Value | [0]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI (a key tag, the role taken out) is shown and undone' '
	export KEY_TAG="owner: bi" ROLE=etl-b &&
	ec2 create-tags --resources "$(key_field etl-deploy KeyPairId)" --tags Key=extra,Value=x &&
	iam remove-role-from-instance-profile --instance-profile-name etl-hosts --role-name etl-b &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ role *= \"\" -> \"etl-b\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal etl-b "$(profile_role etl-hosts)" &&
	test_equal None "$(key_field etl-deploy "Tags[?Key==\`extra\`].Value | [0]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new key name or a new public key replaces the key pair' '
	export KEY_TAG="owner: bi" ROLE=etl-b &&
	KEY_NAME=etl-deploy-2 hosts_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# deploy must be replaced" &&
	test_match out "key_name *= \"etl-deploy\" -> \"etl-deploy-2\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal etl-deploy-2 "$(key_field etl-deploy-2 KeyName)" &&
	test_equal etl-deploy-2 "$(ec2 describe-key-pairs --output text --query "KeyPairs[].KeyName")" &&
	mv deploy.pub old.pub && ssh-keygen -q -t rsa -b 2048 -N "" -f deploy2 && cp deploy2.pub deploy.pub &&
	KEY_NAME=etl-deploy-2 hosts_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# deploy must be replaced" &&
	test_contains out "public_key" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal rsa "$(key_field etl-deploy-2 KeyType)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy removes the role from the profile, then the profile and the key' '
	export KEY_TAG="owner: bi" ROLE=etl-b KEY_NAME=etl-deploy-2 &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(ec2 describe-key-pairs --output json --query "length(KeyPairs)")" &&
	test_equal 0 "$(iam list-instance-profiles --output json --query "length(InstanceProfiles)")" &&
	test_equal 0 "$(iam list-instance-profiles-for-role --role-name etl-b --output json --query "length(InstanceProfiles)")"
'

test_expect_success 'a key pair and a profile made with the aws CLI are imported by name, then no changes' '
	ec2 import-key-pair --key-name imported --public-key-material fileb://deploy.pub >/dev/null &&
	iam create-instance-profile --instance-profile-name imp-hosts >/dev/null &&
	iam add-role-to-instance-profile --instance-profile-name imp-hosts --role-name etl-a &&
	mkdir imp && cp deploy.pub imp/ &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  key:
	    type: aws.ec2.key_pair
	    key_name: imported
	    public_key: "\${file(\"deploy.pub\")}"
	  prof:
	    type: aws.iam.instance_profile
	    name: imp-hosts
	    role: etl-a
	YAML
	cd imp &&
	terrace import key imported >../out 2>../err &&
	terrace import prof imp-hosts >../out 2>../err &&
	terrace plan >../out 2>../err; cd .. &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out "public_key" &&
	test_not_contains out "role" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains out "Destroy complete!" &&
	test_equal 0 "$(ec2 describe-key-pairs --output json --query "length(KeyPairs)")" &&
	test_equal 0 "$(iam list-instance-profiles --output json --query "length(InstanceProfiles)")"
'

test_expect_success 'sweep finds a lab key pair by tag and its instance profile by name prefix, and deletes them' '
	mkdir lab && cp deploy.pub lab/ &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1030
	resources:
	  key:
	    type: aws.ec2.key_pair
	    key_name: t1030-lab
	    public_key: "\${file(\"deploy.pub\")}"
	  prof:
	    type: aws.iam.instance_profile
	    name: t1030-lab-hosts
	    role: etl-a
	  other:
	    type: aws.iam.instance_profile
	    name: other-hosts
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out >types &&
	printf "%s\n" aws.iam.instance_profile aws.ec2.key_pair >expect &&
	test_cmp expect types &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal 0 "$(ec2 describe-key-pairs --output json --query "length(KeyPairs)")" &&
	test_equal other-hosts "$(iam list-instance-profiles --output text --query "InstanceProfiles[].InstanceProfileName")"
'

test_done
