"""AWS Cloud Control API over moto's own CloudFormation resource models.

moto 5.2.1 has no Cloud Control API (endpoint cloudcontrolapi.REGION.
amazonaws.com, awsJson1_0, X-Amz-Target "CloudApiService.<Operation>",
signing name "cloudcontrolapi"). This adds it, written from the Cloud Control
API reference (docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/):
CreateResource, GetResource, UpdateResource, DeleteResource, ListResources,
GetResourceRequestStatus, ListResourceRequests and CancelResourceRequest.

Dispatch: every service shares the test server's one port, so a request is
Cloud Control's by its X-Amz-Target (CloudApiService.*), its SigV4 credential
scope (service "cloudcontrolapi") or its host; it is answered here before
moto's DomainDispatcherApplication picks a backend (moto has none for it).
The account is the access key's, as moto's own backends take it (IAM's keys,
else 123456789012); the region is the credential scope's.

Types: any type in moto's CloudFormation model map
(moto.cloudformation.parsing.get_model_map(): 98 AWS:: types in moto 5.2.1,
and those other patches add to it: AWS::S3::BucketPolicy
(cloudformation_resource_policies.py), AWS::SNS::Subscription
(cloudformation_sns_subscription.py), AWS::KinesisFirehose::DeliveryStream
(cloudformation_firehose_delivery_stream.py), AWS::Logs::LogStream
(cloudformation_logs_log_stream.py, known as GROUP|STREAM), AWS::CloudWatch::Alarm
(cloudformation_cloudwatch_alarm.py), AWS::IoT::TopicRule
(cloudformation_iot_topic_rule.py).
Create calls the model's create_from_cloudformation_json with DesiredState as
the template's Properties (all 98 types); update calls
update_from_cloudformation_json (44 types; others answer
UnsupportedActionException, as AWS does for a type without an update
handler); delete calls the model's delete(account, region) or
delete_from_cloudformation_json, as moto's own stack deletion does (55
types, 65 with cloudformation_models_cloudcontrol.py's; others
UnsupportedActionException). A type moto has no model for
answers TypeNotFoundException. Each type's primaryIdentifier,
createOnlyProperties and readOnlyProperties come from its CloudFormation
registry schema as cfn-lint ships it (cfnlint/data/schemas, us-east-1).

Semantics (API reference):
- A mutating call answers a ProgressEvent with OperationStatus IN_PROGRESS
  and a RequestToken; GetResourceRequestStatus answers IN_PROGRESS for the
  first MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS polls (default 1; read as the
  request is made) and then
  SUCCESS, or FAILED with the handler's ErrorCode and StatusMessage (a CREATE
  whose resource exists already: AlreadyExists; an update or delete of a
  resource that went meanwhile: NotFound; moto's own refusals: InvalidRequest
  for a validation error, else GeneralServiceException). The work itself is
  done when the request is made (moto is synchronous), so the resource is
  readable while its request still says IN_PROGRESS, as on AWS once the
  create handler has made it.
- ClientToken: the same token with the same operation and parameters
  answers the first request's ProgressEvent (no second resource); with
  different ones ClientTokenConflictException.
- Identifier: moto's physical resource id (the primary identifier's value:
  a queue's URL, a topic's ARN, a VPC's id). GetResource answers the desired
  state with the patches applied, the name moto generated when DesiredState
  had none, the primary identifier and the read-only properties moto can
  give (get_cfn_attribute), without the writeOnlyProperties (a password, a
  description that is only sent), which AWS never reads back; so does a
  request's ResourceModel.
- UpdateResource: PatchDocument is RFC 6902 (jsonpatch); a path under a
  createOnly property answers NotUpdatableException, under a read-only one
  InvalidRequestException, a malformed document InvalidRequestException.
- A request is done after those polls or IN_PROGRESS_LIMIT_S (30 s),
  whichever comes first. An update or delete of a resource whose request is
  still IN_PROGRESS answers ConcurrentOperationException.
- DesiredState, and the properties a patch leaves, are checked against the
  schema's required and (where it allows no others) known top-level
  properties: the request FAILS with InvalidRequest "Model validation failed
  (#: required key [Value] not found)" or "(#: extraneous key [X] is not
  permitted)"; nested values are left to moto's model.
- ListResources and ListResourceRequests page with NextToken and
  MaxResults; ListResourceRequests filters by ResourceRequestStatusFilter
  {Operations, OperationStatuses}. A type whose list handler lists one
  parent's objects (LIST_PARENTS: AWS::EC2::Route by its RouteTableId,
  AWS::ApiGateway::Deployment by its RestApiId)
  answers InvalidRequestException "Missing Or Invalid ResourceModel
  property in ... list handler request input" without the parent in the
  ResourceModel, and lists that parent's objects with it.
- Unknown RequestToken: RequestTokenNotFoundException. An unknown
  identifier: GetResource answers ResourceNotFoundException; an update or
  delete of it is a request that FAILS with ErrorCode NotFound (as the
  handlers report it; terraform-provider-awscc takes a DELETE's NotFound as
  done).
- ThrottlingException: with MOTO_CLOUDCONTROL_THROTTLE=N, every Nth request
  to Cloud Control (counted per server) answers it (read per request).

What AWS's Cloud Control does and moto's models never show, each behind a
switch read per request (so a test turns it on for one command):
- MOTO_CLOUDCONTROL_STALE_READS=N: a read just after a write does not see
  it yet (pulumi-aws-native 1714): after a CREATE or UPDATE request made its
  change, the next N GetResource calls of that resource answer as before it
  (ResourceNotFoundException after a create, the properties before the
  update after one).
- MOTO_CLOUDCONTROL_CREATE_FAIL=CODE:WHICH:EVERY: every EVERY-th new CREATE
  request (counted per server) makes its resource and then ends FAILED with
  ErrorCode CODE, as a handler does that fails after its service made the
  resource: WHICH "identifier" names it in the ProgressEvent (the API
  reference allows an Identifier before SUCCESS), "no-identifier" does not.
  A retriable CODE (Throttling, NetworkFailure, ServiceInternalError) or a
  terminal one (InternalFailure, NotStabilized).
- MOTO_CLOUDCONTROL_LIST_DENIED=TYPE,...: ListResources of these types
  (AWS::EC2::VPCGatewayAttachment) answers AccessDeniedException, as to a
  role that lacks cloudformation:ListResources.
- MOTO_CLOUDCONTROL_PENDING_POLLS=N: the first N of a request's
  GetResourceRequestStatus answers say PENDING (the request is queued),
  before MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS say IN_PROGRESS.

Limits: Cloud Control sees the resources made through it (a queue made with
SQS's CreateQueue is not listed or read by it). A resource it made and
then deleted through the service's own API is not found once moto's backend
no longer holds its model (looked for in the backend's dicts and lists,
three deep; a type whose backend could not be seen holding it at creation
reads as it was). GetResource answers the properties asked for, including
those moto's model drops (an event bus's Description: moto's EventBus keeps
only its name), which the service's own API then does not show. RoleArn and
TypeVersionId are accepted and ignored. /moto-api/reset forgets Cloud
Control's requests and resources with moto's.
"""
import itertools
import json
import os
import threading
import time
import uuid
from functools import lru_cache

