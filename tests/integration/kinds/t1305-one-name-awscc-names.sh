#!/usr/bin/env bash
# t1305-one-name-awscc-names: one name, one object for the awscc types whose
# primary identifier is not their name (issue 69): an SQS queue's identifier
# is its URL and its name queue_name; a Glue database's name is
# database_name or, left out, database_input.name (nested), which Glue keeps
# in lower case: provider/aws/checks/kinds/object_names.gen.c, generated from the
# schemas by kinds/gen_object_names.py. A written and an awscc resource of
# one name, two awscc ones, refused at validate at the second's
# file:line:col naming the first; through a variable and a module's input
# at plan (on moto, -refresh=false), naming the resource and attribute. At
# the edges AWS takes: SQS queue names with another case, two regions, a
# Transfer user's name on two servers, a name not known yet.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

stack () {
	{
		echo "stack: names"
		echo "providers:"
		echo "  aws: {region: eu-west-1}"
		echo "  west: {type: aws, region: us-west-2}"
		echo "variables:"
		echo "  env: {type: string, default: dev}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a written and an awscc SQS queue of one name: refused at validate' '
	stack <<-\YAML &&
	  w: {type: aws.sqs.queue, name: t1305-orders}
	  c: {type: awscc.sqs.queue, queue_name: t1305-orders}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:30: error: resource \"c\" (awscc.sqs.queue): \"t1305-orders\" names the same AWS::SQS::Queue as resource \"w\" (its name): two resources would make (and delete) one object; give each its own name" &&
	test_contains err "  resource \"w\" name is at ./stack.yaml:8:28" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'two awscc Glue databases of one name (nested, any case), and a written one: refused' '
	stack <<-\YAML &&
	  a: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: Sales}}
	  b: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: sales}}
	  c: {type: awscc.glue.database, catalog_id: "123456789012", database_name: SALES, database_input: {description: d}}
	  d: {type: aws.glue.database, name: sales}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:79: error: resource \"b\" (awscc.glue.database): \"sales\" names the same AWS::Glue::Database as resource \"a\" (its database_input.name): two resources would make (and delete) one object; give each its own name" &&
	test_contains err "./stack.yaml:10:62: error: resource \"c\" (awscc.glue.database): \"sales\" names the same AWS::Glue::Database as resource \"a\"" &&
	test_contains err "./stack.yaml:11:32: error: resource \"d\" (aws.glue.database): \"sales\" names the same AWS::Glue::Database as resource \"a\"" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'at the edges AWS takes: case, regions, parents, names not known yet' '
	stack <<-\YAML &&
	  q1: {type: aws.sqs.queue, name: t1305-jobs}
	  q2: {type: awscc.sqs.queue, queue_name: T1305-Jobs}
	  q3: {type: awscc.sqs.queue, queue_name: t1305-jobs, provider: west}
	  q4: {type: awscc.sqs.queue, queue_name: "t1305-${var.env}"}
	  q5: {type: awscc.sqs.queue, queue_name: t1305-dev}
	  u1: {type: awscc.transfer.user, server_id: s-01234567890abcdef, user_name: alice, role: "arn:aws:iam::123456789012:role/t"}
	  u2: {type: awscc.transfer.user, server_id: s-0fedcba9876543210, user_name: alice, role: "arn:aws:iam::123456789012:role/t"}
	  d1: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: t1305_a}}
	  d2: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: t1305_b}}
	  d3: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: t1305_c}, provider: west}
	  d4: {type: aws.glue.database, name: t1305_c}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (11 resources)" &&
	test_not_contains err "names the same"
'

mkdir -p mods/queue
cat >mods/queue/main.yaml <<-'EOF'
variables:
  name: {type: string}
resources:
  queue: {type: awscc.sqs.queue, queue_name: "${var.name}"}
EOF

test_expect_success 'through a variable and a module: refused at plan, naming resource and attribute' '
	write_stack stack.yaml "  qn: {type: string, default: t1305-var}" &&
	cat >>stack.yaml <<-\YAML &&
	modules:
	  m: {source: ./mods/queue, name: t1305-mod}
	resources:
	  viavar: {type: awscc.sqs.queue, queue_name: "${var.qn}"}
	  written: {type: aws.sqs.queue, name: t1305-var}
	  again: {type: aws.sqs.queue, name: t1305-mod}
	YAML
	terrace validate -no-color >out 2>err &&
	test_expect_code 1 terrace plan -refresh=false -input=false -no-color >out 2>err &&
	test_contains err "resource \"written\" (aws.sqs.queue): \"t1305-var\" names the same AWS::SQS::Queue as resource \"viavar\" (its queue_name)" &&
	test_contains err "mods/queue/main.yaml:4:34: error: resource \"module.m.queue\" (awscc.sqs.queue): \"t1305-mod\" names the same AWS::SQS::Queue as resource \"again\" (its name)" &&
	test_not_contains out "Plan:"
'

test_done
