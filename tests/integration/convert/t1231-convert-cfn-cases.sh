#!/usr/bin/env bash
# t1231-convert-cfn-cases: `terrace convert` of CloudFormation, case by
# case, without a server: every intrinsic function and pseudo parameter it
# carries (t1231/intrinsics.yaml; the values the stack computes checked in
# `terrace console` against what CloudFormation gives), every construct it
# cannot carry named at its file:line:col with why and counted, exit 3
# (t1231/left-out.yaml), a JSON template (t1231/queue.json: positions in
# JSON too), and the errors: YAML and JSON that do not parse (file:line:col),
# a file that is not a template, an unknown -from, a missing file, an -out
# that exists, an -existing that is not JSON; and strings that read back
# only double-quoted (stacks/yaml_write.c).
. "$(dirname "$0")/../lib.sh"

here=$(cd "$(dirname "$0")/t1231" && pwd)

test_expect_success 'every intrinsic carried: exit 0, no warning, the stack validates' '
	mkdir in &&
	terrace convert -out in/stack.yaml "$here/intrinsics.yaml" >out 2>err &&
	test_empty err &&
	for line in \
		"queue_name: \${var.Name}-\${data.aws.region}-\${data.aws.account_id}" \
		"message_retention_period: \${local.Sizes[var.Env][\"Retention\"]}" \
		"delay_seconds: \"\${(local.IsProd ? 5 : null)}\"" \
		"value: \${terrace.stack}" \
		"value: \$\${NotAVariable} and \${var.Name}" \
		"value: \${element(split(\"-\", var.Name), 0)}-x" \
		"value: \${join(\",\", var.Zones)}" \
		"value: \${element(data.azs.names, 0)}" \
		"value: \${length(var.Zones)}" \
		"count: \"\${local.ProdOrBig ? 1 : 0}\"" \
		"topic_name: \${join(\"-\", [var.Name, Queue.queue_name])}" \
		"value: \"\${(local.ProdOrBig ? one(Topic[*].id) : Queue.arn)}\"" \
		"description: \${base64encode(\"hello\")}" \
		"prevent_destroy: true" \
		"ProdOrBig: \${(local.IsProd || local.IsBig)}" \
		"Both: \${(local.IsProd && !(local.IsBig))}" \
		"value: \"\${local.ProdOrBig ? one(Topic[*].id) : null}\"" \
		"value: \${jsonencode({\"a\" = var.Name})}" \
		"type: list(number)" \
		"- 443" \
		"type: awscc.ssm.parameter" \
		"parameter_type: String"; do
		test_line in/stack.yaml "$line" || return 1
	done &&
	test_line in/stack.yaml "security_group_ingress: \"\${[for x in [{ip_protocol = \\\"tcp\\\", from_port = 22, to_port = 22, cidr_ip = \\\"10.0.0.0/8\\\"}, (local.IsProd ? {ip_protocol = \\\"tcp\\\", from_port = 443, to_port = 443, cidr_ip = \\\"0.0.0.0/0\\\"} : null)] : x if x != null]}\"" &&
	(cd in && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)."
'

test_expect_success 'the values computed are CloudFormation'\''s: Cidr, FindInMap, conditions, Sub, parameters' '
	cidr=$(sed -n "s/.*value: \"\${\(element(\[for i in range(4).*\)}\"$/\1/p" in/stack.yaml |
		sed "s/\\\\\"/\"/g") &&
	printf "%s\n" "$cidr" local.IsBig local.ProdOrBig local.Both "local.Sizes[var.Env][\"Retention\"]" \
		"var.Ports" "var.Zones" >exprs &&
	(cd in && terrace console -var Size=8 -var Env=prod -no-color) <exprs >out 2>err &&
	test_cmp - out <<-\EOF
	"10.0.2.0/24"
	true
	true
	false
	30
	[
	    80,
	    443,
	]
	[
	    "a",
	    "b",
	]
	EOF
'

test_expect_success 'Fn::If with AWS::NoValue in a list leaves the element out; a resource its condition leaves out is no error' '
	rules=$(sed -n "s/.*security_group_ingress: \"\${\(.*\)}\"$/\1/p" in/stack.yaml |
		sed "s/\\\\\"/\"/g") &&
	echo "length($rules)" >exprs &&
	(cd in && terrace console -var Env=prod -no-color) <exprs >out 2>err &&
	test_line out 2 &&
	echo "local.ProdOrBig ? one(Topic[*].id) : \"no topic\"" >>exprs &&
	(cd in && terrace console -var Env=dev -no-color) <exprs >out 2>err &&
	test_cmp - out <<-\EOF
	1
	"no topic"
	EOF
'

