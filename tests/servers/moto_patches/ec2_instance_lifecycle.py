"""EC2 instances as AWS runs them: ClientToken idempotency, states that take
a moment, and the attributes that change only while an instance is stopped.

From the EC2 API reference:
- RunInstances, ClientToken: "Unique, case-sensitive identifier you provide
  to ensure the idempotency of the request." Repeating a request with the
  same token returns the first request's reservation and launches nothing;
  the same token with other parameters is refused with
  IdempotentParameterMismatch. moto 5.2.1 stores the token but launches a
  new instance on every request, so a resend after a lost answer would make
  a second instance.
- Instance lifecycle: an instance is "pending" after RunInstances and
  StartInstances, "stopping" after StopInstances and "shutting-down" after
  TerminateInstances before it reaches running, stopped or terminated.
  moto jumps to the final state at once. Here the transitional state is
  shown for TRANSITION_SECONDS (DescribeInstances settles it when the time
  is up), so terrace's waits are exercised.
- ModifyInstanceAttribute: "To modify some attributes, the instance must be
  stopped" (instance type, user data): IncorrectInstanceState otherwise.
  moto changes them on a running instance.
- ModifyInstanceAttribute UserData.Value is a blob: on the wire it is the
  base64 of the user data, once (the SDKs encode it; Terraform decodes its
  base64 form first "so the AWS SDK doesn't double encode"). moto decodes
  the blob and then expects the result to be base64 again, refusing single
  encoding as InvalidUserData.Malformed. Here the decoded bytes are the
  user data, as on AWS.
- ReplaceIamInstanceProfileAssociation: DescribeInstances then shows the new
  profile (IamInstanceProfile.Arn). moto 5.2.1 changes the association only,
  so the instance kept showing the old profile.
"""
import base64
import threading
import time

from moto.core.responses import ActionResult
from moto.core.types import Base64EncodedString
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models.iam_instance_profile import IamInstanceProfileAssociationBackend
from moto.ec2.models.instances import InstanceBackend
from moto.ec2.responses.instances import InstanceResponse

TRANSITION_SECONDS = 1.0
_CODES = {"pending": 0, "running": 16, "shutting-down": 32, "terminated": 48,
          "stopping": 64, "stopped": 80}
_lock = threading.RLock()


def _begin(instance, transitional):
    """Show `transitional` until the time is up, then the state moto set."""
    final = instance._state.name
    instance.terrace_final = final
    instance.terrace_settles_at = time.monotonic() + TRANSITION_SECONDS
    instance._state.name = transitional
    instance._state.code = _CODES[transitional]


def _settle_one(instance):
    at = getattr(instance, "terrace_settles_at", None)
    if at is not None and time.monotonic() >= at:
        instance.terrace_settles_at = None
        instance._state.name = instance.terrace_final
        instance._state.code = _CODES.get(instance.terrace_final, 16)


def _settle(backend):
    with _lock:
        for instance in backend.all_instances():
            _settle_one(instance)


_run = InstanceResponse.run_instances


def run_instances(self):
    token = self._get_param("ClientToken")
    with _lock:
        if token:
            for reservation in self.ec2_backend.reservations.values():
                first = reservation.instances[0] if reservation.instances else None
                if first is None or getattr(first, "terrace_client_token", None) != token:
                    continue
                if (first.image_id != self._get_param("ImageId") or
                        first.instance_type != self._get_param("InstanceType", "m1.small")):
                    raise EC2ClientError(
                        "IdempotentParameterMismatch",
                        f"Client token {token} was used with different parameters.")
                return ActionResult(reservation)
        before = set(self.ec2_backend.reservations)
        result = _run(self)
        for rid in set(self.ec2_backend.reservations) - before:
            for instance in self.ec2_backend.reservations[rid].instances:
                instance.terrace_client_token = token
                _begin(instance, "pending")
        return result


_describe = InstanceResponse.describe_instances


def describe_instances(self):
    _settle(self.ec2_backend)
    return _describe(self)


def _wrap_transition(name, transitional):
    original = getattr(InstanceBackend, name)

    def wrapped(self, instance_ids, *args, **kwargs):
        with _lock:
            _settle(self)
            done = original(self, instance_ids, *args, **kwargs)
            for instance, _previous in done:
                _begin(instance, transitional)
            return done

    setattr(InstanceBackend, name, wrapped)


_wrap_transition("start_instances", "pending")
_wrap_transition("stop_instances", "stopping")
_wrap_transition("terminate_instances", "shutting-down")

_dot_value = InstanceResponse._dot_value_instance_attribute_handler


def _dot_value_instance_attribute_handler(self):
    for attribute in ("InstanceType", "UserData"):
        if self._get_param(f"{attribute}.Value") is not None:
            _settle(self.ec2_backend)
            instance = self.ec2_backend.get_instance(self._get_param("InstanceId"))
            if instance._state.name != "stopped":
                raise EC2ClientError(
                    "IncorrectInstanceState",
                    f"The instance '{instance.id}' is not in the 'stopped' state.")
    data = self._get_param("UserData.Value")
    if isinstance(data, bytes) and self._get_param("InstanceType.Value") is None:
        self.ec2_backend.modify_instance_attribute(
            self._get_param("InstanceId"), "user_data",
            Base64EncodedString.from_encoded_bytes(base64.b64encode(data)) if data else None)
        return True
    return _dot_value(self)


InstanceResponse.run_instances = run_instances
InstanceResponse.describe_instances = describe_instances
InstanceResponse._dot_value_instance_attribute_handler = _dot_value_instance_attribute_handler

_replace = IamInstanceProfileAssociationBackend.replace_iam_instance_profile_association


def replace_iam_instance_profile_association(self, association_id, *args, **kwargs):
    association = _replace(self, association_id, *args, **kwargs)
    self.modify_instance_attribute(
        association.instance_id, "iam_instance_profile",
        {"Arn": association.iam_instance_profile.arn, "Id": association_id})
    return association


IamInstanceProfileAssociationBackend.replace_iam_instance_profile_association = \
    replace_iam_instance_profile_association
