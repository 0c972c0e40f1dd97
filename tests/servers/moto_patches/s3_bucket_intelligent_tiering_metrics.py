"""S3 bucket Intelligent-Tiering and metrics configurations: Put, Get, List
and Delete of BucketIntelligentTieringConfiguration and
BucketMetricsConfiguration.

moto 5.2.1 has none of them: a PUT /BUCKET?intelligent-tiering&id=ID or
?metrics&id=ID fell through to CreateBucket, answered
IllegalLocationConstraintException outside us-east-1, so hashicorp/aws's
aws_s3_bucket_intelligent_tiering_configuration and aws_s3_bucket_metric
failed (the Terraform corpus's terraform-aws-s3-bucket `complete`;
tests/twins, issue 86). Written from the Amazon S3 API reference and
botocore's model of the eight operations, as s3_bucket_analytics_configuration.py
is for analytics:

  PUT    /BUCKET?KIND&id=ID   body IntelligentTieringConfiguration {Id,
                              Filter, Status, Tierings} or MetricsConfiguration
                              {Id, Filter}; replaces a configuration of the id
  GET    /BUCKET?KIND&id=ID   the configuration; an unknown id is 404
                              NoSuchConfiguration
  GET    /BUCKET?KIND         the list (up to 100 a page, ContinuationToken)
  DELETE /BUCKET?KIND&id=ID   204; an unknown id is NoSuchConfiguration

The body's Id must be the query's id (else 400 InvalidArgument); a bucket
holds at most 1,000 of each (TooManyConfigurations). Bodies are read with
botocore's REST-XML reading of the model's shapes and answered through moto's
serializer of the same model.
"""
import botocore.parsers
import botocore.session

from moto.core.responses import ActionResult
from moto.s3.exceptions import S3ClientError
from moto.s3.responses import S3Response

MODEL = botocore.session.get_session().get_service_model("s3")
MOST = 1000
PAGE = 100

# query key -> (the operations' noun, the configuration's member name)
KINDS = {"intelligent-tiering": ("IntelligentTiering", "IntelligentTieringConfiguration"),
         "metrics": ("Metrics", "MetricsConfiguration")}


def _shape(kind):
    noun, member = KINDS[kind]
    return MODEL.operation_model(f"PutBucket{noun}Configuration").input_shape.members[member]


def _no_such_configuration():
    # HTTP 404 (the model names no error of these operations)
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


def _configs(bucket, kind):
    if not hasattr(bucket, "terrace_configurations"):
        bucket.terrace_configurations = {}
    return bucket.terrace_configurations.setdefault(kind, {})


def _read(kind, body):
    parser = botocore.parsers.RestXMLParser()
    return parser._handle_structure(_shape(kind), parser._parse_xml_string_to_dom(body))


def _answer(self, action, result):
    self.data["Action"] = action
    return self.serialized(ActionResult(result))


def _kind(querystring):
    return next((k for k in KINDS if k in querystring), None)


def _put(self, bucket_name, kind):
    configs = _configs(self.backend.get_bucket(bucket_name), kind)
    config_id = self.querystring.get("id", [None])[0]
    config = _read(kind, self.body)
    if config.get("Id") != config_id:
        raise _InvalidArgument("The Id in the request body must match the id in the query string.")
    if config_id not in configs and len(configs) >= MOST:
        raise _TooMany()
    configs[config_id] = config
    return 200, {}, ""


def _get(self, bucket_name, kind):
    noun, member = KINDS[kind]
    configs = _configs(self.backend.get_bucket(bucket_name), kind)
    if "id" in self.querystring:
        config = configs.get(self.querystring["id"][0])
        if config is None:
            return _no_such_configuration()
        return _answer(self, f"GetBucket{noun}Configuration", {member: config})
    ids = sorted(configs)
    token = self.querystring.get("continuation-token", [None])[0]
    start = ids.index(token) if token in ids else 0
    result = {f"{member}List": [configs[i] for i in ids[start:start + PAGE]],
              "IsTruncated": start + PAGE < len(ids)}
    if token:
        result["ContinuationToken"] = token
    if result["IsTruncated"]:
        result["NextContinuationToken"] = ids[start + PAGE]
    return _answer(self, f"ListBucket{noun}Configurations", result)


def _delete(self, bucket_name, kind):
    configs = _configs(self.backend.get_bucket(bucket_name), kind)
    if configs.pop(self.querystring.get("id", [None])[0], None) is None:
        return _no_such_configuration()
    return 204, {}, ""


_bucket_put = S3Response._bucket_response_put
_bucket_get = S3Response._bucket_response_get
_bucket_delete = S3Response._bucket_response_delete


def _bucket_response_put(self, request, bucket_name, querystring):
    kind = _kind(querystring)
    if kind:
        self._set_action("BUCKET", "PUT", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _put(self, bucket_name, kind)
    return _bucket_put(self, request, bucket_name, querystring)


def _bucket_response_get(self, bucket_name, querystring):
    kind = _kind(querystring)
    if kind:
        self._set_action("BUCKET", "GET", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _get(self, bucket_name, kind)
    return _bucket_get(self, bucket_name, querystring)


def _bucket_response_delete(self, bucket_name, querystring):
    kind = _kind(querystring)
    if kind:
        self._set_action("BUCKET", "DELETE", querystring)
        self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
        return _delete(self, bucket_name, kind)
    return _bucket_delete(self, bucket_name, querystring)


S3Response._bucket_response_put = _bucket_response_put
S3Response._bucket_response_get = _bucket_response_get
S3Response._bucket_response_delete = _bucket_response_delete
