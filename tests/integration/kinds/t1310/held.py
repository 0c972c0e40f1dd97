#!/usr/bin/env python3
"""t1310/held.py: mistakes between resources in shapes no mechanism's own
test spells out (issue 69's held-out kinds, written again here in other
shapes: written, awscc and mixed, through a variable and a module), each
held to the refusal it must get, and beside each the stack AWS takes.

    held.py TERRACE WORKDIR mistakes|valid

Each case is a stack of its own in WORKDIR/NAME (the shared network of HEAD
and the case's resources); "validate" cases must be refused by `terrace
validate` (exit 1), "plan" cases by `terrace plan` (validate passes them:
what they need is known at plan), with the case's words in the first error.
The valid cases must pass validate (and plan, where marked). The provider
reaches the server through TERRACE_VAR_endpoint, _access_key, _secret_key.
Prints one line per case that disagrees and a summary; exit 1 on any.
"""
import os
import shutil
import subprocess
import sys

HEAD = '''stack: held
variables:
  endpoint: {type: string}
  access_key: {type: string}
  secret_key: {type: string, sensitive: true}
  queue_url: {type: string, default: "https://sqs.us-east-1.amazonaws.com/123456789012/held-queue"}
  west_topic: {type: string, default: "arn:aws:sns:eu-west-1:123456789012:ops"}
providers:
  aws:
    region: us-east-1
    endpoint: "${var.endpoint}"
    path_style: true
    access_key: "${var.access_key}"
    secret_key: "${var.secret_key}"
resources:
  va: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}
  vb: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}
  sa1: {type: aws.ec2.subnet, vpc_id: "${va.vpc_id}", cidr_block: 10.0.1.0/24, availability_zone: us-east-1a}
  sa2: {type: awscc.ec2.subnet, vpc_id: "${va.vpc_id}", cidr_block: 10.0.2.0/24, availability_zone: us-east-1a}
  sa3: {type: aws.ec2.subnet, vpc_id: "${va.vpc_id}", cidr_block: 10.0.3.0/24, availability_zone: us-east-1b}
  sb1: {type: awscc.ec2.subnet, vpc_id: "${vb.vpc_id}", cidr_block: 10.1.1.0/24, availability_zone: us-east-1a}
  ga: {type: aws.ec2.security_group, name: ga, description: a, vpc_id: "${va.vpc_id}"}
  gb: {type: awscc.ec2.security_group, group_description: b, vpc_id: "${vb.vpc_id}"}
  role: {type: aws.iam.role, name: held-role, inline_policies: {eni: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface"], Resource: "*"}]}}, assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: [lambda.amazonaws.com, ec2.amazonaws.com]}, Action: "sts:AssumeRole"}]}}
  key: {type: aws.kms.key, description: held}
  topic: {type: aws.sns.topic, name: held-topic}
  queue: {type: aws.sqs.queue, name: held-queue}
'''
# A module that makes a network of its own and gives its ids out.
MODULE = '''variables:
  cidr: {type: string}
resources:
  net: {type: awscc.ec2.vpc, cidr_block: "${var.cidr}"}
  sub: {type: aws.ec2.subnet, vpc_id: "${net.vpc_id}", cidr_block: "${var.cidr}", availability_zone: us-east-1a}
  group: {type: aws.ec2.security_group, name: held-mod, description: m, vpc_id: "${net.vpc_id}"}
outputs:
  subnet_id: "${sub.subnet_id}"
  group_id: "${group.group_id}"
'''
LAMBDA = ('  fn: {type: aws.lambda.function, function_name: held-fn, runtime: python3.12, '
          'handler: main.handler, role: "${role.arn}", source: ./src, vpc_config: %s}')
ALARM = ('  al: {type: aws.cloudwatch.metric_alarm, alarm_name: held-alarm, namespace: AWS/SQS, '
         'metric_name: ApproximateNumberOfMessagesVisible, statistic: Sum, period: 60, '
         'evaluation_periods: 1, threshold: 1, comparison_operator: GreaterThanThreshold, '
         'alarm_actions: %s}')
