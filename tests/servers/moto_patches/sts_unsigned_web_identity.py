"""STS AssumeRoleWithWebIdentity and AssumeRoleWithSAML without a signature.

The AWS API reference (STS, AssumeRoleWithWebIdentity): "Calling
AssumeRoleWithWebIdentity does not require the use of AWS security
credentials"; the same holds for AssumeRoleWithSAML. CI OIDC logins send them
unsigned, since there are no credentials yet. With request authentication on,
moto looks for an Authorization header on every action and fails on these
with a KeyError; this patch lets exactly these two actions through unsigned.
"""
from moto.core.authorization import ActionAuthenticatorMixin

UNSIGNED_ACTIONS = {"AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"}

_authenticate = ActionAuthenticatorMixin._authenticate_and_authorize_action


def authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    if "Authorization" not in self.headers and self._get_action() in UNSIGNED_ACTIONS:
        return None
    return _authenticate(self, iam_request_cls, resource)


ActionAuthenticatorMixin._authenticate_and_authorize_action = authenticate_and_authorize_action
