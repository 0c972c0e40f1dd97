#!/usr/bin/env bash
# t1572-convert-cfn-set: `terrace convert -out DIR FOLDER` converts a
# folder of CloudFormation templates together, a stack each
# (DIR/REL/stack.yaml, `stack:` its path): an Fn::ImportValue of a name
# another template of the set exports is a terrace.stack lookup of that
# stack's output, by a fixed name or by the ParentXStack pattern
# (!Sub '${ParentVPCStack}-VPC', the parameter's default then the
# exporting stack); with two exporters of the pattern the parameter names
# the stack's folder; a name no template exports stays a variable, warned
# of, and so does an optional parent's (its parameter's default "": a
# lookup is read on every plan), its default ""; a YAML file that is no
# template is passed by. On moto the exporting stack applies and the
# importing one's plan reads its output. Errors: no -out, an -out that
# exists, -existing with a folder.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_DIR/convert/t1572

moto_provider () {
	write_stack "$1/moto.yaml" &&
	sed -i "/^stack: /d" "$1/moto.yaml"
}

test_expect_success 'a folder of templates: one stack each; imports of what the set exports are lookups, the rest variables' '
	test_expect_code 3 terrace convert -out out "$here/set" >stdout 2>err &&
	test_empty stdout &&
	test_line err "$here/set/app.yaml:15:30: warning: Fn::ImportValue team-name: no template of the set exports it; written as var.SG_tags_value, a variable to give its value" &&
	test_line err "$here/set/app.yaml:16:30: warning: Fn::ImportValue *-VPC: the stack it reads is optional (parameter ParentPeerStack, default \"\"), and a terrace.stack lookup is read on every plan; exported by network/vpc of the set; written as var.SG_tags_value_2, a variable to give its value" &&
	test_line err "2 templates converted into stacks under out" &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test_equal 4 "$(wc -l <err)" &&
	test ! -e out/buildspec &&
	test_line out/network/vpc/stack.yaml "stack: network-vpc" &&
	test_not_contains out/network/vpc/stack.yaml "Export" &&
	for line in \
		"stack: app" \
		"network_vpc:" \
		"type: terrace.stack" \
		"path: ../network/vpc" \
		"default: network-vpc" \
		"group_description: \${join(\" \", [\"app\", data.network_vpc.outputs.Cidr])}" \
		"vpc_id: \${data.network_vpc.outputs.VPC}" \
		"value: \${var.SG_tags_value}" \
		"value: \${var.SG_tags_value_2}" \
		"default: \"\""; do
		test_line out/app/stack.yaml "$line" || return 1
	done &&
	(cd out/network/vpc && terrace validate -no-color) >o 2>e &&
	test_contains o "Success! The stack is valid (1 resources)." &&
	(cd out/app && terrace validate -no-color) >o 2>e &&
	test_contains o "Success! The stack is valid (1 resources)."
'

test_expect_success 'on moto: the exporting stack applies, the importing one'\''s plan reads its outputs' '
	moto_provider out/network/vpc &&
	moto_provider out/app &&
	(cd out/network/vpc && terrace apply -auto-approve -no-color) >o 2>e &&
	test_contains o "Apply complete! Resources: 1 added" &&
	vpc=$(cd out/network/vpc && terrace output -raw VPC) &&
	case "$vpc" in vpc-*) ;; *) false ;; esac &&
	(cd out/app && terrace plan -var SG_tags_value=data -no-color) >o 2>e &&
	test_contains o "data.network_vpc: read stack \"network-vpc\"" &&
	test_contains o "$vpc" &&
	test_contains o "app 10.42.0.0/16"
'

test_expect_success 'two templates export the ParentVPCStack name: the parameter names the stack'\''s folder' '
	test_expect_code 3 terrace convert -out several "$here/several" >stdout 2>err &&
	test_line err "$here/several/app.yaml:11:14: warning: Fn::ImportValue *-VPC: exported by vpc-a, vpc-b of the set; read from the stack whose folder in the set var.ParentVPCStack names" &&
	test_line several/app/stack.yaml "path: ../\${var.ParentVPCStack}" &&
	test_line several/app/stack.yaml "vpc_id: \${data.ParentVPCStack.outputs.VPC}" &&
	test_line several/app/stack.yaml "path: ../vpc-a" &&
	test_line several/app/stack.yaml "description: the VPC stack" &&
	test_not_contains several/app/stack.yaml "default: vpc" &&
	(cd several/app && terrace validate -no-color) >o 2>e &&
	test_contains o "Success! The stack is valid (1 resources)."
'

test_expect_success 'a folder needs -out, a new folder; -existing names one template'\''s resources' '
	test_expect_code 1 terrace convert "$here/set" >stdout 2>err &&
	test_line err "Error: convert: a folder of templates converts to a folder of stacks, one each: give -out DIR (a new folder)" &&
	test_expect_code 1 terrace convert -out out "$here/set" >stdout 2>err &&
	test_line err "Error: convert: cannot make -out out: it exists (convert never writes into one)" &&
	echo "{}" >existing.json &&
	test_expect_code 1 terrace convert -existing existing.json -out new "$here/set" >stdout 2>err &&
	test_contains err "Error: convert: -existing names what one template made" &&
	test ! -e new
'

test_done
