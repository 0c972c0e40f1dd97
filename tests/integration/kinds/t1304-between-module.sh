#!/usr/bin/env bash
# t1304-between-module: a rule between attributes is judged inside a module
# on what its caller passes: a module making a queue (written) and a Glue job
# (awscc) from its input variables is refused at plan, naming the module's
# resource and the attribute, when the caller turns on SQS-managed
# encryption beside a KMS key or gives a job max_capacity beside a
# worker_type; the caller's other values plan.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p mods/etl
cat >mods/etl/main.yaml <<-'EOF'
variables:
  sse: {type: bool}
  capacity: {type: number, default: null}
resources:
  queue:
    type: aws.sqs.queue
    name: t1304-orders
    kms_master_key_id: alias/aws/sqs
    sqs_managed_sse_enabled: "${var.sse}"
  job:
    type: awscc.glue.job
    name: t1304-etl
    role: arn:aws:iam::123456789012:role/glue
    command: {script_location: "s3://scripts/etl.py"}
    worker_type: G.1X
    number_of_workers: 2
    max_capacity: "${var.capacity}"
EOF

caller () { # SSE CAPACITY
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	modules:
	  etl: {source: ./mods/etl, sse: $1, capacity: $2}
	YAML
}

test_expect_success 'the module with encryption turned on beside its KMS key is refused at plan' '
	caller true null &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "module.etl" &&
	test_contains err "sqs_managed_sse_enabled: kms_master_key_id and sqs_managed_sse_enabled exclude each other: AWS takes one of them; drop sqs_managed_sse_enabled or kms_master_key_id"
'

test_expect_success 'the module given max_capacity beside its worker_type is refused at plan' '
	caller false 2 &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "module.etl" &&
	test_contains err "mods/etl/main.yaml:16:5: error: resource \"module.etl.job\" (awscc.glue.job): number_of_workers: max_capacity and number_of_workers exclude each other: AWS takes one of them; drop number_of_workers or max_capacity (Glue CreateJob"
'

test_expect_success 'the module given values AWS takes plans' '
	caller false null &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_done
