#!/usr/bin/env bash
# t1692-moto-twins-data: the harness's moto patches that let the Terraform
# corpus's RDS, DynamoDB, S3 and IAM examples (terraform-aws-rds,
# -dynamodb-table, -s3-bucket, -iam at their release pins) apply on moto and
# compare through tests/twins (issue 86), proven with botocore (not terrace)
# against the patched moto, each read back through the service's own API;
# each step fails with its patch moved aside (as t1688's):
#   - cloudformation_rds_option_group.py: Cloud Control's
#     AWS::RDS::OptionGroup (made with its options and tags, read, its
#     options and tags updated in place, an engine moto does not know
#     refused, deleted), as DescribeOptionGroups lists it.
#   - cloudformation_rds_db_instance_properties.py: an encrypted instance
#     made through Cloud Control without KmsKeyId or BackupRetentionPeriod
#     reads as one CreateDBInstance made (its default key, 1 day); and
#     with cloudcontrol_api.py, an instance's MasterUserSecret.SecretArn
#     (a read-only member) read back through Cloud Control.
#   - cloudformation_secretsmanager_rotation_schedule.py: Cloud Control's
#     AWS::SecretsManager::RotationSchedule (known by its secret's ARN, its
#     rules updated, a missing secret refused, cancelled at delete).

. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"
(error answers as "error CODE")."""
import json

from probe_base import cc, client, done, err, outcome, show  # noqa: F401


def rds_option_group():
    """Cloud Control: AWS::RDS::OptionGroup (cloudformation_rds_option_group.py),
    as DescribeOptionGroups lists it."""
    rds = client("rds")
    made = done(cc.create_resource(TypeName="AWS::RDS::OptionGroup", DesiredState=json.dumps({
        "EngineName": "mysql", "MajorEngineVersion": "8.0", "OptionGroupDescription": "twins mysql",
        "OptionGroupName": "Twins-MySQL",
        "OptionConfigurations": [{"OptionName": "MARIADB_AUDIT_PLUGIN", "OptionSettings": [
            {"Name": "SERVER_AUDIT_EVENTS", "Value": "CONNECT"}]}],
        "Tags": [{"Key": "Name", "Value": "twins"}]}))["ProgressEvent"])
    ident = made.get("Identifier", "")
    show("option group through Cloud Control", "%s %s" % (made["OperationStatus"], ident))

    def group():
        g = rds.describe_option_groups(OptionGroupName=ident)["OptionGroupsList"][0]
        tags = rds.list_tags_for_resource(ResourceName=g["OptionGroupArn"])["TagList"]
        return "%s %s %s %s %s" % (g["EngineName"], g["MajorEngineVersion"], g["OptionGroupDescription"],
                                   [(o["OptionName"], [(s["Name"], s["Value"]) for s in o["OptionSettings"]])
                                    for o in g["Options"]],
                                   sorted((t["Key"], t["Value"]) for t in tags))
    show("option group in RDS", group())
    read = json.loads(cc.get_resource(TypeName="AWS::RDS::OptionGroup",
                                      Identifier=ident)["ResourceDescription"]["Properties"])
    show("option group read", "%s %s" % (read["OptionGroupName"], read["EngineName"]))
    show("option group update", outcome(cc.update_resource(
        TypeName="AWS::RDS::OptionGroup", Identifier=ident, PatchDocument=json.dumps([
            {"op": "replace", "path": "/OptionConfigurations", "value": [{"OptionName": "MEMCACHED"}]},
            {"op": "replace", "path": "/Tags", "value": [{"Key": "team", "Value": "data"}]}]))["ProgressEvent"]))
    show("option group after update", group())
    show("option group of an unknown engine", outcome(cc.create_resource(
        TypeName="AWS::RDS::OptionGroup", DesiredState=json.dumps({
            "EngineName": "no-such-engine", "MajorEngineVersion": "1", "OptionGroupDescription": "x",
            "OptionGroupName": "twins-none"}))["ProgressEvent"]))
    show("option group delete", outcome(cc.delete_resource(TypeName="AWS::RDS::OptionGroup",
                                                           Identifier=ident)["ProgressEvent"]))
    err("option group after delete", rds, "describe_option_groups", OptionGroupName=ident)


def rds_instance_defaults():
    """Cloud Control: an encrypted AWS::RDS::DBInstance without KmsKeyId or
    BackupRetentionPeriod (cloudformation_rds_db_instance_properties.py)
    reads as CreateDBInstance's."""
    rds = client("rds")
    base = {"DBInstanceClass": "db.t4g.large", "Engine": "postgres", "EngineVersion": "14",
            "AllocatedStorage": 20, "MasterUsername": "twins", "MasterUserPassword": "password-1234",
            "StorageEncrypted": True}
    rds.create_db_instance(DBInstanceIdentifier="by-api", **base)
    made = done(cc.create_resource(TypeName="AWS::RDS::DBInstance", DesiredState=json.dumps(
        dict(base, DBInstanceIdentifier="by-cloudcontrol", AllocatedStorage="20")))["ProgressEvent"])
    show("encrypted instance through Cloud Control", made["OperationStatus"])

    def seen(name):
        d = rds.describe_db_instances(DBInstanceIdentifier=name)["DBInstances"][0]
        return "%s %s %s" % (d["StorageEncrypted"], d.get("KmsKeyId", "-"), d["BackupRetentionPeriod"])
    api, ccs = seen("by-api"), seen("by-cloudcontrol")
    show("encrypted instance as CreateDBInstance's", "%s %s" % (ccs == api, ccs.split()[0]))