test_expect_success 'the parameters'\'' constraints are the variables'\'' validation rules' '
	(cd in && test_expect_code 1 terrace console -var Size=9 -var Name=Lake -no-color) </dev/null >out 2>err &&
	test_contains err "Size must be at most 8" &&
	test_contains err "Name must match the pattern [a-z]+"
'

test_expect_success 'what cannot be carried: a warning each at file:line:col with why, counted, exit 3' '
	mkdir left &&
	test_expect_code 3 terrace convert -out left/stack.yaml "$here/left-out.yaml" >out 2>err &&
	f="$here/left-out.yaml" &&
	for line in \
		"$f:2:1: warning: Transform AWS::Serverless-2016-10-31: a macro CloudFormation runs on the template" \
		"$f:7:1: warning: Rules: rules over the parameters CloudFormation checks before a change set" \
		"$f:13:11: warning: resource Seeder: Custom::Seeder is a custom resource" \
		"$f:17:11: warning: resource Legacy: AWS::CloudFormation::CustomResource is a custom resource" \
		"$f:21:11: warning: resource Api: AWS::Serverless::Function is expanded by the AWS::Serverless transform" \
		"$f:25:11: warning: resource Gadget: AWS::Nothing::Gadget is not a type of the CloudFormation registry terrace carries (no awscc type); left out" \
		"$f:5:5: warning: parameter Image: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> is read by CloudFormation from SSM Parameter Store" \
		"$f:36:18: warning: Fn::ImportValue: another CloudFormation stack'\''s export" \
		"$f:37:7: warning: resource Queue: AWS::SQS::Queue has no property Colour in its schema (awscc.sqs.queue); left out" \
		"$f:40:18: warning: a dynamic reference {{resolve:secretsmanager:prod/db:SecretString:password}}: CloudFormation resolves it at deploy time" \
		"$f:44:30: warning: Fn::GetAZs of another region" \
		"$f:46:18: warning: Fn::Foo: an intrinsic function terrace has no counterpart of" \
		"$f:48:30: warning: AWS::NotificationARNs: terrace sends no stack notifications" \
		"$f:28:21: warning: resource Queue: DeletionPolicy Snapshot (a final snapshot) has no counterpart" \
		"$f:29:26: warning: resource Queue: UpdateReplacePolicy" \
		"$f:31:7: warning: resource Queue: CreationPolicy" \
		"$f:34:9: warning: resource Queue: AWS::CloudFormation::Init is read by cfn-init" \
		"$f:53:14: warning: Fn::GetAtt Seeder.Value: its resource is not carried; written as var.Seeder_Value, a variable to give its value" \
		"$f:55:11: warning: resource Db: without a DeletionPolicy CloudFormation takes a final snapshot of AWS::RDS::DBInstance when it deletes it" \
		"$f:65:7: warning: output QueueUrl: Export makes a CloudFormation export"; do
		test_contains err "$line" || return 1
	done &&
	test_equal 20 "$(grep -c ": warning: " err)" &&
	test_line err "20 constructs left out (the warnings above say which and why)" &&
	test_not_contains err "AWS::StackId" &&
	test_line left/stack.yaml "value: \${Ip.public_ip}" &&
	test_line left/stack.yaml "sensitive: true" &&
	(cd left && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)."
'

