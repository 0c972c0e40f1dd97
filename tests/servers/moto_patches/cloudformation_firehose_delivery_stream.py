"""CloudFormation: AWS::KinesisFirehose::DeliveryStream.

moto 5.2.1 has Firehose's API but no CloudFormation model of a delivery
stream: its CloudFormation logs "No Moto CloudFormation support" and leaves
it out, and a template that reads the stream's Arn (Fn::GetAtt, as every
CDK construct that sends to Firehose does: 14 of the CDK corpus's 104
templates, tests/corpus/cdk) is refused as a whole ("references undefined
resource"). Written from the CloudFormation template reference,
AWS::KinesisFirehose::DeliveryStream, and its registry schema (cfn-lint's
copy; ../shared/aws-schemas/handlers.json: create
firehose:CreateDeliveryStream, update firehose:UpdateDestination and
firehose:TagDeliveryStream/UntagDeliveryStream, delete
firehose:DeleteDeliveryStream):

  DeliveryStreamName        the name; createOnly; primaryIdentifier. Left
                            out, CloudFormation generates one (cut to the
                            schema's maxLength, 64:
                            cloudformation_generated_name_lengths.py)
  DeliveryStreamType        createOnly; CreateDeliveryStream's default
                            DirectPut
  KinesisStreamSourceConfiguration, DeliveryStreamEncryptionConfigurationInput,
  S3DestinationConfiguration, ExtendedS3DestinationConfiguration,
  RedshiftDestinationConfiguration, ElasticsearchDestinationConfiguration,
  SplunkDestinationConfiguration, HttpEndpointDestinationConfiguration,
  SnowflakeDestinationConfiguration, Tags
                            CreateDeliveryStream's members of the same
                            names and shapes (Firehose's API is JSON with
                            the template's member names)
  Ref                       the stream's name
  Fn::GetAtt Arn            its ARN (the schema's one readOnlyProperty)

An update of a createOnly property makes a new stream (the old one
deleted); one of a destination is UpdateDestination of the stream's
destination, as the update handler does; Tags are TagDeliveryStream and
UntagDeliveryStream. Delete is DeleteDeliveryStream. It joins moto's map of
models, which Cloud Control (cloudcontrol_api.py) serves too.
"""
from moto.cloudformation.parsing import get_model_map
from moto.firehose.models import firehose_backends

NAME = "DeliveryStreamName"
CREATE_ONLY = (NAME, "DeliveryStreamType", "KinesisStreamSourceConfiguration")
DESTINATIONS = ("S3", "ExtendedS3", "Redshift", "Elasticsearch", "Splunk", "HttpEndpoint", "Snowflake")


class DeliveryStreamModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.firehose.delivery_stream_model"

    def __init__(self, name, account_id, region_name, props):
        self.name, self.account_id, self.region_name, self.props = name, account_id, region_name, props

    @staticmethod
    def cloudformation_type():
        return "AWS::KinesisFirehose::DeliveryStream"

    @staticmethod
    def cloudformation_name_type():
        return NAME

    @property
    def physical_resource_id(self):
        return self.name

    def backend(self):
        return firehose_backends[self.account_id][self.region_name]

    def stream(self):
        return self.backend().delivery_streams.get(self.name)

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.stream().delivery_stream_arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether Firehose still holds it (cloudcontrol_api.py)."""
        return self.stream() is not None

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        name = props.get(NAME) or resource_name
        firehose_backends[account_id][region_name].create_delivery_stream(
            region_name, name, props.get("DeliveryStreamType") or "DirectPut",
            props.get("KinesisStreamSourceConfiguration"),
            props.get("DeliveryStreamEncryptionConfigurationInput"),
            *[props.get(d + "DestinationConfiguration") for d in DESTINATIONS],
            props.get("Tags") or [])
        return cls(name, account_id, region_name, props)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        before = original_resource.props
        if any(props.get(k) != before.get(k) for k in CREATE_ONLY):
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                       account_id, region_name)
        backend, stream = original_resource.backend(), original_resource.stream()
        updates = [props.get(d + "DestinationConfiguration") if props.get(d + "DestinationConfiguration")
                   != before.get(d + "DestinationConfiguration") else None for d in DESTINATIONS]
        if any(updates):
            # update_destination's updates: S3, ExtendedS3, (S3BackupMode),
            # Redshift, Elasticsearch, Splunk, HttpEndpoint, Snowflake
            backend.update_destination(original_resource.name, stream.version_id,
                                       stream.destinations[0]["destination_id"], updates[0], updates[1],
                                       None, *updates[2:])
        old = {t["Key"]: t.get("Value") for t in before.get("Tags") or []}
        new = {t["Key"]: t.get("Value") for t in props.get("Tags") or []}
        if set(old) - set(new):
            backend.untag_delivery_stream(original_resource.name, sorted(set(old) - set(new)))
        if new and new != old:
            backend.tag_delivery_stream(original_resource.name, props.get("Tags"))
        original_resource.props = props
        return original_resource

    def delete(self, account_id, region_name):
        self.backend().delete_delivery_stream(self.name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        firehose_backends[account_id][region_name].delete_delivery_stream(resource_name)


get_model_map()[DeliveryStreamModel.cloudformation_type()] = DeliveryStreamModel
