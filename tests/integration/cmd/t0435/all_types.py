"""all_types.py SCHEMA: print the resources of a stack with one resource of
every aws type in terrace's schema (`terrace providers schema -json`): its
required attributes filled with plausible values, plus what validation asks
for beyond them. New types are covered by themselves; a type whose
validation needs more than that gets an entry in EXTRA, or its card's
(every_type/cards.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "every_type"))
import cards  # noqa: E402  (a type's EXTRA may be on its card)

DOC = {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
VALUES = {
    "runtime": "python3.12", "handler": "app.handler", "trigger_type": "ON_DEMAND",
    "schedule_expression": "rate(1 hour)", "cidr_block": "10.0.0.0/16", "node_type": "dc2.large",
    "instance_class": "db.t3.micro", "allocated_storage": 20, "master_password": "Secret-Pa55word",
    "value": "Secret-Pa55word", "source": "app.py", "role": "arn:aws:iam::123456789012:role/r",
    "role_arn": "arn:aws:iam::123456789012:role/r", "vpc_id": "vpc-12345678",
    "database": "t0435_db", "database_name": "t0435_db", "bucket": "t0435-bucket",
    "master_username": "admin1", "instance_type": "t3.micro",
    # identifiers of the kinds their attributes take (provider/aws/checks/kinds/check.c)
    "subnet_id": "subnet-12345678", "subnet_ids": ["subnet-12345678"],
    "ami": "ami-12345678", "security_group_id": "sg-12345678",
}
EXTRA = {
    "aws.events.rule": {"schedule_expression": "rate(1 hour)"},
    "aws.iam.role": {"assume_role_policy": {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"},
         "Action": "sts:AssumeRole"}]}},
    "aws.sfn.state_machine": {"definition": {"StartAt": "Done",
                                             "States": {"Done": {"Type": "Succeed"}}}},
    "aws.glue.crawler": {"s3_targets": [{"path": "s3://t0435-bucket/raw/"}]},
    "aws.glue.job": {"command": {"script_location": "s3://t0435-bucket/job.py"}},
    "aws.glue.trigger": {"actions": [{"job_name": "t0435-job"}]},
    "aws.glue.table": {"table_type": "VIRTUAL_VIEW", "view_original_text": "SELECT 1 AS x",
                       "view_expanded_text": "SELECT 1 AS x"},
    "aws.athena.workgroup": {"output_location": "s3://t0435-bucket/athena/",
                             "encryption": "SSE_KMS",
                             "kms_key": "arn:aws:kms:us-east-1:123456789012:key/t0435",
                             "bytes_scanned_cutoff_per_query": 10000000},
    "aws.kms.alias": {"name": "alias/t0435-alias",
                      "target_key_id": "1234abcd-12ab-34cd-56ef-1234567890ab"},
    "aws.emrserverless.application": {"release_label": "emr-7.1.0", "application_type": "SPARK"},
    "aws.lakeformation.permissions": {"principal": "arn:aws:iam::123456789012:role/r",
                                      "permissions": ["SELECT"],
                                      "database": {"name": "t0435_db"}},
    "aws.ssm.parameter": {"parameter_type": "String"},
    "aws.dynamodb.table": {"billing_mode": "PAY_PER_REQUEST", "hash_key": "id",
                           "attribute": [{"name": "id", "type": "S"},
                                         {"name": "day", "type": "S"}],
                           "global_secondary_index": [{"name": "by_day", "hash_key": "day",
                                                       "projection_type": "KEYS_ONLY"}]},
    "aws.batch.compute_environment": {
        "compute_environment_type": "MANAGED",
        "compute_resources": {"type": "FARGATE", "max_vcpus": 4, "subnets": ["subnet-12345678"],
                              "security_group_ids": ["sg-12345678"]}},
    "aws.batch.job_definition": {"container_properties": {
        "image": "busybox", "resourceRequirements": [{"type": "VCPU", "value": "1"},
                                                     {"type": "MEMORY", "value": "2048"}]}},
    "aws.batch.job_queue": {"compute_environment_order": [
        {"order": 1, "compute_environment": "t0435-compute-environment"}]},
    "aws.kinesis.stream": {"shard_count": 1},
    "aws.firehose.delivery_stream": {"extended_s3_configuration": {
        "role_arn": "arn:aws:iam::123456789012:role/t0435-name",
        "bucket_arn": "arn:aws:s3:::t0435-bucket"}},
    "aws.ecs.task_definition": {"container_definitions": [{"name": "app", "image": "busybox",
                                                           "memory": 128}]},
    "aws.lambda.function": {"source": "app.py"},
    "aws.lambda.layer_version": {"source": "app.py"},
    "aws.rds.instance": {"master_password": "Secret-Pa55word", "engine": "postgres",
                         "skip_final_snapshot": True},
    "aws.redshift.cluster": {"skip_final_snapshot": True},
    "aws.s3.object": {"content": "hello"},
    "aws.sns.subscription": {"protocol": "sqs",
                             "topic_arn": "arn:aws:sns:us-east-1:123456789012:t0435-name",
                             "endpoint": "arn:aws:sqs:us-east-1:123456789012:t0435-name"},
    "aws.s3.artifact": {"source": "app.py"},
    "aws.cloudwatch.metric_alarm": {"period": 300, "statistic": "Sum",
                                    "comparison_operator": "GreaterThanThreshold"},
    "aws.s3.bucket_notification": {"eventbridge": True},
    "aws.lambda.event_source_mapping": {
        "event_source_arn": "arn:aws:sqs:us-east-1:123456789012:t0435-name"},
    "aws.ec2.nat_gateway": {"allocation_id": "eipalloc-12345678"},
    "aws.ec2.security_group_rule": {"direction": "ingress", "protocol": "tcp", "from_port": 22,
                                    "to_port": 22, "cidr_block": "10.0.0.0/8"},
    "aws.s3.bucket": {"versioning": True, "encryption": {"sse_algorithm": "AES256"},
                      "public_access_block": {"block_public_acls": True},
                      "lifecycle_rules": [{"id": "expire", "prefix": "tmp/", "expiration_days": 30,
                                           "noncurrent_version_expiration_days": 7,
                                           "transitions": [{"days": 10, "storage_class": "GLACIER"}]}],
                      "policy": {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                           "Resource": "*"}]}},
}


def value(name, attr):
    if name in VALUES:
        return VALUES[name]
    kind = attr["type"]
    if kind == "string":
        return "t0435-" + name.replace("_", "-")
    if kind == "number":
        return 1
    if kind == "bool":
        return True
    if kind == "json":
        return DOC
    if kind in ("object", "object_list"):
        obj = {k: value(k, a) for k, a in attr.get("nested", {}).items() if a.get("required")}
        return obj if kind == "object" else [obj]
    if kind == "list":
        return ["x"]
    return {"k": "v"}


for rtype, card in cards.cards().items():
    EXTRA.setdefault(rtype, {}).update(card.get("EXTRA", {}))
schema = json.load(open(sys.argv[1]))["provider_schemas"]["aws"]["resource_schemas"]
resources = {}
for rtype in sorted(schema):
    res = {"type": rtype}
    for name, attr in schema[rtype]["attributes"].items():
        if attr.get("required"):
            res[name] = value(name, attr)
    res.update(EXTRA.get(rtype, {}))
    resources[rtype.replace(".", "_")] = res
print("resources: " + json.dumps(resources))
