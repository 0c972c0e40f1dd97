#!/usr/bin/env bash
# t1260-own-references-not-read: plan reads what a literal of a kind of
# identifier names (provider/aws/checks/reads.c), but never a value that
# comes, wholly or in part, from another resource of the stack, even when
# plan knows it already (a name set in the stack): a metric filter on the
# stack's own log group, a queue encrypted by the stack's own KMS alias,
# and the same through a local, a module (its input variable and its
# output), for_each's each.value and a function of the reference all plan
# and apply with the reads on. A literal (or a variable's value) naming an
# object AWS lacks is still refused, beside a reference that is not read;
# `-refresh=false` skips the reads. A stack applied without the reads (the
# release before them) plans no change, and renaming its log group (the
# filter follows the new name, which does not exist yet) plans.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

filter_of () { # NAME GROUP: a metric filter resource on log group GROUP
	echo "  $1: {type: awscc.logs.metric_filter, log_group_name: \"$2\", filter_pattern: ERROR, metric_transformations: [{metric_name: $1, metric_namespace: t1260, metric_value: \"1\"}]}"
}

# own_stack GROUP: a log group named GROUP with a filter on it, and a queue
# encrypted with a KMS alias, both of this stack.
own_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  logs: {type: aws.logs.log_group, name: "$1"}
	$(filter_of filter '${logs.name}')
	  key: {type: aws.kms.key, description: t1260}
	  alias: {type: aws.kms.alias, name: alias/t1260-queue, target_key_id: "\${key.key_id}"}
	  queue: {type: aws.sqs.queue, name: t1260-queue, kms_master_key_id: "\${alias.name}"}
	YAML
}

test_expect_success 'a filter on the stack'"'"'s own log group and a queue with its own alias plan' '
	own_stack /t1260/app &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "does not have"
'

mkdir -p mods/watch mods/queue
cat >mods/watch/main.yaml <<-'EOF'
variables:
  group: {type: string}
resources:
  filter:
    type: awscc.logs.metric_filter
    log_group_name: "${var.group}"
    filter_pattern: ERROR
    metric_transformations: [{metric_name: mod, metric_namespace: t1260, metric_value: "1"}]
  logs: {type: aws.logs.log_group, name: "${var.group}-inner"}
outputs:
  inner: "${logs.name}"
EOF
cat >mods/queue/main.yaml <<-'EOF'
variables:
  key: {type: string}
  name: {type: string}
resources:
  queue: {type: aws.sqs.queue, name: "${var.name}", kms_master_key_id: "${var.key}"}
  key: {type: aws.kms.key, description: t1260 module}
  alias: {type: aws.kms.alias, name: "alias/${var.name}", target_key_id: "${key.key_id}"}
outputs:
  alias: "${alias.name}"
EOF

# through_stack: log groups and an alias of the stack named through a
# local, a module's input variable and its output, for_each's each.value
# and a function of the reference.
through_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-'YAML'
	locals:
	  groups: {a: "${logs_a.name}", b: "${logs_b.name}"}
	  queue_key: "${alias.name}"
	modules:
	  watch: {source: ./mods/watch, group: "${logs_a.name}"}
	resources:
	  logs_a: {type: aws.logs.log_group, name: /t1260/a}
	  logs_b: {type: aws.logs.log_group, name: /t1260/b}
	  each_filter:
	    type: awscc.logs.metric_filter
	    for_each: "${local.groups}"
	    log_group_name: "${each.value}"
	    filter_pattern: ERROR
	    metric_transformations: [{metric_name: "each-${each.key}", metric_namespace: t1260, metric_value: "1"}]
	  inner_filter:
	    type: awscc.logs.metric_filter
	    log_group_name: "${module.watch.inner}"
	    filter_pattern: ERROR
	    metric_transformations: [{metric_name: inner, metric_namespace: t1260, metric_value: "1"}]
	  part_filter:
	    type: awscc.logs.metric_filter
	    log_group_name: '/t1260/${trimprefix(logs_b.name, "/t1260/")}'
	    filter_pattern: ERROR
	    metric_transformations: [{metric_name: part, metric_namespace: t1260, metric_value: "1"}]
	  key: {type: aws.kms.key, description: t1260}
	  alias: {type: aws.kms.alias, name: alias/t1260-local, target_key_id: "${key.key_id}"}
	  queue: {type: aws.sqs.queue, name: t1260-local, kms_master_key_id: "${local.queue_key}"}
	YAML
}