def rds_master_user_secret():
    """Cloud Control reads back an instance's MasterUserSecret.SecretArn
    (cloudformation_rds_db_instance_properties.py, cloudcontrol_api.py), the
    secret DescribeDBInstances names."""
    rds = client("rds")
    made = done(cc.create_resource(TypeName="AWS::RDS::DBInstance", DesiredState=json.dumps({
        "DBInstanceIdentifier": "managed-secret", "DBInstanceClass": "db.t4g.large", "Engine": "postgres",
        "EngineVersion": "14", "AllocatedStorage": "20", "MasterUsername": "twins",
        "ManageMasterUserPassword": True}))["ProgressEvent"])
    read = json.loads(cc.get_resource(TypeName="AWS::RDS::DBInstance",
                                      Identifier=made.get("Identifier", ""))["ResourceDescription"]["Properties"])
    described = rds.describe_db_instances(DBInstanceIdentifier="managed-secret")["DBInstances"][0]
    show("managed secret read", "%s %s" % (made["OperationStatus"], read.get("MasterUserSecret", {}).get(
        "SecretArn") == described["MasterUserSecret"]["SecretArn"]))


def rotation_schedule():
    """Cloud Control: AWS::SecretsManager::RotationSchedule
    (cloudformation_secretsmanager_rotation_schedule.py), as DescribeSecret
    shows it."""
    sm = client("secretsmanager")
    arn = sm.create_secret(Name="rotated", SecretString="s3cret-value")["ARN"]
    made = done(cc.create_resource(TypeName="AWS::SecretsManager::RotationSchedule", DesiredState=json.dumps({
        "SecretId": arn, "RotationRules": {"AutomaticallyAfterDays": 7}}))["ProgressEvent"])
    show("rotation schedule through Cloud Control", "%s %s" % (made["OperationStatus"],
                                                               made.get("Identifier") == arn))

    def rotation():
        d = sm.describe_secret(SecretId=arn)
        return "%s %s" % (d.get("RotationEnabled"), (d.get("RotationRules") or {}).get("AutomaticallyAfterDays"))
    show("rotation in Secrets Manager", rotation())
    show("rotation schedule update", outcome(cc.update_resource(
        TypeName="AWS::SecretsManager::RotationSchedule", Identifier=arn, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/RotationRules", "value": {"AutomaticallyAfterDays": 30}}]))["ProgressEvent"]))
    show("rotation after update", rotation())
    show("rotation schedule of no secret", outcome(cc.create_resource(
        TypeName="AWS::SecretsManager::RotationSchedule", DesiredState=json.dumps({
            "SecretId": "no-such-secret", "RotationRules": {"AutomaticallyAfterDays": 7}}))["ProgressEvent"]))
    show("rotation schedule delete", outcome(cc.delete_resource(
        TypeName="AWS::SecretsManager::RotationSchedule", Identifier=arn)["ProgressEvent"]))
    show("rotation after delete", rotation().split()[0])


SECTIONS = [rds_option_group, rds_instance_defaults, rds_master_user_secret, rotation_schedule]

# Each section alone: one that fails names itself and the others still run.
for section in SECTIONS:
    try:
        section()
    except Exception as e:  # a patch missing: moto's own refusal
        show(section.__name__ + " stopped", repr(e)[:300])
EOF

test_expect_success 'the probe runs against the patched moto' '
	ENDPOINT=$MOTO_ENDPOINT PYTHONPATH="$TEST_HERE/t1688" python3 probe.py >probe.out 2>probe.err ||
	{ cat probe.err; false; }
'

test_expect_success 'Cloud Control makes AWS::RDS::OptionGroup, as DescribeOptionGroups lists it' '
	test_line probe.out "option group through Cloud Control: SUCCESS twins-mysql" &&
	test_line probe.out "option group in RDS: mysql 8.0 twins mysql [('"'"'MARIADB_AUDIT_PLUGIN'"'"', [('"'"'SERVER_AUDIT_EVENTS'"'"', '"'"'CONNECT'"'"')])] [('"'"'Name'"'"', '"'"'twins'"'"')]" &&
	test_line probe.out "option group read: twins-mysql mysql" &&
	test_line probe.out "option group update: SUCCESS" &&
	test_line probe.out "option group after update: mysql 8.0 twins mysql [('"'"'MEMCACHED'"'"', [])] [('"'"'team'"'"', '"'"'data'"'"')]" &&
	test_line probe.out "option group of an unknown engine: FAILED InvalidRequest" &&
	test_line probe.out "option group delete: SUCCESS" &&
	test_line probe.out "option group after delete: error OptionGroupNotFoundFault"
'

test_expect_success 'an encrypted instance made through Cloud Control reads as CreateDBInstance'"'"'s' '
	test_line probe.out "encrypted instance through Cloud Control: SUCCESS" &&
	test_line probe.out "encrypted instance as CreateDBInstance'"'"'s: True True"
'

test_expect_success 'Cloud Control reads back an instance'"'"'s MasterUserSecret.SecretArn' '
	test_line probe.out "managed secret read: SUCCESS True"
'

test_expect_success 'Cloud Control makes AWS::SecretsManager::RotationSchedule, as DescribeSecret shows it' '
	test_line probe.out "rotation schedule through Cloud Control: SUCCESS True" &&
	test_line probe.out "rotation in Secrets Manager: True 7" &&
	test_line probe.out "rotation schedule update: SUCCESS" &&
	test_line probe.out "rotation after update: True 30" &&
	test_line probe.out "rotation schedule of no secret: FAILED NotFound" &&
	test_line probe.out "rotation schedule delete: SUCCESS" &&
	test_line probe.out "rotation after delete: False"
'

test_done
