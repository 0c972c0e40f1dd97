"""CloudFormation: the name it makes for an unnamed FIFO queue ends in
".fifo".

AWS::SQS::Queue QueueName (CloudFormation template reference): "If you
don't specify a name, AWS CloudFormation generates a unique physical ID and
uses that ID for the queue name", and "FIFO queue names must end with the
.fifo suffix"; CreateQueue refuses a FifoQueue whose name does not (SQS API
reference, CreateQueue: "The name of a FIFO queue must end with the .fifo
suffix"), and a queue name is at most 80 characters. moto 5.2.1 names an
unnamed FIFO queue STACK-LOGICALID-SUFFIX and its SQS refuses it
(InvalidParameterValue: 2 of the CDK corpus's 104 templates,
tests/corpus/cdk). This gives such a queue the name moto made, cut to 75
characters, and ".fifo". A named queue, and Cloud Control's (whose
DesiredState names it or leaves it to the same model), are otherwise as
moto makes them.
"""
from moto.sqs.models import Queue

QUEUE_NAME_MAX = 80
_create = Queue.create_from_cloudformation_json.__func__


def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                    **kwargs):
    props = cloudformation_json.get("Properties") or {}
    fifo = str(props.get("FifoQueue", "")).lower() == "true"
    if fifo and not props.get("QueueName") and not str(resource_name).endswith(".fifo"):
        resource_name = str(resource_name)[:QUEUE_NAME_MAX - len(".fifo")] + ".fifo"
    return _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


Queue.create_from_cloudformation_json = classmethod(create_from_cloudformation_json)
