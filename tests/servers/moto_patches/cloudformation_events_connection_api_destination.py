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
from moto.events.exceptions import ResourceNotFoundException
from moto.events.models import events_backends
from moto_cfn_model import CfnModel, register


def _backend(account_id, region_name):
    return events_backends[account_id][region_name]


def _policy_arn(arn):
    """ArnForPolicy: the ARN without the UUID EventBridge appends."""
    return arn.rsplit("/", 1)[0]


class _EventsModel(CfnModel):
    """An EventBridge object, known by its name (Cloud Control's identifier,
    a stack's physical id)."""

    HELD = ""          # the backend's dict of these objects, by name
    NAME = "Name"
    ATTRIBUTES = ("Arn", "ArnForPolicy")

    def held(self):
        return getattr(_backend(self.account_id, self.region_name), self.HELD).get(self.id)

    def attribute(self, name):
        held = self.held()
        if held is None:
            return None
        if name == "Arn":
            return held.arn
        if name == "ArnForPolicy":
            return _policy_arn(held.arn)
        return held.secret_arn  # SecretArn

    def delete(self, account_id, region_name):
        self._delete(_backend(self.account_id, self.region_name), self.id)


class ConnectionModel(_EventsModel):
    __module__ = "moto.events.connection_model"  # what the harness reads a model's service from
    HELD = "connections"
    TYPE = "AWS::Events::Connection"
    ATTRIBUTES = ("Arn", "ArnForPolicy", "SecretArn")

    @staticmethod
    def _delete(backend, name):
        backend.delete_connection(name)

    @classmethod
    def create(cls, name, props, account_id, region_name):
        name = props.get("Name") or name
        _backend(account_id, region_name).create_connection(
            name, props.get("Description"), props.get("AuthorizationType"), props.get("AuthParameters") or {})
        return cls(name, account_id, region_name)

    def change(self, props):
        _backend(self.account_id, self.region_name).update_connection(
            self.id, description=props.get("Description"),
            authorization_type=props.get("AuthorizationType"), auth_parameters=props.get("AuthParameters"))


class ApiDestinationModel(_EventsModel):
    __module__ = "moto.events.api_destination_model"
    HELD = "destinations"
    TYPE = "AWS::Events::ApiDestination"

    @staticmethod
    def _delete(backend, name):
        backend.delete_api_destination(name)

    @classmethod
    def create(cls, name, props, account_id, region_name):
        name = props.get("Name") or name
        _backend(account_id, region_name).create_api_destination(
            name, props.get("Description"), props["ConnectionArn"], props["InvocationEndpoint"],
            props.get("InvocationRateLimitPerSecond"), props["HttpMethod"])
        return cls(name, account_id, region_name)

    def change(self, props):
        backend = _backend(self.account_id, self.region_name)
        if self.held() is None:
            raise ResourceNotFoundException(f"An api-destination '{self.id}' does not exist.")
        backend.update_api_destination(
            self.id, description=props.get("Description"),
            connection_arn=props.get("ConnectionArn"), invocation_endpoint=props.get("InvocationEndpoint"),
            invocation_rate_limit_per_second=props.get("InvocationRateLimitPerSecond"),
            http_method=props.get("HttpMethod"))


register(ConnectionModel, ApiDestinationModel)
