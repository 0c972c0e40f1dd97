#!/usr/bin/env bash
# t1502-words-db-registry: AWS's own words as rows (issue 79) on the awscc
# types of RDS and Redshift, the sentences of the CloudFormation registry's
# descriptions their schemas' keywords do not hold, refused before any
# request with the sentence quoted and its document named, at the
# file:line:col of what breaks it, and their valid twins passing:
#   - as written (validate): a Multi-AZ DB instance given a zone
#     (rds.cfn_zone_not_multi_az), an option group's name with two hyphens
#     in a row (rds.cfn_option_group_name_hyphens), a Redshift cluster's
#     manual snapshots kept 0 days (redshift.cfn_manual_snapshot_retention),
#     a subnet group's second tag keyed rds:, at the element's key
#     (rds.cfn_tag_key_prefixes, an EACH row of every awscc.rds.* type), a
#     DB cluster's backup window inside its maintenance window
#     (rds.cfn_backup_apart_from_maintenance);
#   - as known (validate -var, and plan): a DB cluster's monitoring interval
#     given by a variable (rds.cfn_monitoring_intervals, a row of every
#     awscc.rds.db_* type), a DB subnet group named "default" by a local
#     (rds.cfn_subnet_group_not_default), a Redshift cluster's maintenance
#     deferred 61 days by a module's input (redshift.cfn_defer_up_to_60_days);
#     validate without -var knows none of them and passes.
# An event subscription's source ids naming the stack's RDS resources: an
# ARN refused, another kind than source_type's warned of
# (check_rds_event_sources); a cluster's instance writing another subnet
# group or other security groups than its cluster's refused
# (check_rds_cluster_members); an instance's parameter group of another
# engine's family refused (check_rds_parameter_families). Planned with -refresh=false against an
# endpoint nothing listens on: no server is contacted.
. "$(dirname "$0")/../lib.sh"

# written_stack: the literal mistakes; `fixed` their twins.
written_stack () {
	cat >stack.yaml <<-\YAML
	stack: words-db-registry-written
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  orders:
	    type: awscc.rds.db_instance
	    engine: postgres
	    db_instance_class: db.t3.micro
	    allocated_storage: "20"
	    multi_az: true
	    availability_zone: us-east-1a
	  options:
	    type: awscc.rds.option_group
	    engine_name: mysql
	    major_engine_version: "8.0"
	    option_group_description: orders
	    option_group_name: orders--options
	  warehouse:
	    type: awscc.redshift.cluster
	    cluster_type: single-node
	    node_type: ra3.large
	    db_name: dev
	    master_username: etl_admin
	    manage_master_password: true
	    manual_snapshot_retention_period: 0
	  subnets:
	    type: awscc.rds.db_subnet_group
	    db_subnet_group_description: orders
	    subnet_ids: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
	    tags:
	      - {key: team, value: data}
	      - {key: "rds:owner", value: data}
	  cluster:
	    type: awscc.rds.db_cluster
	    engine: aurora-postgresql
	    preferred_backup_window: "03:00-04:00"
	    preferred_maintenance_window: "sun:03:30-sun:04:30"
	YAML
	if test "${1:-}" = fixed; then
		sed -i 's/^    multi_az: true$/    multi_az: false/; s/orders--options/orders-options/; s/manual_snapshot_retention_period: 0$/manual_snapshot_retention_period: -1/; s/"rds:owner"/owner/; s/sun:03:30-sun:04:30/sun:04:00-sun:04:30/' stack.yaml
	fi
}

# known_stack INTERVAL GROUP DAYS: the values a variable, a local and a
# module's input give.
known_stack () {
	mkdir -p mods/rs &&
	cat >mods/rs/main.yaml <<-\YAML &&
	variables:
	  days: {type: number}
	resources:
	  rs: {type: awscc.redshift.cluster, cluster_type: single-node, node_type: ra3.large, db_name: dev, master_username: etl_admin, manage_master_password: true, defer_maintenance: true, defer_maintenance_duration: "${var.days}"}
	YAML
	cat >stack.yaml <<-YAML
	stack: words-db-registry
	variables:
	  interval: {type: number, default: 60}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  group: $2
	modules:
	  warehouse: {source: ./mods/rs, days: $3}
	resources:
	  cluster: {type: awscc.rds.db_cluster, engine: aurora-postgresql, monitoring_role_arn: "arn:aws:iam::123456789012:role/rds-monitoring", monitoring_interval: "\${var.interval}"}
	  subnets: {type: awscc.rds.db_subnet_group, db_subnet_group_description: orders, subnet_ids: [subnet-0123456789abcdef0, subnet-0123456789abcdef1], db_subnet_group_name: "\${local.group}"}
	YAML
}

