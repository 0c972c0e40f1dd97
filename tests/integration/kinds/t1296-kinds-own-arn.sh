#!/usr/bin/env bash
# t1296-kinds-own-arn: every type's own ARN is a kind, though no data names
# it (gen_kinds.py's arn_kinds: "AWS::DynamoDB::Table.Arn", its example
# made of the type's ARN format in types.def), and a role is taken by its
# ARN or its name where the API takes only a role's ARN and refuses one it
# cannot assume (a Lambda function's role, a state machine's role_arn, a
# schedule's target.role_arn; a Glue job's role, whose model says nothing,
# passes):
#   - a reference to another type's ARN where a role is taken is refused
#     at validate, written and awscc, naming what the reference gives;
#   - an own-ARN kind is refused only where its example fits none of the
#     kinds the attribute takes: a role's ARN, its name, a variable pass,
#     and a Firehose stream's ARN as an SNS firehose endpoint (by_sibling.def's
#     kind, now also a type's own ARN);
#   - at plan, a literal role that AWS (moto) does not have is refused by
#     its read (IAM GetRole), one it has passes, and one that names the
#     role the stack makes (its name, or an ARN ending in it) is not read
#     (plan_without_stack_names).
. "$(dirname "$0")/../lib.sh"

mkdir -p src && echo 'def handler(e, c): return 1' >src/main.py

stack () {
	{
		echo "stack: own-arn"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "variables:"
		echo "  role: {type: string, default: arn:aws:iam::123456789012:role/some}"
		echo "resources:"
		echo "  t: {type: aws.dynamodb.table, name: own-arn-t, hash_key: id, attribute: [{name: id, type: S}], billing_mode: PAY_PER_REQUEST}"
		echo "  p: {type: aws.iam.policy, name: own-arn-p, policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Action: \"logs:*\", Resource: \"*\"}]}}"
		echo "  r: {type: aws.iam.role, name: own-arn-r, assume_role_policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: {Service: [lambda.amazonaws.com, states.amazonaws.com, firehose.amazonaws.com, scheduler.amazonaws.com]}, Action: \"sts:AssumeRole\"}]}}"
		echo "  sm: {type: aws.sfn.state_machine, name: own-arn-sm, role_arn: \"\${r.arn}\", definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}}"
		cat
	} >stack.yaml
}

test_expect_success 'another type'"'"'s ARN where a role is taken is refused, written and awscc' '
	stack <<-\YAML &&
	  fn: {type: aws.lambda.function, function_name: own-arn-fn, runtime: python3.12, handler: main.handler, role: "${p.arn}", source: src}
	  sm2: {type: aws.sfn.state_machine, name: own-arn-sm2, role_arn: "${t.arn}", definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}}
	  job: {type: aws.glue.job, name: own-arn-job, role: "${sm.arn}", command: {name: glueetl, script_location: "s3://b/x.py"}}
	  sch: {type: aws.scheduler.schedule, name: own-arn-sch, schedule_expression: "rate(1 hour)", flexible_time_window: {mode: "OFF"}, target: {arn: "${sm.arn}", role_arn: "${r.arn}"}}
	  cc: {type: awscc.lambda.function, function_name: own-arn-cc, runtime: python3.12, handler: main.handler, role: "${t.arn}", code: {zip_file: x}}
	  sch2: {type: aws.scheduler.schedule, name: own-arn-sch2, schedule_expression: "rate(1 hour)", flexible_time_window: {mode: "OFF"}, target: {arn: "${sm.arn}", role_arn: "${p.arn}"}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:11:106: error: resource \"fn\" (aws.lambda.function): role takes an IAM role'"'"'s ARN or an IAM role'"'"'s name, not an IAM managed policy'"'"'s ARN (what p.arn gives)" &&
	test_line err "./stack.yaml:12:57: error: resource \"sm2\" (aws.sfn.state_machine): role_arn takes an IAM role'"'"'s ARN or an IAM role'"'"'s name, not a DynamoDB table'"'"'s ARN (what t.arn gives)" &&
	test_line err "./stack.yaml:15:108: error: resource \"cc\" (awscc.lambda.function): role takes an IAM role'"'"'s ARN, not a DynamoDB table'"'"'s ARN (what t.arn gives)" &&
	test_contains err "resource \"sch2\" (aws.scheduler.schedule): target.role_arn takes an IAM role'"'"'s ARN or an IAM role'"'"'s name, not an IAM managed policy'"'"'s ARN (what p.arn gives)" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'a role by its ARN, its name or a variable passes, and an own-ARN kind where its kind is taken' '
	stack <<-\YAML &&
	  fn: {type: aws.lambda.function, function_name: own-arn-fn, runtime: python3.12, handler: main.handler, role: "${r.arn}", source: src}
	  fn2: {type: aws.lambda.function, function_name: own-arn-fn2, runtime: python3.12, handler: main.handler, role: "${r.name}", source: src}
	  fn3: {type: aws.lambda.function, function_name: own-arn-fn3, runtime: python3.12, handler: main.handler, role: "${var.role}", source: src}
	  cc: {type: awscc.lambda.function, function_name: own-arn-cc, runtime: python3.12, handler: main.handler, role: "${r.arn}", code: {zip_file: x}}
	  fh: {type: aws.firehose.delivery_stream, name: own-arn-fh, destination: extended_s3, extended_s3_configuration: {bucket_arn: "arn:aws:s3:::own-arn-b", role_arn: "${r.arn}"}}
	  sub: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: firehose, endpoint: "${fh.arn}", subscription_role_arn: "${r.arn}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (10 resources)" &&
	test_not_contains err "error:"
'

test_expect_success 'at plan, a literal role AWS does not have is refused by its read; one it has passes' '
	export TERRACE_AWS_READ_LITERALS=1 &&
	start_moto &&
	use_server moto &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  fn: {type: aws.lambda.function, function_name: own-arn-fn, runtime: python3.12, handler: main.handler, role: "arn:aws:iam::123456789012:role/own-arn-gone", source: src}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "Error: fn: aws.lambda.function: role: \"arn:aws:iam::123456789012:role/own-arn-gone\" is an IAM role'"'"'s ARN that AWS does not have (IAM GetRole says none)" &&
	aws_server iam create-role --role-name own-arn-here --assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" >/dev/null &&
	sed -i "s|role/own-arn-gone|role/own-arn-here|" stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 1 to add"
'

test_expect_success 'a literal naming the role the stack makes is not read, by its name or its ARN' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  mine: {type: aws.iam.role, name: own-arn-mine, assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: [lambda.amazonaws.com, states.amazonaws.com]}, Action: "sts:AssumeRole"}]}}
	  fn: {type: aws.lambda.function, function_name: own-arn-fn, runtime: python3.12, handler: main.handler, role: "arn:aws:iam::123456789012:role/own-arn-mine", source: src}
	  sm: {type: aws.sfn.state_machine, name: own-arn-sm, role_arn: own-arn-mine, definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}}
	YAML
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 3 to add" &&
	test_not_contains err "does not have"
'

test_done
