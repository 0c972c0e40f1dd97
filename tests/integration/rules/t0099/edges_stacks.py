#!/usr/bin/env python3
"""tests/integration/rules/t0099/edges_stacks.py: the stacks of t0099-edges-cli.sh,
from the edges `provider/aws/checks/gen_constraints.py --edges` prints (stdin).

    edges_stacks.py STACK_NAME DIR < edges.jsonl

writes into DIR (a folder per stack, as a folder is one stack):
  inside/stack.yaml   one resource per edge, its attribute at the value just
                      inside (must pass validate);
  outside/stack.yaml  the same resources at the value just outside (each
                      must be refused at validate);
  expect.txt          one line per resource of outside/stack.yaml: NAME LINE
                      COL TYPE ATTRIBUTE KIND, where the outside value is;
  plan/stack.yaml     the values again, each given by a variable
                      (${var.vNN}: unknown to validate, known at plan);
  outside.vars.yaml, inside.vars.yaml  the variables' values, for -var-file.
Only the attribute under test is generated; the rest of each resource is
BASES' resource of its type, written by hand once: the least a valid
resource of the type needs (literal ARNs, so no check across resources
applies).
"""
import json
import os
import sys

ROLE = "arn:aws:iam::123456789012:role/edges"
# What plan reads exists (the file makes the role and a subnet on moto
# first): the subnet's id, as moto made it.
SUBNET = os.environ.get("EDGES_SUBNET", "subnet-12345678")
# an Elastic IP's allocation id made first (plan reads that one exists)
ALLOCATION = os.environ.get("EDGES_ALLOCATION", "eipalloc-12345678")
TRUST = ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": '
         '{"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
POLICY = ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": '
          '"s3:ListAllMyBuckets", "Resource": "*"}]}')
DEFINITION = '{"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}'

