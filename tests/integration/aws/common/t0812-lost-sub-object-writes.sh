#!/usr/bin/env bash
# t0812-lost-sub-object-writes: the answer to a write that is not the create
# of the resource itself is lost (tests/servers/fault_proxy.py: moto carries
# out the request, the proxy drops the connection) and terrace's transport
# sends it again.
# - CreatePolicyVersion: the resend makes a second version of the same
#   document (or, at IAM's five versions, is refused with LimitExceeded):
#   terrace finds the versions of that document the attempts made, keeps one
#   as the default and deletes the other. Before: one extra version, and at
#   five versions the apply failed with LimitExceeded.
# - CreateRoute: the resend is refused with RouteAlreadyExists; a route to
#   that destination with this target is success (as AttachInternetGateway's
#   Resource.AlreadyAssociated is). Before: the apply failed.
# - AssociateRouteTable: the resend is refused with Resource.AlreadyAssociated
#   (AWS's answer; moto_patches/ec2_associate_route_table_already_associated.py
#   gives it on moto): success when the subnet's association, found by
#   DescribeRouteTables, is with this table. Before: the apply failed.
# - AddRoleToInstanceProfile: a profile holds one role, so the resend is
#   refused with LimitExceeded: success when the profile holds this role.
# - AssociateIamInstanceProfile: the resend is refused with IncorrectState
#   (the instance has an association): success when it is with this profile.
# - CreateMultipartUpload: the resend begins a second upload of the key,
#   left open (storage, no object): the uploads of that key begun since the
#   first attempt, but the one answered, are aborted.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# policy_stack N: a policy whose document allows s3:GetObject on bucket N.
policy_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  reader:
	    type: aws.iam.policy
	    name: once-reader
	    policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::lake-$1/*"}]
	YAML
}

versions () {
	s3 iam list-policy-versions --policy-arn "$arn" --query "length(Versions)"
}

# default_document: the bucket the default version's document names.
default_bucket () {
	local v
	v=$(s3 iam get-policy --policy-arn "$arn" --query Policy.DefaultVersionId --output text)
	s3 iam get-policy-version --policy-arn "$arn" --version-id "$v" \
		--query "PolicyVersion.Document.Statement[0].Resource" --output text
}

# lost_apply NAME REGEX: apply with the first answer to REGEX's request
# lost; the request must have been sent again.
lost_apply () {
	start_fault_proxy TERRACE_VAR_endpoint "$1" --match "$2" --fault drop_after --count 1 ||
		return 1
	terrace apply -auto-approve >"$1.out" 2>"$1.err"
	local rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	test "$(grep -c "^[0-9]* drop_after " "$1.log")" = 1 &&
	test "$(sed "s/^[0-9]* [a-z_]* //" "$1.log" | grep -cE "$2")" -ge 2 &&
	return $rc
}

test_expect_success 'a lost CreatePolicyVersion answer leaves one new version, the default' '
	policy_stack 1 &&
	terrace apply -auto-approve >out 2>err &&
	arn=$(json_get terrace.state.json "d[\"resources\"][\"reader\"][\"id\"]") &&
	test "$(versions)" = 1 &&
	policy_stack 2 &&
	lost_apply version "CreatePolicyVersion\$" &&
	test "$(versions)" = 2 &&
	test "$(default_bucket)" = "arn:aws:s3:::lake-2/*" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'at five versions, a lost answer is no LimitExceeded and no sixth version' '
	for n in 3 4 5; do
		policy_stack $n && terrace apply -auto-approve >out 2>err || return 1
	done &&
	test "$(versions)" = 5 &&
	policy_stack 6 &&
	lost_apply version5 "CreatePolicyVersion\$" &&
	test_contains version5.out "Apply complete!" &&
	test_not_contains version5.err LimitExceeded &&
	test "$(versions)" = 5 &&
	test "$(default_bucket)" = "arn:aws:s3:::lake-6/*" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

net_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.41.0.0/16}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "\${vpc.vpc_id}"}
	YAML
	test "${1:-}" = routes || return 0
	cat >>stack.yaml <<-YAML
	  public:
	    type: aws.ec2.route_table
	    vpc_id: \${vpc.vpc_id}
	    routes:
	      - {destination_cidr_block: 0.0.0.0/0, gateway_id: "\${igw.internet_gateway_id}"}
	YAML
}

test_expect_success 'a lost CreateRoute answer: the route to this gateway is there, success' '
	rm -f terrace.state.json* &&
	net_stack &&
	terrace apply -auto-approve >out 2>err &&
	net_stack routes &&
	lost_apply route "CreateRoute\$" &&
	rtb=$(json_get terrace.state.json "d[\"resources\"][\"public\"][\"id\"]") &&
	igw=$(json_get terrace.state.json "d[\"resources\"][\"igw\"][\"id\"]") &&
	test "$(s3 ec2 describe-route-tables --route-table-ids $rtb \
		--query "RouteTables[0].Routes[?DestinationCidrBlock==\`0.0.0.0/0\`].GatewayId" \
		--output text)" = "$igw" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'a lost AssociateRouteTable answer (Resource.AlreadyAssociated on the resend) is success' '
	rm -f terrace.state.json* &&
	net_stack &&
	cat >>stack.yaml <<-YAML &&
	  app: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.41.1.0/24}
	  private:
	    type: aws.ec2.route_table
	    vpc_id: \${vpc.vpc_id}
	    subnet_ids: ["\${app.subnet_id}"]
	YAML
	lost_apply associate-table "AssociateRouteTable\$" &&
	test_contains associate-table.out "Apply complete!" &&
	test_not_contains associate-table.err AlreadyAssociated &&
	rtb=$(json_get terrace.state.json "d[\"resources\"][\"private\"][\"id\"]") &&
	subnet=$(json_get terrace.state.json "d[\"resources\"][\"app\"][\"id\"]") &&
	test "$(s3 ec2 describe-route-tables --filters Name=association.subnet-id,Values=$subnet \
		--query "RouteTables[].Associations[?SubnetId==\`$subnet\`].RouteTableId[]" \
		--output text)" = "$rtb" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'a subnet associated with another table is still refused, naming that table' '
	terrace apply -auto-approve >out 2>err &&
	rtb=$(json_get terrace.state.json "d[\"resources\"][\"private\"][\"id\"]") &&
	subnet=$(json_get terrace.state.json "d[\"resources\"][\"app\"][\"id\"]") &&
	vpc=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"id\"]") &&
	other=$(s3 ec2 create-route-table --vpc-id $vpc --query RouteTable.RouteTableId --output text) &&
	assoc=$(s3 ec2 describe-route-tables --route-table-ids $rtb \
		--query "RouteTables[0].Associations[0].RouteTableAssociationId" --output text) &&
	s3 ec2 replace-route-table-association --association-id $assoc --route-table-id $other >/dev/null &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Resource.AlreadyAssociated: the subnet is associated with $other" &&
	test_contains err "aws.ec2.route_table $rtb: subnet $subnet" &&
	assoc=$(s3 ec2 describe-route-tables --route-table-ids $other \
		--query "RouteTables[0].Associations[0].RouteTableAssociationId" --output text) &&
	s3 ec2 disassociate-route-table --association-id $assoc &&
	s3 ec2 delete-route-table --route-table-id $other &&
	terrace destroy -auto-approve >out 2>err
'

profile_stack () {
	local ami
	ami=$(python3 -c 'import gzip, json, os, moto; print(json.load(gzip.open(os.path.join(os.path.dirname(moto.__file__), "ec2", "resources", "amis.json.gz")))[0]["ami_id"])')
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  role:
	    type: aws.iam.role
	    name: once-host-role
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
	  profile: {type: aws.iam.instance_profile, name: once-host, role: "\${role.name}"}
	  host: {type: aws.ec2.instance, ami: $ami, instance_type: t3.micro$1}
	YAML
}

test_expect_success 'a lost AddRoleToInstanceProfile answer (LimitExceeded on the resend) is success' '
	rm -f terrace.state.json* &&
	profile_stack &&
	lost_apply add-role "AddRoleToInstanceProfile\$" &&
	test "$(s3 iam get-instance-profile --instance-profile-name once-host \
		--query "InstanceProfile.Roles[0].RoleName" --output text)" = once-host-role &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a lost AssociateIamInstanceProfile answer (IncorrectState on the resend) is success' '
	profile_stack ", iam_instance_profile: \"\${profile.name}\"" &&
	lost_apply associate "AssociateIamInstanceProfile\$" &&
	host=$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"id\"]") &&
	test "$(s3 ec2 describe-iam-instance-profile-associations \
		--filters Name=instance-id,Values=$host Name=state,Values=associated \
		--query "length(IamInstanceProfileAssociations)")" = 1 &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'a lost CreateMultipartUpload answer leaves no second upload open' '
	rm -f terrace.state.json* &&
	head -c $((17 << 20)) /dev/urandom >big.bin &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  lake: {type: aws.s3.bucket, name: once-uploads, force_destroy: true}
	  big: {type: aws.s3.object, bucket: "\${lake.name}", key: data/big.bin, source: big.bin}
	YAML
	lost_apply uploads "^POST /once-uploads/data/big.bin\?uploads" &&
	test_match uploads.log "^[0-9]+ drop_after POST /once-uploads/data/big.bin\?uploads" &&
	test "$(s3 s3api list-multipart-uploads --bucket once-uploads --query "length(Uploads || \`[]\`)")" = 0 &&
	s3 s3api head-object --bucket once-uploads --key data/big.bin >/dev/null &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_done