from moto.moto_api._internal.models import MotoAPIBackend
from moto.moto_server.werkzeug_app import DomainDispatcherApplication

DEFAULT_ACCOUNT_ID = "123456789012"
TARGET_PREFIX = "CloudApiService."
LOCK = threading.RLock()
# (account, region) -> {"requests": {token: Request}, "tokens": {client token: token},
#                       "resources": {(type, identifier): Resource}}
STATE = {}
COUNTER = itertools.count(1)
CREATE_COUNTER = itertools.count(1)
# A request not polled to its end ends by itself this long after it was made.
IN_PROGRESS_LIMIT_S = 30


class CloudControlError(Exception):
    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def _env_int(name, default=0):
    try:
        return max(0, int(os.environ.get(name, str(default))))
    except ValueError:
        return default


def _create_fail():
    """(code, names the identifier) for this new CREATE request, or None."""
    spec = os.environ.get("MOTO_CLOUDCONTROL_CREATE_FAIL", "")
    parts = spec.split(":")
    if len(parts) != 3 or not parts[2].isdigit() or int(parts[2]) < 1:
        return None
    if next(CREATE_COUNTER) % int(parts[2]):
        return None
    return parts[0], parts[1] == "identifier"


def _in_progress_polls():
    try:
        return max(0, int(os.environ.get("MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS", "1")))
    except ValueError:
        return 1


@lru_cache(maxsize=None)
def _model_map():
    """moto's CloudFormation models of the types AWS's registry has (moto's map
    also holds a placeholder "AWS::SERVICE::RESOURCE" and custom resources)."""
    from moto.cloudformation.parsing import get_model_map
    return {t: c for t, c in get_model_map().items() if _schema(t)["primary"]}


