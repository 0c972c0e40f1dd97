"""network.py SUBNETS GROUPS ROUTE_TABLES: the throttling case's stack on
stdout, one VPC and SUBNETS subnets, GROUPS security groups and
ROUTE_TABLES route tables in it (240, 240, 60: 541 resources, issue 30)."""
import sys

subnets, groups, tables = (int(x) for x in sys.argv[1:4])
print("""stack: reality-scale
variables:
  endpoint: {type: string}
  access_key: {type: string}
  secret_key: {type: string, sensitive: true}
providers:
  aws:
    region: us-east-1
    endpoint: "${var.endpoint}"
    path_style: true
    access_key: "${var.access_key}"
    secret_key: "${var.secret_key}"
resources:
  vpc: {type: aws.ec2.vpc, cidr_block: 10.30.0.0/16}""")
for i in range(subnets):
    print("  subnet%03d: {type: aws.ec2.subnet, vpc_id: \"${vpc.vpc_id}\", "
          "cidr_block: 10.30.%d.0/24}" % (i, i))
for i in range(groups):
    print("  sg%03d: {type: aws.ec2.security_group, name: scale-%03d, description: scale, "
          "vpc_id: \"${vpc.vpc_id}\"}" % (i, i))
for i in range(tables):
    print("  rt%03d: {type: aws.ec2.route_table, vpc_id: \"${vpc.vpc_id}\"}" % i)
