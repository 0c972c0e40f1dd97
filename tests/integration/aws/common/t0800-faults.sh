#!/usr/bin/env bash
# t0800-faults: terrace through tests/servers/fault_proxy.py in front of moto.
# A malformed answer ("Received HTTP/0.9") is retried like a dropped
# connection; a create whose answer is lost is recognised as ours and
# adopted (one table line per create operation); a silent server does not
# hold terrace past a second SIGTERM (the first lets the operations in
# progress finish, t1222; it exits within seconds, state readable, lock
# released); and a stack of several types applies exactly once under 25%
# random faults for four seeds, plans clean and destroys to nothing.
# On the code before the transport fix (ce83226) the malformed step, the
# SIGTERM step (terrace still running 76 s after SIGTERM), the four seeds
# (HTTP/0.9 not retried) and the deadline step fail; the lost-response steps
# passed there too (terrace's own retry already adopted those).
# time-limit: 1500 (about 160 s on a quiet 2-core machine; 633 s seen under load)
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# start_proxy NAME ARGS...: a fault proxy in front of moto; terrace's
# endpoint becomes it (the AWS CLI keeps talking to moto directly).
start_proxy () { start_fault_proxy TERRACE_VAR_endpoint "$@"; }
stop_proxy () { stop_fault_proxy TERRACE_VAR_endpoint; }

test_expect_success 'a bad timeout setting is refused, naming the variable or attribute' '
	write_stack stack.yaml &&
	printf "resources:\n  b: {type: aws.s3.bucket, name: fault-settings}\n" >>stack.yaml &&
	TERRACE_AWS_READ_TIMEOUT=abc test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "TERRACE_AWS_READ_TIMEOUT=\"abc\": must be a whole number from 1 to 3600 (read_timeout)" &&
	sed -i "s/^    region: us-east-1/    region: us-east-1\n    operation_timeout: 0/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "operation_timeout must be a whole number from 1 to 86400"
'

test_expect_success 'a malformed answer (HTTP/0.9 garbage) is retried' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: fault-malformed
	YAML
	start_proxy malformed --match "^PUT /fault-malformed " --fault malformed --count 1 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_proxy;
	test_equal 0 $rc &&
	test_match malformed.log "^[0-9]+ malformed PUT /fault-malformed" &&
	bucket_exists fault-malformed &&
	terrace destroy -auto-approve >out 2>err &&
	rm -f terrace.state.json*
'

# lost_response NAME OPERATION_REGEX RESOURCE_YAML CHECK: the first request
# matching the operation is carried out by moto, its answer dropped; the
# apply must still succeed with exactly one object, and plan clean.
lost_response () {
	local name=$1 match=$2 yaml=$3 check=$4 result=refused
	rm -f terrace.state.json*
	write_stack stack.yaml
	printf 'resources:\n%s\n' "$yaml" >>stack.yaml
	start_proxy "lost-$name" --match "$match" --fault drop_after --count 1 || return 1
	if terrace apply -auto-approve >"lost-$name.out" 2>"lost-$name.err" &&
	   grep -q "drop_after" "lost-$name.log" &&
	   test "$(eval "$check")" = 1 &&
	   terrace plan -detailed-exitcode >"lost-$name.plan" 2>&1; then
		result=adopted
	fi
	stop_proxy
	echo "# figure: lost response: $name -> $result" >>figures
	echo "$name $result" >>lost-table
	terrace destroy -auto-approve >/dev/null 2>&1
	rm -f terrace.state.json*
	test "$result" = adopted
}

test_expect_success 'a lost CreateBucket answer: the bucket is adopted' '
	lost_response CreateBucket "^PUT /fault-lost-bucket " "
  b:
    type: aws.s3.bucket
    name: fault-lost-bucket" \
		"bucket_names | grep -c ^fault-lost-bucket\$"
'

test_expect_success 'a lost Glue CreateDatabase answer: the database is adopted' '
	lost_response CreateDatabase "AWSGlue.CreateDatabase" "
  db:
    type: aws.glue.database
    name: fault_lost_db" \
		"s3 glue get-databases --query \"length(DatabaseList[?Name==\\\`fault_lost_db\\\`])\""
'

