"""RDS RestoreDBInstanceFromS3: a MySQL DB instance made from a backup in S3.

moto 5.2.1 has no RestoreDBInstanceFromS3, so hashicorp/aws's aws_db_instance
with an `s3_import` block failed (the Terraform corpus's terraform-aws-rds
`s3-import-mysql`; tests/twins, issue 86). From the RDS API reference: the
parameters of CreateDBInstance (moto's create_db_instance makes the instance
from them) and SourceEngine (only `mysql`; another is InvalidParameterValue),
SourceEngineVersion, S3BucketName (a bucket S3 holds, else InvalidS3BucketFault),
S3Prefix and S3IngestionRoleArn, all required but the prefix. The backup's
files are not read: moto runs no database, so the instance is as
CreateDBInstance would make it.
"""
from moto.core.responses import ActionResult
from moto.rds.exceptions import InvalidParameterValue, RDSClientError
from moto.rds.responses import RDSResponse

_S3_ONLY = ("S3BucketName", "S3IngestionRoleArn", "S3Prefix", "SourceEngine", "SourceEngineVersion",
            "UseDefaultProcessorFeatures")


class _InvalidS3Bucket(RDSClientError):
    def __init__(self, name):
        super().__init__("InvalidS3BucketFault", f"S3 bucket {name} does not exist or is not accessible.")


def restore_db_instance_from_s3(self):
    params = self.params  # keys read in either case (moto's XFormedDict)
    for need in ("SourceEngine", "SourceEngineVersion", "S3BucketName", "S3IngestionRoleArn"):
        if not params.get(need):
            raise InvalidParameterValue(f"The parameter {need} must be provided and must not be blank.")
    if params["SourceEngine"] != "mysql":
        raise InvalidParameterValue(f"Invalid source engine: {params['SourceEngine']}. Only mysql is supported.")
    from moto.s3.models import s3_backends
    from moto.utilities.utils import get_partition
    if params["S3BucketName"] not in s3_backends[self.current_account][get_partition(self.region)].buckets:
        raise _InvalidS3Bucket(params["S3BucketName"])
    for key in _S3_ONLY:
        params.pop(key, None)
    database = self.backend.create_db_instance(params)
    return ActionResult({"DBInstance": database})


RDSResponse.restore_db_instance_from_s3 = restore_db_instance_from_s3