BASES = {
    "aws.athena.named_query": {"name": "q", "database": "db", "query": "SELECT 1"},
    "aws.athena.workgroup": {"name": "wg"},
    "aws.events.rule": {"name": "r", "schedule_expression": "rate(1 hour)"},
    "aws.glue.connection": {"name": "c", "connection_type": "JDBC"},
    "aws.glue.crawler": {"name": "c", "role": ROLE, "database_name": "db",
                         "s3_targets": [{"path": "s3://edges-bucket/p"}]},
    "aws.batch.compute_environment": {"name": "c", "compute_environment_type": "UNMANAGED"},
    "aws.batch.job_definition": {"name": "j", "container_properties": {
        "image": "busybox", "resourceRequirements": [{"type": "VCPU", "value": "1"},
                                                     {"type": "MEMORY", "value": "2048"}]}},
    "aws.batch.job_queue": {"name": "q", "priority": 1, "compute_environment_order": [
        {"order": 1,
         "compute_environment": "arn:aws:batch:us-east-1:123456789012:compute-environment/c"}]},
    "aws.dynamodb.table": {"name": "t", "hash_key": "id", "attribute": [{"name": "id", "type": "S"}],
                           "read_capacity": 1, "write_capacity": 1},
    "aws.firehose.delivery_stream": {"name": "f", "extended_s3_configuration": {
        "role_arn": ROLE, "bucket_arn": "arn:aws:s3:::edges-bucket"}},
    "aws.ecr.repository": {"name": "repo"},
    "aws.ecs.cluster": {"name": "c"},
    "aws.ecs.task_definition": {"family": "f",
                                "container_definitions": [{"name": "x", "image": "x", "memory": 128}]},
    "aws.glue.database": {"name": "db"},
    "aws.kinesis.stream": {"name": "s", "shard_count": 1, "kms_key_id": "alias/aws/kinesis"},
    "aws.glue.job": {"name": "j", "role": ROLE,
                     "command": {"name": "glueetl", "script_location": "s3://edges-bucket/k.py"}},
    "aws.glue.table": {"database": "db", "name": "t"},
    "aws.glue.trigger": {"name": "t", "trigger_type": "ON_DEMAND", "actions": [{"job_name": "j"}]},
    "aws.iam.group": {"name": "g"},
    "aws.iam.instance_profile": {"name": "p"},
    "aws.iam.policy": {"name": "p", "policy": "@POLICY"},
    "aws.iam.role": {"name": "r", "assume_role_policy": "@TRUST"},
    "aws.iam.user": {"name": "u"},
    "aws.kms.alias": {"name": "alias/a", "target_key_id": "k"},
    "aws.kms.key": {"description": "k"},
    "aws.lambda.function": {"function_name": "f", "runtime": "python3.12",
                            "handler": "main.handler", "role": ROLE, "source": "main.py"},
    "aws.lambda.layer_version": {"layer_name": "l", "source": "main.py"},
    "aws.lambda.permission": {"function_name": "f", "statement_id": "s",
                              "action": "lambda:InvokeFunction",
                              "principal": "events.amazonaws.com"},
    "aws.logs.log_group": {"name": "/edges"},
    "aws.scheduler.schedule": {"name": "s", "schedule_expression": "rate(1 hour)",
                               "target": {"arn": "arn:aws:lambda:us-east-1:123456789012:function:f",
                                          "role_arn": ROLE}},
    "aws.secretsmanager.secret": {"name": "s", "value": "x"},
    "aws.ssm.parameter": {"name": "p", "parameter_type": "SecureString", "value": "x"},
    "aws.sfn.state_machine": {"name": "m", "role_arn": ROLE, "definition": "@DEFINITION"},
    "aws.sns.topic": {"name": "t"},
    "aws.sns.subscription": {"topic_arn": "arn:aws:sns:us-east-1:123456789012:t",
                             "protocol": "sqs",
                             "endpoint": "arn:aws:sqs:us-east-1:123456789012:q"},
    "aws.sqs.queue": {"name": "q"},
    "aws.cloudwatch.metric_alarm": {"alarm_name": "a", "namespace": "Glue", "metric_name": "m",
                                    "statistic": "Sum", "period": 300, "evaluation_periods": 1,
                                    "threshold": 1, "comparison_operator": "GreaterThanThreshold"},
    "aws.emrserverless.application": {"name": "a", "release_label": "emr-7.1.0", "application_type": "SPARK"},
    "aws.lakeformation.permissions": {"principal": ROLE, "permissions": ["SELECT"],
                                      "database": {"name": "db"}},
    "aws.ec2.nat_gateway": {"subnet_id": SUBNET, "allocation_id": ALLOCATION},
    "aws.s3.bucket_notification": {
        "bucket": "b",
        "queue": [{"queue_arn": "arn:aws:sqs:us-east-1:123456789012:q",
                   "events": ["s3:ObjectCreated:*"]}],
        "topic": [{"topic_arn": "arn:aws:sns:us-east-1:123456789012:t",
                   "events": ["s3:ObjectCreated:*"]}],
        "lambda_function": [{"lambda_function_arn": "arn:aws:lambda:us-east-1:123456789012:function:f",
                             "events": ["s3:ObjectCreated:*"]}]},
    # A Kinesis source takes every edge: a batch of 10000 (an SQS queue's
    # needs a window), AT_TIMESTAMP with the time written.
    "aws.lambda.event_source_mapping": {
        "event_source_arn": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
        "function_name": "f", "starting_position": "LATEST",
        "starting_position_timestamp": "2026-01-01T00:00:00Z"},
    # awscc types with lines of their own in constraints.map (botocore's
    # enums and patterns where their schema is bare)
    "awscc.dynamodb.table": {"key_schema": [{"attribute_name": "id", "key_type": "HASH"}],
                             "attribute_definitions": [{"attribute_name": "id",
                                                        "attribute_type": "S"}],
                             "billing_mode": "PAY_PER_REQUEST"},
    "awscc.opensearchservice.domain": {"cluster_config": {"dedicated_master_enabled": True,
                                                          "dedicated_master_type":
                                                          "m6g.large.search"}},
    "awscc.dms.endpoint": {"engine_name": "postgres"},
    "awscc.sns.topic": {},
}
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "every_type"))
import cards  # noqa: E402  (the types written since cards: their BASE)
BASES.update({rtype: card["BASE"] for rtype, card in cards.cards().items() if "BASE" in card})
# What a base leaves out when an edge writes the attribute: a billing mode at
# any value (an edge's is PAY_PER_REQUEST) goes without the capacities, which
# PAY_PER_REQUEST refuses.
APART = {("aws.dynamodb.table", "billing_mode"): ("read_capacity", "write_capacity")}
# What a base needs beside an edge's attribute: a record's set identifier
# makes it one of a routing policy's, and the only one terrace's record
# takes without failover is weighted (route53.weighted_has_weight).
WITH = {("aws.route53.record", "set_identifier"): {"weight": 10}}
RAW = {"@POLICY": POLICY, "@TRUST": TRUST, "@DEFINITION": DEFINITION}
# The attributes that name a base's object: each resource's gets its number,
# as two resources naming one object are refused (checks/names.c).
NAMES = ("name", "function_name", "family", "alarm_name", "layer_name", "repository_name")


