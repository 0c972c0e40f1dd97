"""Request authentication: the signature checked against the query string as sent.

With request authentication on (start_moto_auth), moto rebuilds the request
whose signature it checks from its decoded URL, so a query value holding an
escaped character is checked unescaped: ListObjectsV2 with
prefix=lake%2Fstate.json.journal%2F (as botocore and terrace send it, the
canonical query of SigV4 escaping '/') is checked as prefix=lake/state...
and refused with SignatureDoesNotMatch, where AWS accepts it (the aws CLI
fails the same way against it). Here the check sees the query string as it
arrived (the WSGI QUERY_STRING); what moto answers is unchanged.
"""
from urllib.parse import urlsplit, urlunsplit

from moto.core.authorization import ActionAuthenticatorMixin
from moto.core.responses import BaseResponse

_setup_class = BaseResponse.setup_class
_authenticate = ActionAuthenticatorMixin._authenticate_and_authorize_action


def setup_class(self, request, full_url, headers, *args, **kwargs):
    _setup_class(self, request, full_url, headers, *args, **kwargs)
    environ = getattr(request, "environ", None)
    self._terrace_raw_query = environ.get("QUERY_STRING") if environ else None


def authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    raw = getattr(self, "_terrace_raw_query", None)
    if not raw:
        return _authenticate(self, iam_request_cls, resource)
    decoded = self.uri
    self.uri = urlunsplit(urlsplit(decoded)._replace(query=raw))
    try:
        return _authenticate(self, iam_request_cls, resource)
    finally:
        self.uri = decoded


BaseResponse.setup_class = setup_class
ActionAuthenticatorMixin._authenticate_and_authorize_action = authenticate_and_authorize_action
