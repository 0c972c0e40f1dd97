"""CloudFormation (and so Cloud Control): every AWS::RDS::DBInstance property
that is a CreateDBInstance parameter reaches moto's instance.

moto 5.2.1's model of AWS::RDS::DBInstance hands its backend 26 properties
and drops the rest, which its CreateDBInstance takes: MaxAllocatedStorage,
EnableCloudwatchLogsExports, ManageMasterUserPassword, OptionGroupName,
DeletionProtection, MonitoringInterval, CACertificateIdentifier, ... The
Terraform corpus's terraform-aws-rds examples, applied through Cloud Control
by terrace (awscc.rds.db_instance), then differed from Terraform's by what
moto dropped: no MasterUserSecret and no secret, no MaxAllocatedStorage, no
log exports, the default option group (tests/twins, issue 86).

From the CloudFormation template reference, AWS::RDS::DBInstance: its
properties are CreateDBInstance's (and CreateDBInstanceReadReplica's) of the
same names, and MasterUserSecret {KmsKeyId} is MasterUserSecretKmsKeyId. Each
property of the template that botocore's model names a CreateDBInstance
member is passed as moto's API path passes it (its snake_case name), unless
moto's model already set it, a string where the API takes an integer or a
boolean read as one (the schema types AllocatedStorage, Iops and Port as
strings); moto's own mapping (DBSubnetGroupName,
VPCSecurityGroups: cloudformation_models_network_db.py) is left as it is.

A property the template leaves out reaches moto's instance as the API path
leaves an absent parameter: not passed, so the instance takes what moto's
CreateDBInstance gives it then (moto's model passed None for every property
it names: an encrypted instance without KmsKeyId had none where
CreateDBInstance's has its default key, BackupRetentionPeriod none where
CreateDBInstance's is 1; terraform-aws-rds's twins). Cloud Control reads
back MasterUserSecret.SecretArn, the RDS-managed secret's ARN (a read-only
member, cloudcontrol_api.py reading it by its GetAtt name).
"""
import inspect
import threading

import botocore.session
from moto.core.utils import camelcase_to_underscores
from moto.cloudformation.parsing import get_model_map
from moto.rds.models import DBInstance, RDSBackend

MEMBERS = botocore.session.get_session().get_service_model("rds").operation_model(
    "CreateDBInstance").input_shape.members
# snake_case name -> the member's type, to read a template's "20" as 20 where
# the API's is an integer (the CloudFormation schema types AllocatedStorage,
# Iops and Port as strings)
TYPES = {camelcase_to_underscores(k): shape.type_name for k, shape in MEMBERS.items()}
_local = threading.local()

DB_INSTANCE = get_model_map()["AWS::RDS::DBInstance"]
_create_from_template = DB_INSTANCE.create_from_cloudformation_json.__func__
_create = RDSBackend.create_db_instance
_create_replica = RDSBackend.create_db_instance_read_replica
# DBInstance's parameters that have no default (a None of one is moto's to refuse)
REQUIRED = {n for n, p in inspect.signature(DBInstance.__init__).parameters.items()
            if p.default is inspect.Parameter.empty and p.kind is p.POSITIONAL_OR_KEYWORD}


def _extra(props):
    out = {camelcase_to_underscores(k): v for k, v in props.items() if k in MEMBERS and v is not None}
    secret = props.get("MasterUserSecret")
    if isinstance(secret, dict) and secret.get("KmsKeyId"):
        out["master_user_secret_kms_key_id"] = secret["KmsKeyId"]
    for key in ("db_instance_identifier", "db_subnet_group_name", "db_security_groups", "tags"):
        out.pop(key, None)  # moto's model's own (the name, a group object, its tag form)
    return out


def _typed(key, value):
    if TYPES.get(key) == "integer" and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if TYPES.get(key) == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _with_extra(create):
    def wrapped(self, db_kwargs):
        extra = getattr(_local, "extra", None)
        if extra is not None:
            db_kwargs = {k: _typed(k, v) for k, v in db_kwargs.items()}
            for key, value in extra.items():
                if db_kwargs.get(key) is None:
                    db_kwargs[key] = _typed(key, value)
            db_kwargs = {k: v for k, v in db_kwargs.items() if v is not None or k in REQUIRED}
        return create(self, db_kwargs)
    return wrapped


def _from_template(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    _local.extra = _extra(cloudformation_json.get("Properties", {}))
    try:
        return _create_from_template(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    finally:
        _local.extra = None


_attribute = DB_INSTANCE.get_cfn_attribute


def _db_instance_attribute(self, name):
    """MasterUserSecret.SecretArn, read-only in AWS::RDS::DBInstance's
    schema: the RDS-managed secret's ARN, which Cloud Control reads back
    (a rotation schedule names it: terraform-aws-rds's complete-postgres)."""
    if name == "MasterUserSecret.SecretArn" and getattr(self, "master_user_secret", None):
        return self.master_user_secret.secret_arn
    return _attribute(self, name)


DB_INSTANCE.get_cfn_attribute = _db_instance_attribute
RDSBackend.create_db_instance = _with_extra(_create)
RDSBackend.create_db_instance_read_replica = _with_extra(_create_replica)
DB_INSTANCE.create_from_cloudformation_json = classmethod(_from_template)
