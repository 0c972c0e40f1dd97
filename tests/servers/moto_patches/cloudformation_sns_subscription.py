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

from moto.cloudformation.parsing import get_model_map
from moto.sns.models import sns_backends

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


class SubscriptionModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.sns.subscription_model"

    def __init__(self, arn, account_id, props):
        self.arn, self.account_id, self.props = arn, account_id, props

    @staticmethod
    def cloudformation_type():
        return "AWS::SNS::Subscription"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @property
    def physical_resource_id(self):
        return self.arn

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether SNS still holds it (cloudcontrol_api.py)."""
        return self.arn in _backend(self.account_id, self.arn).subscriptions

    def set_attributes(self, props, before):
        backend = _backend(self.account_id, self.arn)
        for name in ATTRIBUTES:
            if name in props:
                backend.set_subscription_attributes(self.arn, name, _text(props[name]))
            elif name in before:
                backend.set_subscription_attributes(self.arn, name, "")

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        topic_arn = props["TopicArn"]
        backend = _backend(account_id, topic_arn)
        subscription = backend.subscribe(topic_arn, props.get("Endpoint"), props["Protocol"])
        model = cls(subscription.arn, account_id, props)
        model.set_attributes(props, {})
        return model

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        before = original_resource.props
        if any(props.get(k) != before.get(k) for k in ("TopicArn", "Protocol", "Endpoint")):
            # createOnlyProperties: a new subscription, the old one removed
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                       account_id, region_name)
        original_resource.set_attributes(props, before)
        original_resource.props = props
        return original_resource

    def delete(self, account_id, region_name):
        _backend(self.account_id, self.arn).unsubscribe(self.arn)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the physical id, the subscription's ARN
        if isinstance(resource_name, str) and resource_name.startswith("arn:"):
            _backend(account_id, resource_name).unsubscribe(resource_name)


get_model_map()[SubscriptionModel.cloudformation_type()] = SubscriptionModel
