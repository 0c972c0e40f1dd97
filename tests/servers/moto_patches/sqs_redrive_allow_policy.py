"""SQS GetQueueAttributes: RedriveAllowPolicy, as set.

AWS API reference, GetQueueAttributes and SetQueueAttributes:
RedriveAllowPolicy (which source queues may use this queue as their
dead-letter queue) is a queue attribute like RedrivePolicy, set by
CreateQueue or SetQueueAttributes and answered by GetQueueAttributes (by its
name or with All). moto 5.2.1 keeps the value it is sent but never answers
it, and refuses the name in GetQueueAttributes; Terraform's
aws_sqs_queue_redrive_allow_policy (and aws_sqs_queue's
redrive_allow_policy) then waits for it forever (tests/twins/twins.py, issue
86: terraform-aws-sqs's examples/complete). This answers it when set.
"""
from moto.sqs.models import Queue

Queue.redrive_allow_policy = None
if "RedriveAllowPolicy" not in Queue.BASE_ATTRIBUTES:
    Queue.BASE_ATTRIBUTES = Queue.BASE_ATTRIBUTES + ["RedriveAllowPolicy"]

_attributes = Queue.attributes.fget


def attributes(self):
    result = _attributes(self)
    if result.get("RedriveAllowPolicy") is None:
        result.pop("RedriveAllowPolicy", None)
    return result


Queue.attributes = property(attributes)
