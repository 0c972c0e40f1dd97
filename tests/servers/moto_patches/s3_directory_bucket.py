"""S3 Express One Zone: directory buckets (CreateBucket's Location and
Bucket, ListDirectoryBuckets).

moto 5.2.1 has no directory bucket: CreateBucket with
CreateBucketConfiguration {Location {Type AvailabilityZone, Name
euw1-az1}, Bucket {Type Directory, DataRedundancy SingleAvailabilityZone}}
and no LocationConstraint was refused outside us-east-1
(IllegalLocationConstraintException), so hashicorp/aws's
`aws_s3_directory_bucket` failed (the Terraform corpus's
terraform-aws-s3-bucket `directory-bucket`; tests/twins, issue 86). From the
Amazon S3 API reference and user guide ("Directory bucket naming rules"):
a directory bucket is made in the Region the request was sent to; its name
is BASE--ZONEID--x-s3, ZONEID the Location's Name (another name is
InvalidBucketName); Location's Type AvailabilityZone goes with
DataRedundancy SingleAvailabilityZone, LocalZone with SingleLocalZone
(another pair is InvalidRequest). ListBuckets lists general purpose buckets
only; ListDirectoryBuckets (GET / on the S3 Express control endpoint, signed
for `s3express`, or `?x-id=ListDirectoryBuckets`) the directory buckets,
each with its BucketRegion; HeadBucket answers a directory bucket's
x-amz-bucket-location-type and x-amz-bucket-location-name ("only supported
by directory buckets"; hashicorp/aws reads the bucket's `location` back from
them, and replaced the bucket at every plan without). Every other bucket
operation (a policy, encryption, lifecycle) is moto's own on the bucket.

The Go SDK signs a directory bucket's requests to a custom endpoint with an
S3 Express session (CreateSession) unless its session auth is off
(AWS_S3_DISABLE_EXPRESS_SESSION_AUTH, which tests/twins/twins.py sets):
sessions are not served here.
"""
import re

import xmltodict
from moto.core.responses import ActionResult
from moto.s3.exceptions import S3ClientError
from moto.s3.models import S3Backend
from moto.s3.responses import S3Response


class _InvalidBucketName(S3ClientError):
    def __init__(self):
        super().__init__("InvalidBucketName", "The specified bucket is not valid.")


class _InvalidRequest(S3ClientError):
    def __init__(self, msg):
        super().__init__("InvalidRequest", msg)


_REDUNDANCY = {"AvailabilityZone": "SingleAvailabilityZone", "LocalZone": "SingleLocalZone"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*--(?P<zone>[a-z0-9-]+)--x-s3$")


def _directory_config(body):
    """CreateBucketConfiguration's Location and Bucket where Bucket's Type is
    Directory, else None."""
    if not body or b"Directory" not in (body if isinstance(body, bytes) else body.encode()):
        return None
    try:
        conf = xmltodict.parse(body)["CreateBucketConfiguration"] or {}
    except Exception:  # not XML: moto's own answer
        return None
    bucket = conf.get("Bucket") or {}
    if bucket.get("Type") != "Directory":
        return None
    return conf.get("Location") or {}, bucket


_bucket_put = S3Response._bucket_response_put


def _bucket_response_put(self, request, bucket_name, querystring):
    found = None if querystring else _directory_config(self.body)
    if found is None:
        return _bucket_put(self, request, bucket_name, querystring)
    location, bucket = found
    self._set_action("BUCKET", "PUT", querystring)
    self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
    kind, zone = location.get("Type"), location.get("Name")
    redundancy = bucket.get("DataRedundancy") or _REDUNDANCY.get(kind)
    m = _NAME.match(bucket_name)
    if not m or m.group("zone") != zone:
        raise _InvalidBucketName()
    if kind not in _REDUNDANCY or redundancy != _REDUNDANCY[kind]:
        raise _InvalidRequest("The Location Type and DataRedundancy of a directory bucket do not match.")
    new_bucket = self.backend.create_bucket(bucket_name, self.region)
    new_bucket.terrace_directory = {"Location": {"Type": kind, "Name": zone},
                                    "Bucket": {"Type": "Directory", "DataRedundancy": redundancy}}
    self.data["Action"] = "CreateBucket"
    return self.serialized(ActionResult({"Location": f"/{bucket_name}"}))


def _is_directory_listing(self):
    auth = self.headers.get("Authorization", "")
    scope = re.search(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/", auth)
    return (scope and scope.group(1) == "s3express") or \
        "ListDirectoryBuckets" in (self.querystring.get("x-id") or [])


_all_buckets = S3Response.all_buckets


def all_buckets(self):
    if not _is_directory_listing(self):
        return _all_buckets(self)
    self._authenticate_and_authorize_s3_action()
    found = [b for b in self.backend.buckets.values() if getattr(b, "terrace_directory", None)]
    self.data["Action"] = "ListDirectoryBuckets"
    return self.serialized(ActionResult({"Buckets": [
        {"Name": b.name, "CreationDate": b.creation_date_ISO8601, "BucketRegion": b.region_name,
         "BucketArn": f"arn:aws:s3express:{b.region_name}:{b.account_id}:bucket/{b.name}"}
        for b in sorted(found, key=lambda b: b.name)]}))


_list_buckets = S3Backend.list_buckets


def list_buckets(self, *args, **kwargs):
    return [b for b in _list_buckets(self, *args, **kwargs) if not getattr(b, "terrace_directory", None)]


_head_bucket = S3Response.head_bucket


def head_bucket(self):
    status, headers, body = _head_bucket(self)
    bucket = self.backend.buckets.get(self.bucket_name) if status == 200 else None
    directory = getattr(bucket, "terrace_directory", None)
    if directory:
        headers = dict(headers, **{"x-amz-bucket-location-type": directory["Location"]["Type"],
                                   "x-amz-bucket-location-name": directory["Location"]["Name"]})
    return status, headers, body


S3Response._bucket_response_put = _bucket_response_put
S3Response.head_bucket = head_bucket
S3Response.all_buckets = all_buckets
S3Backend.list_buckets = list_buckets