@lru_cache(maxsize=None)
def _schema(type_name):
    """The type's primaryIdentifier, createOnlyProperties, readOnlyProperties
    and writeOnlyProperties (JSON pointers), required properties and, where the
    schema allows no others, its property names (else None), from cfn-lint's
    copy of its registry schema; empty for a type it does not have."""
    out = {"primary": [], "create_only": [], "read_only": [], "write_only": [],
           "required": [], "properties": None, "names": set()}
    try:
        import cfnlint
        from cfnlint.data.schemas.providers import us_east_1
    except ImportError as e:
        raise CloudControlError("ServiceInternalErrorException",
                                f"the test server's Cloud Control reads the types' schemas "
                                f"from cfn-lint, which python3 cannot import: {e}", 500)
    try:
        name = us_east_1.types.get(type_name)
        if name:
            path = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas",
                                "resources", name + ".json")
            with open(path) as f:
                s = json.load(f)
            out["primary"] = s.get("primaryIdentifier", [])
            out["create_only"] = s.get("createOnlyProperties", [])
            out["read_only"] = s.get("readOnlyProperties", [])
            out["write_only"] = s.get("writeOnlyProperties", [])
            out["required"] = s.get("required", [])
            out["names"] = set(s.get("properties", {}))
            if s.get("additionalProperties") is False:
                out["properties"] = set(s.get("properties", {}))
    except (OSError, ValueError):
        pass
    return out


def _prop(pointer):
    """"QueueUrl" from "/properties/QueueUrl"."""
    parts = pointer.split("/")
    return parts[2] if len(parts) > 2 and parts[1] == "properties" else None


def _drop(value, parts):
    """Remove from value the member at JSON pointer parts (a list's "*":
    each element)."""
    if not parts:
        return
    if parts[0] == "*":
        for item in value if isinstance(value, list) else []:
            _drop(item, parts[1:])
    elif isinstance(value, dict) and parts[0] in value:
        if len(parts) == 1:
            del value[parts[0]]
        else:
            _drop(value[parts[0]], parts[1:])


def _implemented(cls, name):
    method = getattr(cls, name, None)
    return method is not None and not getattr(method, "__isabstractmethod__", False)


def _deletable(cls):
    if _implemented(cls, "delete_from_cloudformation_json"):
        return True
    import inspect
    delete = getattr(cls, "delete", None)
    if delete is None:
        return False
    try:
        return len(inspect.signature(delete).parameters) == 3
    except (TypeError, ValueError):
        return False


def _name_property(type_name, cls):
    """The property holding the name a stack gives the resource, which moto's
    model is handed as its resource_name (else a generated one), or "".
    moto's own choice (cloudformation_name_type) where the schema has that
    property; else, as AWS names a resource by the name property of its
    schema, "<Resource>Name" (AWS::IoT::BillingGroup: BillingGroupName,
    where moto says "BillingGroup"; AWS::RDS::DBParameterGroup:
    DBParameterGroupName, where moto says nothing), the primary identifier
    when it is one property the stack sets (AWS::Redshift::
    ClusterParameterGroup: ParameterGroupName), or "Name"."""
    schema = _schema(type_name)
    names = schema["names"]
    moto_name = cls.cloudformation_name_type() if hasattr(cls, "cloudformation_name_type") else ""
    if moto_name and (moto_name in names or not names):
        return moto_name
    candidates = [type_name.split("::")[-1] + "Name"]
    if len(schema["primary"]) == 1 and schema["primary"][0] not in schema["read_only"]:
        candidates.append(_prop(schema["primary"][0]))
    candidates.append("Name")
    for name in candidates:
        if name and name in names:
            return name
    return ""


def _invalid_model(type_name, properties):
    """AWS's "Model validation failed" text for a missing required or an
    unknown top-level property, or None."""
    schema = _schema(type_name)
    for name in schema["required"]:
        if name not in properties:
            return f"Model validation failed (#: required key [{name}] not found)"
    if schema["properties"] is not None:
        for name in properties:
            if name not in schema["properties"]:
                return f"Model validation failed (#: extraneous key [{name}] is not permitted)"
    return None


def _error_code(exc):
    """The handler error code (ProgressEvent.ErrorCode) for moto's refusal."""
    name = " ".join(str(getattr(exc, a, "")) for a in ("error_type", "code")) + \
        " " + type(exc).__name__
    if "AlreadyExist" in name or "Duplicate" in name:
        return "AlreadyExists"
    if "NotFound" in name or "NoSuch" in name:
        return "NotFound"
    if "Validation" in name or "Invalid" in name or "Malformed" in name:
        return "InvalidRequest"
    if isinstance(exc, (KeyError, TypeError, ValueError)):
        return "InvalidRequest"
    return "GeneralServiceException"


def _message(exc):
    return str(getattr(exc, "message", None) or getattr(exc, "description", None) or exc)


