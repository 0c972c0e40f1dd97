#!/usr/bin/env bash
# t0943-awscc-every-kind: the whole cycle of 32 awscc types terrace has no
# native type for (Route 53 zone and health check (a record set Cloud
# Control cannot provision: the registry lists no handler for it); EFS file
# system, mount target and access point; ELBv2 load balancer, target group
# and listener; a launch template and an Auto Scaling group; an EventBridge
# bus and archive; an SSM document; a CloudWatch dashboard; RDS and Redshift
# parameter groups; a SageMaker model, endpoint configuration, notebook
# instance and its lifecycle configuration; IoT thing, thing type, billing
# group, policy and role alias; a CloudWatch Logs resource policy; an EMR
# security configuration; a VPC peering connection, an EBS volume, a transit
# gateway, a flow log; an API Gateway REST API) in one stack, referring to
# each other and to native aws types (a VPC, subnets, a security group, an
# IAM role, a bucket), through moto's Cloud Control (moto_patches/
# cloudcontrol_api.py over moto's CloudFormation models, with
# cloudformation_models_cloudcontrol.py): validate; plan (counts); apply (one
# of each type listed by Cloud Control); a plan with no changes; updates in
# place of six (not create-only properties, read back through Cloud Control
# and the services' own APIs); a replacement of two (a create-only property:
# "must be replaced"); an event bus made with the aws CLI's cloudcontrol
# create-resource, its tags in another order, imported by its primary
# identifier and planned with no changes; destroy (Cloud Control lists
# nothing of any type); and a lab stack of tagged awscc types swept without
# its state (by tag, a dashboard without tags by name), -force deleting them.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# The CloudFormation types of the stack's awscc resources.
TYPES="AWS::Route53::HostedZone AWS::Route53::HealthCheck
AWS::EFS::FileSystem AWS::EFS::MountTarget AWS::EFS::AccessPoint
AWS::ElasticLoadBalancingV2::LoadBalancer AWS::ElasticLoadBalancingV2::TargetGroup
AWS::ElasticLoadBalancingV2::Listener AWS::EC2::LaunchTemplate
AWS::AutoScaling::AutoScalingGroup AWS::Events::EventBus AWS::Events::Archive
AWS::SSM::Document AWS::CloudWatch::Dashboard AWS::RDS::DBParameterGroup
AWS::Redshift::ClusterParameterGroup AWS::SageMaker::Model AWS::SageMaker::NotebookInstance
AWS::SageMaker::NotebookInstanceLifecycleConfig AWS::SageMaker::EndpointConfig
AWS::IoT::Thing AWS::IoT::ThingType AWS::IoT::BillingGroup AWS::IoT::Policy
AWS::IoT::RoleAlias AWS::Logs::ResourcePolicy AWS::EMR::SecurityConfiguration
AWS::EC2::VPCPeeringConnection AWS::EC2::Volume AWS::EC2::TransitGateway AWS::EC2::FlowLog
AWS::ApiGateway::RestApi"

# inventory: what Cloud Control lists of every type in TYPES, one line
# each, "TYPE IDENTIFIER", sorted (ListResources with botocore, the aws
# CLI's library, in one process: a CLI run per type would take seconds each).
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" $TYPES <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	cc = botocore.session.get_session().create_client(
	    "cloudcontrol", region_name="us-east-1", endpoint_url=endpoint,
	    aws_access_key_id=key, aws_secret_access_key=secret)
	lines = []
	for t in sys.argv[4:]:
	    for page in cc.get_paginator("list_resources").paginate(TypeName=t):
	        lines += ["%s %s" % (t, d["Identifier"]) for d in page["ResourceDescriptions"]]
	if lines:
	    print("\n".join(sorted(lines)))
	PY
}

# cc_props TYPE IDENTIFIER: GetResource's properties (JSON text).
cc_props () {
	aws_cli cloudcontrol get-resource --cli-input-json \
		"{\"TypeName\": \"$1\", \"Identifier\": \"$2\"}" \
		--query ResourceDescription.Properties --output text
}

