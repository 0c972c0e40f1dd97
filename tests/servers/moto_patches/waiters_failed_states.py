"""Objects that AWS reports failed, for the waiters' failure states.

terrace waits for what AWS makes in the background (provider/aws/transport/
wait.h): each waiter row names the states that end the wait at once with
AWS's message, such as a NAT gateway's `failed` (EC2 API reference,
NatGateway: State failed, with FailureCode and FailureMessage, e.g.
Gateway.NotAttached "Network vpc-... has no Internet gateway attached").
moto makes everything available at once, so no waiter's failure state could
be reached. An object created with the tag `moto:fail` is put into the
failed state its API reports instead, with the tag's value as AWS's message;
every other object keeps moto's behaviour. The tag changes what the test
server answers, never what terrace sends.

  NAT gateway (CreateNatGateway TagSpecifications): State failed,
  FailureCode Gateway.NotAttached, FailureMessage the tag's value.
  NAT gateway deleted, tagged moto:gone-after-delete: no longer listed at
  all (AWS lists a deleted gateway for about an hour, then answers
  NatGatewayNotFound), for the delete's wait that ends on gone.
  VPC endpoint (CreateVpcEndpoint TagSpecifications): State failed,
  FailureReason the tag's value (VpcEndpoint: "FailureReason: Reason for
  the failure").
  EMR Serverless application (CreateApplication tags): state TERMINATED,
  stateDetails the tag's value (Application: "stateDetails: The state
  details of the application").
  EMR Serverless application start (StartApplication of an application
  tagged moto:fail-start): state STOPPED, stateDetails the tag's value, as
  an application that could not start.
  Firehose delivery stream (CreateDeliveryStream Tags): DeliveryStreamStatus
  CREATING_FAILED, FailureDescription {Type UNKNOWN_ERROR, Details the
  tag's value} (DeliveryStreamDescription: "FailureDescription: Provides
  details in case one of the following operations fails due to an error
  related to KMS: ...", Type and Details).
  Firehose encryption (StartDeliveryStreamEncryption or Stop... on a stream
  tagged moto:fail-encryption): Status ENABLING_FAILED (or
  DISABLING_FAILED), FailureDescription {Type KMS_ACCESS_DENIED, Details the
  tag's value} in DeliveryStreamEncryptionConfiguration.
  Firehose delete (DeleteDeliveryStream of a stream tagged moto:fail-delete):
  the stream stays, DELETING_FAILED, FailureDescription {Type
  DELETE_ENI_FAILED, Details the tag's value}.
  RDS instance and Redshift cluster (tags): the status the tag's value
  names (DBInstanceStatus, e.g. incompatible-parameters; ClusterStatus,
  e.g. hardware-failure), since neither API has a failure message.
"""
from moto.ec2.models.nat_gateways import NatGateway, NatGatewayBackend
from moto.ec2.models.vpcs import VPCBackend, VPCEndPoint
from moto.emrserverless.models import EMRServerlessBackend
from moto.firehose.models import FirehoseBackend
from moto.rds.models import RDSBackend
from moto.redshift.models import RedshiftBackend

FAIL_TAG = "moto:fail"
FAIL_ENCRYPTION_TAG = "moto:fail-encryption"
FAIL_START_TAG = "moto:fail-start"
GONE_TAG = "moto:gone-after-delete"
FAIL_DELETE_TAG = "moto:fail-delete"


def _fail_tag(tags):
    """The moto:fail tag's value in a list of {Key, Value} (either case), or None."""
    for t in tags or []:
        if (t.get("Key") or t.get("key")) == FAIL_TAG:
            return t.get("Value", t.get("value"))
    return None

_create_nat = NatGatewayBackend.create_nat_gateway


def create_nat_gateway(self, *args, **kwargs):
    nat = _create_nat(self, *args, **kwargs)
    # an untagged gateway's get_tags() is [], which is no failure
    message = _fail_tag(nat.get_tags())
    if message is not None:
        nat.state = "failed"
        nat.failure_code = "Gateway.NotAttached"
        nat.failure_message = message
    return nat


_delete_nat = NatGatewayBackend.delete_nat_gateway


def delete_nat_gateway(self, nat_gateway_id):
    nat = _delete_nat(self, nat_gateway_id)
    if any(t["key"] == GONE_TAG for t in nat.get_tags() or []):
        self.nat_gateways.pop(nat_gateway_id, None)
    return nat


_create_endpoint = VPCBackend.create_vpc_endpoint


