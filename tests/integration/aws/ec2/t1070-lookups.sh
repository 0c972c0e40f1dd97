#!/usr/bin/env bash
# t1070-lookups: a stack's lookups (data:) against moto. Every lookup kind
# (availability zones, caller identity, newest AMI, VPC and subnets by tags,
# the region's S3 prefix list) is read at plan and used by real resources:
# a subnet in the second zone of the lab VPC made outside terrace, tagged
# with the account id, the AMI and the private subnets; a security group
# whose egress goes to the S3 prefix list. The AWS CLI checks each value,
# a second plan is clean, the JSON plan lists them as data resources, a
# saved plan applies what it read, a lookup that finds nothing or too many fails
# naming it at file:line:col, a lookup of a VPC the same stack makes is
# read at apply (unknown at plan), and destroy leaves the looked-up
# objects alone. aws.ec2.vpc_endpoint_service by for_each: a Gateway endpoint
# of each key made of its lookup, and s3 without a type refused (two services).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

# The lab network, made outside terrace: a VPC tagged Project=retail with
# two private subnets and one public one.
lab_vpc=$(ec2 create-vpc --cidr-block 10.50.0.0/16 --output text --query Vpc.VpcId \
	--tag-specifications "ResourceType=vpc,Tags=[{Key=Project,Value=retail}]") ||
	test_fail_setup "create-vpc failed"
subnet () {
	ec2 create-subnet --vpc-id "$lab_vpc" --cidr-block "$1" --availability-zone us-east-1a \
		--output text --query Subnet.SubnetId \
		--tag-specifications "ResourceType=subnet,Tags=[{Key=Tier,Value=$2}]"
}
priv1=$(subnet 10.50.1.0/24 private) && priv2=$(subnet 10.50.2.0/24 private) &&
	pub1=$(subnet 10.50.3.0/24 public) || test_fail_setup "create-subnet failed"

lookup_stack () {
	local pl='com.amazonaws.${data.me.region}.s3'
	test -z "${PL_NAME:-}" || pl=$PL_NAME
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	data:
	  azs:    { type: aws.availability_zones }
	  me:     { type: aws.caller_identity }
	  ubuntu: { type: aws.ec2.ami, owners: [self, "099720109477"], name: "${AMI_NAME:-ubuntu/images/*}", architecture: x86_64 }
	  lab_vpc: { type: aws.ec2.vpc, tags: { Project: ${PROJECT:-retail} } }
	  private: { type: aws.ec2.subnets, vpc_id: "\${data.lab_vpc.id}", tags: { Tier: private } }
	  s3_pl:  { type: aws.ec2.managed_prefix_list, name: "$pl" }
	resources:
	  app:
	    type: aws.ec2.subnet
	    vpc_id: "\${data.lab_vpc.id}"
	    cidr_block: "\${cidrsubnet(data.lab_vpc.cidr_block, 8, 9)}"
	    availability_zone: "\${data.azs.names[1]}"
	    tags:
	      account: "\${data.me.account_id}"
	      ami: "\${data.ubuntu.id}"
	      private: '\${join(",", data.private.ids)}'
	  egress:
	    type: aws.ec2.security_group
	    name: t1070-egress
	    vpc_id: "\${data.lab_vpc.id}"
	    egress:
	      - { protocol: tcp, from_port: 443, to_port: 443, prefix_list_ids: ["\${data.s3_pl.id}"] }
	outputs:
	  zone_ids: "\${data.azs.zone_ids}"
	  s3_cidrs: "\${data.s3_pl.cidrs}"
	  partition: "\${data.me.partition}"
	YAML
}

app_field () {
	ec2 describe-subnets --subnet-ids "$(json_get terrace.state.json 'd["resources"]["app"]["id"]')" \
		--output text --query "Subnets[0].$1"
}

# The newest ubuntu image of those owners as EC2 lists them: latest
# creation date, then greatest name, then greatest id.
newest_ami () {
	ec2 describe-images --owners self 099720109477 --output json \
		--filters Name=name,Values='ubuntu/images/*' Name=architecture,Values=x86_64 |
		python3 -c 'import json,sys
i=json.load(sys.stdin)["Images"]
print(max(i,key=lambda a:(a.get("CreationDate",""),a.get("Name",""),a["ImageId"]))["ImageId"])'
}

s3_pl_id () {
	ec2 describe-managed-prefix-lists --output text --query PrefixLists[0].PrefixListId \
		--filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3
}

