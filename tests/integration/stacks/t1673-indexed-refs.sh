#!/usr/bin/env bash
# t1673-indexed-refs: references through an instance key, and try() and
# conditionals around them, against moto. A module and a lookup that exist
# only when a variable says so (count: ${var.x ? 1 : 0}) are named
# try(module.extra[0].name, "no-extra") and var.find ? data.vpc[0].id : "none";
# while they have no instance the bucket's tags take the other value, once
# they have, theirs (the AWS CLI reads the tags); data.azs[0].names[0]
# indexes an instance's attribute; an unguarded data.vpc[0].id with no
# instance is refused at its file:line:col before anything is made.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

s3 ec2 create-vpc --cidr-block 10.91.0.0/16 --output text --query Vpc.VpcId \
	--tag-specifications "ResourceType=vpc,Tags=[{Key=Project,Value=t1673}]" >vpc ||
	test_fail_setup "create-vpc failed"

mkdir -p mods/extra
cat >mods/extra/main.yaml <<-'EOF'
resources:
  bucket: {type: aws.s3.bucket, name: t1673-extra}
outputs:
  name: "${bucket.name}"
EOF

indexed_stack () {
	write_stack stack.yaml '  on: {type: bool, default: false}'
	cat >>stack.yaml <<-'EOF'
	data:
	  vpc: {type: aws.ec2.vpc, count: "${var.on ? 1 : 0}", tags: {Project: t1673}}
	  azs: {type: aws.availability_zones, count: 1}
	modules:
	  extra: {source: ./mods/extra, count: "${var.on ? 1 : 0}"}
	resources:
	  bucket:
	    type: aws.s3.bucket
	    name: t1673-bucket
	    tags:
	      extra: '${try(module.extra[0].name, "no-extra")}'
	      vpc: '${var.on ? data.vpc[0].id : "none"}'
	      zone: '${data.azs[0].names[0]}'
	EOF
}

tag () {
	s3 s3api get-bucket-tagging --bucket t1673-bucket --output text \
		--query "TagSet[?Key==\`$1\`].Value | [0]"
}

test_expect_success 'with no instance, try() and the conditional take the other value' '
	indexed_stack &&
	terrace validate >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal none "$(tag vpc)" &&
	test_equal us-east-1a "$(tag zone)" &&
	test_equal no-extra "$(tag extra)"
'

test_expect_success 'with one, they name it: module.extra[0].name and data.vpc[0].id' '
	terrace apply -auto-approve -var on=true >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 0 destroyed." &&
	test_equal "$(cat vpc)" "$(tag vpc)" &&
	test_equal t1673-extra "$(tag extra)" &&
	test_expect_code 0 terrace plan -detailed-exitcode -var on=true >out 2>err &&
	terrace graph -var on=true >graph.dot 2>err &&
	test_line graph.dot "\"bucket\" -> \"module.extra[0].bucket\";" &&
	test_line graph.dot "\"bucket\" -> \"data.vpc[0]\";"
'

test_expect_success 'an unguarded data.vpc[0] with no instance is refused before anything is made' '
	indexed_stack &&
	cat >>stack.yaml <<-\EOF &&
	  other:
	    type: aws.s3.bucket
	    name: t1673-other
	    tags: {vpc: "${data.vpc[0].id}"}
	EOF
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:27:3: error: other refers to data.vpc[0], which is not a resource instance of the stack" &&
	test_contains err "check the for_each or count of data.vpc"
'

test_expect_success 'a for expression over none names data.vpc[0] in its value: never evaluated, as in Terraform (the lambda module'\''s policies)' '
	indexed_stack &&
	cat >>stack.yaml <<-\EOF &&
	  listed:
	    type: aws.s3.bucket
	    name: t1673-listed
	    tags: {vpcs: '\''${join(",", [for i in range(var.on ? 1 : 0) : data.vpc[0].id])}'\''}
	EOF
	terrace plan -no-color >out 2>err &&
	test_line stack.yaml "tags: {vpcs: '\''\${join(\",\", [for i in range(var.on ? 1 : 0) : data.vpc[0].id])}'\''}" &&
	test_contains out "t1673-listed" &&
	test_not_contains err "not a resource instance" &&
	rm stack.yaml
'

test_expect_success 'destroy' '
	indexed_stack &&
	terrace destroy -auto-approve -var on=true >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed."
'

test_done
