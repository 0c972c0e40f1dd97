#!/usr/bin/env bash
# t1061-db-network-checks: the rest of t1060's types against moto — DB and
# cluster subnet groups made with the AWS CLI imported by name (then no
# changes but terrace's tags, and destroyed); names the services refuse and
# an empty subnet list refused by validate, at file:line:col; a name in
# capitals planned in lower case, as RDS keeps it; a Glue NETWORK or
# JDBC connection whose physical_connection_requirements is incomplete
# refused by validate at file:line:col, naming the resource and the
# attribute, and again at plan when the missing value comes from a variable.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

aws_ () {
	s3 "$@"
}

test_expect_success 'names the services refuse and an empty subnet list are refused by validate' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  g:
	    type: aws.rds.subnet_group
	    name: Orders/DB
	    subnet_ids: [subnet-0123456789abcdef1]
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "stack.yaml:16:5: error: resource \"g\" (aws.rds.subnet_group): name: \"Orders/DB\" is not valid: use 1 to 255 letters, digits, periods, underscores, spaces and hyphens" &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  g:
	    type: aws.redshift.subnet_group
	    name: wh
	    subnet_ids: []
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "(aws.redshift.subnet_group): subnet_ids: an empty list: a subnet group needs subnets"
'

test_expect_success 'a DB subnet group name in capitals, which RDS keeps in lower case, is planned in lower case' '
	# -refresh=false: the subnets are placeholders, which plan would read (and find none)
	write_stack ok.yaml &&
	cat >>ok.yaml <<-YAML &&
	resources:
	  g:
	    type: aws.rds.subnet_group
	    name: Orders_DB
	    subnet_ids: [subnet-0123456789abcdef1, subnet-0123456789abcdef2]
	YAML
	mkdir ok && mv ok.yaml ok/stack.yaml &&
	(cd ok && terrace plan -refresh=false >../out 2>../err) &&
	test_match out "name *= \"orders_db\""
'

test_expect_success 'subnet groups made with the aws CLI are imported by name, then no changes' '
	aws_ ec2 create-vpc --cidr-block 10.21.0.0/16 --output text --query Vpc.VpcId >vpc.id &&
	aws_ ec2 create-subnet --vpc-id "$(cat vpc.id)" --cidr-block 10.21.1.0/24 \
		--availability-zone us-east-1a --output text --query Subnet.SubnetId >subnet.id &&
	aws_ rds create-db-subnet-group --db-subnet-group-name imported-db \
		--db-subnet-group-description "made by hand" --subnet-ids "$(cat subnet.id)" >/dev/null &&
	aws_ redshift create-cluster-subnet-group --cluster-subnet-group-name imported-wh \
		--description "made by hand" --subnet-ids "$(cat subnet.id)" >/dev/null &&
	mkdir imp &&
	write_stack imp/stack.yaml &&
	cat >>imp/stack.yaml <<-YAML &&
	resources:
	  db:
	    type: aws.rds.subnet_group
	    name: imported-db
	    description: made by hand
	    subnet_ids: [$(cat subnet.id)]
	  wh:
	    type: aws.redshift.subnet_group
	    name: imported-wh
	    description: made by hand
	    subnet_ids: [$(cat subnet.id)]
	YAML
	cd imp &&
	terrace import db imported-db >../out 2>../err &&
	terrace import wh imported-wh >../out 2>../err &&
	terrace plan >../out 2>../err; cd .. &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	test_match out "\+ \"terrace:stack\" *= \"$TEST_NAME\"" &&
	test_not_contains out "subnet_ids" &&
	(cd imp && terrace apply -auto-approve >../out 2>../err &&
	 test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains out "Destroy complete!" &&
	test_equal 0 "$(aws_ rds describe-db-subnet-groups --output json --query "length(DBSubnetGroups)")" &&
	aws_ ec2 delete-subnet --subnet-id "$(cat subnet.id)" &&
	aws_ ec2 delete-vpc --vpc-id "$(cat vpc.id)"
'


test_expect_success 'an incomplete Glue connection placement is refused at validate, naming file:line:col and attribute' '
	mkdir glue &&
	write_stack glue/stack.yaml "  zone: {type: string, default: \"\"}" &&
	cat >>glue/stack.yaml <<-\YAML &&
	resources:
	  net:
	    type: aws.glue.connection
	    name: t1060-net
	    connection_type: NETWORK
	  jdbc:
	    type: aws.glue.connection
	    name: t1060-jdbc
	    connection_properties: {JDBC_CONNECTION_URL: "jdbc:postgresql://db:5432/orders"}
	    physical_connection_requirements:
	      subnet_id: subnet-0123456789abcdef1
	      security_group_id_list: [sg-0123456789abcdef1]
	  placed:
	    type: aws.glue.connection
	    name: t1060-placed
	    connection_type: NETWORK
	    physical_connection_requirements:
	      subnet_id: subnet-0123456789abcdef1
	      security_group_id_list: [sg-0123456789abcdef1]
	      availability_zone: us-east-1a
	  kafka:
	    type: aws.glue.connection
	    name: t1060-kafka
	    connection_type: KAFKA
	    physical_connection_requirements: {subnet_id: subnet-0123456789abcdef1}
	YAML
	net=$(grep -n "^  net:$" glue/stack.yaml | cut -d: -f1) &&
	pcr=$(grep -n "^    physical_connection_requirements:$" glue/stack.yaml | head -1 | cut -d: -f1) &&
	(cd glue && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "stack.yaml:$net:3: error: resource \"net\" (aws.glue.connection): physical_connection_requirements is missing: a NETWORK connection is a placement in a VPC and needs subnet_id, security_group_id_list and availability_zone" &&
	test_contains err "stack.yaml:$pcr:5: error: resource \"jdbc\" (aws.glue.connection): physical_connection_requirements: availability_zone is missing: a JDBC connection placed in a VPC needs subnet_id, security_group_id_list (at least one group) and availability_zone (the subnet" &&
	test_equal 2 "$(grep -c "error:" err)" &&
	sed -i "/^  net:/,/connection_type: NETWORK/d; /^  jdbc:/,/^  placed:/s/      security_group_id_list: \[sg-0123456789abcdef1\]\$/&\n      availability_zone: \${var.zone}/" glue/stack.yaml &&
	(cd glue && terrace validate >../out 2>../err) &&
	(cd glue && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_match err "^\./stack\.yaml:[0-9]+:[0-9]+: error: resource \"jdbc\" \(aws\.glue\.connection\): physical_connection_requirements: availability_zone is missing"
'


test_done