# line_of TEXT: FILE:LINE:COL of the lookup key TEXT in stack.yaml (col 3).
line_of () {
	echo "./stack.yaml:$(grep -n "^  $1:" stack.yaml | cut -d: -f1):3"
}

test_expect_success 'validate reports an unknown lookup type, attribute and reference at file:line:col' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	data:
	  zones: { type: aws.availability_zone }
	  vpc: { type: aws.ec2.vpc, colour: blue }
	outputs:
	  a: "\${data.vpc.cidr}"
	  b: "\${data.nope.id}"
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:14:18: error: unknown lookup type \"aws.availability_zone\"" &&
	test_contains err "did you mean \"aws.availability_zones\"?" &&
	test_contains err "./stack.yaml:15:29: error: unknown attribute \"colour\" of lookup \"data.vpc\"" &&
	test_contains err "./stack.yaml:17:6: error: unknown attribute \"cidr\" of lookup \"data.vpc\" (aws.ec2.vpc)" &&
	test_contains err "the attributes are id, cidr_block, default, tags, owner_id" &&
	test_contains err "./stack.yaml:18:6: error: unknown lookup \"nope\" in \"\${data.nope.id}\""
'

test_expect_success 'graph: each lookup is a node, with edges from what uses it and to what it uses' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	data:
	  me: { type: aws.caller_identity }
	resources:
	  g: { type: aws.s3.bucket, name: "g-${data.me.account_id}" }
	YAML
	terrace graph >graph.dot 2>err &&
	test_line graph.dot "\"data.me\";" &&
	test_line graph.dot "\"g\" -> \"data.me\";" &&
	lookup_stack &&
	terrace graph >graph.dot 2>err &&
	for l in azs me ubuntu lab_vpc private s3_pl; do
		test_line graph.dot "\"data.$l\";" || return 1
	done &&
	for l in azs me ubuntu lab_vpc private; do
		test_line graph.dot "\"app\" -> \"data.$l\";" || return 1
	done &&
	test_line graph.dot "\"egress\" -> \"data.s3_pl\";" &&
	test_line graph.dot "\"data.private\" -> \"data.lab_vpc\";" &&
	test_line graph.dot "\"data.s3_pl\" -> \"data.me\";" &&
	test_not_contains graph.dot "\"data.lab_vpc\" ->" &&
	test_match graph.dot "^}$"
'