def _backends(model, account, region):
    """The moto backends of model's service for this account and region."""
    import sys
    from moto.core.base_backend import BackendDict
    module = sys.modules.get(type(model).__module__)
    package = sys.modules.get(type(model).__module__.rsplit(".", 1)[0])
    out = []
    for m in (module, package, sys.modules.get(f"moto.{type(model).__module__.split('.')[1]}.models")):
        for value in list(vars(m).values()) if m else []:
            if isinstance(value, BackendDict):
                try:
                    regions = value[account]
                except Exception:  # a backend of other accounts only
                    continue
                # The backends made so far (a dict of them by region, or
                # "global"/"aws" for a global service): the model's is one.
                for key in (region, "global", "aws"):
                    if dict.__contains__(regions, key):
                        out.append(dict.__getitem__(regions, key))
                        break
    return out


def _holds(container, model, depth):
    if depth == 0:
        return False
    if isinstance(container, dict):
        values = list(container.values())
    elif isinstance(container, (list, tuple, set)):
        values = list(container)
    else:
        return False
    for value in values:
        if value is model or _holds(value, model, depth - 1):
            return True
    return False


def _held(model, account, region):
    """True if a backend of model's service holds model in one of its
    containers (dicts and lists three deep), False if none does, None if no
    backend was found to look in."""
    backends = _backends(model, account, region)
    if not backends:
        return None
    try:
        for backend in backends:
            for value in list(vars(backend).values()):
                if value is model or _holds(value, model, 3):
                    return True
    except RuntimeError:  # a container changed as it was read (another request)
        return None
    return False


class Resource:
    def __init__(self, type_name, identifier, model, properties, name, account, region):
        self.type_name = type_name
        self.identifier = identifier
        self.model = model
        self.properties = properties
        self.name = name
        self.account = account
        self.region = region
        # Whether moto's backend can be seen holding the model: if it can,
        # the model's absence later means it was deleted outside Cloud Control.
        self.trackable = _held(model, account, region) is True
        # MOTO_CLOUDCONTROL_STALE_READS: reads left that answer as before
        # the last write, and what they answer (None: not found)
        self.stale_reads = 0
        self.stale_description = None

    def written(self, before):
        """A write was made; before: the description before it, or None."""
        self.stale_reads = _env_int("MOTO_CLOUDCONTROL_STALE_READS")
        self.stale_description = before

    def gone(self):
        # A model that says itself whether its service still holds it
        # (cloudformation_resource_policies.py's bucket policy)
        exists = getattr(self.model, "exists_in_service", None)
        if exists is not None:
            return not exists()
        return self.trackable and _held(self.model, self.account, self.region) is False

    def describe(self):
        props = json.loads(json.dumps(self.properties))
        cls = type(self.model)
        name_prop = _name_property(self.type_name, cls)
        if name_prop and name_prop not in props and self.name:
            props[name_prop] = self.name
        schema = _schema(self.type_name)
        for pointer in schema["read_only"]:
            p = _prop(pointer)
            if not p or p in props or pointer.count("/") != 2:
                continue
            try:
                value = self.model.get_cfn_attribute(p)
            except Exception:  # moto answers unknown attributes in several ways
                continue
            if isinstance(value, (str, int, float, bool, list, dict)):
                props[p] = value
        # A read-only member of a property that is not read-only itself
        # (AWS::RDS::DBInstance's MasterUserSecret/SecretArn): its GetAtt
        # name, PROPERTY.MEMBER.
        for pointer in schema["read_only"]:
            parts = pointer.split("/")[2:]
            if len(parts) != 2 or "/properties/" + parts[0] in schema["read_only"]:
                continue
            have = props.get(parts[0])
            if have is not None and (not isinstance(have, dict) or parts[1] in have):
                continue
            try:
                value = self.model.get_cfn_attribute(".".join(parts))
            except Exception:  # moto answers unknown attributes in several ways
                continue
            if isinstance(value, (str, int, float, bool)):
                props.setdefault(parts[0], {})[parts[1]] = value
        if len(schema["primary"]) == 1 and _prop(schema["primary"][0]):
            props[_prop(schema["primary"][0])] = self.identifier
        for pointer in schema["write_only"]:
            if pointer.startswith("/properties/"):
                _drop(props, pointer.split("/")[2:])
        return {"Identifier": self.identifier, "Properties": json.dumps(props)}


