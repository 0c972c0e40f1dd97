"""SNS PutDataProtectionPolicy and GetDataProtectionPolicy.

From the SNS API reference: PutDataProtectionPolicy(ResourceArn,
DataProtectionPolicy) adds or updates an inline policy document (JSON, up
to 30,720 characters) to a topic; GetDataProtectionPolicy(ResourceArn)
answers it (DataProtectionPolicy, empty when none was put); a topic that
does not exist is NotFound. moto 5.2.1 has neither, and hashicorp/aws's
aws_sns_topic_data_protection_policy retries its HTTP 404 until stopped
(tests/twins, issue 86: terraform-aws-sns's examples/complete never
finished).
"""
from moto.core.responses import ActionResult, EmptyResult
from moto.sns.models import Topic
from moto.sns.responses import SNSResponse

Topic.data_protection_policy = ""


def put_data_protection_policy(self):
    topic = self.backend.get_topic(self._get_param("ResourceArn"))
    topic.data_protection_policy = self._get_param("DataProtectionPolicy") or ""
    return EmptyResult()


def get_data_protection_policy(self):
    topic = self.backend.get_topic(self._get_param("ResourceArn"))
    return ActionResult({"DataProtectionPolicy": topic.data_protection_policy})


SNSResponse.put_data_protection_policy = put_data_protection_policy
SNSResponse.get_data_protection_policy = get_data_protection_policy
