"""SNS email subscriptions stay pending until their owner confirms them.

On AWS, Subscribe with protocol email or email-json sends a confirmation
message and the subscription stays "pending confirmation" until the link
in it is followed (SNS Developer Guide: "Subscribing an email address to an
Amazon SNS topic"; nobody here ever follows it). Subscribe answers
SubscriptionArn "pending confirmation" unless ReturnSubscriptionArn is true
(SNS API reference, Subscribe), and GetSubscriptionAttributes says
PendingConfirmation "true". moto confirms every subscription at once.

This patch leaves email and email-json subscriptions pending: Subscribe
answers as above, and GetSubscriptionAttributes of a pending one gives only
what identifies it (TopicArn, Protocol, Endpoint, Owner, SubscriptionArn,
PendingConfirmation "true", ConfirmationWasAuthenticated "false"), the least
AWS may say of one, so that a reader which needs the delivery settings back
is caught. ListSubscriptionsByTopic is moto's (AWS shows a pending one's
SubscriptionArn as "PendingConfirmation" there). Everything else is moto's.
"""
from moto.sns.responses import SNSResponse

PENDING_PROTOCOLS = ("email", "email-json")
IDENTIFYING = ("TopicArn", "Protocol", "Endpoint", "Owner", "SubscriptionArn")

_subscribe = SNSResponse.subscribe
_get_subscription_attributes = SNSResponse.get_subscription_attributes


def subscribe(self):
    result = _subscribe(self)
    if self._get_param("Protocol") not in PENDING_PROTOCOLS:
        return result
    arn = result.result["SubscriptionArn"]
    sub = self.backend.subscriptions.get(arn)
    if sub is not None:
        sub.pending_confirmation = True
    if str(self._get_param("ReturnSubscriptionArn")).lower() != "true":
        result.result["SubscriptionArn"] = "pending confirmation"
    return result


def get_subscription_attributes(self):
    arn = self._get_param("SubscriptionArn")
    sub = self.backend.subscriptions.get(arn)
    result = _get_subscription_attributes(self)
    if sub is not None and getattr(sub, "pending_confirmation", False):
        attrs = result.result["Attributes"]
        kept = {k: attrs[k] for k in IDENTIFYING if k in attrs}
        kept["PendingConfirmation"] = "true"
        kept["ConfirmationWasAuthenticated"] = "false"
        result.result["Attributes"] = kept
    return result


SNSResponse.subscribe = subscribe
SNSResponse.get_subscription_attributes = get_subscription_attributes
