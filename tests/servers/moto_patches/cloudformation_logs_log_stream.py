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
from moto.cloudformation import parsing
from moto.logs.models import logs_backends

NAME = "LogStreamName"


class LogStreamModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.logs.log_stream_model"

    def __init__(self, group, name, account_id, region_name):
        self.group, self.name, self.account_id, self.region_name = group, name, account_id, region_name

    @staticmethod
    def cloudformation_type():
        return "AWS::Logs::LogStream"

    @staticmethod
    def cloudformation_name_type():
        return NAME

    @property
    def physical_resource_id(self):
        return self.name

    @property
    def cloudcontrol_identifier(self):
        return f"{self.group}|{self.name}"

    def exists_in_service(self):
        """Whether CloudWatch Logs still holds it (cloudcontrol_api.py)."""
        group = logs_backends[self.account_id][self.region_name].groups.get(self.group)
        return group is not None and self.name in group.streams

    @classmethod
    def has_cfn_attr(cls, attr):
        return False

    def get_cfn_attribute(self, attribute_name):
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        model = cls(props["LogGroupName"], props.get(NAME) or resource_name, account_id, region_name)
        logs_backends[account_id][region_name].create_log_stream(model.group, model.name)
        return model

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        # Every property is createOnly: a new stream, the old one deleted
        original_resource.delete(account_id, region_name)
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id,
                                                   region_name)

    def delete(self, account_id, region_name):
        if self.exists_in_service():
            logs_backends[self.account_id][self.region_name].delete_log_stream(self.group, self.name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the stream's name (a stack's), or Cloud Control's GROUP|STREAM
        props = cloudformation_json.get("Properties", {})
        group, _, name = resource_name.rpartition("|")
        cls(group or props.get("LogGroupName"), name, account_id, region_name).delete(account_id, region_name)


parsing.get_model_map()[LogStreamModel.cloudformation_type()] = LogStreamModel
