#!/usr/bin/env bash
# t0957-cfn-lint-extensions-written: cfn-lint's extension rules (issue 58
# point 5) held for the written types through cfn.map, judged on what each
# type's request sends: gen_constraints.py's extension_rows carries a rule
# whose properties attributes go into as written or the request never
# carries (checks/constraints.gen.c's aws_cfn_rules: an Aurora engine takes no
# allocated storage nor master password, E3682), and leaves out, listed with
# why, a rule reading what the request sends transformed (a security
# group's ingress, a function's zipped source), one that applies only with
# a property the request never carries, and one the type's own row holds
# (cfn.map's `held` lines: DynamoDB's billing modes, an SQS queue's FIFO
# settings, RDS's backup retention). t0957/refused.yaml breaks the carried
# rule (two engines) and each held rule, each refused at validate at its
# FILE:LINE:COL (the carried rule naming its id and file, the held ones by
# the type's own row); t0957/valid.yaml holds each edge (postgres and mysql
# with allocated storage, a standard queue with content_based_deduplication
# false, a .fifo name, a PAY_PER_REQUEST table without capacities, 35 days
# of backups, an engine from a variable). An engine known only at plan is
# judged there. No server is contacted.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'each rule at its edge validates, and so does an engine not known yet' '
	cp "$TEST_HERE/t0957/valid.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (9 resources)" &&
	test_empty err
'

test_expect_success 'the carried rule is refused with its id and file, the held ones by their rows' '
	cp "$TEST_HERE/t0957/refused.yaml" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:3:3: error: resource \"aurora\" (aws.rds.instance): sets what it does not take (when Engine matches (aurora|aurora-mysql|aurora-postgresql)): When creating an aurora DBInstance don'"'"'t specify '"'"'AllocatedStorage'"'"'" &&
	test_contains err "(cfn-lint E3682, aws_rds_dbinstance/aurora_exclusive.json): an Aurora instance belongs to a cluster, which aws.rds.instance does not make: use awscc.rds.db_cluster and awscc.rds.db_instance (its db_cluster_identifier), or engine postgres or mysql" &&
	test_contains err "./stack.yaml:12:3: error: resource \"mysql_aurora\" (aws.rds.instance): sets what it does not take (when Engine matches" &&
	test_contains err "./stack.yaml:13:31: error: resource \"fifo\" (aws.sqs.queue): name: \"orders\": a FIFO queue name ends in .fifo" &&
	test_contains err "./stack.yaml:14:47: error: resource \"standard\" (aws.sqs.queue): content_based_deduplication: only a FIFO queue deduplicates by content" &&
	test_contains err "./stack.yaml:15:3: error: resource \"on_demand\" (aws.dynamodb.table): billing_mode PAY_PER_REQUEST takes no read_capacity" &&
	test_contains err "./stack.yaml:16:3: error: resource \"provisioned\" (aws.dynamodb.table): billing_mode PROVISIONED (the default) needs read_capacity and write_capacity" &&
	test_contains err "./stack.yaml:17:161: error: resource \"backups\" (aws.rds.instance): backup_retention_period: 36, where AWS takes 0 to 35" &&
	test_equal 7 "$(grep -c ": error: " err)" &&
	test_equal 2 "$(grep -c "cfn-lint E3682" err)" &&
	test_not_contains err "s3cret-pass"
'

test_expect_success 'an engine known only at plan is judged there, before any request' '
	cat >stack.yaml <<-\YAML &&
	stack: extensions-written
	variables:
	  engine: {type: string, default: aurora-postgresql}
	resources:
	  later: {type: aws.rds.instance, identifier: later, engine: "${var.engine}", instance_class: db.r6g.large, allocated_storage: 20, master_username: app, master_password: s3cret-pass-1, skip_final_snapshot: true}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "resource later: aws.rds.instance: sets what it does not take (when Engine matches (aurora|aurora-mysql|aurora-postgresql))" &&
	test_contains err "(cfn-lint E3682, aws_rds_dbinstance/aurora_exclusive.json)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 terrace plan -no-color -var engine=postgres >out 2>err &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "E3682"
'

test_done