test_expect_success 'a lost CreateSecret answer: the secret is adopted' '
	lost_response CreateSecret "secretsmanager.CreateSecret" "
  s:
    type: aws.secretsmanager.secret
    name: fault/lost
    value: not-shown
    recovery_window_in_days: 0" \
		"s3 secretsmanager list-secrets --query \"length(SecretList[?Name==\\\`fault/lost\\\`])\""
'

ACCOUNT=123456789012
test_expect_success 'a lost IAM CreateRole answer: the role is adopted' '
	lost_response CreateRole "Action=CreateRole|CreateRole\$" "
  r:
    type: aws.iam.role
    name: fault-lost-role
    assume_role_policy: {Version: \"2012-10-17\", Statement: []}" \
		"s3 iam list-roles --query \"length(Roles[?RoleName==\\\`fault-lost-role\\\`])\""
'

test_expect_success 'a lost IAM CreatePolicy answer: the policy is adopted' '
	lost_response CreatePolicy "CreatePolicy\$" "
  p:
    type: aws.iam.policy
    name: fault-lost-policy
    policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Action: \"s3:*\", Resource: \"*\"}]}" \
		"s3 iam list-policies --scope Local --query \"length(Policies[?PolicyName==\\\`fault-lost-policy\\\`])\""
'

test_expect_success 'a lost IAM CreateGroup answer: the group is adopted' '
	lost_response CreateGroup "CreateGroup\$" "
  g:
    type: aws.iam.group
    name: fault-lost-group" \
		"s3 iam list-groups --query \"length(Groups[?GroupName==\\\`fault-lost-group\\\`])\""
'

test_expect_success 'a lost IAM CreateUser answer: the user is adopted' '
	lost_response CreateUser "CreateUser\$" "
  u:
    type: aws.iam.user
    name: fault-lost-user" \
		"s3 iam list-users --query \"length(Users[?UserName==\\\`fault-lost-user\\\`])\""
'

test_expect_success 'a lost EventBridge PutRule answer: the rule is adopted' '
	lost_response PutRule "AWSEvents.PutRule" "
  e:
    type: aws.events.rule
    name: fault-lost-rule
    event_pattern: {source: [aws.s3]}" \
		"s3 events list-rules --query \"length(Rules[?Name==\\\`fault-lost-rule\\\`])\""
'

test_expect_success 'a lost CreateStateMachine answer: the state machine is adopted' '
	stand_in_roles sfn-runner &&
	lost_response CreateStateMachine "AWSStepFunctions.CreateStateMachine" "
  m:
    type: aws.sfn.state_machine
    name: fault-lost-sm
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition: {StartAt: B, States: {B: {Type: Pass, End: true}}}" \
		"s3 stepfunctions list-state-machines --query \"length(stateMachines[?name==\\\`fault-lost-sm\\\`])\""
'

test_expect_success 'a lost Glue CreateConnection answer: the connection is adopted' '
	lost_response CreateConnection "AWSGlue.CreateConnection" "
  c:
    type: aws.glue.connection
    name: fault-lost-conn
    connection_type: JDBC
    connection_properties:
      JDBC_CONNECTION_URL: jdbc:postgresql://warehouse.internal:5432/reporting
      USERNAME: etl" \
		"s3 glue get-connections --query \"length(ConnectionList[?Name==\\\`fault-lost-conn\\\`])\""
'

test_expect_success 'a lost Glue CreateTable answer: the table is adopted' '
	lost_response CreateTable "AWSGlue.CreateTable" "
  d:
    type: aws.glue.database
    name: fault_lost_tables
  t:
    type: aws.glue.table
    database: \${d.name}
    name: orders
    table_type: EXTERNAL_TABLE" \
		"s3 glue get-tables --database-name fault_lost_tables --query \"length(TableList[?Name==\\\`orders\\\`])\""
'

test_expect_success 'a silent server: the proxy accepts and never answers' '
	rm -f terrace.state.json* &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: fault-silent
	YAML
	# Every request but the credentials check (STS GetCallerIdentity,
	# t0905), which plan makes before anything else.
	start_proxy silent --match "^(?!.*GetCallerIdentity)" --fault silent
'

test_expect_success 'a second SIGTERM ends the apply within seconds, state readable, lock released' '
	"$TERRACE" apply -auto-approve >silent.out 2>silent.err </dev/null &
	pid=$! &&
	for i in $(seq 600); do grep -q silent silent.log 2>/dev/null && break; sleep 0.1; done &&
	grep -q silent silent.log &&
	start=$(date +%s.%N) &&
	kill -TERM $pid && sleep 0.2 && kill -TERM $pid &&
	for i in $(seq 600); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done &&
	end=$(date +%s.%N) &&
	if kill -0 $pid 2>/dev/null; then kill -KILL $pid; fi;
	wait $pid; rc=$?;
	stop_proxy;
	secs=$(echo "$end - $start" | bc) &&
	echo "# figure: silent server: exit $rc ${secs}s after SIGTERM" >>figures &&
	test "$rc" = 1 &&
	test "$(echo "$secs < 30" | bc)" = 1 &&
	test_contains silent.err "interrupted" &&
	terrace state list >list 2>err &&
	terrace plan -lock-timeout=0s >plan.out 2>plan.err;
	test $? -ne 1 &&
	test_not_contains plan.err "lock" &&
	# The CreateBucket was sent and never answered: it may have been carried
	# out, so its pending record stays and the next plan says so.
	test_contains list "lake" &&
	test_contains plan.out "# lake will be created (an earlier apply was interrupted while creating it)"
'

write_many () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: fault-many-$1
	    versioning: true
	    tags: {seed: "$1"}
	    folders: [data/, glue/]
	    force_destroy: true
	  db:
	    type: aws.glue.database
	    name: fault_many_$1
	  secret:
	    type: aws.secretsmanager.secret
	    name: fault/many-$1
	    value: hidden-$1
	    recovery_window_in_days: 0
	YAML
}