test_expect_success 'plan reads every lookup; apply uses them; the AWS CLI reads the values back' '
	lookup_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	for l in azs me ubuntu lab_vpc private s3_pl; do
		test_line out "data.$l: read" || return 1
	done &&
	test_match out "+ availability_zone *= \"us-east-1b\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "$lab_vpc" "$(app_field VpcId)" &&
	test_equal 10.50.9.0/24 "$(app_field CidrBlock)" &&
	test_equal us-east-1b "$(app_field AvailabilityZone)" &&
	test_equal "$(s3 sts get-caller-identity --output text --query Account)" \
		"$(app_field "Tags[?Key==\`account\`].Value | [0]")" &&
	newest_ami >ami && test_match ami "^ami-" &&
	test_equal "$(cat ami)" "$(app_field "Tags[?Key==\`ami\`].Value | [0]")" &&
	test_equal "$(printf "%s\n" "$priv1" "$priv2" | sort | paste -sd,)" \
		"$(app_field "Tags[?Key==\`private\`].Value | [0]")" &&
	sg=$(json_get terrace.state.json "d[\"resources\"][\"egress\"][\"id\"]") &&
	test_equal "$(s3_pl_id)" "$(ec2 describe-security-groups --group-ids "$sg" --output text \
		--query "SecurityGroups[0].IpPermissionsEgress[0].PrefixListIds[0].PrefixListId")" &&
	terrace output -json >outputs.json &&
	test_equal "[\"52.216.0.0/15\", \"3.5.0.0/19\", \"54.231.0.0/16\"]" \
		"$(json_get outputs.json "sorted(d[\"s3_cidrs\"][\"value\"], key=lambda c: c != \"52.216.0.0/15\")")" &&
	test_equal aws "$(json_get outputs.json "d[\"partition\"][\"value\"]")" &&
	test_equal "$(ec2 describe-availability-zones --output text --query "sort_by(AvailabilityZones, &ZoneName)[].ZoneId" | tr "\t" " ")" \
		"$(json_get outputs.json "\" \".join(d[\"zone_ids\"][\"value\"])")" &&
	test_equal 6 "$(json_get terrace.state.json "len(d[\"data\"])")" &&
	test_equal "$lab_vpc" "$(json_get terrace.state.json "d[\"data\"][\"data.lab_vpc\"][\"attributes\"][\"id\"]")"
'

test_expect_success 'a second plan reads the lookups again and is clean' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "data.s3_pl: read" &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the JSON plan lists what was read in prior_state as data resources' '
	terrace plan -out same.plan >out 2>err &&
	terrace show -json same.plan >same.json &&
	test_equal "data.azs data.lab_vpc data.me data.private data.s3_pl data.ubuntu" \
		"$(json_get same.json "\" \".join(sorted(r[\"address\"] for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"mode\"] == \"data\"))")" &&
	test_equal "$lab_vpc" "$(json_get same.json "next(r for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"data.lab_vpc\")[\"values\"][\"id\"]")" &&
	test_equal aws "$(json_get same.json "d[\"planned_values\"][\"outputs\"][\"partition\"][\"value\"]")" &&
	terrace show -json -terraform-names same.plan >tf.json &&
	test_equal aws.ec2.vpc "$(json_get tf.json "next(r for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"data.lab_vpc\")[\"type\"]")"
'

test_expect_success 'a lookup that finds nothing fails naming it at file:line:col' '
	PROJECT=nowhere lookup_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of lab_vpc): error: lookup data.lab_vpc (aws.ec2.vpc): no VPC matches tags {\"Project\":\"nowhere\"}" &&
	AMI_NAME="no-such-image-*" lookup_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of ubuntu): error: lookup data.ubuntu (aws.ec2.ami): no available image of owners [\"self\",\"099720109477\"] named no-such-image-* for architecture x86_64" &&
	PL_NAME=com.amazonaws.nowhere.s3 lookup_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of s3_pl): error: lookup data.s3_pl (aws.ec2.managed_prefix_list): no prefix list is named com.amazonaws.nowhere.s3"
'

test_expect_success 'a lookup that finds more than one where one is meant fails naming it' '
	other=$(ec2 create-vpc --cidr-block 10.51.0.0/16 --output text --query Vpc.VpcId \
		--tag-specifications "ResourceType=vpc,Tags=[{Key=Project,Value=retail}]") &&
	lookup_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	ec2 delete-vpc --vpc-id "$other" &&
	test_contains err "$(line_of lab_vpc): error: lookup data.lab_vpc (aws.ec2.vpc): more than one VPC matches tags {\"Project\":\"retail\"} (2 do)" &&
	for i in 1 2; do
		ec2 create-managed-prefix-list --prefix-list-name t1070-twice --max-entries 2 \
			--address-family IPv4 --output text --query PrefixList.PrefixListId || return 1
	done >twice &&
	PL_NAME=t1070-twice lookup_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "$(line_of s3_pl): error: lookup data.s3_pl (aws.ec2.managed_prefix_list): more than one prefix list is named t1070-twice (2 are)" &&
	for id in $(cat twice); do
		ec2 delete-managed-prefix-list --prefix-list-id "$id" >/dev/null || return 1
	done
'

test_expect_success 'a lookup of a VPC the stack makes is read at apply; what uses it is unknown until then' '
	lookup_stack &&
	cat >>stack.yaml <<-YAML &&
	  own: "\${data.mine.cidr_block}"
	YAML
	sed -i "/^resources:/i\\  mine: { type: aws.ec2.vpc, id: \"\${own.vpc_id}\" }" stack.yaml &&
	sed -i "/^outputs:/i\\  own: { type: aws.ec2.vpc, cidr_block: 10.60.0.0/16 }\\n  inner:\\n    type: aws.ec2.subnet\\n    vpc_id: \"\${data.mine.id}\"\\n    cidr_block: \"\${cidrsubnet(data.mine.cidr_block, 8, 1)}\"" stack.yaml &&
	terrace validate >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "data.mine: read at apply (its arguments use what the apply makes)" &&
	test_line out "data.azs: read" &&
	test_match out "^ *\+ cidr_block *= \(known after apply\)" &&
	terrace plan -out mine.plan >/dev/null 2>err &&
	terrace show -json mine.plan >mine.json &&
	test_equal "[\"read\"]" "$(json_get mine.json "next(r for r in d[\"resource_changes\"] if r[\"address\"] == \"data.mine\")[\"change\"][\"actions\"]")" &&
	test_equal data "$(json_get mine.json "next(r for r in d[\"resource_changes\"] if r[\"address\"] == \"data.mine\")[\"mode\"]")" &&
	terrace apply mine.plan >out 2>err &&
	test_line out "data.mine: Read complete after 0s" &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	own=$(json_get terrace.state.json "d[\"resources\"][\"own\"][\"id\"]") &&
	test_equal "$own" "$(ec2 describe-subnets --subnet-ids "$(json_get terrace.state.json "d[\"resources\"][\"inner\"][\"id\"]")" --output text --query Subnets[0].VpcId)" &&
	test_equal 10.60.1.0/24 "$(ec2 describe-subnets --subnet-ids "$(json_get terrace.state.json "d[\"resources\"][\"inner\"][\"id\"]")" --output text --query Subnets[0].CidrBlock)" &&
	test_equal 10.60.0.0/16 "$(terrace output -raw own)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "data.mine: read"
'

test_expect_success 'destroy deletes what the stack made and leaves the looked-up objects alone' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test_not_contains out "data." &&
	test_equal "$lab_vpc" "$(ec2 describe-vpcs --vpc-ids "$lab_vpc" --output text --query Vpcs[0].VpcId)" &&
	test_equal "$(printf "%s\n" "$priv1" "$priv2" "$pub1" | sort | paste -sd" ")" \
		"$(ec2 describe-subnets --filters Name=vpc-id,Values="$lab_vpc" --output text --query Subnets[].SubnetId | tr "\t" "\n" | sort | paste -sd" ")" &&
	s3_pl_id >pl && test_match pl "^pl-" &&
	test_equal "" "$(ec2 describe-vpcs --filters Name=cidr,Values=10.60.0.0/16 --output text --query Vpcs[].VpcId)" &&
	test_equal 0 "$(json_get terrace.state.json "len(d.get(\"data\", {}))")"
'

# vpces_stack [S3_TYPE]: a lookup of each endpoint's service by for_each,
# as terraform-aws-vpc's vpc-endpoints module reads them, and a Gateway
# endpoint of each made of it (s3 without a type: both of its services).
vpces_stack () {
	write_stack stack.yaml "$(printf '%s\n' "  endpoints:" "    default:" \
		"      s3: { service: s3${1+, service_type: $1} }" \
		"      dynamodb: { service: dynamodb, service_type: Gateway }")" &&
	cat >>stack.yaml <<-'YAML'
	data:
	  svc:
	    type: aws.ec2.vpc_endpoint_service
	    for_each: ${var.endpoints}
	    service: ${each.value.service}
	    service_type: ${try(each.value.service_type, null)}
	resources:
	  net: { type: aws.ec2.vpc, cidr_block: 10.70.0.0/16 }
	  ep:
	    type: aws.ec2.vpc_endpoint
	    for_each: ${var.endpoints}
	    vpc_id: ${net.vpc_id}
	    service_name: ${data.svc[each.key].service_name}
	    vpc_endpoint_type: ${data.svc[each.key].service_type}
	outputs:
	  names: '${[for k, s in data.svc : "${k}=${s.service_name} ${s.service_type} ${s.owner}"]}'
	YAML
}

test_expect_success 'aws.ec2.vpc_endpoint_service: a lookup per for_each key, each endpoint made of it; s3 without a type is two' '
	mkdir vpces && (
		cd vpces &&
		vpces_stack Gateway &&
		terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
		net=$(json_get terrace.state.json "d[\"resources\"][\"net\"][\"id\"]") &&
		test_equal "com.amazonaws.us-east-1.dynamodb Gateway com.amazonaws.us-east-1.s3 Gateway" \
			"$(ec2 describe-vpc-endpoints --filters Name=vpc-id,Values="$net" --output text \
				--query "sort_by(VpcEndpoints, &ServiceName)[].[ServiceName, VpcEndpointType]" | tr "\t\n" "  " | sed "s/ $//")" &&
		test_equal "dynamodb=com.amazonaws.us-east-1.dynamodb Gateway amazon,s3=com.amazonaws.us-east-1.s3 Gateway amazon" \
			"$(terrace output -json names | python3 -c "import json,sys; print(\",\".join(json.load(sys.stdin)))")" &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
		vpces_stack &&
		test_expect_code 1 terrace plan >out 2>err &&
		test_contains err "error: lookup data.svc[\"s3\"] (aws.ec2.vpc_endpoint_service): more than one VPC endpoint service named com.amazonaws.us-east-1.s3 (2 are: name the service_type, Gateway or Interface)" &&
		vpces_stack Gateway &&
		terrace destroy -auto-approve >out 2>err &&
		test_line out "Destroy complete! Resources: 3 destroyed."
	)
'

test_done