def create_vpc_endpoint(self, *args, **kwargs):
    endpoint = _create_endpoint(self, *args, **kwargs)
    message = (kwargs.get("tags") or {}).get(FAIL_TAG)
    if message is not None:
        endpoint.state = "failed"
        endpoint.failure_reason = message
    return endpoint


_create_application = EMRServerlessBackend.create_application


def create_application(self, *args, **kwargs):
    application = _create_application(self, *args, **kwargs)
    message = (kwargs.get("tags") or {}).get(FAIL_TAG)
    if message is not None:
        application.state = "TERMINATED"
        application.state_details = message
    return application


_start_application = EMRServerlessBackend.start_application


def start_application(self, application_id):
    _start_application(self, application_id)
    application = self.applications[application_id]
    message = (application.tags or {}).get(FAIL_START_TAG)
    if message is not None:
        application.state = "STOPPED"
        application.state_details = message


_create_stream = FirehoseBackend.create_delivery_stream


def create_delivery_stream(self, region, delivery_stream_name, *args, **kwargs):
    arn = _create_stream(self, region, delivery_stream_name, *args, **kwargs)
    given = kwargs["tags"] if "tags" in kwargs else (args[-1] if args else None)
    tags = {t["Key"]: t["Value"] for t in given or []}
    if FAIL_TAG in tags:
        stream = self.delivery_streams[delivery_stream_name]
        stream.delivery_stream_status = "CREATING_FAILED"
        stream.failure_description = {"Type": "UNKNOWN_ERROR", "Details": tags[FAIL_TAG]}
    return arn


_start_encryption = FirehoseBackend.start_delivery_stream_encryption
_stop_encryption = FirehoseBackend.stop_delivery_stream_encryption


def _encryption_failed(self, stream_name, status):
    stream = self.delivery_streams.get(stream_name)
    tags = self.tagger.list_tags_for_resource(stream.delivery_stream_arn)["Tags"]
    message = next((t["Value"] for t in tags if t["Key"] == FAIL_ENCRYPTION_TAG), None)
    if message is not None:
        config = stream.delivery_stream_encryption_configuration
        config["Status"] = status
        config["FailureDescription"] = {"Type": "KMS_ACCESS_DENIED", "Details": message}


def start_delivery_stream_encryption(self, stream_name, *args, **kwargs):
    _start_encryption(self, stream_name, *args, **kwargs)
    _encryption_failed(self, stream_name, "ENABLING_FAILED")


def stop_delivery_stream_encryption(self, stream_name, *args, **kwargs):
    _stop_encryption(self, stream_name, *args, **kwargs)
    _encryption_failed(self, stream_name, "DISABLING_FAILED")


_delete_stream = FirehoseBackend.delete_delivery_stream


def delete_delivery_stream(self, delivery_stream_name, *args, **kwargs):
    stream = self.delivery_streams.get(delivery_stream_name)
    tags = self.tagger.list_tags_for_resource(stream.delivery_stream_arn)["Tags"] if stream else []
    message = next((t["Value"] for t in tags if t["Key"] == FAIL_DELETE_TAG), None)
    if message is None:
        return _delete_stream(self, delivery_stream_name, *args, **kwargs)
    stream.delivery_stream_status = "DELETING_FAILED"
    stream.failure_description = {"Type": "DELETE_ENI_FAILED", "Details": message}
    return None


_create_db = RDSBackend.create_db_instance


def create_db_instance(self, db_kwargs):
    db = _create_db(self, db_kwargs)
    status = _fail_tag(db.tags)
    if status is not None:
        db.status = status
    return db


_create_cluster = RedshiftBackend.create_cluster


def create_cluster(self, **cluster_kwargs):
    cluster = _create_cluster(self, **cluster_kwargs)
    status = _fail_tag(cluster_kwargs.get("tags"))
    if status is not None:
        cluster.status = status
    return cluster


NatGatewayBackend.create_nat_gateway = create_nat_gateway
NatGatewayBackend.delete_nat_gateway = delete_nat_gateway
NatGateway.failure_code = None
NatGateway.failure_message = None
VPCBackend.create_vpc_endpoint = create_vpc_endpoint
VPCEndPoint.failure_reason = None
EMRServerlessBackend.create_application = create_application
EMRServerlessBackend.start_application = start_application
FirehoseBackend.create_delivery_stream = create_delivery_stream
FirehoseBackend.delete_delivery_stream = delete_delivery_stream
FirehoseBackend.start_delivery_stream_encryption = start_delivery_stream_encryption
FirehoseBackend.stop_delivery_stream_encryption = stop_delivery_stream_encryption
RDSBackend.create_db_instance = create_db_instance
RedshiftBackend.create_cluster = create_cluster