state_id () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  net: {type: aws.ec2.vpc, cidr_block: 10.60.0.0/16}
  sub_a: {type: aws.ec2.subnet, vpc_id: "${net.vpc_id}", cidr_block: 10.60.1.0/24, availability_zone: us-east-1a}
  sub_b: {type: aws.ec2.subnet, vpc_id: "${net.vpc_id}", cidr_block: 10.60.2.0/24, availability_zone: us-east-1b}
  web: {type: aws.ec2.security_group, name: t0943-web, description: web, vpc_id: "${net.vpc_id}"}
  ml:
    type: aws.iam.role
    name: t0943-ml
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: sagemaker.amazonaws.com}, Action: "sts:AssumeRole"}]}
  zone:
    type: awscc.route53.hosted_zone
    name: t0943.example.com
    hosted_zone_config: {comment: "zone of ${net.vpc_id}"}
  check:
    type: awscc.route53.health_check
    health_check_config: {type: HTTP, fully_qualified_domain_name: "www.t0943.example.com", port: 80, resource_path: /health}
  files:
    type: awscc.efs.file_system
    performance_mode: generalPurpose
    encrypted: true
    throughput_mode: bursting
    file_system_tags: [{key: Name, value: t0943-files}]
  mount_a:
    type: awscc.efs.mount_target
    file_system_id: "${files.file_system_id}"
    subnet_id: "${sub_a.subnet_id}"
    security_groups: ["${web.group_id}"]
  dags:
    type: awscc.efs.access_point
    file_system_id: "${files.file_system_id}"
    posix_user: {uid: "1000", gid: "1000"}
    root_directory: {path: /dags}
  lb:
    type: awscc.elasticloadbalancingv2.load_balancer
    name: t0943-lb
    subnets: ["${sub_a.subnet_id}", "${sub_b.subnet_id}"]
    security_groups: ["${web.group_id}"]
  tg:
    type: awscc.elasticloadbalancingv2.target_group
    name: t0943-tg
    port: 80
    protocol: HTTP
    vpc_id: "${net.vpc_id}"
  http:
    type: awscc.elasticloadbalancingv2.listener
    load_balancer_arn: "${lb.load_balancer_arn}"
    port: 80
    protocol: HTTP
    default_actions: [{type: forward, target_group_arn: "${tg.target_group_arn}"}]
  template:
    type: awscc.ec2.launch_template
    launch_template_name: t0943-workers
    launch_template_data: {image_id: ami-12c6146b, instance_type: t3.micro}
  workers:
    type: awscc.autoscaling.auto_scaling_group
    auto_scaling_group_name: t0943-workers
    min_size: "0"
    max_size: "2"
    desired_capacity: "0"
    launch_template: {launch_template_id: "${template.launch_template_id}", version: "${template.latest_version_number}"}
    vpc_zone_identifier: ["${sub_a.subnet_id}"]
  bus:
    type: awscc.events.event_bus
    name: t0943-bus
  archive:
    type: awscc.events.archive
    archive_name: t0943-archive
    source_arn: "${bus.arn}"
    event_pattern: {source: [t0943.orders]}

    retention_days: 7
  runbook:
    type: awscc.ssm.document
    name: t0943-runbook
    document_type: Command
    content:
      schemaVersion: "2.2"
      description: restart the workers
      mainSteps: [{action: "aws:runShellScript", name: restart, inputs: {runCommand: ["systemctl restart workers"]}}]
  board:
    type: awscc.cloudwatch.dashboard
    dashboard_name: t0943-board
    dashboard_body: '{"widgets":[{"type":"text","x":0,"y":0,"width":6,"height":3,"properties":{"markdown":"t0943"}}]}'
  pg_params:
    type: awscc.rds.db_parameter_group
    db_parameter_group_name: t0943-pg
    family: postgres16
    description: t0943 postgres
    parameters: {work_mem: "8192"}
  rs_params:
    type: awscc.redshift.cluster_parameter_group
    parameter_group_name: t0943-rs
    parameter_group_family: redshift-1.0
    description: t0943 redshift
  model:
    type: awscc.sagemaker.model
    model_name: t0943-model
    execution_role_arn: "${ml.arn}"
    primary_container: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/t0943:latest"}
  notebook:
    type: awscc.sagemaker.notebook_instance
    notebook_instance_name: t0943-notebook
    instance_type: ml.t3.medium
    role_arn: "${ml.arn}"
    lifecycle_config_name: "${boot.notebook_instance_lifecycle_config_name}"
  boot:
    type: awscc.sagemaker.notebook_instance_lifecycle_config
    notebook_instance_lifecycle_config_name: t0943-boot
    on_start: [{content: ZWNobyBzdGFydA==}]
  serving:
    type: awscc.sagemaker.endpoint_config
    endpoint_config_name: t0943-serving
    production_variants: [{variant_name: main, model_name: "${model.model_name}", initial_instance_count: 1, instance_type: ml.t2.medium, initial_variant_weight: 1}]
  sensor:
    type: awscc.iot.thing
    thing_name: t0943-sensor
    attribute_payload: {attributes: {site: lab}}

  sensor_kind:
    type: awscc.iot.thing_type
    thing_type_name: t0943-kind
  sensor_bill:
    type: awscc.iot.billing_group
    billing_group_name: t0943-bill
  sensor_policy:
    type: awscc.iot.policy
    policy_name: t0943-policy
    policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iot:Connect", Resource: "*"}]}
  sensor_role:
    type: awscc.iot.role_alias
    role_alias: t0943-alias
    role_arn: "${ml.arn}"
  logs_policy:
    type: awscc.logs.resource_policy
    policy_name: t0943-logs
    policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: events.amazonaws.com}, Action: "logs:PutLogEvents", Resource: "*"}]}
  emr_sec:
    type: awscc.emr.security_configuration
    name: t0943-emr
    security_configuration: {EncryptionConfiguration: {EnableInTransitEncryption: false, EnableAtRestEncryption: false}}
  peer_net: {type: aws.ec2.vpc, cidr_block: 10.61.0.0/16}
  peering:
    type: awscc.ec2.vpc_peering_connection
    vpc_id: "${net.vpc_id}"
    peer_vpc_id: "${peer_net.vpc_id}"
  scratch:
    type: awscc.ec2.volume
    availability_zone: "${sub_a.availability_zone}"
    size: 8
    volume_type: gp3
  hub:
    type: awscc.ec2.transit_gateway
    description: t0943 hub
  flow_logs: {type: aws.s3.bucket, name: t0943-flow-logs}
  flows:
    type: awscc.ec2.flow_log
    resource_type: VPC
    resource_id: "${net.vpc_id}"
    traffic_type: ALL
    log_destination_type: s3
    log_destination: "${flow_logs.arn}"
  api:
    type: awscc.apigateway.rest_api
    name: t0943-api
    description: "serves ${lb.dns_name}"