for seed in 1 2 3 4; do
	test_expect_success "25% faults, seed $seed: apply once, plan clean, destroy to nothing" '
		rm -f terrace.state.json* &&
		write_many $seed &&
		start_proxy many-$seed --seed $seed --rate 0.25 &&
		terrace apply -auto-approve >many.out 2>many.err &&
		terrace plan -detailed-exitcode >many.plan 2>&1 &&
		echo "# figure: seed $seed: $(grep -vc " pass " many-$seed.log) faults in $(wc -l <many-$seed.log) requests" >>figures &&
		test "$(bucket_names | grep -c "^fault-many-$seed\$")" = 1 &&
		test "$(s3 glue get-databases --query "length(DatabaseList[?Name==\`fault_many_$seed\`])")" = 1 &&
		test "$(s3 secretsmanager list-secrets --query "length(SecretList[?Name==\`fault/many-$seed\`])")" = 1 &&
		terrace destroy -auto-approve >many.destroy 2>&1 &&
		stop_proxy &&
		test_contains many.destroy "Destroy complete!" &&
		! bucket_exists fault-many-$seed &&
		test "$(s3 glue get-databases --query "length(DatabaseList[?Name==\`fault_many_$seed\`])")" = 0
	'
	stop_proxy
done

test_expect_success 'a silent server without a signal: the operation deadline ends it' '
	rm -f terrace.state.json* &&
	start_proxy silent2 --match "^(?!.*GetCallerIdentity)" --fault silent &&
	start=$(date +%s.%N) &&
	TERRACE_AWS_OPERATION_TIMEOUT=3 terrace apply -auto-approve >deadline.out 2>deadline.err;
	rc=$?; end=$(date +%s.%N);
	echo "# figure: silent server, operation_timeout 3: exit $rc after $(echo "$end - $start" | bc)s" >>figures;
	stop_proxy;
	test "$rc" -eq 1 &&
	test_contains deadline.err "operation deadline reached" &&
	# Each create was sent and never answered: the records stay pending, and
	# the next apply (moto answering) creates each exactly once.
	terrace plan >deadline.plan 2>&1;
	test_contains deadline.plan "will be created (an earlier apply was interrupted while creating it)" &&
	terrace apply -auto-approve >deadline.apply 2>&1 &&
	test "$(bucket_names | grep -c "^fault-many-4\$")" = 1 &&
	terrace plan -detailed-exitcode >deadline.plan2 2>&1 &&
	terrace destroy -auto-approve >deadline.destroy 2>&1
'

cat figures 2>/dev/null
test_done
