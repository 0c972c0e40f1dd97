"""Request authentication: the signature checked against the body as sent.

With request authentication on (start_moto_auth), moto's server checks a
query-protocol request (EC2, RDS, IAM, STS: a POST of
application/x-www-form-urlencoded) against a body it rebuilds from the
parsed form, because werkzeug's form parsing consumed the bytes that
arrived: urlencode writes a space as "+", so a request that wrote it as
"%20" (as terrace does, and as SigV4 allows: the payload's hash is of the
bytes sent) is refused with AuthFailure or SignatureDoesNotMatch, where AWS
accepts it. EC2's CreateSecurityGroup with a GroupDescription of several
words, RDS's CreateDBSubnetGroup with a description, were refused so. Here
the bytes are kept before the form is parsed (werkzeug parses the cached
copy) and the signature is checked against them. And a request without a
body (a rest-json GET with a query: Scheduler's GetSchedule?groupName=...)
was checked as if its parsed parameters were its body: it is checked with
the empty body it had. What moto answers is unchanged.
"""
from moto.core.responses import BaseResponse
from moto.iam.access_control import IAMRequestBase

_setup_class = BaseResponse.setup_class


def setup_class(self, request, full_url, headers, *args, **kwargs):
    raw = None
    if hasattr(request, "get_data") and not hasattr(request, "body") and \
            "x-www-form-urlencoded" in (request.headers.get("Content-Type") or ""):
        raw = request.get_data(cache=True, parse_form_data=False)
    _setup_class(self, request, full_url, headers, *args, **kwargs)
    if raw and not self.raw_body:
        self.raw_body = raw


BaseResponse.setup_class = setup_class

_create_aws_request = IAMRequestBase._create_aws_request


def create_aws_request(self):
    if self._body or self._method not in ("GET", "HEAD", "DELETE"):
        return _create_aws_request(self)
    data = self._data
    self._data = b""
    try:
        return _create_aws_request(self)
    finally:
        self._data = data


IAMRequestBase._create_aws_request = create_aws_request
