"""CloudFormation (and so Cloud Control): AWS::AmazonMQ::Broker.

moto 5.2.1 has Amazon MQ's CreateBroker but no CloudFormation model of a
broker, so its Cloud Control answered TypeNotFoundException for
awscc.amazonmq.broker: terraform-aws-lambda's `event-source-mapping`
(aws_mq_broker, which terrace convert writes as that type; tests/twins,
issue 86). Written from the CloudFormation template reference and the type's
registry schema (cfn-lint's copy; ../shared/aws-schemas/handlers.json:
create mq:CreateBroker, delete mq:DeleteBroker):

  BrokerName, DeploymentMode, EngineType, HostInstanceType,
  PubliclyAccessible, Users ({Username, Password, ConsoleAccess, Groups})
                   required; the first four createOnly
  EngineVersion, SecurityGroups, SubnetIds, AuthenticationStrategy,
  AutoMinorVersionUpgrade, StorageType, Tags ([{Key, Value}])
  Id               read-only, the primaryIdentifier, what Ref returns
  Arn              read-only (GetAtt)

The broker is made by moto's own create_broker (as CreateBroker makes it,
its users' passwords not kept); an update of a property that is not
createOnly is not carried to the broker (no twin needs one), delete is
DeleteBroker.
"""
from moto.cloudformation.parsing import get_model_map
from moto.core.common_models import CloudFormationModel
from moto.mq.models import mq_backends


def _users(props):
    return [{"username": u["Username"], "consoleAccess": u.get("ConsoleAccess", False),
             "groups": u.get("Groups", [])} for u in props.get("Users") or []]


class _Broker(CloudFormationModel):
    # cloudcontrol_api.py finds a model's backends by its module's service.
    __module__ = "moto.mq.models"

    def __init__(self, broker_id, arn):
        self.id = broker_id
        self.arn = arn

    @staticmethod
    def cloudformation_type():
        return "AWS::AmazonMQ::Broker"

    @staticmethod
    def cloudformation_name_type():
        return "BrokerName"

    @property
    def physical_resource_id(self):
        return self.id

    def is_created(self):
        return True

    def get_cfn_attribute(self, name):
        if name == "Id":
            return self.id
        if name == "Arn":
            return self.arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = mq_backends[account_id][region_name]
        arn, broker_id = backend.create_broker(
            authentication_strategy=props.get("AuthenticationStrategy"),
            auto_minor_version_upgrade=props.get("AutoMinorVersionUpgrade"),
            broker_name=props.get("BrokerName") or resource_name,
            configuration=None,
            deployment_mode=props["DeploymentMode"],
            encryption_options=None,
            engine_type=props["EngineType"],
            engine_version=props.get("EngineVersion"),
            host_instance_type=props["HostInstanceType"],
            ldap_server_metadata=None,
            logs={},
            maintenance_window_start_time=None,
            publicly_accessible=props["PubliclyAccessible"],
            security_groups=props.get("SecurityGroups") or [],
            storage_type=props.get("StorageType"),
            subnet_ids=props.get("SubnetIds") or [],
            tags={t["Key"]: t.get("Value", "") for t in props.get("Tags") or []},
            users=_users(props),
        )
        return cls(broker_id, arn)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        return original_resource

    def delete(self, account_id, region_name):
        backend = mq_backends[account_id][region_name]
        if self.id in backend.brokers:
            backend.delete_broker(self.id)


# The map is built once (lru_cache) when the first patch asks for it: the
# model joins that same map.
get_model_map()[_Broker.cloudformation_type()] = _Broker
