"""CloudFormation and Cloud Control: AWS::Logs::LogStream.

moto 5.2.1 has CloudWatch Logs' CreateLogStream but no CloudFormation model
of a log stream: its CloudFormation logs "No Moto CloudFormation support"
and leaves it out. The CDK's Firehose constructs log delivery errors to a
stream of their own (tests/corpus/cdk: the 14 templates with an
AWS::KinesisFirehose::DeliveryStream hold one), so once
cloudformation_firehose_delivery_stream.py made the stream, twins named this
next. Written from the CloudFormation template reference, AWS::Logs::
LogStream, and its registry schema (cfn-lint's copy; ../shared/aws-schemas/
handlers.json: create logs:CreateLogStream, delete logs:DeleteLogStream, no
update handler):

  LogGroupName    required, createOnly: the group the stream is in
  LogStreamName   createOnly; left out, CloudFormation generates one
  Ref             the stream's name

Every property is createOnly, so a change makes a new stream and deletes
the old. Delete is DeleteLogStream. It joins moto's map of models, which
Cloud Control (cloudcontrol_api.py) serves too: terrace converts the CDK's
log stream to awscc.logs.log_stream, which twins then named ("moto's Cloud
Control has no AWS::Logs::LogStream"). The schema's primaryIdentifier is
the pair /properties/LogGroupName and /properties/LogStreamName, so Cloud
Control knows it as "GROUP|STREAM" (the Cloud Control user guide,
"Identifying resources": a compound identifier's values joined by "|"),
while Ref stays the stream's name.
"""
from moto.logs.models import logs_backends
from moto_cfn_model import CfnModel, register


class LogStreamModel(CfnModel):
    """Known by its name (Ref) in its group; to Cloud Control as GROUP|STREAM."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.logs.log_stream_model"
    TYPE, NAME = "AWS::Logs::LogStream", "LogStreamName"

    def __init__(self, group, name, account_id, region_name):
        super().__init__(name, account_id, region_name)
        self.group = group

    @property
    def cloudcontrol_identifier(self):
        return f"{self.group}|{self.id}"

    def exists_in_service(self):
        """Whether CloudWatch Logs still holds it (cloudcontrol_api.py)."""
        group = logs_backends[self.account_id][self.region_name].groups.get(self.group)
        return group is not None and self.id in group.streams

    @classmethod
    def create(cls, name, props, account_id, region_name):
        model = cls(props["LogGroupName"], props.get(cls.NAME) or name, account_id, region_name)
        logs_backends[account_id][region_name].create_log_stream(model.group, model.id)
        return model

    def replaced_by(self, props):
        return True  # every property is createOnly: a new stream, the old one deleted

    def delete(self, account_id, region_name):
        if self.exists_in_service():
            logs_backends[self.account_id][self.region_name].delete_log_stream(self.group, self.id)

    @classmethod
    def known_as(cls, identifier, props, account_id, region_name):
        # the stream's name (a stack's), or Cloud Control's GROUP|STREAM
        group, _, name = identifier.rpartition("|")
        return cls(group or props.get("LogGroupName"), name, account_id, region_name)


register(LogStreamModel)
