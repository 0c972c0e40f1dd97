"""CloudFormation: AWS::Events::EventBusPolicy.

moto 5.2.1 has EventBridge's PutPermission and RemovePermission but no
CloudFormation model of an event bus policy: its CloudFormation leaves it
out, and Cloud Control (cloudcontrol_api.py) answers TypeNotFoundException
(terrace's awscc.events.event_bus_policy, which convert writes for
Terraform's aws_cloudwatch_event_permission: the Terraform corpus's
eventbridge `with-permissions`). Written from the CloudFormation template
reference, AWS::Events::EventBusPolicy, and its registry schema (handlers:
create, update events:PutPermission; delete events:RemovePermission; read
events:DescribeEventBus):

  EventBusName  createOnly; the bus ("default" when not given)
  StatementId   required, createOnly
  Action, Principal, Condition {Type, Key, Value}
                writeOnly; PutPermission's own parameters
  Statement     the statement itself, put as the bus policy's statement of
                that Sid (PutPermission's Policy, the others kept)

The primaryIdentifier is EventBusName|StatementId. An update puts the
statement again under its Sid; delete removes it. The model says whether
the bus still holds its statement (exists_in_service), as a read of
DescribeEventBus's Policy would.
"""
import json

from moto.cloudformation.parsing import get_model_map
from moto.events.models import events_backends


class EventBusPolicyModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.events.event_bus_policy_model"

    def __init__(self, bus, sid, account_id, region_name):
        self.bus, self.sid, self.account_id, self.region_name = bus, sid, account_id, region_name

    @staticmethod
    def cloudformation_type():
        return "AWS::Events::EventBusPolicy"

    @staticmethod
    def cloudformation_name_type():
        return None

    @property
    def physical_resource_id(self):
        return self.sid

    @property
    def cloudcontrol_identifier(self):
        return "%s|%s" % (self.bus, self.sid)

    @staticmethod
    def backend(account_id, region_name):
        return events_backends[account_id][region_name]

    @classmethod
    def has_cfn_attr(cls, attr):
        return False

    def get_cfn_attribute(self, attribute_name):
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether the bus still holds the statement (cloudcontrol_api.py)."""
        try:
            policy = self.backend(self.account_id, self.region_name).describe_event_bus(self.bus).policy
        except Exception:  # the bus is gone
            return False
        return any(s.get("Sid") == self.sid for s in json.loads(policy or "{}").get("Statement", []))

    @classmethod
    def _put(cls, props, account_id, region_name):
        bus = props.get("EventBusName") or "default"
        sid = props.get("StatementId")
        statement = props.get("Statement")
        if isinstance(statement, str):
            statement = json.loads(statement)
        policy = json.dumps({"Version": "2012-10-17", "Statement": [dict(statement, Sid=sid)]}) \
            if statement else None
        cls.backend(account_id, region_name).put_permission(
            bus, props.get("Action"), props.get("Principal"), sid, props.get("Condition"), policy)
        return cls(bus, sid, account_id, region_name)

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        return cls._put(cloudformation_json.get("Properties", {}), account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        if (props.get("EventBusName") or "default", props.get("StatementId")) != \
                (original_resource.bus, original_resource.sid):
            original_resource.delete(account_id, region_name)
        return cls._put(props, account_id, region_name)

    def delete(self, account_id, region_name):
        self.backend(account_id, region_name).remove_permission(self.bus, self.sid, False)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: Cloud Control's identifier (BUS|SID), or a stack's
        # physical id (SID)
        props = cloudformation_json.get("Properties", {})
        cls.backend(account_id, region_name).remove_permission(
            props.get("EventBusName"), props.get("StatementId") or resource_name.split("|")[-1], False)


get_model_map()[EventBusPolicyModel.cloudformation_type()] = EventBusPolicyModel
