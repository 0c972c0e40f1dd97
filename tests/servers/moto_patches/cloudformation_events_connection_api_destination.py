"""CloudFormation (and so Cloud Control): AWS::Events::Connection and
AWS::Events::ApiDestination.

moto 5.2.1 has EventBridge's CreateConnection and CreateApiDestination but no
CloudFormation model of either: its Cloud Control answered
TypeNotFoundException (the Terraform corpus's terraform-aws-eventbridge
`with-api-destination`, whose aws_cloudwatch_event_connection and
aws_cloudwatch_event_api_destination terrace writes as awscc.events.connection
and awscc.events.api_destination, could not apply; tests/twins, issue 86).
Written from the CloudFormation template reference and the two registry
schemas (cfn-lint's copy; ../shared/aws-schemas/handlers.json: create
events:CreateConnection / CreateApiDestination, update UpdateConnection /
UpdateApiDestination, delete DeleteConnection / DeleteApiDestination):

  AWS::Events::Connection      Name (primaryIdentifier, createOnly), Description,
                               AuthorizationType, AuthParameters (the API's own
                               shape: BasicAuthParameters, OAuthParameters,
                               ApiKeyAuthParameters, InvocationHttpParameters);
                               read-only Arn, ArnForPolicy (the Arn without its
                               generated suffix), SecretArn (the Secrets Manager
                               secret EventBridge keeps the credentials in)
  AWS::Events::ApiDestination  Name (primaryIdentifier, createOnly), Description,
                               ConnectionArn, InvocationEndpoint, HttpMethod
                               (required), InvocationRateLimitPerSecond;
                               read-only Arn, ArnForPolicy

The objects are moto's own (events_backends' connections and destinations),
so DescribeConnection and DescribeApiDestination read them as they read one
made by the API. An update is UpdateConnection / UpdateApiDestination of the
properties the template names; a delete is DeleteConnection (which deletes its
secret) / DeleteApiDestination; either of an object that is gone answers
EventBridge's ResourceNotFoundException.
"""
from moto.cloudformation.parsing import get_model_map
from moto.events.exceptions import ResourceNotFoundException
from moto.events.models import events_backends


def _backend(account_id, region_name):
    return events_backends[account_id][region_name]


def _policy_arn(arn):
    """ArnForPolicy: the ARN without the UUID EventBridge appends."""
    return arn.rsplit("/", 1)[0]


class _EventsModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    HELD = ""          # the backend's dict of these objects, by name
    CFN_TYPE = ""
    ATTRIBUTES = ("Arn", "ArnForPolicy")

    def __init__(self, name, account_id, region_name):
        self.name, self.account_id, self.region_name = name, account_id, region_name

    @classmethod
    def cloudformation_type(cls):
        return cls.CFN_TYPE

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @property
    def physical_resource_id(self):
        return self.name

    def held(self):
        return getattr(_backend(self.account_id, self.region_name), self.HELD).get(self.name)

    def exists_in_service(self):
        """Whether EventBridge still holds the object (cloudcontrol_api.py)."""
        return self.held() is not None

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in cls.ATTRIBUTES

    def get_cfn_attribute(self, attribute_name):
        held = self.held()
        if held is not None and attribute_name in self.ATTRIBUTES:
            if attribute_name == "Arn":
                return held.arn
            if attribute_name == "ArnForPolicy":
                return _policy_arn(held.arn)
            if attribute_name == "SecretArn":
                return held.secret_arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def delete(self, account_id, region_name):
        self._delete(_backend(self.account_id, self.region_name), self.name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the object's name (Cloud Control's identifier, a stack's physical id)
        cls(resource_name, account_id, region_name).delete(account_id, region_name)


class ConnectionModel(_EventsModel):
    __module__ = "moto.events.connection_model"  # what the harness reads a model's service from
    HELD = "connections"
    CFN_TYPE = "AWS::Events::Connection"
    ATTRIBUTES = ("Arn", "ArnForPolicy", "SecretArn")

    @staticmethod
    def _delete(backend, name):
        backend.delete_connection(name)

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        name = props.get("Name") or resource_name
        _backend(account_id, region_name).create_connection(
            name, props.get("Description"), props.get("AuthorizationType"), props.get("AuthParameters") or {})
        return cls(name, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        _backend(account_id, region_name).update_connection(
            original_resource.name, description=props.get("Description"),
            authorization_type=props.get("AuthorizationType"), auth_parameters=props.get("AuthParameters"))
        return original_resource


class ApiDestinationModel(_EventsModel):
    __module__ = "moto.events.api_destination_model"
    HELD = "destinations"
    CFN_TYPE = "AWS::Events::ApiDestination"

    @staticmethod
    def _delete(backend, name):
        backend.delete_api_destination(name)

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        name = props.get("Name") or resource_name
        _backend(account_id, region_name).create_api_destination(
            name, props.get("Description"), props["ConnectionArn"], props["InvocationEndpoint"],
            props.get("InvocationRateLimitPerSecond"), props["HttpMethod"])
        return cls(name, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        backend = _backend(account_id, region_name)
        if original_resource.held() is None:
            raise ResourceNotFoundException(f"An api-destination '{original_resource.name}' does not exist.")
        backend.update_api_destination(
            original_resource.name, description=props.get("Description"),
            connection_arn=props.get("ConnectionArn"), invocation_endpoint=props.get("InvocationEndpoint"),
            invocation_rate_limit_per_second=props.get("InvocationRateLimitPerSecond"),
            http_method=props.get("HttpMethod"))
        return original_resource


for _model in (ConnectionModel, ApiDestinationModel):
    get_model_map()[_model.cloudformation_type()] = _model
