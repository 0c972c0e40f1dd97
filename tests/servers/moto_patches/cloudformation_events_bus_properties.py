"""CloudFormation: an AWS::Events::EventBus keeps the properties it is made with.

moto 5.2.1's model of AWS::Events::EventBus (and so Cloud Control's,
cloudcontrol_api.py) hands CreateEventBus only the bus's name and its event
source, and drops the template's Description, KmsKeyIdentifier,
DeadLetterConfig and Tags, which the CloudFormation template reference
lists among the type's properties and CreateEventBus takes (moto's own
CreateEventBus keeps each). A bus made through Cloud Control then had no
tags (terrace's awscc.events.event_bus: the Terraform corpus's eventbridge
`with-permissions`, whose bus the module tags with its Name). This passes
them on: Tags as CreateEventBus takes them, [{Key, Value}]; DeadLetterConfig
{Arn}. An update makes the bus again, as moto's model did.
"""
from moto.events.models import EventBus, events_backends

_KEPT = (("Description", "description"), ("KmsKeyIdentifier", "kms_key_identifier"),
         ("DeadLetterConfig", "dead_letter_config"), ("Tags", "tags"))


def _create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                     **kwargs):
    properties = cloudformation_json.get("Properties", {})
    kept = {arg: properties[prop] for prop, arg in _KEPT if properties.get(prop)}
    return events_backends[account_id][region_name].create_event_bus(
        name=resource_name, event_source_name=properties.get("EventSourceName"), **kept)


EventBus.create_from_cloudformation_json = classmethod(_create_from_cloudformation_json)
