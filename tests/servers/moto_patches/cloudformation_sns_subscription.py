"""CloudFormation: AWS::SNS::Subscription.

moto 5.2.1's CloudFormation has no model of it: it logs "No Moto
CloudFormation support" and leaves the subscription out, so a stack that
subscribes a queue or a function to a topic (17 of the CDK corpus's 104
templates, tests/corpus/cdk: twins named "moto's CloudFormation cannot make
AWS::SNS::Subscription") is complete without it. Written from the
CloudFormation template reference, AWS::SNS::Subscription, and its registry
schema (cfn-lint's copy; ../shared/aws-schemas/handlers.json: create
sns:Subscribe, update sns:SetSubscriptionAttributes, delete sns:Unsubscribe,
read sns:GetSubscriptionAttributes):

  TopicArn, Protocol (required), Endpoint   createOnlyProperties: a change
                                            is a new subscription
  FilterPolicy, DeliveryPolicy,             JSON objects in the template,
  RedrivePolicy, ReplayPolicy               sent as the JSON text
                                            SetSubscriptionAttributes takes
  FilterPolicyScope, RawMessageDelivery,    the attributes of those names
  SubscriptionRoleArn                       (a boolean as "true"/"false")
  Region                                    the topic's region (read from
                                            TopicArn, as the ARN says it)
  Ref, Fn::GetAtt Arn                       the subscription's ARN (the
                                            schema's primaryIdentifier)

FilterPolicyScope is set before FilterPolicy (the policy is read in its
scope, as SNS's Subscribe takes them). An update changes the attributes in
place (removing one sets it empty, as SNS does for an attribute unset);
delete unsubscribes. It joins moto's map of models, which Cloud Control
(cloudcontrol_api.py) serves too, known by its Arn, as AWS's is.
"""
import json

from moto.sns.models import sns_backends
from moto_cfn_model import CfnModel, register

# Template property -> SetSubscriptionAttributes name, in the order sent.
ATTRIBUTES = ("FilterPolicyScope", "FilterPolicy", "DeliveryPolicy", "RedrivePolicy",
              "RawMessageDelivery", "SubscriptionRoleArn", "ReplayPolicy")


def _text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _backend(account_id, arn):
    return sns_backends[account_id][arn.split(":")[3]]


class SubscriptionModel(CfnModel):
    """Known by its ARN (its backend the Region the ARN says)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.sns.subscription_model"
    TYPE = "AWS::SNS::Subscription"
    ATTRIBUTES = ("Arn",)
    REPLACED_BY = ("TopicArn", "Protocol", "Endpoint")  # createOnlyProperties

    def attribute(self, name):
        return self.id

    def exists_in_service(self):
        """Whether SNS still holds it (cloudcontrol_api.py)."""
        return self.id in _backend(self.account_id, self.id).subscriptions

    def set_attributes(self, props, before):
        backend = _backend(self.account_id, self.id)
        for name in ATTRIBUTES:
            if name in props:
                backend.set_subscription_attributes(self.id, name, _text(props[name]))
            elif name in before:
                backend.set_subscription_attributes(self.id, name, "")

    @classmethod
    def create(cls, name, props, account_id, region_name):
        topic_arn = props["TopicArn"]
        backend = _backend(account_id, topic_arn)
        subscription = backend.subscribe(topic_arn, props.get("Endpoint"), props["Protocol"])
        model = cls(subscription.arn, account_id, region_name, props)
        model.set_attributes(props, {})
        return model

    def change(self, props):
        self.set_attributes(props, self.props)
        self.props = props

    def delete(self, account_id, region_name):
        _backend(self.account_id, self.id).unsubscribe(self.id)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the physical id, the subscription's ARN; anything else names none
        if isinstance(resource_name, str) and resource_name.startswith("arn:"):
            super().delete_from_cloudformation_json(resource_name, cloudformation_json, account_id, region_name)


register(SubscriptionModel)