test_expect_success 'through a local, a module, for_each and a function: the stack plans' '
	through_stack &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 11 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "does not have"
'

# kms_stack ALIAS: queues encrypted with the stack's own alias ALIAS,
# named directly, through a local, for_each, a module's variable and a
# module's output.
kms_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	locals:
	  key: "\${alias.name}"
	  keys: {a: "\${alias.name}"}
	modules:
	  mod: {source: ./mods/queue, name: t1260-mod, key: "\${alias.name}"}
	resources:
	  key: {type: aws.kms.key, description: t1260}
	  alias: {type: aws.kms.alias, name: "$1", target_key_id: "\${key.key_id}"}
	  direct: {type: aws.sqs.queue, name: t1260-direct, kms_master_key_id: "\${alias.name}"}
	  via_local: {type: aws.sqs.queue, name: t1260-local, kms_master_key_id: "\${local.key}"}
	  via_each: {type: aws.sqs.queue, for_each: "\${local.keys}", name: "t1260-each-\${each.key}", kms_master_key_id: "\${each.value}"}
	  via_output: {type: aws.sqs.queue, name: t1260-out, kms_master_key_id: "\${module.mod.alias}"}
	YAML
}

test_expect_success 'queues on the stack'"'"'s own alias apply with the reads on, then plan no change' '
	kms_stack alias/t1260-own &&
	terrace apply -no-color -input=false -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 9 added" &&
	test_not_contains err "does not have" &&
	url=$(aws_server sqs get-queue-url --queue-name t1260-out --query QueueUrl --output text) &&
	aws_server sqs get-queue-attributes --queue-url "$url" --attribute-names KmsMasterKeyId >attrs &&
	test_contains attrs "alias/t1260-mod" &&
	terrace plan -no-color -input=false -detailed-exitcode >out 2>err &&
	test_contains out "No changes." &&
	terrace destroy -no-color -input=false -auto-approve >out 2>err
'

test_expect_success 'a literal and a variable naming what AWS lacks are still refused, beside a reference' '
	write_stack stack.yaml "  key: {type: string, default: alias/t1260-absent}" &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  logs: {type: aws.logs.log_group, name: /t1260/here}
	$(filter_of own '"'"'${logs.name}'"'"')
	$(filter_of absent /t1260/absent)
	  queue: {type: aws.sqs.queue, name: t1260-absent, kms_master_key_id: "\${var.key}"}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "Error: absent: awscc.logs.metric_filter: log_group_name: \"/t1260/absent\" is a log group'"'"'s name that AWS does not have (CloudWatch Logs DescribeLogGroups says none)" &&
	test_contains err "Error: queue: aws.sqs.queue: kms_master_key_id: \"alias/t1260-absent\" is a KMS" &&
	test_equal 2 "$(grep -c "that AWS does not have" err)" &&
	test_not_contains err "/t1260/here\" is"
'

test_expect_success '-refresh=false reads nothing: the same stack plans' '
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a stack applied without the reads (the release before) plans no change with them' '
	kms_stack alias/t1260-old &&
	TERRACE_AWS_READ_LITERALS=0 terrace apply -no-color -input=false -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 9 added" &&
	terrace plan -no-color -input=false -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'its alias renamed (the queues follow a name not made yet): plans and applies' '
	kms_stack alias/t1260-new &&
	test_expect_code 2 terrace plan -no-color -input=false -detailed-exitcode >out 2>err &&
	test_contains out "1 to add" &&
	test_not_contains err "does not have" &&
	terrace apply -no-color -input=false -auto-approve >out 2>err &&
	test_contains out "Apply complete!"
'

test_done
