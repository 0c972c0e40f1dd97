"""Request authentication: the signature checked against the query string as sent.

With request authentication on (start_moto_auth), moto rebuilds the request
whose signature it checks from its decoded URL, so a query value holding an
escaped character is checked unescaped: ListObjectsV2 with
prefix=lake%2Fstate.json.journal%2F (as botocore and terrace send it, the
canonical query of SigV4 escaping '/') is checked as prefix=lake/state...
and refused with SignatureDoesNotMatch, where AWS accepts it (the aws CLI
fails the same way against it). Here the check sees the query string as it
arrived (the WSGI QUERY_STRING); what moto answers is unchanged.

The path likewise: a URI label holding an ARN (Lambda's
/2017-03-31/tags/{Resource}, sent as arn%3Aaws%3Alambda... as botocore
sends it) was checked decoded (arn:aws:lambda...) and refused; the check
sees the path as it arrived (the WSGI RAW_URI or REQUEST_URI), for every
service but S3 (whose keys moto's S3 check reads as it always did).

An S3 key's path is checked as AWS builds S3's canonical URI: the key
URI-encoded (every character but the unreserved ones and '/'; "S3
Signature Version 4: Canonical request"). moto checked the decoded path as
it was, so a key holding ':' (the S3 backend's workspaces,
STACK/env:/dev/terrace.state.json, as Terraform lays them out) was refused
with SignatureDoesNotMatch, where AWS accepts it.
"""
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from moto.core.authorization import ActionAuthenticatorMixin
from moto.core.responses import BaseResponse

_setup_class = BaseResponse.setup_class
_authenticate = ActionAuthenticatorMixin._authenticate_and_authorize_action


def setup_class(self, request, full_url, headers, *args, **kwargs):
    _setup_class(self, request, full_url, headers, *args, **kwargs)
    environ = getattr(request, "environ", None)
    self._terrace_raw_query = environ.get("QUERY_STRING") if environ else None
    raw_uri = (environ.get("RAW_URI") or environ.get("REQUEST_URI")) if environ else None
    self._terrace_raw_path = urlsplit(raw_uri).path if raw_uri else None


def authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    raw = getattr(self, "_terrace_raw_query", None)
    raw_path = getattr(self, "_terrace_raw_path", None)
    if not raw and not raw_path and ":" not in urlsplit(self.uri).path:
        return _authenticate(self, iam_request_cls, resource)
    decoded = self.uri
    parts = urlsplit(decoded)
    if raw:
        parts = parts._replace(query=raw)
    if raw_path and "%" in raw_path and iam_request_cls.__name__ != "S3IAMRequest":
        parts = parts._replace(path=raw_path)
    if iam_request_cls.__name__ == "S3IAMRequest" and ":" in parts.path:
        parts = parts._replace(path=quote(unquote(parts.path), safe="/~"))
    self.uri = urlunsplit(parts)
    try:
        return _authenticate(self, iam_request_cls, resource)
    finally:
        self.uri = decoded


BaseResponse.setup_class = setup_class
ActionAuthenticatorMixin._authenticate_and_authorize_action = authenticate_and_authorize_action
