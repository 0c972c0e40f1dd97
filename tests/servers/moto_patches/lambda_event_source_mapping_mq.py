"""Lambda event source mappings of an Amazon MQ broker.

moto 5.2.1's CreateEventSourceMapping takes only an SQS queue, a DynamoDB
stream or a Kinesis stream; an Amazon MQ broker's ARN was refused ("Unsupported
event source type"), so the Terraform corpus's terraform-aws-lambda
`event-source-mapping` (its `mq` mapping of a RabbitMQ broker) failed in the
original (tests/twins, issue 86). Written from the Lambda API reference
(CreateEventSourceMapping; "Using Lambda with Amazon MQ"):

- EventSourceArn an Amazon MQ broker's ARN (arn:PARTITION:mq:...:broker:...)
  that moto's MQ holds in the Region (else ResourceNotFoundException, as
  moto answers a queue it does not hold);
- Queues: exactly one queue name (InvalidParameterValueException otherwise);
- SourceAccessConfigurations: one of Type BASIC_AUTH, its URI a Secrets
  Manager secret's ARN, as an MQ broker's credentials must be
  (InvalidParameterValueException otherwise); VIRTUAL_HOST optional;
- BatchSize: default 100, at most 10,000; no StartingPosition (a broker's
  queue has none; moto wrote TRIM_HORIZON for every source but SQS).

The mapping is kept as moto keeps the others (Get, List, Update, Delete;
lambda_event_source_mappings.py's one-mapping-per-source check applies).
Nothing polls the broker: moto's MQ has no messages.
"""
from moto.awslambda.exceptions import LambdaClientError
from moto.awslambda.models import EventSourceMapping, LambdaBackend


class _Invalid(LambdaClientError):
    code = 400

    def __init__(self, message):
        super().__init__("InvalidParameterValueException", message)


class _NotFound(LambdaClientError):
    code = 404

    def __init__(self, message):
        super().__init__("ResourceNotFoundException", message)


def _is_mq(arn):
    parts = (arn or "").split(":")
    return len(parts) > 5 and parts[2] == "mq" and parts[5] == "broker"


_source_property = EventSourceMapping.event_source_arn
_batch_property = EventSourceMapping.batch_size
_moto_init = EventSourceMapping.__init__


def _set_source(self, arn):
    if _is_mq(arn):
        self._event_source_arn = arn
    else:
        _source_property.fset(self, arn)


def _set_batch_size(self, size):
    if not _is_mq(getattr(self, "_event_source_arn", "")):
        return _batch_property.fset(self, size)
    if size is None:
        self._batch_size = 100
    elif int(size) > 10000:
        raise ValueError("InvalidParameterValueException", f"BatchSize {size} exceeds the max of 10000")
    else:
        self._batch_size = int(size)


def _init(self, spec):
    _moto_init(self, spec)
    if _is_mq(self.event_source_arn) and not spec.get("StartingPosition"):
        self.starting_position = None


EventSourceMapping.event_source_arn = property(_source_property.fget, _set_source)
EventSourceMapping.batch_size = property(_batch_property.fget, _set_batch_size)
EventSourceMapping.__init__ = _init

_moto_create = LambdaBackend.create_event_source_mapping


def create_event_source_mapping(self, spec):
    source = spec.get("EventSourceArn", "")
    if not _is_mq(source) or not spec.get("FunctionName"):
        return _moto_create(self, spec)
    from moto.mq.models import mq_backends
    if not any(b.arn == source for b in mq_backends[self.account_id][self.region_name].brokers.values()):
        raise _NotFound("Invalid EventSourceArn")
    queues = spec.get("Queues") or []
    if len(queues) != 1:
        raise _Invalid("An Amazon MQ event source mapping takes exactly one queue in Queues.")
    access = spec.get("SourceAccessConfigurations") or []
    auth = [a for a in access if a.get("Type") == "BASIC_AUTH"]
    if len(auth) != 1 or ":secretsmanager:" not in (auth[0].get("URI") or ""):
        raise _Invalid("An Amazon MQ event source mapping needs one SourceAccessConfiguration of "
                       "Type BASIC_AUTH whose URI is a Secrets Manager secret's ARN.")
    func = self._lambdas.get_function_by_name_or_arn_with_qualifier(spec["FunctionName"])
    spec = dict(spec, RegionName=self.region_name, AccountId=self.account_id,
                FunctionArn=func.function_arn)
    try:
        esm = EventSourceMapping(spec)
    except ValueError as e:
        raise _Invalid(e.args[-1])
    self._event_source_mappings[esm.uuid] = esm
    return esm


LambdaBackend.create_event_source_mapping = create_event_source_mapping