TG = ('  tg: {type: awscc.elasticloadbalancingv2.target_group, name: held-tg, port: 80, '
      'protocol: %s, vpc_id: "${va.vpc_id}", target_type: %s}')
TD = ('  td: {type: awscc.ecs.task_definition, family: held, network_mode: awsvpc, '
      'requires_compatibilities: [FARGATE], cpu: "256", memory: "512", container_definitions: '
      '[{name: web, image: nginx, port_mappings: [{container_port: 80}]}]}')
SVC = ('  svc: {type: awscc.ecs.service, cluster: default, task_definition: "${td.task_definition_arn}", '
       'desired_count: 1, network_configuration: {awsvpc_configuration: {subnets: ["${sa1.subnet_id}"]}}, '
       'load_balancers: [{target_group_arn: "${tg.target_group_arn}", container_name: web, container_port: 80}]}')
LISTENER = ('  lb: {type: awscc.elasticloadbalancingv2.load_balancer, name: held-lb2, '
            'load_balancer_type: application, subnets: ["${sa1.subnet_id}", "${sa3.subnet_id}"]}\n'
            '  ls: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: '
            '"${lb.load_balancer_arn}", port: 80, protocol: %s, default_actions: '
            '[{type: forward, target_group_arn: "${tg.target_group_arn}"}]}')