YAML

test_expect_success 'validate: 32 awscc and 7 native resources' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (39 resources)."
'

test_expect_success 'plan: 39 to add' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 39 to add, 0 to change, 0 to destroy." &&
	test_match out "^ *# api will be created" &&
	test_match out "^ *[+] resource \"awscc.route53.hosted_zone\" \"zone\""
'

test_expect_success 'apply: one of each type, as Cloud Control lists them' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 39 added, 0 changed, 0 destroyed." &&
	inventory >listed &&
	test "$(wc -l <listed)" = 32 &&
	test "$(cut -d" " -f1 listed | sort -u | wc -l)" = 32 &&
	grep -qx "AWS::EFS::AccessPoint fsap-[0-9a-f]*" listed &&
	grep -qx "AWS::RDS::DBParameterGroup t0943-pg" listed &&
	grep -qx "AWS::IoT::BillingGroup t0943-bill" listed &&
	aws_cli sagemaker describe-notebook-instance --notebook-instance-name t0943-notebook \
		--query "[InstanceType,RoleArn]" --output text >notebook &&
	test_contains notebook "$(printf "ml.t3.medium\tarn:aws:iam::123456789012:role/t0943-ml")"
'

test_expect_success 'a plan right after has no changes' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'updates in place: five properties that are not create-only' '
	cp stack.yaml stack.v1 &&
	sed -i -e "s/retention_days: 7/retention_days: 14/" \
		-e "s/max_size: \"2\"/max_size: \"4\"/" \
		-e "s/{attributes: {site: lab}}/{attributes: {site: lab, floor: \"2\"}}/" \
		-e "s/markdown\":\"t0943\"/markdown\":\"t0943 v2\"/" \
		-e "s/instance_type: ml.t3.medium$/instance_type: ml.t3.large/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 5 to change, 0 to destroy." &&
	for r in archive workers sensor board notebook; do
		test_match out "^ *# $r will be updated in-place" || return 1
	done &&
	test_contains out "~ retention_days = 7 -> 14" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 5 changed, 0 destroyed." &&
	cc_props AWS::Events::Archive t0943-archive >props &&
	test_contains props "\"RetentionDays\": 14" &&
	aws_cli autoscaling describe-auto-scaling-groups --auto-scaling-group-names t0943-workers \
		--query "AutoScalingGroups[0].MaxSize" --output text >max &&
	test "$(cat max)" = 4 &&
	aws_cli iot describe-thing --thing-name t0943-sensor --query attributes.floor \
		--output text >floor &&
	test "$(cat floor)" = 2 &&
	aws_cli sagemaker describe-notebook-instance --notebook-instance-name t0943-notebook \
		--query InstanceType --output text >type &&
	test "$(cat type)" = ml.t3.large &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a create-only property changed: the resource is replaced' '
	old=$(state_id dags) &&
	sed -i -e "s|root_directory: {path: /dags}|root_directory: {path: /airflow/dags}|" \
		-e "s/description: t0943 postgres/description: t0943 postgres 16/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# dags must be replaced" &&
	test_match out "^ *# pg_params must be replaced" &&
	test_contains out "# forces replacement" &&
	test_line out "Plan: 2 to add, 0 to change, 2 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 2 destroyed." &&
	new=$(state_id dags) &&
	test "$new" != "$old" &&
	inventory >listed &&
	grep -qx "AWS::EFS::AccessPoint $new" listed &&
	! grep -q "$old" listed &&
	cc_props AWS::RDS::DBParameterGroup t0943-pg >props &&
	test_contains props "\"Description\": \"t0943 postgres 16\"" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import of an event bus made with create-resource, its tags in another order' '
	aws_cli cloudcontrol create-resource --type-name AWS::Events::EventBus \
		--desired-state "{\"Name\": \"t0943-made-outside\", \"Description\": \"made by hand\", \"Tags\": [{\"Key\": \"terrace:workspace\", \"Value\": \"default\"}, {\"Key\": \"team\", \"Value\": \"ops\"}, {\"Key\": \"terrace:stack\", \"Value\": \"$TEST_NAME\"}]}" \
		--query ProgressEvent.RequestToken --output text >token &&
	aws_cli cloudcontrol wait resource-request-success --request-token "$(cat token)" &&
	cat >>stack.yaml <<-YAML &&
	  outside:
	    type: awscc.events.event_bus
	    name: t0943-made-outside
	    description: made by hand
	    tags: [{key: team, value: ops}]
	YAML
	terrace import outside t0943-made-outside >out 2>err &&
	test_contains out "Import successful!" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy: Cloud Control lists nothing of any type' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 40 destroyed." &&
	inventory >listed &&
	test_empty listed &&
	! aws_cli events describe-event-bus --name t0943-made-outside >out 2>err