zone_refused='./stack.yaml:11:5: error: resource "orders" (awscc.rds.db_instance): availability_zone: "us-east-1a", but it must not be set when multi_az is "true": AWS says "The AvailabilityZone parameter can'"'"'t be specified if the DB instance is a Multi-AZ deployment." (CloudFormation registry: AWS::RDS::DBInstance AvailabilityZone)'
hyphens_refused='./stack.yaml:17:5: error: resource "options" (awscc.rds.option_group): option_group_name: "orders--options", but it must not match "(-$|--)": AWS says "Can'"'"'t end with a hyphen or contain two consecutive hyphens" (CloudFormation registry: AWS::RDS::OptionGroup OptionGroupName)'
retention_refused='./stack.yaml:25:5: error: resource "warehouse" (awscc.redshift.cluster): manual_snapshot_retention_period: 0, but it must match "^(-1|[1-9][0-9]{0,2}|[12][0-9]{3}|3[0-5][0-9]{2}|36[0-4][0-9]|365[0-3])$": AWS says "The value must be either -1 or an integer between 1 and 3,653." (CloudFormation registry: AWS::Redshift::Cluster ManualSnapshotRetentionPeriod)'
tag_refused='./stack.yaml:32:10: error: resource "subnets" (awscc.rds.db_subnet_group): tags[1].key: "rds:owner", but it must not match "^(aws|rds):": AWS says "The string value can be from 1 to 128 Unicode characters in length and can'"'"'t be prefixed with aws: or rds:." (CloudFormation registry: AWS::RDS::DBInstance Tag.Key (and every RDS type'"'"'s))'
windows_refused='./stack.yaml:36:5: error: resource "cluster" (awscc.rds.db_cluster): preferred_backup_window: "03:00-04:00", but it must share no minute with preferred_maintenance_window: AWS says "Must not conflict with the preferred maintenance window." (CloudFormation registry: AWS::RDS::DBInstance, DBCluster PreferredBackupWindow)'

test_expect_success 'as written: validate refuses each at its line, quoting AWS; exit 1' '
	written_stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	printf "%s\n" "$zone_refused" "$hyphens_refused" "$retention_refused" "$tag_refused" \
		"$windows_refused" >expect &&
	test_cmp expect err &&
	test_empty out
'

test_expect_success 'as written, the twins (multi_az false, one hyphen, -1 days, a key of its own, windows apart) pass' '
	written_stack fixed &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (5 resources)." &&
	test_empty err
'

test_expect_success 'validate without -var knows no variable, local or module input, and passes' '
	known_stack 60 default 61 &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (2 resources, 1 module call)." &&
	test_empty err
'

interval_refused='./stack.yaml:11:138: error: resource "cluster" (awscc.rds.db_cluster): monitoring_interval: 20, but it must be one of "0", "1", "5", "10", "15", "30", "60": AWS says "Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60" (CloudFormation registry: AWS::RDS::DBInstance, DBCluster MonitoringInterval)'
default_refused='./stack.yaml:12:149: error: resource "subnets" (awscc.rds.db_subnet_group): db_subnet_group_name: "default", but it must not match "^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$": AWS says "Must not be default." (CloudFormation registry: AWS::RDS::DBSubnetGroup DBSubnetGroupName)'
days_refused='mods/rs/main.yaml:4:184: error: resource "module.warehouse.rs" (awscc.redshift.cluster): defer_maintenance_duration: (sensitive value), but it must be 0 to 60: AWS says "The duration must be 60 days or less." (CloudFormation registry: AWS::Redshift::Cluster DeferMaintenanceDuration)'

test_expect_success 'as known: validate -var refuses the variable'"'"'s, the local'"'"'s and the module input'"'"'s at their expressions; exit 1' '
	known_stack 60 default 61 &&
	test_expect_code 1 terrace validate -no-color -var interval=20 >out 2>err &&
	test_line err "$interval_refused" &&
	test_line err "$default_refused" &&
	test_line err "$days_refused" &&
	test_equal 3 "$(grep -c "error:" err)" &&
	test_empty out
'

