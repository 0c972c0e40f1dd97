"""Lambda event source mappings as AWS keeps them.

From the Lambda API reference (CreateEventSourceMapping, ResourceConflictException,
HTTP 409) and what Lambda answers: a function maps one source once; a second
mapping of the same source and function is refused, the message naming the
mapping there ("The event source arn (" ARN ") and function (" NAME ")
provided mapping already exists. Please update or delete the existing mapping
with UUID ..."). ListEventSourceMappings filters FunctionName given as a name
or an ARN. A deleted mapping no longer polls its source.

moto 5.2.1 makes a second mapping (its check of an SQS queue's mappings looks
up the key "func.function_arn", a string), filters FunctionName only as the
create spelt it, and leaves a deleted mapping on its SQS queue, invoking the
function with each message sent. Deleted mappings are also dropped from a
Kinesis stream and a DynamoDB table.
"""
from moto.awslambda.exceptions import LambdaClientError
from moto.awslambda.models import LambdaBackend


class ResourceConflictException(LambdaClientError):
    code = 409

    def __init__(self, source, function, uuid):
        super().__init__(
            "ResourceConflictException",
            f"The event source arn (\" {source} \") and function (\" {function} \") provided "
            f"mapping already exists. Please update or delete the existing mapping with "
            f"UUID {uuid}")


_create = LambdaBackend.create_event_source_mapping
_delete = LambdaBackend.delete_event_source_mapping


def _function_arn(backend, name):
    try:
        return backend._lambdas.get_function_by_name_or_arn_with_qualifier(name).function_arn
    except Exception:  # a function that is not there: no mapping is its
        return None


def create_event_source_mapping(self, spec):
    arn = _function_arn(self, spec.get("FunctionName", ""))
    for esm in self._event_source_mappings.values():
        if arn and esm.function_arn == arn and esm.event_source_arn == spec.get("EventSourceArn"):
            raise ResourceConflictException(esm.event_source_arn, spec.get("FunctionName"),
                                            esm.uuid)
    return _create(self, spec)


def list_event_source_mappings(self, event_source_arn, function_name):
    esms = list(self._event_source_mappings.values())
    if event_source_arn:
        esms = [e for e in esms if e.event_source_arn == event_source_arn]
    if function_name:
        arn = _function_arn(self, function_name)
        esms = [e for e in esms if e.function_arn == arn or e.function_name == function_name]
    return esms


def delete_event_source_mapping(self, uuid):
    esm = _delete(self, uuid)
    if esm is not None:
        from moto.sqs.models import sqs_backends
        from moto.kinesis.models import kinesis_backends
        from moto.dynamodb.models import dynamodb_backends
        for queue in sqs_backends[self.account_id][self.region_name].queues.values():
            if queue.lambda_event_source_mappings.get(esm.function_arn) is esm:
                del queue.lambda_event_source_mappings[esm.function_arn]
        for stream in kinesis_backends[self.account_id][self.region_name].streams.values():
            if stream.lambda_event_source_mappings.get(esm.event_source_arn) is esm:
                del stream.lambda_event_source_mappings[esm.event_source_arn]
        for table in dynamodb_backends[self.account_id][self.region_name].tables.values():
            if getattr(table, "lambda_event_source_mappings", {}).get(esm.function_arn) is esm:
                del table.lambda_event_source_mappings[esm.function_arn]
    return esm


LambdaBackend.create_event_source_mapping = create_event_source_mapping
LambdaBackend.list_event_source_mappings = list_event_source_mappings
LambdaBackend.delete_event_source_mapping = delete_event_source_mapping
