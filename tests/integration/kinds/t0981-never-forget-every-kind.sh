#!/usr/bin/env bash
# t0981-never-forget-every-kind: the creates whose id the server assigns and
# that call on after the answer say the id at once (create_call_made), so an
# apply killed (SIGKILL) during their follow-up leaves an entry with that id,
# marked unconfirmed: an EC2 instance (RunInstances, then the wait for
# "running": DescribeInstances) and an Athena named query (CreateNamedQuery,
# then the read back: GetNamedQuery), both follow-ups stalled by
# tests/servers/fault_proxy.py --fault silent. The next apply finishes both
# (one instance, one query: nothing made twice), destroy deletes both.
# (EC2 objects without a name made through ec2_create: t0980.)
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

AMI=ami-1e749f67

write_stack stack.yaml
cat >>stack.yaml <<YAML
resources:
  host:
    type: aws.ec2.instance
    ami: $AMI
    instance_type: t3.micro
  wg:
    type: aws.athena.workgroup
    name: never-forget
    output_location: s3://never-forget/results/
    force_destroy: true
  top:
    type: aws.athena.named_query
    name: top-rated
    workgroup: \${wg.name}
    database: movies
    query: SELECT 1
YAML

# This stack's instances that are not terminated, one id a line.
live_instances () {
	s3 ec2 describe-instances --filters "Name=tag:terrace:stack,Values=$TEST_NAME" \
		"Name=instance-state-name,Values=pending,running,stopping,stopped" \
		--query "Reservations[].Instances[].InstanceId" --output text |
		tr '\t' '\n' | sed '/^$/d' | sort
}

queries () {
	s3 athena list-named-queries --work-group never-forget --query "NamedQueryIds[]" \
		--output text | tr '\t' '\n' | sed '/^$/d' | sort
}

entry () {
	json_get state.json "d[\"resources\"][\"$1\"].get(\"$2\")"
}

test_expect_success 'an apply killed during the follow-ups leaves both ids, unconfirmed' '
	start_fault_proxy TERRACE_VAR_endpoint stall --each --fault silent \
		--match "DescribeInstances|AmazonAthena.GetNamedQuery" || return 1
	{ "$TERRACE" apply -auto-approve >kill.out 2>kill.err </dev/null & }
	pid=$! &&
	for i in $(seq 1200); do
		test "$(grep -c " silent " stall.log 2>/dev/null)" = 2 && break
		sleep 0.1
	done &&
	test "$(grep -c " silent " stall.log)" = 2 &&
	kill -KILL $pid; wait $pid; stop_fault_proxy TERRACE_VAR_endpoint &&
	host=$(live_instances) && test "$(echo "$host" | wc -l)" = 1 && test -n "$host" &&
	query=$(queries) && test "$(echo "$query" | wc -l)" = 1 && test -n "$query" &&
	terrace state pull >state.json &&
	test_equal "$host" "$(entry host id)" &&
	test_equal true "$(entry host unconfirmed)" &&
	test_equal "$query" "$(entry top id)" &&
	test_equal true "$(entry top unconfirmed)"
'

test_expect_success 'the next apply finishes both, nothing made twice; destroy deletes both' '
	terrace apply -auto-approve >out 2>err &&
	test_equal "$host" "$(live_instances)" &&
	test_equal "$query" "$(queries)" &&
	terrace state pull >state.json &&
	test_equal null "$(entry host unconfirmed)" &&
	test_equal null "$(entry top unconfirmed)" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test -z "$(live_instances)" &&
	terrace state list >list && test_empty list
'

test_done