class Request:
    def __init__(self, operation, type_name, identifier, params):
        self.token = str(uuid.uuid4())
        self.operation = operation
        self.type_name = type_name
        self.identifier = identifier
        self.params = params
        self.pending_left = _env_int("MOTO_CLOUDCONTROL_PENDING_POLLS")
        self.polls_left = _in_progress_polls() + self.pending_left
        self.deadline = time.time() + IN_PROGRESS_LIMIT_S
        self.final = "SUCCESS"
        self.error_code = None
        self.message = None
        self.model = None
        self.time = time.time()
        self.end_time = None
        self.cancelled = False

    def status(self):
        if self.cancelled:
            return "CANCEL_COMPLETE"
        if self.polls_left > 0 and time.time() >= self.deadline:
            self.polls_left = 0
            self.end_time = self.deadline
        if self.polls_left > 0:
            return "PENDING" if self.pending_left > 0 else "IN_PROGRESS"
        return self.final

    def event(self):
        status = self.status()
        event = {"TypeName": self.type_name, "RequestToken": self.token,
                 "Operation": self.operation, "OperationStatus": status,
                 "EventTime": self.end_time if status != "IN_PROGRESS" and self.end_time
                 else self.time}
        if self.identifier:
            event["Identifier"] = self.identifier
        if status == "FAILED":
            event["ErrorCode"] = self.error_code
            event["StatusMessage"] = self.message
        if status == "SUCCESS" and self.model is not None:
            event["ResourceModel"] = self.model
        if status in ("IN_PROGRESS", "PENDING"):
            event["RetryAfter"] = self.time + 1
        return event

    def poll(self):
        """A GetResourceRequestStatus answered (after its event is taken)."""
        if self.polls_left > 0:
            self.polls_left -= 1
            self.pending_left = max(0, self.pending_left - 1)
            if self.polls_left == 0:
                self.end_time = time.time()


def _state(account, region):
    return STATE.setdefault((account, region), {"requests": {}, "tokens": {}, "resources": {}})


def _type(type_name):
    if not isinstance(type_name, str) or not type_name:
        raise CloudControlError("ValidationException", "1 validation error detected: Value null "
                                "at 'typeName' failed to satisfy constraint: Member must not be null")
    cls = _model_map().get(type_name)
    if cls is None:
        raise CloudControlError("TypeNotFoundException",
                                f"The type {type_name} cannot be found.")
    return cls


def _idempotent(st, body, operation, params):
    """The earlier request of this ClientToken, or None (a new one)."""
    client_token = body.get("ClientToken")
    if not client_token:
        return None, None
    earlier = st["tokens"].get(client_token)
    if earlier is None:
        return None, client_token
    request = st["requests"][earlier]
    if request.operation != operation or request.params != params:
        raise CloudControlError("ClientTokenConflictException",
                                f"The client token {client_token} was used for a "
                                "different request.")
    return request, client_token


def _record(st, request, client_token):
    st["requests"][request.token] = request
    if client_token:
        st["tokens"][client_token] = request.token
    return {"ProgressEvent": request.event()}


def _fail(request, code, message):
    request.final = "FAILED"
    request.error_code = code
    request.message = message


def _not_busy(st, type_name, identifier):
    for request in st["requests"].values():
        if request.type_name == type_name and request.identifier == identifier and \
                request.status() in ("IN_PROGRESS", "PENDING"):
            raise CloudControlError(
                "ConcurrentOperationException",
                f"Another resource operation is currently being performed on this resource "
                f"(request {request.token}).")


def _not_found(type_name, identifier):
    return (f"Resource of type '{type_name}' with identifier '{identifier}' "
            "was not found.")


def _find(st, type_name, identifier):
    """The resource, or None."""
    if not isinstance(identifier, str) or not identifier:
        raise CloudControlError("ValidationException", "1 validation error detected: Value null "
                                "at 'identifier' failed to satisfy constraint: Member must not be null")
    resource = st["resources"].get((type_name, identifier))
    if resource is not None and resource.gone():
        del st["resources"][(type_name, identifier)]
        return None
    return resource


def _lookup(st, type_name, identifier):
    resource = _find(st, type_name, identifier)
    if resource is None:
        raise CloudControlError("ResourceNotFoundException", _not_found(type_name, identifier))
    return resource