# (name, when, the words of the first error, resources)
MISTAKES = [
    ("lambda-written-two-vpcs", "validate", "is a security group of VPC",
     LAMBDA % '{subnet_ids: ["${sa1.subnet_id}"], security_group_ids: ["${gb.group_id}"]}'),
    ("lambda-module-two-vpcs", "plan", "of one VPC only",
     LAMBDA % '{subnet_ids: ["${module.m.subnet_id}"], security_group_ids: ["${ga.group_id}"]}' +
     '\nmodules:\n  m: {source: ./mods/net, cidr: 10.9.0.0/16}'),
    ("lambda-awscc-module-two-vpcs", "plan", "of one VPC only",
     '  fn: {type: awscc.lambda.function, role: "${role.arn}", code: {zip_file: x}, runtime: python3.12, '
     'handler: index.handler, vpc_config: {subnet_ids: ["${module.m.subnet_id}"], security_group_ids: ["${ga.group_id}"]}}'
     '\nmodules:\n  m: {source: ./mods/net, cidr: 10.9.0.0/16}'),
    ("rds-written-group-vs-subnet-group", "validate", "of one VPC only",
     '  sg: {type: aws.rds.subnet_group, name: held-db, description: d, subnet_ids: ["${sa1.subnet_id}", "${sa3.subnet_id}"]}\n'
     '  db: {type: aws.rds.instance, identifier: held-db, instance_class: db.t3.micro, allocated_storage: 20, master_username: admin1, manage_master_user_password: true, db_subnet_group_name: "${sg.name}", vpc_security_group_ids: ["${gb.group_id}"], skip_final_snapshot: true}'),
    ("ec2-written-subnet-vs-groups", "validate", "of one VPC only",
     '  vm: {type: aws.ec2.instance, ami: ami-0123456789abcdef0, instance_type: t3.micro, subnet_id: "${sb1.subnet_id}", vpc_security_group_ids: ["${ga.group_id}"]}'),
    ("sg-rule-source-other-vpc", "plan", "belong to different networks",
     '  r: {type: aws.ec2.security_group_rule, security_group_id: "${ga.group_id}", direction: ingress, protocol: tcp, from_port: 5432, source_security_group_id: "${gb.group_id}"}'),
    ("awscc-profile-role-arn", "validate", "role.name",
     '  prof: {type: awscc.iam.instance_profile, roles: ["${role.arn}"]}'),
    ("sns-sqs-endpoint-url", "validate", "write ${queue.arn}",
     '  sub: {type: aws.sns.subscription, topic_arn: "${topic.arn}", protocol: sqs, endpoint: "${queue.url}"}'),
    ("sns-awscc-sqs-endpoint-url-variable", "plan", "is not an SQS queue's ARN",
     '  sub: {type: awscc.sns.subscription, topic_arn: "${topic.arn}", protocol: sqs, endpoint: "${var.queue_url}"}'),
    ("queue-name-twice", "validate", "names the same AWS::SQS::Queue",
     '  q2: {type: awscc.sqs.queue, queue_name: held-queue}'),
    ("glue-db-twice", "validate", "names the same AWS::Glue::Database",
     '  d1: {type: aws.glue.database, name: heldlake}\n'
     '  d2: {type: awscc.glue.database, catalog_id: "123456789012", database_input: {name: heldlake}}'),
    ("subnet-two-route-tables", "validate", "one route table",
     '  rt1: {type: aws.ec2.route_table, vpc_id: "${va.vpc_id}", subnet_ids: ["${sa1.subnet_id}"]}\n'
     '  rt2: {type: awscc.ec2.route_table, vpc_id: "${va.vpc_id}"}\n'
     '  a2: {type: awscc.ec2.subnet_route_table_association, subnet_id: "${sa1.subnet_id}", route_table_id: "${rt2.route_table_id}"}'),
    ("vpc-two-igws", "validate", "one internet gateway",
     '  i1: {type: aws.ec2.internet_gateway, vpc_id: "${va.vpc_id}"}\n'
     '  i2: {type: awscc.ec2.internet_gateway}\n'
     '  t2: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${va.vpc_id}", internet_gateway_id: "${i2.internet_gateway_id}"}'),
    ("endpoint-two-subnets-one-zone", "validate", "one subnet per zone",
     '  ep: {type: aws.ec2.vpc_endpoint, vpc_id: "${va.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${sa1.subnet_id}", "${sa2.subnet_id}"]}'),
    ("alb-two-subnets-one-zone", "validate", "one subnet per zone",
     '  lb: {type: awscc.elasticloadbalancingv2.load_balancer, name: held-lb, load_balancer_type: application, subnets: ["${sa1.subnet_id}", "${sa2.subnet_id}"], security_groups: ["${ga.group_id}"]}'),
    ("db-subnet-group-one-zone", "validate", "DBSubnetGroupDoesNotCoverEnoughAZs",
     '  g1: {type: aws.rds.subnet_group, name: held-g1, description: d, subnet_ids: ["${sa1.subnet_id}", "${sa2.subnet_id}"]}'),
    ("awscc-db-subnet-group-one-zone", "validate", "at least 2 zones",
     '  g2: {type: awscc.rds.db_subnet_group, db_subnet_group_description: d, subnet_ids: ["${sa2.subnet_id}"]}'),
    ("alarm-topic-other-region", "plan", "Only R' is supported",
     ALARM % '["${var.west_topic}"]'),
    ("ecs-awsvpc-tg-instance", "validate", "incompatible with the awsvpc network mode",
     TG % ("HTTP", "instance") + "\n" + TD + "\n" + SVC),
    ("log-subscription-kinesis-no-role", "validate", "roleArn is required",
     '  lg: {type: aws.logs.log_group, name: /held/app}\n'
     '  ks: {type: aws.kinesis.stream, name: held-stream, shard_count: 1}\n'
     '  sf: {type: awscc.logs.subscription_filter, log_group_name: "${lg.name}", filter_pattern: "", destination_arn: "${ks.arn}"}'),
    ("log-group-kms-key-id", "validate", "${key.arn}",
     '  lg: {type: awscc.logs.log_group, log_group_name: /held/enc, kms_key_id: "${key.key_id}"}'),
    ("log-group-written-kms-key-id-literal", "validate", "KMS key's ARN",
     '  lg: {type: aws.logs.log_group, name: /held/enc2, kms_key_id: 1234abcd-12ab-34cd-56ef-1234567890ab}'),
    ("http-listener-tcp-tg", "validate", "is not supported with a target group",
     TG % ("TCP", "instance") + "\n" + LISTENER % "HTTP"),
    ("alarm-metric-name-and-metrics", "validate", "exclude each other",
     '  al: {type: awscc.cloudwatch.alarm, comparison_operator: GreaterThanThreshold, evaluation_periods: 1, threshold: 1, metric_name: Errors, metrics: [{id: m1, expression: "SUM(METRICS())"}]}'),
]
# (name, when, resources): what AWS takes, beside the mistakes
VALID = [
    ("lambda-written-one-vpc", "plan",
     LAMBDA % '{subnet_ids: ["${sa1.subnet_id}", "${sa3.subnet_id}"], security_group_ids: ["${ga.group_id}"]}'),
    ("lambda-module-one-vpc", "plan",
     LAMBDA % '{subnet_ids: ["${module.m.subnet_id}"], security_group_ids: ["${module.m.group_id}"]}' +
     '\nmodules:\n  m: {source: ./mods/net, cidr: 10.9.0.0/16}'),
    ("rds-written-one-vpc", "validate",
     '  sg: {type: aws.rds.subnet_group, name: held-db, description: d, subnet_ids: ["${sa1.subnet_id}", "${sa3.subnet_id}"]}\n'
     '  db: {type: aws.rds.instance, identifier: held-db, instance_class: db.t3.micro, allocated_storage: 20, master_username: admin1, manage_master_user_password: true, db_subnet_group_name: "${sg.name}", vpc_security_group_ids: ["${ga.group_id}"], skip_final_snapshot: true}'),
    ("sg-rule-source-peered-vpc", "plan",
     '  peer: {type: awscc.ec2.vpc_peering_connection, vpc_id: "${va.vpc_id}", peer_vpc_id: "${vb.vpc_id}"}\n'
     '  r: {type: aws.ec2.security_group_rule, security_group_id: "${ga.group_id}", direction: ingress, protocol: tcp, from_port: 5432, source_security_group_id: "${gb.group_id}"}'),
    ("awscc-profile-role-name", "validate", '  prof: {type: awscc.iam.instance_profile, roles: ["${role.name}"]}'),
    ("written-profile-role-arn", "validate", '  prof: {type: aws.iam.instance_profile, name: held-prof, role: "${role.arn}"}'),
    ("sns-endpoints-of-their-protocols", "validate",
     '  sub: {type: aws.sns.subscription, topic_arn: "${topic.arn}", protocol: sqs, endpoint: "${queue.arn}"}\n'
     '  sub2: {type: awscc.sns.subscription, topic_arn: "${topic.arn}", protocol: https, endpoint: "https://example.com/hook"}\n'
     '  sub3: {type: awscc.sns.subscription, topic_arn: "${topic.arn}", protocol: email, endpoint: "ops@example.com"}'),
    ("queue-names-differ", "validate", '  q2: {type: awscc.sqs.queue, queue_name: held-queue-2}'),
    ("subnets-own-route-tables", "validate",
     '  rt1: {type: awscc.ec2.route_table, vpc_id: "${va.vpc_id}"}\n'
     '  a1: {type: awscc.ec2.subnet_route_table_association, subnet_id: "${sa1.subnet_id}", route_table_id: "${rt1.route_table_id}"}\n'
     '  a2: {type: awscc.ec2.subnet_route_table_association, subnet_id: "${sa3.subnet_id}", route_table_id: "${rt1.route_table_id}"}'),
    ("vpc-igw-and-vgw", "validate",
     '  i1: {type: awscc.ec2.internet_gateway}\n'
     '  v1: {type: awscc.ec2.vpn_gateway, vpn_gateway_type: ipsec.1}\n'
     '  t1: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${vb.vpc_id}", internet_gateway_id: "${i1.internet_gateway_id}"}\n'
     '  t2: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${vb.vpc_id}", vpn_gateway_id: "${v1.vpn_gateway_id}"}'),
    ("endpoint-subnets-two-zones", "validate",
     '  ep: {type: awscc.ec2.vpc_endpoint, vpc_id: "${va.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${sa1.subnet_id}", "${sa3.subnet_id}"]}'),
    ("db-subnet-group-two-zones-nlb-one-subnet", "validate",
     '  g3: {type: aws.rds.subnet_group, name: held-g3, description: d, subnet_ids: ["${sa1.subnet_id}", "${sa3.subnet_id}"]}\n'
     '  g4: {type: aws.redshift.subnet_group, name: held-g4, description: d, subnet_ids: ["${sa1.subnet_id}"]}\n'
     '  nlb: {type: awscc.elasticloadbalancingv2.load_balancer, name: held-nlb, load_balancer_type: network, subnets: ["${sa1.subnet_id}"]}'),
    ("alarm-topic-same-region", "plan", ALARM % '["${topic.arn}"]'),
    ("ecs-awsvpc-tg-ip", "validate", TG % ("HTTP", "ip") + "\n" + TD + "\n" + SVC),
    ("log-subscription-lambda-no-role", "validate",
     '  lg: {type: aws.logs.log_group, name: /held/app}\n'
     '  fn: {type: aws.lambda.function, function_name: held-fn, runtime: python3.12, handler: main.handler, role: "${role.arn}", source: ./src}\n'
     '  sf: {type: awscc.logs.subscription_filter, log_group_name: "${lg.name}", filter_pattern: "", destination_arn: "${fn.arn}"}'),
    ("log-group-kms-key-arn", "validate",
     '  lg: {type: awscc.logs.log_group, log_group_name: /held/enc, kms_key_id: "${key.arn}"}'),
    ("http-listener-http-tg", "validate", TG % ("HTTP", "instance") + "\n" + LISTENER % "HTTP"),
    ("alarm-metrics-only", "validate",
     '  al: {type: awscc.cloudwatch.alarm, comparison_operator: GreaterThanThreshold, evaluation_periods: 1, threshold: 1, metrics: [{id: m1, expression: "SUM(METRICS())"}]}'),
]


