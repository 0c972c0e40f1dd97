#!/usr/bin/env bash
# t1160-waiters-failed-states: a waiter row's failure states end the wait at
# once with AWS's message (provider/aws/transport/wait.h). moto makes
# everything available at once; the moto patch waiters_failed_states.py
# puts an object created with the tag moto:fail into the failed state its
# API reports, the tag's value as AWS's message. Each apply runs under
# `timeout`, far below the waiter's own limit (a NAT gateway: 900 s), so a
# failure state no longer read as failed is a failing step, not a hang:
# `-k 10`, as terrace, like Terraform, lets an operation in flight (here the
# wait) finish after a first SIGTERM; the KILL ten seconds later ends it.
# That the first read ends the wait is held by the debug log having no
# "waiting for" line (moto answers every other state at once), never by
# timing the run (a timed assertion fails on a loaded machine).
#   aws.ec2.nat_gateway            State failed, FailureMessage (nat_ended)
#   NAT gateway delete             gone from DescribeNatGateways (as an hour
#                                  after it was deleted) ends the wait
#                                  (nat_gone's gone_is_done)
#   aws.ec2.vpc_endpoint           State failed, FailureReason (ep_ended)
#   aws.emrserverless.application  state TERMINATED, stateDetails
#                                  (app_created's failed_states)
#   terrace run of an EMR Serverless application that does not start
#                                  itself: STOPPED after StartApplication,
#                                  stateDetails (run.c's failed)
#   aws.firehose.delivery_stream   CREATING_FAILED, FailureDescription's
#                                  Details (fh_stream_failed)
#   Firehose delete                DELETING_FAILED, its FailureDescription
#                                  (fh_gone; the tag moto:fail-delete)
#   Firehose encryption            ENABLING_FAILED, its FailureDescription
#                                  (fh_enc_failed; the tag moto:fail-encryption)
#   aws.rds.instance               a status it does not leave by itself
#                                  (stuck_states), named in the error
#   aws.redshift.cluster           the same (its stuck_states)
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The roles the stacks name by their ARNs, made first as another stack would
# make them: plan reads that a role's ARN names one (checks/reads.c).
stand_in_roles t1160-delivery || test_fail_setup "the roles the stacks name could not be made"

test_expect_success 'a NAT gateway AWS reports failed: apply fails at once with its FailureMessage' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.60.0.0/16}
	  net: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.60.1.0/24}
	  nat_ip: {type: aws.ec2.eip}
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: "\${net.subnet_id}"
	    allocation_id: "\${nat_ip.allocation_id}"
	    tags: {"moto:fail": "Network has no Internet gateway attached"}
	YAML
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "nat: Creating..." &&
	test_match err "DescribeNatGateways nat-[0-9a-f]+ is failed: Network has no Internet gateway attached" &&
	test_not_contains err "waiting for" &&
	s3 ec2 describe-nat-gateways --query "NatGateways[].State" --output text >states &&
	test_equal failed "$(cat states)"
'

test_expect_success 'the harness fails only a NAT gateway tagged so: one made untagged is available' '
	vpc=$(s3 ec2 create-vpc --cidr-block 10.61.0.0/16 --query Vpc.VpcId --output text) &&
	subnet=$(s3 ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.61.1.0/24 --query Subnet.SubnetId --output text) &&
	alloc=$(s3 ec2 allocate-address --domain vpc --query AllocationId --output text) &&
	nat=$(s3 ec2 create-nat-gateway --subnet-id "$subnet" --allocation-id "$alloc" --query NatGateway.NatGatewayId --output text) &&
	s3 ec2 describe-nat-gateways --nat-gateway-ids "$nat" --query "NatGateways[].State" --output text >untagged &&
	test_equal available "$(cat untagged)"
'

test_expect_success 'a NAT gateway no longer listed after its delete (as AWS an hour on): destroy ends its wait and goes on' '
	mkdir gone && (
	cd gone &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.62.0.0/16}
	  net: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.62.1.0/24}
	  nat_ip: {type: aws.ec2.eip}
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: "\${net.subnet_id}"
	    allocation_id: "\${nat_ip.allocation_id}"
	    tags: {"moto:gone-after-delete": "yes"}
	YAML
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	nat=$(json_get terrace.state.json "d[\"resources\"][\"nat\"][\"id\"]") &&
	timeout -k 10 120 "$TERRACE" destroy -auto-approve -no-color >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test_equal 0 "$(s3 ec2 describe-nat-gateways --filter Name=nat-gateway-id,Values=$nat --query "length(NatGateways)")"
	)
'

test_expect_success 'a VPC endpoint AWS reports failed: apply fails at once with its FailureReason' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.61.0.0/16}
	  table: {type: aws.ec2.route_table, vpc_id: "\${vpc.vpc_id}"}
	  s3:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: "\${vpc.vpc_id}"
	    service_name: com.amazonaws.us-east-1.s3
	    route_table_ids: ["\${table.route_table_id}"]
	    tags: {"moto:fail": "The route table is being modified by another request"}
	YAML
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "s3: Creating..." &&
	test_match err "DescribeVpcEndpoints vpce-[0-9a-f]+ is failed: The route table is being modified by another request" &&
	test_not_contains err "waiting for"