def scalar(v):
    """v as YAML: JSON is YAML, and keeps every value's type and escapes."""
    if isinstance(v, str) and v in RAW:
        return RAW[v]
    return json.dumps(v, ensure_ascii=True)


def header(stack, variables=""):
    return (f"stack: {stack}\nvariables:\n  endpoint: {{type: string}}\n"
            "  access_key: {type: string}\n  secret_key: {type: string, sensitive: true}\n"
            + variables +
            "providers:\n  aws:\n    region: us-east-1\n    endpoint: \"${var.endpoint}\"\n"
            "    path_style: true\n    access_key: \"${var.access_key}\"\n"
            "    secret_key: \"${var.secret_key}\"\nresources:\n")


def resources(edges, value_of):
    """The resources' text, and (name, line, col) of each edge's attribute,
    lines counted from the first resource line (0)."""
    lines, where = [], []
    for n, e in enumerate(edges):
        name = f"e{n:02d}"
        lines.append(f"  {name}:")
        lines.append(f"    type: {e['type']}")
        body = dict(BASES[e["type"]])
        for k in APART.get((e["type"], e["attribute"]), ()):
            body.pop(k, None)
        body.update(WITH.get((e["type"], e["attribute"]), {}))
        body[e["attribute"]] = None  # written last, in its own line
        for k, v in body.items():
            if k == e["attribute"]:
                continue
            if k in NAMES and isinstance(v, str):
                v = f"{v}{n:02d}"
            lines.append(f"    {k}: {scalar(v)}")
        where.append((name, len(lines), 5))
        lines.append(f"    {e['attribute']}: {value_of(n, e)}")
    return "\n".join(lines) + "\n", where


def main():
    stack, out = sys.argv[1], sys.argv[2]
    edges = [json.loads(l) for l in sys.stdin if l.strip()]
    missing = sorted({e["type"] for e in edges} - set(BASES))
    if missing:
        sys.exit(f"edges_stacks.py: no base resource for {', '.join(missing)}")
    head = header(stack)
    inside, _ = resources(edges, lambda n, e: scalar(e["inside"]))
    outside, where = resources(edges, lambda n, e: scalar(e["outside"]))
    for d in ("inside", "outside", "plan"):
        os.makedirs(f"{out}/{d}", exist_ok=True)
    open(f"{out}/inside/stack.yaml", "w").write(head + inside)
    open(f"{out}/outside/stack.yaml", "w").write(head + outside)
    first = head.count("\n") + 1
    with open(f"{out}/expect.txt", "w") as f:
        for (name, line, col), e in zip(where, edges):
            f.write(f"{name} {first + line} {col} {e['type']} {e['attribute']} {e['kind']}\n")
    kinds = {bool: "bool", int: "number", float: "number", str: "string", list: "list"}
    variables = "".join(f"  v{n:02d}: {{type: {kinds[type(e['outside'])]}}}\n"
                        for n, e in enumerate(edges))
    plan, _ = resources(edges, lambda n, e: f"\"${{var.v{n:02d}}}\"")
    open(f"{out}/plan/stack.yaml", "w").write(header(stack, variables) + plan)
    for name, key in (("outside.vars.yaml", "outside"), ("inside.vars.yaml", "inside")):
        open(f"{out}/{name}", "w").write("".join(f"v{n:02d}: {scalar(e[key])}\n"
                                                 for n, e in enumerate(edges)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
