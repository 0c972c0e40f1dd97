"""SQS SetQueueAttributes keeps the queue's Policy unless it names Policy.

From the SQS API reference (SetQueueAttributes): "Sets the value of one or
more queue attributes"; the attributes not named keep their values (a
Policy of "" removes the policy). moto 5.2.1 sets the policy from the
request every time, so a call naming only RedriveAllowPolicy,
RedrivePolicy or VisibilityTimeout removes the queue's policy. Terraform
applies aws_sqs_queue_policy beside aws_sqs_queue_redrive_allow_policy and
aws_sqs_queue_redrive_policy, and waits until the policy it put reads back:
where one of those landed after it, the policy was gone and it waited
until stopped (tests/twins, issue 86: terraform-aws-sqs's and
terraform-aws-step-functions' examples/complete, now and then).
"""
from moto.sqs.models import Queue

_set_attributes = Queue._set_attributes


def _set_attributes_keeping_policy(self, attributes, now=None):
    kept = getattr(self, "_policy_json", None)
    _set_attributes(self, attributes, now)
    if "Policy" not in attributes and kept is not None:
        self._policy_json = kept


Queue._set_attributes = _set_attributes_keeping_policy