def create_resource(account, region, st, body):
    type_name = body.get("TypeName")
    cls = _type(type_name)
    desired = body.get("DesiredState")
    try:
        properties = json.loads(desired) if isinstance(desired, str) else None
    except ValueError as e:
        raise CloudControlError("InvalidRequestException", f"DesiredState is not JSON: {e}")
    if not isinstance(properties, dict):
        raise CloudControlError("InvalidRequestException", "DesiredState must be a JSON object.")
    params = {"TypeName": type_name, "DesiredState": properties}
    earlier, client_token = _idempotent(st, body, "CREATE", params)
    if earlier is not None:
        return {"ProgressEvent": earlier.event()}
    request = Request("CREATE", type_name, None, params)
    invalid = _invalid_model(type_name, properties)
    if invalid:
        _fail(request, "InvalidRequest", invalid)
        return _record(st, request, client_token)
    name_prop = _name_property(type_name, cls)
    name = properties.get(name_prop) if name_prop else None
    # A handler looks for the name before making anything (moto's model
    # may replace what it holds: a dashboard's PutDashboard)
    for (t, ident), held in list(st["resources"].items()):
        if t == type_name and name and (ident == name or held.properties.get(name_prop) == name) \
                and _find(st, t, ident) is not None:
            request.identifier = ident
            _fail(request, "AlreadyExists",
                  f"Resource of type '{type_name}' with identifier '{ident}' already exists.")
            return _record(st, request, client_token)
    if not name:
        from moto.cloudformation.parsing import generate_resource_name
        name = generate_resource_name(type_name, "CloudControl", "Resource")
    before = set(id(o) for o in getattr(cls, "instances_tracked", []))
    template = {"Type": type_name, "Properties": json.loads(json.dumps(properties))}
    try:
        model = cls.create_from_cloudformation_json(
            name, template, account, region, LogicalId="Resource", ResourceType=type_name,
            StackId=f"arn:aws:cloudformation:{region}:{account}:stack/CloudControl/{request.token}")
    except Exception as e:  # moto's refusal: the handler's FAILED event
        _fail(request, _error_code(e), _message(e))
        return _record(st, request, client_token)
    # A compound primaryIdentifier's values joined by "|" (a model that
    # says it: cloudformation_logs_log_stream.py), else moto's physical id
    identifier = str(getattr(model, "cloudcontrol_identifier", None) or
                     getattr(model, "physical_resource_id", "") or name)
    request.identifier = identifier
    if id(model) in before or (type_name, identifier) in st["resources"]:
        _fail(request, "AlreadyExists",
              f"Resource of type '{type_name}' with identifier '{identifier}' already exists.")
        return _record(st, request, client_token)
    resource = Resource(type_name, identifier, model, properties,
                        name if not properties.get(name_prop) else None, account, region)
    st["resources"][(type_name, identifier)] = resource
    resource.written(None)
    fail = _create_fail()
    if fail:
        code, named = fail
        _fail(request, code, f"Handler failed after the resource was made ({code})")
        if not named:
            request.identifier = None
        return _record(st, request, client_token)
    request.model = resource.describe()["Properties"]
    return _record(st, request, client_token)


def get_resource(account, region, st, body):
    type_name = body.get("TypeName")
    _type(type_name)
    resource = _lookup(st, type_name, body.get("Identifier"))
    if resource.stale_reads > 0:
        resource.stale_reads -= 1
        if resource.stale_description is None:
            raise CloudControlError("ResourceNotFoundException",
                                    _not_found(type_name, resource.identifier))
        return {"TypeName": type_name, "ResourceDescription": resource.stale_description}
    return {"TypeName": type_name, "ResourceDescription": resource.describe()}


def _under(path, pointers):
    for pointer in pointers:
        p = pointer[len("/properties"):] if pointer.startswith("/properties/") else None
        if p and (path == p or path.startswith(p + "/") or p.startswith(path + "/")):
            return pointer
    return None


def update_resource(account, region, st, body):
    import jsonpatch
    type_name = body.get("TypeName")
    cls = _type(type_name)
    identifier = body.get("Identifier")
    try:
        patch = jsonpatch.JsonPatch(json.loads(body.get("PatchDocument") or ""))
        operations = list(patch._ops)
    except (ValueError, TypeError, jsonpatch.JsonPatchException) as e:
        raise CloudControlError("InvalidRequestException", f"Invalid patch document: {e}")
    params = {"TypeName": type_name, "Identifier": identifier,
              "PatchDocument": json.loads(body.get("PatchDocument"))}
    earlier, client_token = _idempotent(st, body, "UPDATE", params)
    if earlier is not None:
        return {"ProgressEvent": earlier.event()}
    resource = _find(st, type_name, identifier)
    schema = _schema(type_name)
    for op in operations:
        paths = [op.location] + ([op.operation["from"]] if "from" in op.operation else [])
        for path in paths:
            hit = _under(path, schema["create_only"])
            if hit:
                raise CloudControlError(
                    "NotUpdatableException",
                    f"Invalid patch update: createOnlyProperties [{hit}] cannot be updated")
            hit = _under(path, schema["read_only"])
            if hit:
                raise CloudControlError(
                    "InvalidRequestException",
                    f"Invalid patch update: readOnlyProperties [{hit}] cannot be updated")
    if not _implemented(cls, "update_from_cloudformation_json"):
        raise CloudControlError("UnsupportedActionException",
                                f"Resource type {type_name} does not support UPDATE action")
    request = Request("UPDATE", type_name, identifier, params)
    if resource is None:
        _fail(request, "NotFound", _not_found(type_name, identifier))
        return _record(st, request, client_token)
    _not_busy(st, type_name, identifier)
    try:
        properties = patch.apply(json.loads(json.dumps(resource.properties)))
    except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as e:
        raise CloudControlError("InvalidRequestException", f"Invalid patch document: {e}")
    invalid = _invalid_model(type_name, properties)
    if invalid:
        _fail(request, "InvalidRequest", invalid)
        return _record(st, request, client_token)
    name_prop = _name_property(type_name, cls)
    new_name = properties.get(name_prop) if name_prop else None
    template = {"Type": type_name, "Properties": json.loads(json.dumps(properties))}
    try:
        model = cls.update_from_cloudformation_json(
            original_resource=resource.model, new_resource_name=new_name or resource.name or
            identifier, cloudformation_json=template, account_id=account, region_name=region)
    except Exception as e:
        _fail(request, _error_code(e), _message(e))
        return _record(st, request, client_token)
    before = resource.describe()
    if model is not None:
        resource.model = model
        resource.trackable = _held(model, account, region) is True
    resource.properties = properties
    resource.written(before)
    request.model = resource.describe()["Properties"]
    return _record(st, request, client_token)