'

test_expect_success 'an EMR Serverless application AWS reports TERMINATED: apply fails at once with its stateDetails' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  spark:
	    type: aws.emrserverless.application
	    name: t1160-spark
	    release_label: emr-7.1.0
	    application_type: SPARK
	    tags: {"moto:fail": "Application could not be created: subnet has no free addresses"}
	YAML
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "spark: Creating..." &&
	test_match err "GetApplication [0-9a-z]+ is TERMINATED: Application could not be created: subnet has no free addresses" &&
	test_not_contains err "waiting for"
'

test_expect_success 'run: an EMR Serverless application that stops instead of starting: the run fails at once with its stateDetails, no job run' '
	mkdir lazy && (
	cd lazy &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  spark:
	    type: aws.emrserverless.application
	    name: t1160-lazy
	    release_label: emr-7.1.0
	    application_type: SPARK
	    auto_start_configuration: {enabled: false}
	    tags: {"moto:fail-start": "Application failed to start: no capacity"}
	YAML
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	app=$(json_get terrace.state.json "d[\"resources\"][\"spark\"][\"id\"]") &&
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" run spark -entry-point s3://t1160-jobs/etl.py \
		-role arn:aws:iam::123456789012:role/t1160-spark >out 2>err &&
	test_contains err "GetApplication $app is STOPPED: Application failed to start: no capacity" &&
	test_not_contains err "waiting for" &&
	test_not_contains err "spark: started"
	)
'

test_expect_success 'a Firehose stream AWS reports CREATING_FAILED: apply fails at once with its FailureDescription' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  direct:
	    type: aws.firehose.delivery_stream
	    name: t1160-direct
	    extended_s3_configuration:
	      role_arn: arn:aws:iam::123456789012:role/t1160-delivery
	      bucket_arn: arn:aws:s3:::t1160-lake
	    tags: {"moto:fail": "Firehose could not assume the role"}
	YAML
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "direct: Creating..." &&
	test_contains err "DescribeDeliveryStream t1160-direct is CREATING_FAILED: Firehose could not assume the role" &&
	test_not_contains err "waiting for"
'

test_expect_success 'a Firehose stream whose encryption AWS reports ENABLING_FAILED: the update fails at once with its FailureDescription' '
	mkdir sealed && (
	cd sealed &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  direct:
	    type: aws.firehose.delivery_stream
	    name: t1160-sealed
	    extended_s3_configuration:
	      role_arn: arn:aws:iam::123456789012:role/t1160-delivery
	      bucket_arn: arn:aws:s3:::t1160-lake
	    server_side_encryption: {enabled: false}
	    tags: {"moto:fail-encryption": "The key is disabled"}
	YAML
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	sed -i "s/enabled: false/enabled: true/" stack.yaml &&
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "direct: Modifying... [id=t1160-sealed]" &&
	test_contains err "DescribeDeliveryStream t1160-sealed is ENABLING_FAILED: The key is disabled" &&
	test_not_contains err "waiting for"
	)
'

test_expect_success 'a Firehose stream AWS reports DELETING_FAILED: destroy fails at once with its FailureDescription, the stream kept in state' '
	mkdir stuck && (
	cd stuck &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  direct:
	    type: aws.firehose.delivery_stream
	    name: t1160-stuck
	    extended_s3_configuration:
	      role_arn: arn:aws:iam::123456789012:role/t1160-delivery
	      bucket_arn: arn:aws:s3:::t1160-lake
	    tags: {"moto:fail-delete": "The network interface could not be deleted"}
	YAML
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" destroy -auto-approve -no-color >out 2>err &&
	test_line out "direct: Destroying... [id=t1160-stuck]" &&
	test_contains err "DescribeDeliveryStream t1160-stuck is DELETING_FAILED: The network interface could not be deleted" &&
	test_not_contains err "waiting for" &&
	test_equal t1160-stuck "$(json_get terrace.state.json "d[\"resources\"][\"direct\"][\"id\"]")"
	)
'

test_expect_success 'an RDS instance AWS reports incompatible-parameters, a Redshift cluster hardware-failure: apply fails at once naming them' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  orders:
	    type: aws.rds.instance
	    identifier: t1160-orders
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: app
	    master_password: t1160-Secret-1
	    skip_final_snapshot: true
	    tags: {"moto:fail": incompatible-parameters}
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: t1160-wh
	    node_type: dc2.large
	    master_username: admin
	    master_password: T1160-Secret-1
	    skip_final_snapshot: true
	    tags: {"moto:fail": hardware-failure}
	YAML
	TERRACE_LOG=debug test_expect_code 1 timeout -k 10 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	test_line out "orders: Creating..." &&
	test_line out "wh: Creating..." &&
	test_contains err "t1160-orders is incompatible-parameters: it will not become available by itself" &&
	test_contains err "t1160-wh is hardware-failure: it will not become available by itself" &&
	test_not_contains err "waiting for"
'

test_done
