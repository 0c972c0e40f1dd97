"""S3 bucket analytics configurations (storage class analysis):
PutBucketAnalyticsConfiguration, GetBucketAnalyticsConfiguration,
ListBucketAnalyticsConfigurations and DeleteBucketAnalyticsConfiguration.

moto 5.2.1 has none of them: a PUT /BUCKET?analytics&id=ID fell through to
CreateBucket (BucketAlreadyOwnedByYou, or a bucket made), so hashicorp/aws's
aws_s3_bucket_analytics_configuration failed (the Terraform corpus's
terraform-aws-s3-bucket `s3-analytics`; tests/twins, issue 86). Written from
the Amazon S3 API reference and botocore's model of the four operations:

  PUT    /BUCKET?analytics&id=ID   body AnalyticsConfiguration {Id, Filter
                                   {Prefix | Tag | And}, StorageClassAnalysis
                                   {DataExport {OutputSchemaVersion,
                                   Destination {S3BucketDestination}}}};
                                   replaces a configuration of the same id
  GET    /BUCKET?analytics&id=ID   {AnalyticsConfiguration}; an unknown id is
                                   404 NoSuchConfiguration
  GET    /BUCKET?analytics         {AnalyticsConfigurationList, IsTruncated}
                                   (up to 100 a page, ContinuationToken)
  DELETE /BUCKET?analytics&id=ID   204; an unknown id is NoSuchConfiguration

The body's Id must be the query's id (else 400 InvalidArgument), and a
bucket holds at most 1,000 (TooManyConfigurations). The body is read with
botocore's REST-XML reading of the model's AnalyticsConfiguration shape, and
answered through moto's serializer of the same model.
"""
import botocore.parsers
import botocore.session

from moto.s3.exceptions import S3ClientError
from moto.s3.responses import S3Response

MODEL = botocore.session.get_session().get_service_model("s3")
SHAPE = MODEL.operation_model("PutBucketAnalyticsConfiguration").input_shape.members["AnalyticsConfiguration"]
MOST = 1000
PAGE = 100


def _no_such_configuration():
    # HTTP 404 (the model names no error of these operations, so moto's
    # serializer would answer 400)
    return 404, {"Content-Type": "application/xml"}, (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchConfiguration</Code>'
        '<Message>The specified configuration does not exist.</Message></Error>')


class _InvalidArgument(S3ClientError):
    def __init__(self, message):
        super().__init__("InvalidArgument", message)


class _TooMany(S3ClientError):
    def __init__(self):
        super().__init__("TooManyConfigurations", "You are attempting to create a new configuration "
                         "but have already reached the 1,000-configuration limit.")


def _configs(bucket):
    if not hasattr(bucket, "terrace_analytics"):
        bucket.terrace_analytics = {}
    return bucket.terrace_analytics


def _read(body):
    parser = botocore.parsers.RestXMLParser()
    node = parser._parse_xml_string_to_dom(body)
    return parser._handle_structure(SHAPE, node)


def _answer(self, action, result):
    from moto.core.responses import ActionResult
    self.data["Action"] = action
    return self.serialized(ActionResult(result))


def _put(self, bucket_name):
    configs = _configs(self.backend.get_bucket(bucket_name))
    config_id = self.querystring.get("id", [None])[0]
    config = _read(self.body)
    if config.get("Id") != config_id:
        raise _InvalidArgument("The Id in the request body must match the id in the query string.")
    if config_id not in configs and len(configs) >= MOST:
        raise _TooMany()
    configs[config_id] = config
    return 200, {}, ""


def _get(self, bucket_name):
    configs = _configs(self.backend.get_bucket(bucket_name))
    if "id" in self.querystring:
        config = configs.get(self.querystring["id"][0])
        if config is None:
            return _no_such_configuration()
        return _answer(self, "GetBucketAnalyticsConfiguration", {"AnalyticsConfiguration": config})
    ids = sorted(configs)
    token = self.querystring.get("continuation-token", [None])[0]
    start = ids.index(token) if token in ids else 0
    page = ids[start:start + PAGE]
    result = {"AnalyticsConfigurationList": [configs[i] for i in page],
              "IsTruncated": start + PAGE < len(ids)}
    if token:
        result["ContinuationToken"] = token
    if result["IsTruncated"]:
        result["NextContinuationToken"] = ids[start + PAGE]
    return _answer(self, "ListBucketAnalyticsConfigurations", result)


def _delete(self, bucket_name):
    configs = _configs(self.backend.get_bucket(bucket_name))
    if configs.pop(self.querystring.get("id", [None])[0], None) is None:
        return _no_such_configuration()
    return 204, {}, ""


_bucket_put = S3Response._bucket_response_put
_bucket_get = S3Response._bucket_response_get
_bucket_delete = S3Response._bucket_response_delete


def _bucket_response_put(self, request, bucket_name, querystring):
    if "analytics" in querystring:
        self._set_action("BUCKET", "PUT", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _put(self, bucket_name)
    return _bucket_put(self, request, bucket_name, querystring)


def _bucket_response_get(self, bucket_name, querystring):
    if "analytics" in querystring:
        self._set_action("BUCKET", "GET", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _get(self, bucket_name)
    return _bucket_get(self, bucket_name, querystring)


def _bucket_response_delete(self, bucket_name, querystring):
    if "analytics" in querystring:
        self._set_action("BUCKET", "DELETE", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _delete(self, bucket_name)
    return _bucket_delete(self, bucket_name, querystring)


S3Response._bucket_response_put = _bucket_response_put
S3Response._bucket_response_get = _bucket_response_get
S3Response._bucket_response_delete = _bucket_response_delete
