"""IAM eventual consistency, which moto does not model.

On AWS a role can be refused by another service for a few seconds after it
was created: Glue answers CreateJob with InvalidInputException "Service is
unable to assume provided role. Please verify role's TrustPolicy". moto
accepts any role at once, so terrace's bounded retry of that error (see
provider/aws/wait.c) could never be exercised.

This patch refuses Glue CreateJob, with AWS's error, while the role it names
is younger than PROPAGATION_SECONDS — only for roles whose name starts with
"propagating-", so that every other test keeps moto's instant behaviour.
"""
from moto.core.utils import utcnow
from moto.glue.exceptions import InvalidInputException
from moto.glue.responses import GlueResponse
from moto.iam.models import iam_backends

PROPAGATION_SECONDS = 3.0
PREFIX = "propagating-"

_create_job = GlueResponse.create_job


def _role_age_seconds(account_id, role_arn):
    name = (role_arn or "").rsplit("/", 1)[-1]
    if not name.startswith(PREFIX):
        return None
    backend = iam_backends[account_id]["global"]
    for role in backend.roles.values():
        if role.name == name:
            return (utcnow() - role.create_date).total_seconds()
    return None


def create_job(self):
    age = _role_age_seconds(self.current_account, self._get_param("Role"))
    if age is not None and age < PROPAGATION_SECONDS:
        raise InvalidInputException(
            "CreateJob", "Service is unable to assume provided role. Please verify role's TrustPolicy")
    return _create_job(self)


GlueResponse.create_job = create_job
