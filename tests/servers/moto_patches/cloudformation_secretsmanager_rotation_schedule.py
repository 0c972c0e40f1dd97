"""CloudFormation (and so Cloud Control): AWS::SecretsManager::RotationSchedule.

moto 5.2.1 has Secrets Manager's RotateSecret and CancelRotateSecret but no
CloudFormation model of a rotation schedule: its Cloud Control answered
TypeNotFoundException (the Terraform corpus's terraform-aws-rds
complete-postgres, whose aws_secretsmanager_secret_rotation of the
RDS-managed master secret terrace writes as
awscc.secretsmanager.rotation_schedule; tests/twins, issue 86). Written from
the CloudFormation template reference, AWS::SecretsManager::RotationSchedule,
and its registry schema (create and update secretsmanager:RotateSecret,
delete secretsmanager:CancelRotateSecret):

  SecretId                   required, createOnly: the secret's ARN or name
  RotationLambdaARN          the rotation function (none: a managed rotation,
                             as RDS's secret has)
  RotationRules              {AutomaticallyAfterDays, Duration, ScheduleExpression}
  RotateImmediatelyOnUpdate  whether an update rotates at once (default true)
  Id                         read-only, the primaryIdentifier: the secret's ARN

A create rotates as RotateSecret does by default (at once); moto's own checks
of RotateSecret stand (no such secret, AutomaticallyAfterDays out of 1-1000).
HostedRotationLambda (a function CloudFormation's transform makes) is refused:
no model of it here. Delete is CancelRotateSecret, which moto (after the API
reference's words) refuses for a secret without a rotation function; a
managed rotation's (no function) is turned off directly.
"""
from moto.secretsmanager.exceptions import InvalidParameterException
from moto.secretsmanager.models import secretsmanager_backends
from moto_cfn_model import CfnModel, register


def _backend(account_id, region_name):
    return secretsmanager_backends[account_id][region_name]


def _rotate(account_id, region_name, secret_id, props, immediately):
    if props.get("HostedRotationLambda"):
        raise InvalidParameterException("The test server makes no HostedRotationLambda")
    rules = dict(props.get("RotationRules") or {})
    if "AutomaticallyAfterDays" in rules:
        rules["AutomaticallyAfterDays"] = int(rules["AutomaticallyAfterDays"])
    backend = _backend(account_id, region_name)
    backend.rotate_secret(secret_id=secret_id, rotation_lambda_arn=props.get("RotationLambdaARN"),
                          rotation_rules=rules or None, rotate_immediately=immediately)
    return backend.secrets[secret_id].arn


class RotationScheduleModel(CfnModel):
    """Known by its secret's ARN (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.secretsmanager.rotation_schedule_model"
    TYPE = "AWS::SecretsManager::RotationSchedule"
    ATTRIBUTES = ("Id",)

    def held(self):
        """The secret while it rotates (exists_in_service), else None."""
        secret = _backend(self.account_id, self.region_name).secrets.get(self.id)
        return secret if secret is not None and getattr(secret, "rotation_requested", False) else None

    def attribute(self, name):
        return self.id

    @classmethod
    def create(cls, name, props, account_id, region_name):
        arn = _rotate(account_id, region_name, props.get("SecretId"), props, True)
        return cls(arn, account_id, region_name)

    def change(self, props):
        _rotate(self.account_id, self.region_name, self.id, props,
                props.get("RotateImmediatelyOnUpdate", True) is not False)

    def delete(self, account_id, region_name):
        backend = _backend(self.account_id, self.region_name)
        secret = backend.secrets.get(self.id)
        if secret is not None and not secret.rotation_lambda_arn:
            # a managed rotation (an RDS-managed secret's): CancelRotateSecret
            # as the API reference words it refuses a secret without a
            # function, so the rotation is turned off here
            backend.describe_secret(self.id)  # NotFound as CancelRotateSecret's
            secret.rotation_enabled = False
            return
        backend.cancel_rotate_secret(self.id)


register(RotationScheduleModel)
