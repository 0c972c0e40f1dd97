"""S3: PutBucketLogging does not check the target bucket's log-delivery
permissions.

moto 5.2.1 refused a logging configuration (InvalidTargetBucketForLogging,
"You must either provide the necessary permissions to the logging service
using a bucket policy or give the log-delivery group WRITE and READ_ACP
permissions") unless the target bucket's policy or ACL already let the
logging service write. S3 takes the configuration and checks permissions when
it delivers logs (localstack/localstack#8654 dropped the same check of moto's
after its parity tests against AWS), and the Terraform corpus's
terraform-aws-s3-bucket `complete`, which puts its bucket's logging before the
log bucket's policy is attached, failed on moto where it applies on AWS
(tests/twins, issue 86). Kept: the target must exist
(InvalidTargetBucketForLogging "The target bucket for logging does not
exist.") and be in the source's Region (CrossLocationLoggingProhibited).
"""
from moto.s3.exceptions import CrossLocationLoggingProhibited, InvalidTargetBucketForLogging
from moto.s3.models import FakeBucket


def set_logging(self, logging_config, bucket_backend):
    if not logging_config:
        self.logging = {}
        return
    target = bucket_backend.buckets.get(logging_config["TargetBucket"])
    if not target:
        raise InvalidTargetBucketForLogging("The target bucket for logging does not exist.")
    if target.region_name != self.region_name:
        raise CrossLocationLoggingProhibited()
    self.logging = logging_config


FakeBucket.set_logging = set_logging
