#!/usr/bin/env bash
# t1553-convert-terraform-expressions: two things Terraform takes that the
# expression language refused, in a converted configuration on moto:
# q[name].arn inside [for name in ... : ...], an instance of a for_each
# resource indexed by the for expression's variable (stacks/expr_parse.c:
# a name the for binds is an index applied to all of q's instances), and a
# block whose alternative keys conditionals set to a value or null, only
# one non-null: matched against the schema's forms with the null keys
# absent (provider/aws/checks/schema/validate.c), at validate (a key not
# known yet may be null) and at plan, either way the conditions go; both
# keys set is still refused. A name set by a condition as a module's
# use_name_prefix sets it (name or name_prefix, the other null) is the name
# or the prefix with its suffix, whichever the condition picks; lifecycle
# preconditions and postconditions (self renamed) are kept and judged; a
# terraform_data's input guard is a variable's validation, its input a
# local that its output reads. A name_prefix in a module called several
# times: each instance's name its own (terrace.module in the suffix); a
# module's for_each map whose values name a lookup plans. A for over a
# resource's instances: v.id the instance's id (the one NAME["k"].id
# gives), v.ATTR by the type's name for it. An output of a resource's whole
# objects (a count's, one's) read through a module call: s.id each instance's id.
# An index of a resource other than a key, each.key or count.index
# (aws_cloudwatch_event_connection.this[each.value.connection_name]) is
# applied to all its instances, in a module too, as Terraform applies it:
# what uses it waits for them (converted EventBridge connection and API
# destination, planned: moto's Cloud Control has no AWS::Events types).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

HERE=$TEST_HERE/t1553

test_expect_success 'the configuration converts with nothing left out and validates' '
	mkdir stack &&
	terrace convert "$HERE" >stack/main.yaml 2>err &&
	test_empty err &&
	test_line stack/main.yaml "value: \"\${[for name in var.names : q[name].arn]}\"" &&
	write_stack stack/provider.yaml &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (3 resources)."
'

