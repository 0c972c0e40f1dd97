"""applied_stack.py SCHEMA PREFIX: the resources of t0435's all-types stack
(../cmd/t0435/all_types.py: one resource of every aws type) made appliable
against moto: the placeholder ids become references to the stack's own
VPC, subnet, address, group, role, bucket, database and job; names start
with PREFIX (one run's objects apart from another's); and the few values
moto takes only when they are real (a trust policy, a state machine
definition, a public key file, an S3 endpoint service) are given. A type
added to terrace appears here by itself, with all_types.py's values: if
they cannot be applied, this stack fails to apply and says which. A type's
WIRING may be on its card (cards.py)."""
import gzip
import json
import os
import subprocess
import sys

import moto

HERE = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([sys.executable, os.path.join(HERE, "..", "cmd", "t0435", "all_types.py"),
                      sys.argv[1]], check=True, capture_output=True, text=True).stdout
resources = json.loads(out[len("resources: "):])
prefix = sys.argv[2]


def renamed(v):
    if isinstance(v, str):
        return v.replace("t0435_", prefix.replace("-", "_") + "_").replace("t0435-", prefix + "-")
    if isinstance(v, list):
        return [renamed(x) for x in v]
    if isinstance(v, dict):
        return {k: renamed(x) for k, x in v.items()}
    return v


resources = {name: renamed(r) for name, r in resources.items()}
# The one role is given to every type that takes one: it trusts each of
# their services (terrace refuses a role its service cannot assume).
TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": [
        "lambda.amazonaws.com", "states.amazonaws.com", "scheduler.amazonaws.com",
        "glue.amazonaws.com", "ec2.amazonaws.com", "events.amazonaws.com",
        "redshift.amazonaws.com", "firehose.amazonaws.com", "codebuild.amazonaws.com"]},
     "Action": "sts:AssumeRole"}]}
# The first of the images moto's EC2 holds (its own list, as the server has it).
with gzip.open(os.path.join(os.path.dirname(moto.__file__), "ec2", "resources",
                            "amis.json.gz")) as f:
    AMI = json.load(f)[0]["ami_id"]
WIRING = {
    "aws_ec2_subnet": {"vpc_id": "${aws_ec2_vpc.vpc_id}", "cidr_block": "10.0.1.0/24",
                       "availability_zone": "us-east-1a"},
    "aws_ec2_internet_gateway": {"vpc_id": "${aws_ec2_vpc.vpc_id}"},
    "aws_ec2_route_table": {"vpc_id": "${aws_ec2_vpc.vpc_id}"},
    "aws_ec2_security_group": {"vpc_id": "${aws_ec2_vpc.vpc_id}"},
    "aws_ec2_default_security_group": {"vpc_id": "${aws_ec2_vpc.vpc_id}"},
    "aws_ec2_default_network_acl": {"vpc_id": "${aws_ec2_vpc.vpc_id}"},
    # a route, so that its create sends a call of its own (CreateRoute; t0810)
    "aws_ec2_default_route_table": {"vpc_id": "${aws_ec2_vpc.vpc_id}", "routes": [
        {"destination_cidr_block": "0.0.0.0/0",
         "gateway_id": "${aws_ec2_internet_gateway.internet_gateway_id}"}]},
    "aws_ec2_security_group_rule": {"security_group_id": "${aws_ec2_security_group.group_id}"},
    "aws_ec2_nat_gateway": {"subnet_id": "${aws_ec2_subnet.subnet_id}",
                            "allocation_id": "${aws_ec2_eip.allocation_id}"},
    "aws_ec2_vpc_endpoint": {"vpc_id": "${aws_ec2_vpc.vpc_id}",
                             "service_name": "com.amazonaws.us-east-1.s3",
                             "route_table_ids": ["${aws_ec2_route_table.route_table_id}"]},
    "aws_ec2_key_pair": {"public_key": '${file("deploy.pub")}'},
    "aws_glue_database": {"name": prefix.replace("-", "_") + "_db"},
    "aws_glue_table": {"database": "${aws_glue_database.name}"},
    "aws_glue_crawler": {"database_name": "${aws_glue_database.name}",
                         "role": "${aws_iam_role.arn}"},
    "aws_glue_job": {"role": "${aws_iam_role.arn}"},
    "aws_glue_trigger": {"actions": [{"job_name": "${aws_glue_job.name}"}]},
    "aws_glue_connection": {"connection_type": "JDBC", "connection_properties": {
        "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/x", "USERNAME": "etl"}},
    "aws_iam_role": {"assume_role_policy": TRUST},
    "aws_iam_instance_profile": {"role": "${aws_iam_role.name}"},
    "aws_lambda_function": {"role": "${aws_iam_role.arn}"},
    "aws_sfn_state_machine": {"role_arn": "${aws_iam_role.arn}", "definition": {
        "StartAt": "B", "States": {"B": {"Type": "Pass", "End": True}}}},
    "aws_scheduler_schedule": {"target": {"arn": "${aws_sfn_state_machine.arn}",
                                          "role_arn": "${aws_iam_role.arn}"}},
    "aws_logs_log_group": {"name": "/" + prefix + "/group"},
    "aws_secretsmanager_secret": {"recovery_window_in_days": 0},
    "aws_kms_alias": {"target_key_id": "${aws_kms_key.key_id}"},
    # The stack's role by its ARN written out: a string holding the prefix
    # (the matrix's subject; a grant has no name or tags).
    "aws_lakeformation_permissions": {"principal": "arn:aws:iam::123456789012:role/" + prefix + "-name",
                                      "permissions": ["DESCRIBE"],
                                      "database": {"name": "${aws_glue_database.name}"}},
    "aws_ec2_instance": {"ami": AMI, "instance_type": "t3.micro",
                         "subnet_id": "${aws_ec2_subnet.subnet_id}",
                         "vpc_security_group_ids": ["${aws_ec2_security_group.group_id}"],
                         "key_name": "${aws_ec2_key_pair.key_name}"},
    # A DB subnet group covers two zones (RDS CreateDBSubnetGroup's
    # DBSubnetGroupDoesNotCoverEnoughAZs, which validate holds): the stack's
    # subnet and applied_stack.py's second one, of us-east-1b (below).
    "aws_rds_subnet_group": {"subnet_ids": ["${aws_ec2_subnet.subnet_id}",
                                            "${awscc_ec2_subnet.subnet_id}"]},
    "aws_redshift_subnet_group": {"subnet_ids": ["${aws_ec2_subnet.subnet_id}"]},
    "aws_lambda_permission": {"function_name": "${aws_lambda_function.function_name}",
                              "principal": "events.amazonaws.com",
                              "source_arn": "${aws_events_rule.arn}"},
    "aws_athena_workgroup": {"output_location": "s3://${aws_s3_bucket.name}/athena/",
                             "encryption": "SSE_S3"},
    "aws_athena_named_query": {"workgroup": "${aws_athena_workgroup.name}",
                               "database": "${aws_glue_database.name}",
                               "query": "SELECT 1"},
    "aws_sns_subscription": {"topic_arn": "${aws_sns_topic.arn}",
                             "endpoint": "${aws_sqs_queue.arn}"},
    "aws_batch_compute_environment": {"compute_resources": {
        "type": "FARGATE", "max_vcpus": 4, "subnets": ["${aws_ec2_subnet.subnet_id}"],
        "security_group_ids": ["${aws_ec2_security_group.group_id}"]}},
    "aws_batch_job_queue": {"compute_environment_order": [
        {"order": 1, "compute_environment": "${aws_batch_compute_environment.arn}"}]},
    "aws_s3_bucket": {"force_destroy": True},
    "aws_firehose_delivery_stream": {"extended_s3_configuration": {
        "role_arn": "${aws_iam_role.arn}", "bucket_arn": "${aws_s3_bucket.arn}"}},
    "aws_s3_object": {"bucket": "${aws_s3_bucket.name}"},
    "aws_s3_artifact": {"bucket": "${aws_s3_bucket.name}"},
    # S3 tests a notification's queue when it is put: the queue lets S3 send.
    # The bucket by its name as written (the matrix's way value in a string
    # of its own), made first.
    "aws_s3_bucket_notification": {"bucket": prefix + "-name", "depends_on": ["aws_s3_bucket"],
                                   "queue": [{"queue_arn": "${aws_sqs_queue.arn}",
                                              "events": ["s3:ObjectCreated:*"]}]},
    "aws_sqs_queue": {"policy": {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
         "Action": "sqs:SendMessage", "Resource": "*",
         "Condition": {"ArnLike": {"aws:SourceArn": "${aws_s3_bucket.arn}"}}}]}},
}
# An event source mapping reads the stack's queue for its function, whose
# role (the one role) may read it: CreateEventSourceMapping refuses one that
# may not, and so does validate.
WIRING["aws_lambda_event_source_mapping"] = {
    "event_source_arn": "${aws_sqs_queue.arn}",
    "function_name": "${aws_lambda_function.function_name}"}
