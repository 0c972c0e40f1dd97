"""RDS: cross-Region automated backups replication
(StartDBInstanceAutomatedBackupsReplication, StopDBInstanceAutomatedBackupsReplication,
and DescribeDBInstanceAutomatedBackups of the replicated backups).

moto 5.2.1 lacks Start and Stop (HTTP 500, which hashicorp/aws's
aws_db_instance_automated_backups_replication retries until stopped: the
Terraform corpus's terraform-aws-rds `complete-postgres`, `complete-mysql`...
`complete-mssql` and `complete-oracle`; tests/twins, issue 86), and its
DescribeDBInstanceAutomatedBackups reads neither DBInstanceAutomatedBackupsArn
nor DbiResourceId. Written from the RDS API reference ("Replicating automated
backups to another AWS Region") and botocore's model:

- Start is sent to the destination Region: SourceDBInstanceArn (the source
  instance, in its own Region; none is DBInstanceNotFoundFault), and
  BackupRetentionPeriod (default 7), KmsKeyId, PreSignedUrl. It answers
  DBInstanceAutomatedBackup: DBInstanceArn, DbiResourceId, Region (the
  source's), DBInstanceIdentifier, Engine, EngineVersion, Status
  "replicating", BackupRetentionPeriod, KmsKeyId, Encrypted, and
  DBInstanceAutomatedBackupsArn (arn:aws:rds:DEST:ACCOUNT:auto-backup:ab-...).
  The source instance then names it in DBInstanceAutomatedBackupsReplications.
  A second Start of a source already replicated to this Region is
  InvalidDBInstanceAutomatedBackupStateFault.
- DescribeDBInstanceAutomatedBackups in the destination Region lists it, by
  DBInstanceAutomatedBackupsArn, DbiResourceId or DBInstanceIdentifier; an
  ARN of none is DBInstanceAutomatedBackupNotFoundFault.
- Stop (SourceDBInstanceArn, in the destination Region) ends it: the backup
  is no longer listed, the source names it no more; a source not replicated
  here is InvalidDBInstanceStateFault.
"""
import string

from moto.core.responses import ActionResult
from moto.moto_api._internal import mock_random as random
from moto.rds.exceptions import RDSClientError
from moto.rds.models import DBInstance, rds_backends
from moto.rds.responses import RDSResponse


class _Fault(RDSClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


class ReplicatedBackup:
    """One source instance's backups replicated to this Region (what
    DescribeDBInstanceAutomatedBackups answers of it)."""

    def __init__(self, source, account_id, region, retention, kms_key_id):
        self.db_instance_arn = source.db_instance_arn
        self.dbi_resource_id = source.dbi_resource_id
        self.region = source.region
        self.db_instance_identifier = source.db_instance_identifier
        self.engine = source.engine
        self.engine_version = source.engine_version
        self.status = "replicating"
        self.backup_retention_period = retention
        self.kms_key_id = kms_key_id
        self.encrypted = bool(kms_key_id)
        self.allocated_storage = source.allocated_storage
        self.master_username = source.master_username
        self.port = source.port
        self.storage_type = source.storage_type
        self.license_model = source.license_model
        self.db_instance_automated_backups_arn = (
            f"arn:aws:rds:{region}:{account_id}:auto-backup:ab-"
            + "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(26)))


def _replicated(backend):
    if not hasattr(backend, "terrace_replicated_backups"):
        backend.terrace_replicated_backups = {}
    return backend.terrace_replicated_backups


def _source(self, arn):
    parts = (arn or "").split(":")
    if len(parts) < 7 or parts[5] != "db":
        raise _Fault("DBInstanceNotFoundFault", f"DBInstance {arn} not found.")
    backend = rds_backends[parts[4]][parts[3]]
    db = backend.databases.get(parts[6])
    if db is None:
        raise _Fault("DBInstanceNotFoundFault", f"DBInstance {arn} not found.")
    return db


def start_db_instance_automated_backups_replication(self):
    source = _source(self, self.params.get("SourceDBInstanceArn"))
    backups = _replicated(self.backend)
    if any(b.db_instance_arn == source.db_instance_arn for b in backups.values()):
        raise _Fault("InvalidDBInstanceAutomatedBackupStateFault",
                     f"Automated backups of {source.db_instance_arn} are already replicated to {self.region}.")
    backup = ReplicatedBackup(source, self.current_account, self.region,
                              int(self.params.get("BackupRetentionPeriod") or 7), self.params.get("KmsKeyId"))
    backups[backup.db_instance_automated_backups_arn] = backup
    source.db_instance_automated_backups_replications = \
        list(getattr(source, "db_instance_automated_backups_replications", None) or []) + \
        [{"DBInstanceAutomatedBackupsArn": backup.db_instance_automated_backups_arn}]
    return ActionResult({"DBInstanceAutomatedBackup": backup})


def stop_db_instance_automated_backups_replication(self):
    arn = self.params.get("SourceDBInstanceArn")
    backups = _replicated(self.backend)
    found = [a for a, b in backups.items() if b.db_instance_arn == arn]
    if not found:
        raise _Fault("InvalidDBInstanceStateFault",
                     f"Automated backups of {arn} are not replicated to {self.region}.")
    backup = backups.pop(found[0])
    backup.status = "retained"
    try:
        source = _source(self, arn)
        source.db_instance_automated_backups_replications = [
            r for r in getattr(source, "db_instance_automated_backups_replications", None) or []
            if r["DBInstanceAutomatedBackupsArn"] != found[0]]
    except _Fault:
        pass
    return ActionResult({"DBInstanceAutomatedBackup": backup})


_describe = RDSResponse.describe_db_instance_automated_backups


def describe_db_instance_automated_backups(self):
    backups = list(_replicated(self.backend).values())
    arn = self.params.get("DBInstanceAutomatedBackupsArn")
    resource_id = self.params.get("DbiResourceId")
    identifier = self.params.get("DBInstanceIdentifier")
    if arn:
        mine = [b for b in backups if b.db_instance_automated_backups_arn == arn]
        if not mine:
            raise _Fault("DBInstanceAutomatedBackupNotFoundFault",
                         f"Automated backup {arn} not found.")
        return ActionResult({"DBInstanceAutomatedBackups": mine})
    mine = [b for b in backups if (not resource_id or b.dbi_resource_id == resource_id) and
            (not identifier or b.db_instance_identifier == identifier)]
    if resource_id:
        # moto's own (this Region's instances' automated snapshots) by resource id
        own = [d for d in self.backend.databases.values() if d.dbi_resource_id == resource_id]
        if not own:
            return ActionResult({"DBInstanceAutomatedBackups": mine})
        self.params["DBInstanceIdentifier"] = own[0].db_instance_identifier
    result = _describe(self)
    result.result["DBInstanceAutomatedBackups"] = list(result.result["DBInstanceAutomatedBackups"]) + mine
    return result


DBInstance.db_instance_automated_backups_replications = None
RDSResponse.start_db_instance_automated_backups_replication = start_db_instance_automated_backups_replication
RDSResponse.stop_db_instance_automated_backups_replication = stop_db_instance_automated_backups_replication
RDSResponse.describe_db_instance_automated_backups = describe_db_instance_automated_backups