def delete_resource(account, region, st, body):
    type_name = body.get("TypeName")
    cls = _type(type_name)
    identifier = body.get("Identifier")
    params = {"TypeName": type_name, "Identifier": identifier}
    earlier, client_token = _idempotent(st, body, "DELETE", params)
    if earlier is not None:
        return {"ProgressEvent": earlier.event()}
    resource = _find(st, type_name, identifier)
    if not _deletable(cls):
        raise CloudControlError("UnsupportedActionException",
                                f"Resource type {type_name} does not support DELETE action")
    request = Request("DELETE", type_name, identifier, params)
    if resource is None:
        _fail(request, "NotFound", _not_found(type_name, identifier))
        return _record(st, request, client_token)
    _not_busy(st, type_name, identifier)
    template = {"Type": type_name, "Properties": json.loads(json.dumps(resource.properties))}
    try:
        if _implemented(cls, "delete_from_cloudformation_json"):
            cls.delete_from_cloudformation_json(identifier, template, account, region)
        else:
            resource.model.delete(account, region)
    except Exception as e:
        _fail(request, _error_code(e), _message(e))
        return _record(st, request, client_token)
    del st["resources"][(type_name, identifier)]
    return _record(st, request, client_token)


def _page(items, body, key):
    try:
        start = int(body.get("NextToken") or 0)
    except ValueError:
        raise CloudControlError("InvalidRequestException", "Invalid NextToken.")
    limit = body.get("MaxResults") or 100
    out = {key: items[start:start + limit]}
    if start + limit < len(items):
        out["NextToken"] = str(start + limit)
    return out


# The list handlers that list the objects of one parent, named in the
# request's ResourceModel (the registry schema's handlers.list.handlerSchema
# "required"), as AWS's answer without it.
LIST_PARENTS = {"AWS::EC2::Route": ["RouteTableId"],
                "AWS::ApiGateway::Deployment": ["RestApiId"]}


def _list_model(type_name, body):
    """The parent's properties the type's list handler needs, or {}."""
    need = LIST_PARENTS.get(type_name, [])
    try:
        model = json.loads(body.get("ResourceModel") or "{}")
    except ValueError:
        model = None
    if not isinstance(model, dict) or any(not model.get(k) for k in need):
        raise CloudControlError(
            "InvalidRequestException",
            f"Missing Or Invalid ResourceModel property in {type_name} list handler request "
            f"input. Required property: [{', '.join(need)}]")
    return {k: model[k] for k in need}


def list_resources(account, region, st, body):
    type_name = body.get("TypeName")
    _type(type_name)
    if type_name in os.environ.get("MOTO_CLOUDCONTROL_LIST_DENIED", "").split(","):
        raise CloudControlError(
            "AccessDeniedException",
            f"User: arn:aws:iam::{account}:user/deploy is not authorized to perform: "
            f"cloudformation:ListResources on resource: {type_name}")
    parent = _list_model(type_name, body)
    items = [r.describe() for (t, _), r in list(st["resources"].items())
             if t == type_name and _find(st, t, r.identifier) is not None
             and all(r.properties.get(k) == v for k, v in parent.items())]
    out = _page(items, body, "ResourceDescriptions")
    out["TypeName"] = type_name
    return out


def get_resource_request_status(account, region, st, body):
    request = st["requests"].get(body.get("RequestToken"))
    if request is None:
        raise CloudControlError("RequestTokenNotFoundException",
                                f"Request with token {body.get('RequestToken')} was not found.")
    event = request.event()
    request.poll()
    return {"ProgressEvent": event}


