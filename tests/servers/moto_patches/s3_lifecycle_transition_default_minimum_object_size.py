"""S3: a lifecycle configuration's TransitionDefaultMinimumObjectSize kept.

The S3 API reference (PutBucketLifecycleConfiguration): the header
x-amz-transition-default-minimum-object-size, `varies_by_storage_class` or
`all_storage_classes_128K` (the default when it is not sent), chooses the
smallest object a transition moves; PutBucketLifecycleConfiguration and
GetBucketLifecycleConfiguration answer it in the same header. moto 5.2.1
dropped the request's header and answered `all_storage_classes_128K` always,
so hashicorp/aws's aws_s3_bucket_lifecycle_configuration, which waits until
what it reads back equals what it sent, rules and this value alike, waited
until stopped for a configuration put with `varies_by_storage_class` (the
Terraform corpus's terraform-aws-s3-bucket `complete`; tests/twins, issue 86).
Another value is InvalidArgument. A deleted configuration forgets it. A
directory bucket (s3_directory_bucket.py) takes no such value ("not supported
for directory buckets"): neither call answers the header for one.
"""
from moto.s3.exceptions import InvalidArgumentError
from moto.s3.models import FakeBucket
from moto.s3.responses import S3Response

HEADER = "x-amz-transition-default-minimum-object-size"
VALUES = ("varies_by_storage_class", "all_storage_classes_128K")
DEFAULT = "all_storage_classes_128K"

_moto_put = S3Response._bucket_response_put
_moto_get = S3Response.get_bucket_lifecycle
_moto_delete_lifecycle = FakeBucket.delete_lifecycle


def _bucket_response_put(self, request, bucket_name, querystring):
    if not querystring or "lifecycle" not in querystring:
        return _moto_put(self, request, bucket_name, querystring)
    size = request.headers.get(HEADER) or DEFAULT
    if size not in VALUES:
        raise InvalidArgumentError(f"Invalid value for {HEADER}: {size}", HEADER, size)
    answer = _moto_put(self, request, bucket_name, querystring)
    if answer == "" and getattr(self.backend.get_bucket(bucket_name), "terrace_directory", None):
        return 200, {}, ""
    if answer == "":
        self.backend.get_bucket(bucket_name).terrace_transition_minimum_size = size
        return 200, {HEADER: size}, ""
    return answer


def get_bucket_lifecycle(self):
    serialized = self.serialized

    def with_size(action_result):
        bucket = self.backend.get_bucket(self.bucket_name)
        if getattr(bucket, "terrace_directory", None):
            action_result.result.pop("TransitionDefaultMinimumObjectSize", None)
        else:
            action_result.result["TransitionDefaultMinimumObjectSize"] = getattr(
                bucket, "terrace_transition_minimum_size", DEFAULT)
        return serialized(action_result)
    self.serialized = with_size
    try:
        return _moto_get(self)
    finally:
        self.__dict__.pop("serialized", None)


def delete_lifecycle(self):
    _moto_delete_lifecycle(self)
    self.__dict__.pop("terrace_transition_minimum_size", None)


S3Response._bucket_response_put = _bucket_response_put
S3Response.get_bucket_lifecycle = get_bucket_lifecycle
FakeBucket.delete_lifecycle = delete_lifecycle
