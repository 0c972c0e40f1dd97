#!/usr/bin/env bash
# t0830-destroy-pending: entries an interrupted apply left "pending" (the
# create may or may not have reached the server) are only ever deleted by a
# destroy, never created: looked up by the id the configuration gives,
# deleted when the object is there and this stack's (by its tags, or its
# attributes for a type without tags), forgotten when it is not there, left
# alone with an error when it is someone else's. A stack that no longer has
# such a resource plans its deletion the same way. Objects without a name
# (EC2's) are looked up by the create token the pending record keeps (the
# terrace:create-token tag their create set).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

lake_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  made:
	    type: aws.s3.bucket
	    name: acme-made
	  never:
	    type: aws.s3.bucket
	    name: acme-never
	  db:
	    type: aws.glue.database
	    name: lake_db
	    description: the lake
	YAML
}

# make_pending NAME...: the state entries as an apply killed right after
# sending their creates leaves them: status pending, no id.
make_pending () {
	python3 - terrace.state.json "$@" <<-'PY'
	import json, sys
	path, names = sys.argv[1], sys.argv[2:]
	st = json.load(open(path))
	for n in names:
	    e = st["resources"][n]
	    e["status"] = "pending"
	    e.pop("id", None)
	json.dump(st, open(path, "w"), indent=1)
	PY
}

test_expect_success 'setup: apply, then the state of an apply killed mid-create' '
	lake_stack &&
	terrace apply -auto-approve >out 2>err &&
	s3 s3api delete-bucket --bucket acme-never &&
	make_pending made never db
'

test_expect_success 'destroy plans deletions only, never a create' '
	terrace plan -destroy >out 2>err &&
	test_line out "Plan: 0 to add, 0 to change, 3 to destroy." &&
	test_not_contains out "will be created"
'

test_expect_success 'destroy deletes what is there and ours, forgets what was never made' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	! bucket_exists acme-made &&
	! s3 glue get-database --name lake_db >/dev/null 2>&1 &&
	terrace state list >list && test_empty list
'

test_expect_success 'a pending entry whose name someone else took is left alone with an error' '
	lake_stack &&
	terrace apply -auto-approve >out 2>err &&
	make_pending made &&
	s3 s3api delete-bucket-tagging --bucket acme-made &&
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "acme-made exists but is not this stack" &&
	test_contains err "terrace state rm made" &&
	bucket_exists acme-made &&
	terrace state list >list && echo made >expect && test_cmp expect list
'

test_expect_success 'a pending entry the stack no longer has plans a deletion, not a create' '
	terrace state rm made >/dev/null &&
	s3 s3api delete-bucket --bucket acme-made &&
	lake_stack &&
	terrace apply -auto-approve >out 2>err &&
	make_pending never &&
	sed -i "/  never:/,+2d" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# never will be destroyed (an earlier apply was interrupted while creating it)" &&
	test_line out "Plan: 0 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	! bucket_exists acme-never &&
	terrace state list >list && printf "%s\n" db made >expect && test_cmp expect list
'

# ec2_stack: a VPC, a subnet and an instance (no names: found by token),
# and a second VPC.
ec2_stack () {
	local ami
	ami=$(python3 -c 'import gzip, json, os, moto; print(json.load(gzip.open(os.path.join(os.path.dirname(moto.__file__), "ec2", "resources", "amis.json.gz")))[0]["ami_id"])')
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.31.0.0/16, tags: {case: t0830}}
	  subnet: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.31.1.0/24,
	           availability_zone: us-east-1a, tags: {case: t0830}}
	  host: {type: aws.ec2.instance, ami: $ami, instance_type: t3.micro,
	         subnet_id: "\${subnet.subnet_id}", tags: {case: t0830}}
	  never: {type: aws.ec2.vpc, cidr_block: 10.32.0.0/16, tags: {case: t0830-never}}
	YAML
}

# token_of KIND ID: the create token tag of an EC2 object.
token_of () {
	case $1 in
	vpc) s3 ec2 describe-vpcs --vpc-ids "$2" --query "Vpcs[0].Tags[?Key=='terrace:create-token'].Value | [0]" --output text ;;
	subnet) s3 ec2 describe-subnets --subnet-ids "$2" --query "Subnets[0].Tags[?Key=='terrace:create-token'].Value | [0]" --output text ;;
	instance) s3 ec2 describe-instances --instance-ids "$2" --query "Reservations[0].Instances[0].Tags[?Key=='terrace:create-token'].Value | [0]" --output text ;;
	esac
}

test_expect_success 'EC2 entries left pending with their create token: destroy finds them by it' '
	rm -f terrace.state.json* &&
	ec2_stack &&
	terrace apply -auto-approve >out 2>err &&
	vpc=$(json_get terrace.state.json "d[\"resources\"][\"vpc\"][\"id\"]") &&
	subnet=$(json_get terrace.state.json "d[\"resources\"][\"subnet\"][\"id\"]") &&
	host=$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"id\"]") &&
	never=$(json_get terrace.state.json "d[\"resources\"][\"never\"][\"id\"]") &&
	tv=$(token_of vpc $vpc) && ts=$(token_of subnet $subnet) && th=$(token_of instance $host) &&
	tn=$(token_of vpc $never) &&
	test -n "$tv" && test "$tv" != None && test -n "$th" && test "$th" != None &&
	s3 ec2 delete-vpc --vpc-id $never &&
	python3 - terrace.state.json "vpc=$tv" "subnet=$ts" "host=$th" "never=$tn" <<-PY &&
	import json, sys
	path = sys.argv[1]
	st = json.load(open(path))
	for arg in sys.argv[2:]:
	    name, token = arg.split("=")
	    e = st["resources"][name]
	    e["status"] = "pending"
	    e.pop("id", None)
	    e["create_token"] = token
	json.dump(st, open(path, "w"), indent=1)
	PY
	terrace plan -destroy >out 2>err &&
	test_line out "Plan: 0 to add, 0 to change, 4 to destroy." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	terrace state list >list && test_empty list &&
	test "$(s3 ec2 describe-vpcs --filters Name=tag:case,Values=t0830 --query "length(Vpcs)")" = 0 &&
	test "$(s3 ec2 describe-instances --instance-ids $host --query "Reservations[0].Instances[0].State.Name" --output text)" = terminated
'

test_done