def list_resource_requests(account, region, st, body):
    f = body.get("ResourceRequestStatusFilter") or {}
    operations = f.get("Operations") or []
    statuses = f.get("OperationStatuses") or []
    items = []
    for request in sorted(st["requests"].values(), key=lambda r: r.time, reverse=True):
        if operations and request.operation not in operations:
            continue
        if statuses and request.status() not in statuses:
            continue
        items.append(request.event())
    return _page(items, body, "ResourceRequestStatusSummaries")


def cancel_resource_request(account, region, st, body):
    request = st["requests"].get(body.get("RequestToken"))
    if request is None:
        raise CloudControlError("RequestTokenNotFoundException",
                                f"Request with token {body.get('RequestToken')} was not found.")
    if request.status() not in ("IN_PROGRESS", "PENDING"):
        raise CloudControlError("ConcurrentModificationException",
                                "The resource request has already completed and cannot be "
                                "cancelled.")
    # moto did the work when the request was made: the request ends as
    # cancelled, what it did stays (AWS: the handler stops where it was).
    request.cancelled = True
    request.polls_left = 0
    request.end_time = time.time()
    return {"ProgressEvent": request.event()}


OPERATIONS = {
    "CreateResource": create_resource,
    "GetResource": get_resource,
    "UpdateResource": update_resource,
    "DeleteResource": delete_resource,
    "ListResources": list_resources,
    "GetResourceRequestStatus": get_resource_request_status,
    "ListResourceRequests": list_resource_requests,
    "CancelResourceRequest": cancel_resource_request,
}


def _scope(environ):
    auth = environ.get("HTTP_AUTHORIZATION", "")
    at = auth.find("Credential=")
    if at < 0:
        return None, None, None
    parts = auth[at + len("Credential="):].split(",")[0].split("/")
    if len(parts) < 5:
        return None, None, None
    return parts[0], parts[2], parts[3]


def _is_cloudcontrol(environ):
    if environ.get("HTTP_X_AMZ_TARGET", "").startswith(TARGET_PREFIX):
        return True
    if _scope(environ)[2] == "cloudcontrolapi":
        return True
    return environ.get("HTTP_HOST", "").startswith("cloudcontrolapi.")


def _answer(start_response, status, payload):
    data = json.dumps(payload).encode()
    reason = {200: "OK", 400: "Bad Request", 500: "Internal Server Error"}.get(status, "")
    start_response(f"{status} {reason}", [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("Content-Length", str(len(data))),
        ("x-amzn-RequestId", str(uuid.uuid4())),
    ])
    return [data]


def _error(start_response, code, message, status=400):
    return _answer(start_response, status, {"__type": code, "Message": message})


def serve(environ, start_response):
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    operation = target[len(TARGET_PREFIX):] if target.startswith(TARGET_PREFIX) else ""
    handler = OPERATIONS.get(operation)
    if handler is None:
        return _error(start_response, "UnknownOperationException",
                      f"Unknown operation {target or '(no X-Amz-Target)'}")
    length = int(environ.get("CONTENT_LENGTH") or 0)
    raw = environ["wsgi.input"].read(length) if length else b""
    try:
        body = json.loads(raw or b"{}")
        if not isinstance(body, dict):
            raise ValueError("not an object")
    except ValueError:
        return _error(start_response, "SerializationException", "Request body is not JSON.")
    key, region, _ = _scope(environ)
    region = region or "us-east-1"
    account = DEFAULT_ACCOUNT_ID
    if key:
        from moto.iam.models import get_account_id_from
        account = get_account_id_from(key)
    throttle = os.environ.get("MOTO_CLOUDCONTROL_THROTTLE", "")
    if throttle.isdigit() and int(throttle) > 0 and next(COUNTER) % int(throttle) == 0:
        return _error(start_response, "ThrottlingException", "Rate exceeded")
    try:
        with LOCK:
            result = handler(account, region, _state(account, region), body)
    except CloudControlError as e:
        return _error(start_response, e.code, e.message, e.status)
    return _answer(start_response, 200, result)


_dispatch = DomainDispatcherApplication.__call__


def _call(self, environ, start_response):
    if _is_cloudcontrol(environ):
        return serve(environ, start_response)
    return _dispatch(self, environ, start_response)


DomainDispatcherApplication.__call__ = _call

_reset = MotoAPIBackend.reset


def _reset_too(self):
    """/moto-api/reset forgets Cloud Control's requests and resources too."""
    with LOCK:
        STATE.clear()
    return _reset(self)


MotoAPIBackend.reset = _reset_too
