"""S3 PutObjectLockConfiguration on a bucket that already holds objects.

From the S3 API reference (PutObjectLockConfiguration): "Places an Object
Lock configuration on the specified bucket. The rule specified in the Object
Lock configuration will be applied by default to every new object placed in
the specified bucket", and "You can enable Object Lock for new or existing
buckets" (versioning must be enabled). Nothing asks the bucket to be empty.
moto 5.2.1 refuses the call on any bucket holding an object (InvalidBucket
"Bucket needs to be empty"), so hashicorp/aws's
aws_s3_bucket_object_lock_configuration fails where the objects were put
first (tests/twins, issue 86: terraform-aws-s3-bucket's examples/object).
The versioning check stays.
"""
from moto.s3.exceptions import InvalidBucketState
from moto.s3.models import S3Backend


def put_object_lock_configuration(self, bucket_name, lock_enabled, mode=None, days=None, years=None):
    bucket = self.get_bucket(bucket_name)
    if not bucket.is_versioned:
        raise InvalidBucketState(
            "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration")
    if lock_enabled:
        bucket.object_lock_enabled = True
        bucket.versioning_status = "Enabled"
    bucket.default_lock_mode = mode
    bucket.default_lock_days = days
    bucket.default_lock_years = years


S3Backend.put_object_lock_configuration = put_object_lock_configuration
