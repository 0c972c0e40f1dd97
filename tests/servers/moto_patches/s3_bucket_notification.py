"""S3 bucket notifications as S3 keeps them: moto 5.2.1 stores any queue,
topic or function without looking at it, and its
GetBucketNotificationConfiguration leaves out the EventBridgeConfiguration
it was given.

PutBucketNotificationConfiguration tests each destination, as S3 does.
From the Amazon S3 User Guide, "Granting permissions to publish event
notification messages to a destination": S3 needs the destination's
permission (a Lambda function's resource-based policy, an SQS queue's or SNS
topic's access policy) for s3.amazonaws.com, and when the configuration is
put it tests each destination and fails with 400 InvalidArgument "Unable to
validate the following destination configurations". Here a destination
passes when it exists and one statement of its policy allows the service
principal s3.amazonaws.com (or "*") and, when the statement has an
aws:SourceArn condition, names this bucket's ARN (a trailing "*" matches
as in ArnLike). A function is looked up in its own account and region, as
are queues and topics.
"""
import fnmatch
import json

from moto.awslambda.models import lambda_backends
from moto.s3.exceptions import S3ClientError
from moto.s3.models import FakeBucket
from moto.s3.responses import S3Response
from moto.sns.models import sns_backends
from moto.sqs.models import sqs_backends


class DestinationNotValidated(S3ClientError):
    def __init__(self, arns):
        super().__init__("InvalidArgument",
                         "Unable to validate the following destination configurations")
        self.arns = arns


def _allows_s3(policy, bucket_arn):
    if isinstance(policy, str):
        try:
            policy = json.loads(policy) if policy else {}
        except ValueError:
            return False
    statements = (policy or {}).get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    for st in statements:
        if st.get("Effect", "Allow") != "Allow":
            continue
        principal = st.get("Principal")
        service = principal.get("Service") if isinstance(principal, dict) else principal
        if isinstance(service, str):
            service = [service]
        if not service or not ({"s3.amazonaws.com", "*"} & set(service)):
            continue
        source = None
        for op, block in (st.get("Condition") or {}).items():
            for key, value in block.items():
                if key.lower() == "aws:sourcearn":
                    source = value if isinstance(value, list) else [value]
        if source is None or any(fnmatch.fnmatchcase(bucket_arn, s) for s in source):
            return True
    return False


def _policy_of(arn):
    parts = arn.split(":")
    service, region, account = parts[2], parts[3], parts[4]
    try:
        if service == "lambda":
            wire = json.loads(lambda_backends[account][region].get_policy(parts[6], None))
            return wire.get("Policy")
        if service == "sqs":
            return sqs_backends[account][region].get_queue(parts[5]).policy
        if service == "sns":
            return sns_backends[account][region].get_topic(arn).policy
    except Exception:  # the destination does not exist
        return None
    return None


_set = FakeBucket.set_notification_configuration


def set_notification_configuration(self, notification_config):
    failed = []
    bucket_arn = f"arn:aws:s3:::{self.name}"
    for kind, key in (("TopicConfiguration", "Topic"), ("QueueConfiguration", "Queue"),
                      ("CloudFunctionConfiguration", "CloudFunction")):
        for n in (notification_config or {}).get(kind) or []:
            if not _allows_s3(_policy_of(n[key]), bucket_arn):
                failed.append(n[key])
    if failed:
        raise DestinationNotValidated(failed)
    return _set(self, notification_config)


FakeBucket.set_notification_configuration = set_notification_configuration

# GetBucketNotificationConfiguration: EventBridgeConfiguration (an empty
# element) when the bucket sends its events to EventBridge, as the model's
# NotificationConfiguration has it.
_serialized = S3Response.serialized


def serialized(self, result):
    if getattr(self, "data", {}).get("Action") == "GetBucketNotificationConfiguration":
        config = self.backend.get_bucket_notification_configuration(self.bucket_name)
        body = getattr(result, "result", None)
        if config is not None and config.event_bridge is not None and isinstance(body, dict):
            body["EventBridgeConfiguration"] = {}
    return _serialized(self, result)


S3Response.serialized = serialized
