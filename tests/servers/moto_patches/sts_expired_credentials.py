"""Temporary credentials stop working when they expire.

The AWS STS API reference (AssumeRole, Credentials.Expiration: "The date on
which the current credentials expire") and the common errors of every AWS
API ("ExpiredToken: The security token included in the request is
expired", HTTP 403; STS answers it as ExpiredToken). moto records each
assumed role's expiration but, with request authentication on, accepts its
keys for ever; this patch refuses a request signed with the keys of an
assumed role whose expiration has passed, as AWS does.
"""
from moto.core.exceptions import _RESTError
from moto.core.utils import utcnow
from moto.iam import access_control
from moto.sts.models import sts_backends


class ExpiredTokenError(_RESTError):
    code = 403

    def __init__(self):
        super().__init__("ExpiredToken", "The security token included in the request is expired")


_init = access_control.AssumedRoleAccessKey.__init__


def assumed_role_access_key_init(self, account_id, partition, access_key_id, headers):
    _init(self, account_id, partition, access_key_id, headers)
    for role in sts_backends[account_id][partition].assumed_roles:
        if role.access_key_id == access_key_id and role.expiration <= utcnow():
            raise ExpiredTokenError()


access_control.AssumedRoleAccessKey.__init__ = assumed_role_access_key_init
