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
from moto.firehose.models import firehose_backends
from moto_cfn_model import CfnModel, register

DESTINATIONS = ("S3", "ExtendedS3", "Redshift", "Elasticsearch", "Splunk", "HttpEndpoint", "Snowflake")


class DeliveryStreamModel(CfnModel):
    """Known by its name."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.firehose.delivery_stream_model"
    TYPE, NAME = "AWS::KinesisFirehose::DeliveryStream", "DeliveryStreamName"
    ATTRIBUTES = ("Arn",)
    REPLACED_BY = (NAME, "DeliveryStreamType", "KinesisStreamSourceConfiguration")  # createOnly

    def backend(self):
        return firehose_backends[self.account_id][self.region_name]

    def held(self):
        return self.backend().delivery_streams.get(self.id)

    def attribute(self, name):
        return self.held().delivery_stream_arn

    @classmethod
    def create(cls, name, props, account_id, region_name):
        name = props.get(cls.NAME) or name
        firehose_backends[account_id][region_name].create_delivery_stream(
            region_name, name, props.get("DeliveryStreamType") or "DirectPut",
            props.get("KinesisStreamSourceConfiguration"),
            props.get("DeliveryStreamEncryptionConfigurationInput"),
            *[props.get(d + "DestinationConfiguration") for d in DESTINATIONS],
            props.get("Tags") or [])
        return cls(name, account_id, region_name, props)

    def change(self, props):
        before = self.props
        backend, stream = self.backend(), self.held()
        updates = [props.get(d + "DestinationConfiguration") if props.get(d + "DestinationConfiguration")
                   != before.get(d + "DestinationConfiguration") else None for d in DESTINATIONS]
        if any(updates):
            # update_destination's updates: S3, ExtendedS3, (S3BackupMode),
            # Redshift, Elasticsearch, Splunk, HttpEndpoint, Snowflake
            backend.update_destination(self.id, stream.version_id,
                                       stream.destinations[0]["destination_id"], updates[0], updates[1],
                                       None, *updates[2:])
        old = {t["Key"]: t.get("Value") for t in before.get("Tags") or []}
        new = {t["Key"]: t.get("Value") for t in props.get("Tags") or []}
        if set(old) - set(new):
            backend.untag_delivery_stream(self.id, sorted(set(old) - set(new)))
        if new and new != old:
            backend.tag_delivery_stream(self.id, props.get("Tags"))
        self.props = props

    def delete(self, account_id, region_name):
        self.backend().delete_delivery_stream(self.id)


register(DeliveryStreamModel)
