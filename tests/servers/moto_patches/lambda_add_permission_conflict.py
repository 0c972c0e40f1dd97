"""Lambda AddPermission: a statement id already in the policy is refused.

From the Lambda API reference (AddPermission): StatementId is "a statement
identifier that differentiates the statement from others in the same
policy"; adding one that is there already fails with 409
ResourceConflictException ("The statement id (ID) provided already exists.
Please provide a new statement id, or remove the existing statement.").
moto 5.2.1 appends a second statement with the same Sid; this refuses it, so
terrace's adoption of its own statement after a lost answer is tested as
AWS behaves.
"""
import json

from moto.awslambda.exceptions import LambdaClientError
from moto.awslambda.policy import Policy

_add_statement = Policy.add_statement


class ResourceConflictException(LambdaClientError):
    code = 409

    def __init__(self, sid):
        super().__init__(
            "ResourceConflictException",
            f"The statement id ({sid}) provided already exists. Please provide a new "
            "statement id, or remove the existing statement.")


def add_statement(self, raw, qualifier=None):
    sid = json.loads(raw).get("StatementId")
    if sid and any(s.get("Sid") == sid for s in self.statements):
        raise ResourceConflictException(sid)
    return _add_statement(self, raw, qualifier)


Policy.add_statement = add_statement
