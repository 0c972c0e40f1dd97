#!/usr/bin/env bash
# time-limit: 3000 (make bench-lab runs it for 30 attendees: long under load)
# t0540-lab-retail-batch: examples/retail-batch as a workshop lab for
# LAB_ATTENDEES attendees (3 in the suite, 30 in `make bench-lab`) against
# moto, in one shared network: the instructor applies examples/retail-batch/network once (an account has
# 5 VPCs per region, so 30 attendees cannot each build one), and every
# attendee's stack, run with -var lab_network=retail-lab, finds it by
# lookups and puts its own key pair, bastion, subnet group, database, Glue
# connection, log group and pipeline in it. The PostgreSQL standing in for
# every attendee's RDS instance sits behind the bastions' sshd (every public
# IP moto gives is its address), as t0330 sets them up (one database and
# one reader login per attendee, from the attendee CSV's columns), each
# attendee with their own IAM login whose credentials land only in their
# 0600 credentials file. lab up: all ready, no VPC but the shared one;
# status: all ok; lab down: all destroyed, the workspaces gone, and a
# listing of every service shows nothing left but the shared network.
# (t0541 runs the lab again with its local state deleted midway and sweeps
# it.) The wall time of up, status and down is printed as "# figure: ...".
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

N=${LAB_ATTENDEES:-3}

require_netns
retail_lab_start

test_expect_success 'the instructor applies the shared network once' '
	(cd network && terrace apply -auto-approve >../network.out 2>../network.err) &&
	test_line network.out "Apply complete! Resources: 12 added, 0 changed, 0 destroyed." &&
	lab_vpc=$(cd network && terrace output -raw vpc_id) &&
	test_equal retail-lab "$(cli ec2 describe-vpcs --vpc-ids "$lab_vpc" \
		--query "Vpcs[0].Tags[?Key==\`Name\`].Value | [0]" --output text)"
'
export TERRACE_VAR_lab_network=retail-lab

test_expect_success "lab up: $N attendees, each ready" '
	{ timed "lab up" terrace lab up . -attendees attendees.csv >up.out 2>up.err; echo $? >up.rc; } &&
	test_equal 0 "$(cat up.rc)" &&
	test_contains up.out "Lab up: $N ready, 0 failed." &&
	test_equal "$N" "$(grep -c "^  lab-[0-9]* *ready .*Apply complete!" up.out)" &&
	for id in "${ids[@]}"; do bucket_exists "$id-hist-retail" || return 1; done &&
	test_equal 31 "$(json_get terrace.state.d/lab-01/terrace.state.json "len(d[\"resources\"])")" &&
	test_equal "$lab_vpc" "$(cli ec2 describe-vpcs --filters Name=is-default,Values=false \
		--query "Vpcs[].VpcId" --output text)"
'

test_expect_success "the table: each attendee's bucket, sign-in URL and credentials file" '
	# without a terminal the table fits 80 columns, the whole one in up.txt
	test_equal 0 "$(cat up.rc)" && test_contains up.out "Lab up: $N ready, 0 failed." &&
	test_contains up.out "Long cells cut to fit 80 columns; the whole table: ./.terrace/lab/up.txt" &&
	test_match up.out "^lab-01 +ready " &&
	test_match .terrace/lab/up.txt "^ATTENDEE +STATUS +alerts_topic_arn +bastion_ip +bucket .* sign_in_url .* vpc_id +credentials \(0600\)" &&
	test_match .terrace/lab/up.txt "^lab-01 +ready +arn:aws:sns:us-east-1:123456789012:lab-01-hist-retail-alerts +$NETNS_IP +lab-01-hist-retail .*https://123456789012.signin.aws.amazon.com/console .* $lab_vpc +\./\.terrace/lab/lab-01.credentials.json" &&
	for id in "${ids[@]}"; do
		f=.terrace/lab/$id.credentials.json &&
		test_equal 600 "$(stat -c %a "$f")" &&
		json_get "$f" "d[\"credentials\"][\"user\"]" >user &&
		test_equal "$id-hist-retail" "$(cat user)" || return 1
	done &&
	json_get .terrace/lab/lab-01.credentials.json "d[\"credentials\"][\"password\"]" >pw &&
	test_not_contains up.out "$(cat pw)" && # negatives: no run of terrace (lab up of an earlier step, its table read above)
	test_not_contains up.err "$(cat pw)" && # negatives: no run of terrace (lab up of an earlier step, its table read above)
	test_not_contains terrace.state.d/lab-01/terrace.state.json "$(cat pw)" # negatives: no run of terrace (lab up of an earlier step, its table read above)
'

test_expect_success 'every attendee has their bastion and database in the shared network' '
	cli ec2 describe-instances --filters Name=instance-state-name,Values=running >instances.json &&
	cli rds describe-db-instances >dbs.json &&
	N=$N LAB_VPC=$lab_vpc check_json instances.json dbs.json <<-\PY
	instances, dbs = d
	n, vpc = int(os.environ["N"]), os.environ["LAB_VPC"]
	bastions = [i for r in instances["Reservations"] for i in r["Instances"]]
	expect("bastions", len(bastions), n)
	expect("bastions in the lab network", sorted({i["VpcId"] for i in bastions}), [vpc])
	expect("bastion key pairs", sorted(i["KeyName"] for i in bastions),
	       sorted("lab-%02d-hist-retail" % k for k in range(1, n + 1)))
	expect("databases in the lab network", sorted({db["DBSubnetGroup"]["VpcId"] for db in dbs["DBInstances"]}), [vpc])
	expect("databases", len(dbs["DBInstances"]), n)
	PY
'

test_expect_success 'every attendee has their own schema and reader' '
	for id in "${ids[@]}"; do
		test_equal 4 "$(psql_test -d "retail_${id//-/}" "SELECT count(*) FROM information_schema.tables WHERE table_schema = '\''retail'\''")" || return 1
	done
'

test_expect_success 'lab status: all ok' '
	timed "lab status" terrace lab status . -attendees attendees.csv >status.out 2>status.err &&
	test_contains status.out "$N ok, 0 drifted, 0 with changes, 0 gone, 0 failed."
'

test_expect_success 'lab down: every attendee destroyed, the workspaces deleted' '
	{ timed "lab down" terrace lab down . -attendees attendees.csv -auto-approve >down.out 2>down.err; echo $? >down.rc; } &&
	test_equal 0 "$(cat down.rc)" &&
	test_contains down.out "Lab down: $N destroyed, 0 failed, 0 had no workspace." &&
	! test -e terrace.state.d/lab-01 # negatives: no run of terrace (lab down run through timed above, its exit code in down.rc and its counts read)
'

test_expect_success 'nothing is left but the shared network: EC2, RDS, Logs, S3, Secrets Manager, IAM, Glue, Step Functions, Scheduler' '
	test_equal 0 "$(cat down.rc)" && test_contains down.out "Lab down: $N destroyed" &&
	RETAIL_KEEP_VPC=$lab_vpc retail_batch_gone lab
'

test_expect_success 'no secret in any log or file terrace wrote' '
	test_equal 0 "$(cat up.rc)" && test_contains up.out "Lab up: $N ready, 0 failed." &&
	test_equal 0 "$(cat down.rc)" && test_contains down.out "Lab down: $N destroyed" &&
	no_secret up.out up.err status.out down.out .terrace/lab/*.log
'

test -f "$TRASH/figures" && sed 's/^/# figure: /' "$TRASH/figures"
test_done
