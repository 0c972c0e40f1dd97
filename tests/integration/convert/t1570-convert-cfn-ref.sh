#!/usr/bin/env bash
# t1570-convert-cfn-ref: `terrace convert` writes Ref of a resource as
# CloudFormation means it, from stacks/cfn_ref.gen.c (the user guide's
# "Return values" read against the registry's schemas by
# stacks/gen_cfn_ref.py): the type's identifier where Ref gives it (a VPC's
# id), another property where Ref gives that (a scalable target's Id, a
# maintenance window target's id, an Events rule's name, an EIP's address),
# silently; where the table has no answer (a route, whose Ref the guide
# does not tie to a property; a type the pinned guide does not have), the
# identifier with a warning to check it.
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1570

test_expect_success 'Ref is the property CloudFormation'\''s Ref gives, with no warning where the table answers' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$here/refs.yaml" >out 2>err &&
	for line in \
		"value: \${Target.scalable_target_id}" \
		"value: \${WindowTarget.window_target_id}" \
		"value: \${Rule.name}" \
		"value: \${Ip.public_ip}" \
		"value: \${Vpc.id}" \
		"value: \${Table.id}" \
		"resource_id: table/\${Table.id}" \
		"window_id: \${Window.id}"; do
		test_line s/stack.yaml "$line" || return 1
	done &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test_not_contains err "Ref Target" &&
	test_not_contains err "Ref Rule" &&
	test_not_contains err "Ref Ip" &&
	test_not_contains err "Ref WindowTarget"
'

test_expect_success 'where the table has no answer: the identifier, and a warning that quotes the guide or says it has none' '
	test_line err "$here/refs.yaml:64:21: warning: Ref Route: CloudFormation'\''s documentation says \"Ref returns the ID of the route\", which names no one property; written as Route.route_table_id, its type'\''s identifier'\''s first property (route_table_id|cidr_block): check it is what the template means" &&
	test_line err "$here/refs.yaml:65:20: warning: Ref Peer: CloudFormation'\''s documentation (as pinned) has no Ref of AWS::EC2::RouteServer; written as Peer.id, its type'\''s identifier (route_server_id): check it is what the template means" &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test_line s/stack.yaml "value: \${Route.route_table_id}" &&
	test_line s/stack.yaml "value: \${Peer.id}"
'

test_expect_success 'the stack validates' '
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (10 resources)."
'

test_expect_success 'the table is the generator'\''s: its rows for the three types the issue names' '
	grep "\"AWS::ApplicationAutoScaling::ScalableTarget\", \"Id\"" "$REPO_ROOT/stacks/cfn_ref.gen.c" &&
	grep "\"AWS::Events::Rule\", \"Name\"" "$REPO_ROOT/stacks/cfn_ref.gen.c" &&
	grep "\"AWS::SSM::MaintenanceWindowTarget\", \"WindowTargetId\"" "$REPO_ROOT/stacks/cfn_ref.gen.c" &&
	grep "\"AWS::EC2::Route\", NULL" "$REPO_ROOT/stacks/cfn_ref.gen.c"
'

test_done
