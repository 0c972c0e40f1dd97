#!/usr/bin/env bash
# t1674-lookup-made-count: a count or for_each made of a lookup's result,
# as Terraform's count = length(data.aws_availability_zones.x.names),
# against moto. validate reads nothing and takes the stack; plan reads the
# lookups the count or for_each use (through locals and module inputs)
# and expands what depends on them: a bucket per availability zone
# (count), one per subnet a lookup finds (for_each over its ids), a module
# called once per zone (count) whose own count uses its own lookup (its
# output log[*].id: a splat written in a module, a bucket's id being
# every resource's id). A lookup whose arguments use a resource not made
# yet makes the count unknown: plan fails naming the resource, the lookup
# and what it waits for (exit 1); after -target makes that resource, plan
# reads it, unless the plan replaces it (the lookup is then known only at
# apply, and plan says the count was made of a read apply will not see).
# A stack whose counts come from variables plans as it did (no
# lookup read early).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# A VPC with two subnets, made outside terrace, tagged Team=t1674.
vpc=$(s3 ec2 create-vpc --cidr-block 10.75.0.0/16 --output text --query Vpc.VpcId \
	--tag-specifications "ResourceType=vpc,Tags=[{Key=Team,Value=t1674}]") ||
	test_fail_setup "create-vpc failed"
for i in 1 2; do
	s3 ec2 create-subnet --vpc-id "$vpc" --cidr-block "10.75.$i.0/24" --output text \
		--query Subnet.SubnetId >>subnets || test_fail_setup "create-subnet failed"
done
zones=$(s3 ec2 describe-availability-zones --output text \
	--query "length(AvailabilityZones[?State=='available'])") ||
	test_fail_setup "describe-availability-zones failed"
first_zone=$(s3 ec2 describe-availability-zones --output text \
	--query "sort(AvailabilityZones[].ZoneName)[0]")

mkdir -p mods/zone
cat >mods/zone/main.yaml <<-'EOF'
variables:
  zone: {type: string}
data:
  me: {type: aws.caller_identity}
resources:
  log:
    type: aws.s3.bucket
    count: '${data.me.account_id == "" ? 0 : 1}'
    name: "t1674-m-${var.zone}"
outputs:
  name: "${log[0].name}"
  ids: '${join(",", log[*].id)}'
EOF

made_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-EOF
	data:
	  zones: {type: aws.availability_zones}
	  subs: {type: aws.ec2.subnets, vpc_id: $vpc}
	locals:
	  names: "\${data.zones.names}"
	resources:
	  zone:
	    type: aws.s3.bucket
	    count: "\${length(local.names)}"
	    name: "t1674-z-\${local.names[count.index]}"
	  sub:
	    type: aws.s3.bucket
	    for_each: "\${toset(data.subs.ids)}"
	    name: "t1674-\${each.key}"
	modules:
	  per_zone:
	    source: ./mods/zone
	    count: "\${length(data.zones.names)}"
	    zone: "\${data.zones.names[count.index]}"
	outputs:
	  first: '\${module.per_zone[0].name}'
	  first_ids: '\${module.per_zone[0].ids}'
	  zones: "\${length(zone)}"
	EOF
}

test_expect_success 'validate reads nothing and takes counts and for_each made of lookups' '
	made_stack &&
	terrace validate -var endpoint=http://127.0.0.1:9 >out 2>err &&
	test_contains out "Success!"
'

test_expect_success 'plan reads the lookups and plans one bucket per zone, subnet and module instance' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# zone[0] will be created" &&
	test_line out "# zone[$((zones - 1))] will be created" &&
	test_not_contains out "zone[$zones] " &&
	test_line out "# sub[\"$(sed -n 1p subnets)\"] will be created" &&
	test_line out "# sub[\"$(sed -n 2p subnets)\"] will be created" &&
	test_line out "# module.per_zone[0].log[0] will be created" &&
	test_line out "# module.per_zone[$((zones - 1))].log[0] will be created" &&
	test_line out "Plan: $((2 * zones + 2)) to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply makes them; a second plan has no changes' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: $((2 * zones + 2)) added, 0 changed, 0 destroyed." &&
	s3 s3api head-bucket --bucket "t1674-z-$first_zone" &&
	s3 s3api head-bucket --bucket "t1674-m-$first_zone" &&
	s3 s3api head-bucket --bucket "t1674-$(sed -n 2p subnets)" &&
	test_equal "t1674-m-$first_zone" "$(terrace output -raw first)" &&
	test_equal "t1674-m-$first_zone" "$(terrace output -raw first_ids)" &&
	test_equal "$zones" "$(terrace output -raw zones)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a subnet more: plan makes one bucket more' '
	s3 ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.75.3.0/24 --output text \
		--query Subnet.SubnetId >third &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# sub[\"$(cat third)\"] will be created" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy."
'

late_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-'EOF'
	resources:
	  net: {type: aws.ec2.vpc, cidr_block: 10.76.0.0/16}
	  late:
	    type: aws.s3.bucket
	    count: '${data.net.cidr_block == "10.76.0.0/16" ? 2 : 0}'
	    name: "t1674-late-${count.index}"
	data:
	  net: {type: aws.ec2.vpc, id: "${net.vpc_id}"}
	EOF
}

test_expect_success 'a lookup of what apply makes: plan says the count cannot be known, naming both' '
	mkdir late && (cd late && late_stack &&
	terrace validate >out 2>err &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:17:12: error: count of resource \"late\" cannot be determined until apply, so the number of its instances is not known: it uses lookup data.net, which is not read at plan: its arguments use net, which is not made yet" &&
	test_contains err "apply first what these lookups use, with -target (the next plan reads them)" &&
	test_not_contains out "Plan:")
'

test_expect_success 'once -target made what the lookup uses, plan reads it and counts; not when this plan replaces it' '
	(cd late &&
	terrace apply -auto-approve -target net >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# late[0] will be created" &&
	test_line out "# late[1] will be created" &&
	test_not_contains out "late[2]" &&
	sed "s|10.76.0.0/16}|10.77.0.0/16}|" stack.yaml >new.yaml && mv new.yaml stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:20:3: error: lookup data.net (aws.ec2.vpc): a count or for_each is made of what it read before plan, but what its arguments use changes in this plan" &&
	test_not_contains out "Plan:" &&
	terrace destroy -auto-approve >out 2>err)
'

test_expect_success 'destroy removes what the counted stack made' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: $((2 * zones + 2)) destroyed." &&
	! s3 s3api head-bucket --bucket "t1674-z-$first_zone" 2>/dev/null
'

test_expect_success 'a stack whose counts use variables plans as before: its lookups read in order' '
	mkdir plain && (cd plain &&
	write_stack stack.yaml "  n: {type: number, default: 2}" &&
	cat >>stack.yaml <<-\EOF &&
	data:
	  zones: {type: aws.availability_zones}
	resources:
	  b:
	    type: aws.s3.bucket
	    count: "${var.n}"
	    name: "t1674-p-${count.index}"
	    tags: {zone: "${data.zones.names[0]}"}
	EOF
	TERRACE_LOG=debug terrace plan >out 2>err &&
	test_not_contains err "read for the count or for_each" &&
	test_line out "# b[0] will be created" &&
	test_line out "# b[1] will be created" &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy.")
'

test_done
