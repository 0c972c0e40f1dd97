"""CloudFormation: an AWS::SNS::Topic keeps its tags and its JSON policies as SNS does.

moto 5.2.1's model of AWS::SNS::Topic (and so Cloud Control's,
cloudcontrol_api.py) hands CreateTopic the template's Properties as the
topic's attributes, as they are: its Tags ([{Key, Value}], which the
CloudFormation template reference lists among the type's properties and
CreateTopic takes as the topic's tags) became an attribute no API reads, so
ListTagsForResource answered none; its DataProtectionPolicy and
ArchivePolicy (JSON objects in a template, "Type: Json") were kept as
objects, where SNS keeps the JSON text PutDataProtectionPolicy and
CreateTopic's ArchivePolicy attribute take (GetDataProtectionPolicy answers
text). A topic made through Cloud Control then had no tags (terrace's
awscc.sns.topic: the Terraform corpus's sns `complete`, whose topics the
module tags). This passes Tags as the topic's tags and the JSON properties
as their text; the rest as moto did. An update makes the topic again, as
moto's model did.
"""
import json

from moto.sns.models import Topic, sns_backends

_JSON_TEXT = ("DataProtectionPolicy", "ArchivePolicy")


def _create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                     **kwargs):
    properties = dict(cloudformation_json.get("Properties", {}))
    tags = {t["Key"]: t["Value"] for t in properties.pop("Tags", None) or []}
    for prop in _JSON_TEXT:
        if isinstance(properties.get(prop), (dict, list)):
            properties[prop] = json.dumps(properties[prop])
    backend = sns_backends[account_id][region_name]
    topic = backend.create_topic(resource_name, properties, tags or None)
    for subscription in properties.get("Subscription", []):
        backend.subscribe(topic.arn, subscription["Endpoint"], subscription["Protocol"])
    return topic


Topic.create_from_cloudformation_json = classmethod(_create_from_cloudformation_json)
