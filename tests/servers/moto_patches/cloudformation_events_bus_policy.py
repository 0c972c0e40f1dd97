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

from moto.events.models import events_backends
from moto_cfn_model import CfnModel, register


class EventBusPolicyModel(CfnModel):
    """Known by its statement id; to Cloud Control as BUS|SID."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.events.event_bus_policy_model"
    TYPE = "AWS::Events::EventBusPolicy"
    NAME = None

    @property
    def bus(self):
        return (self.props or {}).get("EventBusName") or "default"

    @property
    def cloudcontrol_identifier(self):
        return "%s|%s" % (self.bus, self.id)

    @staticmethod
    def backend(account_id, region_name):
        return events_backends[account_id][region_name]

    def exists_in_service(self):
        """Whether the bus still holds the statement (cloudcontrol_api.py)."""
        try:
            policy = self.backend(self.account_id, self.region_name).describe_event_bus(self.bus).policy
        except Exception:  # the bus is gone
            return False
        return any(s.get("Sid") == self.id for s in json.loads(policy or "{}").get("Statement", []))

    @classmethod
    def create(cls, name, props, account_id, region_name):
        model = cls(props.get("StatementId"), account_id, region_name, props)
        statement = props.get("Statement")
        if isinstance(statement, str):
            statement = json.loads(statement)
        policy = json.dumps({"Version": "2012-10-17", "Statement": [dict(statement, Sid=model.id)]}) \
            if statement else None
        cls.backend(account_id, region_name).put_permission(
            model.bus, props.get("Action"), props.get("Principal"), model.id, props.get("Condition"),
            policy)
        return model

    def replaced_by(self, props):
        return (props.get("EventBusName") or "default", props.get("StatementId")) != (self.bus, self.id)

    def change(self, props):
        """The statement put again under its Sid."""
        self.create(self.id, props, self.account_id, self.region_name)
        self.props = props

    def delete(self, account_id, region_name):
        self.backend(account_id, region_name).remove_permission(self.bus, self.id, False)

    @classmethod
    def known_as(cls, identifier, props, account_id, region_name):
        """A stack's physical id (SID), or Cloud Control's identifier (BUS|SID)."""
        return cls(props.get("StatementId") or identifier.split("|")[-1], account_id, region_name, props)


register(EventBusPolicyModel)