test_expect_success 'plan refuses the same three, before any request; exit 1' '
	known_stack 60 default 61 &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var interval=20 >out 2>err &&
	test_line err "$interval_refused" &&
	test_line err "$default_refused" &&
	test_line err "$days_refused" &&
	test_equal 3 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'the twins (interval 15, a group of its own name, 60 days) pass validate and plan' '
	known_stack 60 orders 60 &&
	terrace validate -no-color -var interval=15 >out 2>err &&
	test_line out "Success! The stack is valid (2 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false -var interval=15 >out 2>err &&
	test_contains out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

# subscription SOURCE_IDS: an event subscription of DB instances whose
# sources are SOURCE_IDS, beside a cluster and an instance of the stack.
subscription () {
	cat >stack.yaml <<-YAML
	stack: words-db-event-sources
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  topic: {type: aws.sns.topic, name: rds-events}
	  orders: {type: awscc.rds.db_cluster, engine: aurora-postgresql, db_cluster_identifier: orders}
	  reports: {type: awscc.rds.db_instance, engine: postgres, db_instance_class: db.t3.micro, allocated_storage: "20"}
	  events:
	    type: awscc.rds.event_subscription
	    sns_topic_arn: "\${topic.arn}"
	    source_type: db-instance
	    source_ids: $1
	YAML
}

test_expect_success 'an event subscription'"'"'s source ids: an ARN refused, a cluster of a db-instance subscription warned of, an instance'"'"'s name passes' '
	subscription "[\"\${reports.db_instance_arn}\"]" &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "source_ids[0]: \${reports.db_instance_arn} is the ARN of reports, where a source id is its name (letters, digits and hyphens)" &&
	subscription "[\"\${orders.db_cluster_identifier}\"]" &&
	terrace validate -no-color >out 2>err &&
	test_contains err "warning: resource \"events\" (awscc.rds.event_subscription): source_ids[0]: \${orders.db_cluster_identifier} names orders, an awscc.rds.db_cluster, where source_type db-instance takes a name of its kind" &&
	subscription "[\"\${reports.db_instance_identifier}\"]" &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources)." &&
	test_empty err
'

# member GROUP SGS: a cluster of subnet group lake-private and groups
# sg-0a.., sg-0b.., and its reader of subnet group GROUP and groups SGS.
member () {
	cat >stack.yaml <<-YAML
	stack: words-db-cluster-member
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  orders:
	    type: awscc.rds.db_cluster
	    engine: aurora-postgresql
	    db_subnet_group_name: lake-private
	    vpc_security_group_ids: [sg-0aaaaaaaaaaaaaaaa, sg-0bbbbbbbbbbbbbbbb]
	  reader:
	    type: awscc.rds.db_instance
	    engine: aurora-postgresql
	    db_instance_class: db.r6g.large
	    db_cluster_identifier: "\${orders.db_cluster_identifier}"
	    db_subnet_group_name: $1
	    vpc_security_groups: $2
	YAML
}

test_expect_success 'a cluster'"'"'s instance: its subnet group and security groups, if written, are the cluster'"'"'s' '
	member lake-public "[sg-0bbbbbbbbbbbbbbbb, sg-0aaaaaaaaaaaaaaaa]" &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "db_subnet_group_name: \"lake-public\", where its cluster orders has \"lake-private\": AWS says \"If specified, the setting must match the DB cluster setting.\"" &&
	test_not_contains err "vpc_security_groups" &&
	member Lake-Private "[sg-0aaaaaaaaaaaaaaaa]" &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "vpc_security_groups: not the groups of its cluster orders'"'"'s vpc_security_group_ids" &&
	test_not_contains err "db_subnet_group_name" &&
	member lake-private "[sg-0bbbbbbbbbbbbbbbb, sg-0aaaaaaaaaaaaaaaa]" &&
	terrace validate -no-color >out 2>err &&
	test_empty err
'

# families FAMILY: a MySQL instance of the stack's parameter group of FAMILY.
families () {
	cat >stack.yaml <<-YAML
	stack: words-db-families
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  tuning: {type: awscc.rds.db_parameter_group, family: $1, description: tuning}
	  orders:
	    type: awscc.rds.db_instance
	    engine: mysql
	    db_instance_class: db.t3.micro
	    allocated_storage: "20"
	    db_parameter_group_name: "\${tuning.db_parameter_group_name}"
	YAML
}

test_expect_success 'an instance'"'"'s parameter group of the stack: of its engine'"'"'s family' '
	families aurora-mysql8.0 &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "db_parameter_group_name: names tuning, a group of family aurora-mysql8.0, where the mysql engine'"'"'s family begins mysql" &&
	families mysql8.0 &&
	terrace validate -no-color >out 2>err &&
	test_empty err
'

test_done