def stack_dir(work, name, body):
    d = os.path.join(work, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "src"))
    os.makedirs(os.path.join(d, "mods", "net"))
    with open(os.path.join(d, "src", "main.py"), "w") as f:
        f.write("def handler(event, context):\n    return 1\n")
    with open(os.path.join(d, "mods", "net", "main.yaml"), "w") as f:
        f.write(MODULE)
    with open(os.path.join(d, "stack.yaml"), "w") as f:
        f.write(HEAD + body + "\n")
    return d


def run(terrace, d, *args):
    p = subprocess.run([terrace] + list(args) + ["-no-color"], cwd=d, capture_output=True,
                       text=True)
    first = next((l for l in p.stderr.splitlines() if "error" in l.lower()), "")
    return p.returncode, first, p.stderr


def main(argv):
    if len(argv) != 4 or argv[3] not in ("mistakes", "valid"):
        sys.exit("usage: held.py TERRACE WORKDIR mistakes|valid")
    terrace, work, which = os.path.abspath(argv[1]), argv[2], argv[3]
    bad = 0
    if which == "mistakes":
        for name, when, words, body in MISTAKES:
            d = stack_dir(work, name, body)
            rc, first, err = run(terrace, d, "validate")
            if when == "plan" and rc == 0:
                rc, first, err = run(terrace, d, "plan", "-input=false", "-lock=false")
            elif when == "plan":
                print("%s: validate exited %d, plan was to judge it: %s" % (name, rc, first))
                bad += 1
                continue
            if rc != 1 or words not in err:
                print("%s: %s exited %d; expected a refusal with %r; first error: %s"
                      % (name, when, rc, words, first or err[-300:]))
                bad += 1
        print("held.py: %d of %d mistakes refused as they must be" % (len(MISTAKES) - bad,
                                                                     len(MISTAKES)))
    else:
        for name, when, body in VALID:
            d = stack_dir(work, name, body)
            rc, first, err = run(terrace, d, "validate")
            if rc == 0 and when == "plan":
                rc, first, err = run(terrace, d, "plan", "-input=false", "-lock=false")
            if rc != 0:
                print("%s: %s exited %d: %s" % (name, when, rc, first or err[-300:]))
                bad += 1
        print("held.py: %d of %d stacks AWS takes pass" % (len(VALID) - bad, len(VALID)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