test_expect_success 'a nested stack and Fn::ForEach are left out at their file:line:col; what refers to the nested stack is a variable; the stack validates' '
	mkdir nested &&
	test_expect_code 3 terrace convert -out nested/stack.yaml "$here/nested-foreach.yaml" >out 2>err &&
	f=$here/nested-foreach.yaml &&
	test_contains err "$f:5:11: warning: resource Network: AWS::CloudFormation::Stack in a template is a nested stack: convert its template (TemplateURL) on its own and call it as a module; left out" &&
	test_contains err "$f:8:3: warning: resources'\'' key Fn::ForEach::Queues: the AWS::LanguageExtensions transform expands it, which terrace does not run; left out: write it with for_each" &&
	test_contains err "$f:21:3: warning: outputs'\'' key Fn::ForEach::QueueUrls: the AWS::LanguageExtensions transform expands it" &&
	test_contains err "warning: Ref Network: its resource is not carried; written as var.Network, a variable to give its value" &&
	test_contains err "warning: Fn::GetAtt Network.Outputs.VpcId: its resource is not carried; written as var.Network_Outputs_VpcId" &&
	test_line nested/stack.yaml "queue_name: jobs-\${var.Network_Outputs_VpcId}" &&
	test_not_contains nested/stack.yaml "ForEach" &&
	(cd nested && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resource"
'

test_expect_success 'a JSON template: positions in JSON, Fn::If with AWS::NoValue, a free-form property kept' '
	mkdir js &&
	test_expect_code 3 terrace convert -out js/stack.yaml "$here/queue.json" >out 2>err &&
	test_line err "$here/queue.json:19:20: warning: resource Hook: Custom::Hook is a custom resource: CloudFormation calls its provider (a Lambda function or an SNS topic) to make it, and terrace calls none; left out" &&
	test_line js/stack.yaml "queue_name: \"\${(local.Named ? \\\"\${var.Name}-queue\\\" : null)}\"" &&
	test_line js/stack.yaml "deadLetterTargetArn: \${Dead.arn}" &&
	test_line js/stack.yaml "value: \${Queue.id}" &&
	(cd js && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)."
'

test_expect_success 'YAML that does not parse: libyaml'\''s message at file:line:col, exit 1, nothing written' '
	printf "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n   Properties: {}\n" >bad.yaml &&
	test_expect_code 1 terrace convert -from cloudformation -out none.yaml bad.yaml >out 2>err &&
	test_line err "bad.yaml:4:4: error: did not find expected key" &&
	test ! -e none.yaml
'

test_expect_success 'JSON that does not parse: jansson'\''s message at file:line:col, exit 1' '
	printf "{\n  \"Resources\": {\n    \"Q\": {\"Type\": \"AWS::SQS::Queue\",}\n  }\n}\n" >bad.json &&
	test_expect_code 1 terrace convert bad.json >out 2>err &&
	test_line err "bad.json:3:37: error: not valid JSON: string or '\''}'\'' expected near '\''}'\''" &&
	test_empty out
'

test_expect_success 'a file that is not a template, or not known, is refused with what to do' '
	printf "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: nothing\n" >empty.yaml &&
	test_expect_code 1 terrace convert empty.yaml >out 2>err &&
	test_line err "empty.yaml:1:1: error: empty.yaml is not a CloudFormation template: it has no Resources map" &&
	printf "stack: x\n" >plain.yaml &&
	test_expect_code 1 terrace convert plain.yaml >out 2>err &&
	test_line err "Error: convert: cannot tell what plain.yaml is: neither a CloudFormation template (a map with Resources) nor a Terraform configuration (.tf files): give -from" &&
	test_expect_code 1 terrace convert -from cdk plain.yaml >out 2>err &&
	test_line err "Error: convert: -from cdk: expected cloudformation or terraform" &&
	test_expect_code 1 terrace convert missing.yaml >out 2>err &&
	test_line err "Error: convert: missing.yaml: No such file or directory"
'

test_expect_success 'an -out that exists is never overwritten; an -existing that is not JSON is refused' '
	echo keep >kept.yaml &&
	test_expect_code 1 terrace convert -out kept.yaml "$here/queue.json" >out 2>err &&
	test_line err "Error: convert: cannot write kept.yaml: the file exists (convert never overwrites one)" &&
	test_line kept.yaml keep &&
	echo "{" >existing.json &&
	test_expect_code 1 terrace convert -existing existing.json "$here/queue.json" >out 2>err &&
	test_contains err "Error: convert: -existing existing.json:2:0:"
'

test_expect_success 'strings that do not read back as written (a DEL, a line separator, ON, <<): double-quoted by libyaml, each value as the template gives it' '
	cat >odd.json <<-\EOF &&
	{"Parameters": {"Del": {"Type": "String", "Default": "a\u007fb"},
	                "Ls": {"Type": "String", "Default": "a\u2028b"},
	                "Upper": {"Type": "String", "Default": "ON"},
	                "Merge": {"Type": "String", "Default": "<<"}},
	 "Resources": {"Q": {"Type": "AWS::SQS::Queue",
	                     "Properties": {"QueueName": {"Fn::Join": ["-", [{"Ref": "Upper"}, {"Ref": "Merge"}]]}}}}}
	EOF
	mkdir odd && terrace convert -out odd/stack.yaml odd.json >out 2>err &&
	test_empty err &&
	for line in "default: \"a\\x7Fb\"" "default: \"a\\Lb\"" "default: \"ON\"" \
		"default: \"<<\""; do
		test_line odd/stack.yaml "$line" || return 1
	done &&
	echo "jsonencode([var.Del, var.Ls, var.Upper, var.Merge])" >exprs &&
	(cd odd && terrace console -no-color) <exprs >out 2>err &&
	test_cmp - out <<-\EOF &&
	"[\"a\x7fb\",\"a\\u2028b\",\"ON\",\"\\u003c\\u003c\"]"
	EOF
	# a YAML 1.1 reader (PyYAML, as editors read) takes ON and << as written too
	python3 -c "import yaml; v = yaml.safe_load(open(\"odd/stack.yaml\"))[\"variables\"]; print(v[\"Upper\"][\"default\"], v[\"Merge\"][\"default\"])" >got &&
	test_line got "ON <<"
'

test_done