'

test_expect_success 'sweep: a lab stack of tagged awscc types, its state deleted' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t0943-lab
	resources:
	  bus: {type: awscc.events.event_bus, name: t0943-lab-bus}
	  runbook:
	    type: awscc.ssm.document
	    name: t0943-lab-runbook
	    content: {schemaVersion: "2.2", description: lab, mainSteps: [{action: "aws:runShellScript", name: hello, inputs: {runCommand: [echo hello]}}]}
	  kind: {type: awscc.iot.thing_type, thing_type_name: t0943-lab-kind}
	  pg: {type: awscc.rds.db_parameter_group, db_parameter_group_name: t0943-lab-pg, family: postgres16, description: lab}
	  files: {type: awscc.efs.file_system, file_system_tags: [{key: Name, value: t0943-lab-files}]}
	  board: {type: awscc.cloudwatch.dashboard, dashboard_name: t0943-lab-board, dashboard_body: "{\"widgets\": []}"}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	files=$(json_get lab/terrace.state.json "d[\"resources\"][\"files\"][\"id\"]") &&
	rm lab/terrace.state.json &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^awscc\\./ {print \$1, \$2, \$3, \$4, \$6, \$7}" out | sort >rows &&
	cat >want <<-EOF &&
	awscc.cloudwatch.dashboard t0943-lab-board - - by name
	awscc.efs.file_system $files $TEST_NAME default by tag
	awscc.events.event_bus t0943-lab-bus $TEST_NAME default by tag
	awscc.iot.thing_type t0943-lab-kind $TEST_NAME default by tag
	awscc.rds.db_parameter_group t0943-lab-pg $TEST_NAME default by tag
	awscc.ssm.document t0943-lab-runbook $TEST_NAME default by tag
	EOF
	test_cmp want rows &&
	test_contains out "6 to delete (5 found by tag, 1 by name). This was a dry run" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_line out "Sweep complete! 6 deleted." &&
	inventory >listed &&
	test_empty listed
'

test_done