if "aws_lambda_event_source_mapping" in resources:
    resources["aws_iam_role"]["inline_policies"] = {"poll": {
        "Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage",
                                           "sqs:GetQueueAttributes"], "Resource": "*"}]}}
# What three written types act on and no aws type of the stack may be: a
# queue its aws.sqs.queue_policy is set on (the stack's aws.sqs.queue holds
# its own policy), the ACL its aws.ec2.network_acl_entry is a rule of (no
# aws type makes one) and a DB subnet group's subnet of a second zone (the
# stack has one aws.ec2.subnet), all through Cloud Control.
if "aws_sqs_queue_policy" in resources:
    resources["awscc_sqs_queue"] = {"type": "awscc.sqs.queue",
                                    "queue_name": prefix + "-policy-queue"}
if "aws_rds_subnet_group" in resources:
    resources["awscc_ec2_subnet"] = {"type": "awscc.ec2.subnet", "vpc_id": "${aws_ec2_vpc.vpc_id}",
                                     "cidr_block": "10.0.2.0/24",
                                     "availability_zone": "us-east-1b"}
if "aws_ec2_network_acl_entry" in resources:
    resources["awscc_ec2_network_acl"] = {"type": "awscc.ec2.network_acl",
                                          "vpc_id": "${aws_ec2_vpc.vpc_id}"}
sys.path.insert(0, HERE)
import cards  # noqa: E402
for rtype, card in cards.cards().items():
    WIRING.setdefault(rtype.replace(".", "_"), {}).update(card.get("WIRING", {}))
    # What a type is made in that no aws type makes (a Route 53 zone: an
    # awscc type), its names given the prefix.
    if rtype.replace(".", "_") in resources:
        resources.update(renamed(card.get("APPLIED_WITH", {})))
for name, attrs in WIRING.items():
    if name in resources:
        resources[name].update(attrs)
# A Deny-everything bucket policy checks validation in t0435; here the
# bucket holds the object and the artifact.
resources.get("aws_s3_bucket", {}).pop("policy", None)
# SSE_S3 results (moto has no KMS key of that name): no key.
resources.get("aws_athena_workgroup", {}).pop("kms_key", None)
print("resources: " + json.dumps(resources))