test_expect_success 'the rule plans with either form the conditions choose' '
	(cd stack && terrace plan -target=old >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	(cd stack && terrace plan -target=old -var ranged=false >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'both forms set: refused at plan, the forms named' '
	sed "/ start: \| end: /s/? null : \(.*\)}\"\$/? \1 : \1}\"/" stack/main.yaml >both.yaml &&
	mkdir both && mv both.yaml both/main.yaml && cp stack/provider.yaml both/ &&
	(cd both && test_expect_code 1 terrace plan -target=old >../out 2>../err) &&
	test_contains err "matches more than one of the forms it takes, where it takes exactly one: date_range; start and end"
'

test_expect_success 'a name by a condition: the prefix and its suffix, or the name; the precondition judged' '
	(cd stack && terrace plan -target=named >../out 2>../err) &&
	grep -E "name += \"t1553-pre-[0-9a-f]{8}\"" out &&
	(cd stack && terrace plan -target=named -var use_name_prefix=false >../out 2>../err) &&
	grep -E "name += \"t1553-named\"" out &&
	(cd stack && test_expect_code 1 terrace plan -target=named -var retention=600 >../out 2>../err) &&
	test_contains err "named: precondition failed" &&
	test_contains err "retention 600 is below an hour"
'

test_expect_success 'a terraform_data: its guard judged as a validation, its output the local of its input' '
	test_line stack/main.yaml "name: t1553-label\${var.suffix}" &&
	test_line stack/main.yaml "value: \${local.label.name}" &&
	(cd stack && terrace plan -target=named -var suffix=ab >../out 2>../err) &&
	(cd stack && test_expect_code 1 terrace plan -target=named -var suffix=abcdef >../out 2>../err) &&
	test_contains err "suffix abcdef is longer than 4"
'

test_expect_success 'a name_prefix in a module called three times (one for_each of a lookup): three names' '
	mkdir -p tf/q mod/q &&
	printf "data \"aws_caller_identity\" \"me\" {}\nmodule \"a\" {\n  source = \"./q\"\n  count  = 2\n}\nmodule \"b\" {\n  source   = \"./q\"\n  for_each = { x = data.aws_caller_identity.me.arn }\n}\n" >tf/main.tf &&
	printf "resource \"aws_sqs_queue\" \"q\" {\n  name_prefix = \"t1553-m-\"\n}\n" >tf/q/main.tf &&
	terrace convert tf >mod/main.yaml 2>err &&
	terrace convert tf/q >mod/q/main.yaml 2>err &&
	test_line mod/q/main.yaml "name: t1553-m-\${substr(sha1(\"\${terrace.stack}/\${terrace.workspace}/q\${terrace.module}\"), 0, 8)}" &&
	write_stack mod/provider.yaml &&
	(cd mod && terrace plan >../out 2>../err) &&
	test_contains out "Plan: 3 to add" &&
	grep -oE "name += \"t1553-m-[0-9a-f]{8}\"" out | sort -u >names &&
	test_equal 3 "$(wc -l <names)"
'

test_expect_success 'the queues apply, and the output names each by the for variable' '
	(cd stack && terrace apply -auto-approve -target=q >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 2 added" &&
	(cd stack && terrace output -json arns >../arns 2>../err) &&
	test_contains arns ":t1553-a\"" &&
	test_contains arns ":t1553-b\""
'

test_expect_success 'a for over a resource'\''s instances: v.id is the id the instance is named by, v.arn its ARN' '
	mkdir instances &&
	terrace convert "$HERE/instances" >instances/main.yaml 2>err &&
	test_empty err &&
	write_stack instances/provider.yaml &&
	(cd instances && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 3 added" &&
	(cd instances && terrace output -json >../outputs 2>../err) &&
	test_equal "t1553-bus/t1553-orders" "$(json_get outputs "d[\"rule_ids\"][\"value\"][\"orders\"]")" &&
	test_equal "$(json_get outputs "d[\"orders_id\"][\"value\"]")" \
		"$(json_get outputs "d[\"rule_ids\"][\"value\"][\"orders\"]")" &&
	test_equal "$(json_get outputs "d[\"daily_id\"][\"value\"]")" \
		"$(json_get outputs "d[\"rule_ids\"][\"value\"][\"daily\"]")" &&
	test_contains outputs "rule/t1553-bus/t1553-orders" &&
	(cd instances && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an output of a resource'\''s whole objects: a caller'\''s s.id is each instance'\''s id' '
	cp -r "$HERE/objects" objects &&
	terrace convert -out objects/net/stack.yaml objects/net >out 2>err &&
	test_line objects/net/stack.yaml "value: \"\${[for i, o in private : merge(o, {id = element(private[*].id, i)})]}\"" &&
	terrace convert -out objects/stack.yaml objects >out 2>err &&
	test_contains err "module \"net\" is called as a stack: convert its folder too" &&
	write_stack objects/provider.yaml &&
	(cd objects && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 3 added" &&
	(cd objects && terrace output -json >../outputs 2>../err) &&
	test_equal "$(json_get outputs "d[\"ids\"][\"value\"]")" \
		"$(json_get outputs "d[\"ids_of_objects\"][\"value\"]")" &&
	test_match outputs "subnet-" &&
	test_equal "[\"10.81.0.10\", \"10.81.1.10\"]" "$(json_get outputs "d[\"cidrs_of_objects\"][\"value\"]")" &&
	test_equal "$(json_get objects/terrace.state.json "d[\"resources\"][\"module.net.this\"][\"id\"]")" \
		"$(json_get outputs "d[\"vpc_id\"][\"value\"]")" &&
	(cd objects && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a module'\''s destination names its connection by each.value: converted, planned, waiting for it' '
	mkdir -p eb/eb &&
	printf "module \"eb\" {\n  source       = \"./eb\"\n  connections  = { c = { key = \"x-api-key\", value = \"secret\" } }\n  destinations = { d = { connection_name = \"c\", endpoint = \"https://example.com/hook\" } }\n}\noutput \"connection_ids\" {\n  value = module.eb.connection_ids\n}\n" >eb/main.tf &&
	printf "variable \"connections\" {\n  default = {}\n}\nvariable \"destinations\" {\n  default = {}\n}\nresource \"aws_cloudwatch_event_connection\" \"this\" {\n  for_each           = var.connections\n  name               = \"t1553-\${each.key}\"\n  authorization_type = \"API_KEY\"\n  auth_parameters {\n    api_key {\n      key   = each.value.key\n      value = each.value.value\n    }\n  }\n}\nresource \"aws_cloudwatch_event_api_destination\" \"this\" {\n  for_each            = var.destinations\n  name                = \"t1553-\${each.key}\"\n  invocation_endpoint = each.value.endpoint\n  http_method         = \"POST\"\n  connection_arn      = aws_cloudwatch_event_connection.this[each.value.connection_name].arn\n}\noutput \"connection_ids\" {\n  value = { for k, v in aws_cloudwatch_event_connection.this : k => v.id }\n}\n" >eb/eb/main.tf &&
	terrace convert -out eb/eb/stack.yaml eb/eb >out 2>err &&
	test_empty err &&
	test_line eb/eb/stack.yaml "connection_arn: \${cloudwatch_event_connection_this[each.value.connection_name].arn}" &&
	test_line eb/eb/stack.yaml "api_key_name: \${each.value.key}" &&
	terrace convert -out eb/stack.yaml eb >out 2>err &&
	write_stack eb/provider.yaml &&
	(cd eb && terrace plan >../out 2>../err) &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	test_contains out "\"c\" = \"t1553-c\"" &&
	(cd eb && terrace graph >../out 2>../err) &&
	test_contains out "\"module.eb.cloudwatch_event_api_destination_this[\\\"d\\\"]\" -> \"module.eb.cloudwatch_event_connection_this[\\\"c\\\"]\""
'

test_done
