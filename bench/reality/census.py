"""census.py MOTO_ENDPOINT STATE_FILE EXPECTED: what the bench stack left in
moto, read from moto directly (botocore, not through the stand-in): one line
"objects N orphans N duplicates N" and then one line per orphan.

- objects: every object of the stack's kinds that moto holds (the default
  VPC, its subnets, groups and route tables, main route tables and default
  groups excepted; terminated instances do not count);
- orphans: those whose id or name appears nowhere in the state file
  (terrace made them and forgot them, or never recorded them);
- duplicates: per kind, how many more objects moto holds than the stack
  declares (EXPECTED: KIND=N,... ; a kind not named there expects none).
"""
import json
import sys

import botocore.session
from botocore.config import Config

endpoint, state_file, expected = sys.argv[1], sys.argv[2], sys.argv[3]
want = dict((k, int(v)) for k, v in (x.split("=") for x in expected.split(",") if x))
session = botocore.session.get_session()


def client(name):
    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
                                 aws_access_key_id="AKIAMOTOUNCHECKED000",
                                 aws_secret_access_key="census",
                                 config=Config(retries={"total_max_attempts": 3},
                                               s3={"addressing_style": "path"}))


def strings(v, out):
    if isinstance(v, str):
        out.add(v)
        out.add(v.rsplit("/", 1)[-1])
        out.add(v.rsplit(":", 1)[-1])
    elif isinstance(v, dict):
        for x in v.values():
            strings(x, out)
    elif isinstance(v, list):
        for x in v:
            strings(x, out)
    return out


try:
    with open(state_file) as f:
        known = strings(json.load(f).get("resources", {}), set())
except (OSError, ValueError):
    known = set()

ec2 = client("ec2")
default_vpcs = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"] if v.get("IsDefault")}
objects = []   # (kind, id)
for v in ec2.describe_vpcs()["Vpcs"]:
    if v["VpcId"] not in default_vpcs:
        objects.append(("vpc", v["VpcId"]))
for s in ec2.describe_subnets()["Subnets"]:
    if s["VpcId"] not in default_vpcs:
        objects.append(("subnet", s["SubnetId"]))
for g in ec2.describe_internet_gateways()["InternetGateways"]:
    if not any(a.get("VpcId") in default_vpcs for a in g.get("Attachments", [])):
        objects.append(("igw", g["InternetGatewayId"]))
for r in ec2.describe_route_tables()["RouteTables"]:
    if r["VpcId"] not in default_vpcs and not any(a.get("Main") for a in r.get("Associations", [])):
        objects.append(("route_table", r["RouteTableId"]))
for g in ec2.describe_security_groups()["SecurityGroups"]:
    if g["VpcId"] not in default_vpcs and g["GroupName"] != "default":
        objects.append(("sg", g["GroupId"]))
for res in ec2.describe_instances()["Reservations"]:
    for i in res["Instances"]:
        if i["State"]["Name"] not in ("terminated", "shutting-down"):
            objects.append(("instance", i["InstanceId"]))
iam = client("iam")
for r in iam.list_roles()["Roles"]:
    objects.append(("role", r["RoleName"]))
for p in iam.list_instance_profiles()["InstanceProfiles"]:
    objects.append(("instance_profile", p["InstanceProfileName"]))
for b in client("s3").list_buckets()["Buckets"]:
    objects.append(("bucket", b["Name"]))
for fn in client("lambda").list_functions()["Functions"]:
    objects.append(("function", fn["FunctionName"]))
for sm in client("stepfunctions").list_state_machines()["stateMachines"]:
    objects.append(("state_machine", sm["name"]))
for s in client("scheduler").list_schedules()["Schedules"]:
    objects.append(("schedule", s["Name"]))
glue = client("glue")
for c in glue.get_crawlers()["Crawlers"]:
    objects.append(("crawler", c["Name"]))
for d in glue.get_databases()["DatabaseList"]:
    objects.append(("glue_database", d["Name"]))
for s in client("secretsmanager").list_secrets()["SecretList"]:
    objects.append(("secret", s["Name"]))

orphans = [(k, i) for k, i in objects if i not in known]
counts = {}
for k, _ in objects:
    counts[k] = counts.get(k, 0) + 1
duplicates = sum(max(0, n - want.get(k, 0)) for k, n in counts.items()) if want else 0
print("objects %d orphans %d duplicates %d" % (len(objects), len(orphans), duplicates))
for k, i in orphans:
    print("orphan %s %s" % (k, i))
