"""S3: PutBucketRequestPayment and GetBucketRequestPayment.

moto 5.2.1 has neither: a PUT /BUCKET?requestPayment fell through to
CreateBucket (IllegalLocationConstraintException outside us-east-1), so
hashicorp/aws's aws_s3_bucket_request_payment_configuration failed (the
Terraform corpus's terraform-aws-s3-bucket `complete`; tests/twins, issue
86). From the Amazon S3 API reference: the body RequestPaymentConfiguration
{Payer}, `BucketOwner` or `Requester` (another is MalformedXML); GET answers
{Payer}, `BucketOwner` until it is put.
"""
from moto.core.responses import ActionResult
from moto.s3.exceptions import S3ClientError
from moto.s3.responses import S3Response
import xmltodict


class _Malformed(S3ClientError):
    def __init__(self):
        super().__init__("MalformedXML", "The XML you provided was not well-formed or did not validate "
                         "against our published schema")


_bucket_put = S3Response._bucket_response_put
_bucket_get = S3Response._bucket_response_get


def _bucket_response_put(self, request, bucket_name, querystring):
    if "requestPayment" not in querystring:
        return _bucket_put(self, request, bucket_name, querystring)
    self._set_action("BUCKET", "PUT", querystring)
    self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
    bucket = self.backend.get_bucket(bucket_name)
    try:
        payer = (xmltodict.parse(self.body)["RequestPaymentConfiguration"] or {}).get("Payer")
    except Exception:  # not XML, or no such element
        raise _Malformed()
    if payer not in ("BucketOwner", "Requester"):
        raise _Malformed()
    bucket.terrace_payer = payer
    return 200, {}, ""


def _bucket_response_get(self, bucket_name, querystring):
    if "requestPayment" not in querystring:
        return _bucket_get(self, bucket_name, querystring)
    self._set_action("BUCKET", "GET", querystring)
    self._authenticate_and_authorize_s3_action(bucket_name=bucket_name)
    bucket = self.backend.get_bucket(bucket_name)
    self.data["Action"] = "GetBucketRequestPayment"
    return self.serialized(ActionResult({"Payer": getattr(bucket, "terrace_payer", "BucketOwner")}))


S3Response._bucket_response_put = _bucket_response_put
S3Response._bucket_response_get = _bucket_response_get
