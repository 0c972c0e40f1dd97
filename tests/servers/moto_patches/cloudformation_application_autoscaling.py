"""CloudFormation (and so Cloud Control): AWS::ApplicationAutoScaling::ScalableTarget
and ::ScalingPolicy.

moto 5.2.1 has Application Auto Scaling's RegisterScalableTarget and
PutScalingPolicy but no CloudFormation model of either: its Cloud Control
answered TypeNotFoundException (the Terraform corpus's
terraform-aws-dynamodb-table `autoscaling`, whose aws_appautoscaling_target
and _policy terrace writes as awscc.applicationautoscaling.scalable_target
and .scaling_policy, could not apply; tests/twins, issue 86). Written from
the CloudFormation template reference and the types' registry schemas
(cfn-lint's copy; ../shared/aws-schemas/handlers.json):

AWS::ApplicationAutoScaling::ScalableTarget (create and update
application-autoscaling:RegisterScalableTarget, delete
DeregisterScalableTarget):

  ResourceId, ScalableDimension,   required, createOnly; together the
  ServiceNamespace                 primaryIdentifier (RESOURCE|DIMENSION|NAMESPACE)
  MinCapacity, MaxCapacity         required
  RoleARN                          writeOnly
  SuspendedState                   {DynamicScalingInSuspended, ...OutSuspended,
                                    ScheduledScalingSuspended}
  ScheduledActions                 PutScheduledAction's members, each
  Id                               read-only: what Ref returns,
                                   RESOURCE|DIMENSION|NAMESPACE

AWS::ApplicationAutoScaling::ScalingPolicy (create and update
PutScalingPolicy, delete DeleteScalingPolicy):

  PolicyName, PolicyType           required (PolicyName createOnly)
  ResourceId, ScalableDimension,   the target's, or ScalingTargetId (its Ref,
  ServiceNamespace                 writeOnly) in their place
  TargetTrackingScalingPolicyConfiguration,
  StepScalingPolicyConfiguration   PutScalingPolicy's members of the same names
  Arn                              read-only: the policy's ARN; with
                                   ScalableDimension the primaryIdentifier
                                   (ARN|DIMENSION), what Ref returns

A policy of no registered target is ObjectNotFoundException (the API
reference: "the scalable target must be registered first"), as is a
target's delete where none is registered.
"""
from moto.applicationautoscaling.models import FakeApplicationAutoscalingPolicy, applicationautoscaling_backends
from moto.cloudformation.parsing import get_model_map
from moto.core.exceptions import JsonRESTError


class _NotFound(JsonRESTError):
    def __init__(self, message):
        super().__init__("ObjectNotFoundException", message)


def _backend(account_id, region_name):
    return applicationautoscaling_backends[account_id][region_name]


def _unknown_attribute():
    from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
    return UnformattedGetAttTemplateException()


class ScalableTargetModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.applicationautoscaling.scalable_target_model"

    def __init__(self, resource_id, dimension, namespace, account_id, region_name):
        self.resource_id, self.dimension, self.namespace = resource_id, dimension, namespace
        self.account_id, self.region_name = account_id, region_name

    @staticmethod
    def cloudformation_type():
        return "AWS::ApplicationAutoScaling::ScalableTarget"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @property
    def physical_resource_id(self):
        return f"{self.resource_id}|{self.dimension}|{self.namespace}"

    @property
    def cloudcontrol_identifier(self):
        return self.physical_resource_id

    def exists_in_service(self):
        """Whether Application Auto Scaling still holds it (cloudcontrol_api.py)."""
        return self.resource_id in _backend(self.account_id, self.region_name).targets.get(self.dimension, {})

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Id"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Id":
            return self.physical_resource_id
        raise _unknown_attribute()

    def is_created(self):
        return True

    def register(self, props):
        backend = _backend(self.account_id, self.region_name)
        backend.register_scalable_target(
            namespace=self.namespace, r_id=self.resource_id, dimension=self.dimension,
            min_capacity=props.get("MinCapacity"), max_capacity=props.get("MaxCapacity"),
            role_arn=props.get("RoleARN"), suspended_state=props.get("SuspendedState"))
        for action in props.get("ScheduledActions") or []:
            backend.put_scheduled_action(
                service_namespace=self.namespace, resource_id=self.resource_id,
                scalable_dimension=self.dimension, scheduled_action_name=action.get("ScheduledActionName"),
                schedule=action.get("Schedule"), timezone=action.get("Timezone"),
                start_time=action.get("StartTime"), end_time=action.get("EndTime"),
                scalable_target_action=action.get("ScalableTargetAction"))

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        model = cls(props["ResourceId"], props["ScalableDimension"], props["ServiceNamespace"],
                    account_id, region_name)
        model.register(props)
        return model

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        # The identifying three are createOnly (Cloud Control refuses a change)
        if not original_resource.exists_in_service():
            raise _NotFound(f"No scalable target found for {original_resource.physical_resource_id}")
        original_resource.register(cloudformation_json.get("Properties", {}))
        return original_resource

    def delete(self, account_id, region_name):
        if not self.exists_in_service():
            raise _NotFound(f"No scalable target found for {self.physical_resource_id}")
        _backend(self.account_id, self.region_name).deregister_scalable_target(
            self.namespace, self.resource_id, self.dimension)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: RESOURCE|DIMENSION|NAMESPACE (Cloud Control's identifier, a stack's physical id)
        resource_id, dimension, namespace = resource_name.rsplit("|", 2)
        cls(resource_id, dimension, namespace, account_id, region_name).delete(account_id, region_name)


class ScalingPolicyModel:
    """As ScalableTargetModel, of a scaling policy."""

    __module__ = "moto.applicationautoscaling.scaling_policy_model"

    def __init__(self, name, resource_id, dimension, namespace, arn, account_id, region_name):
        self.name, self.resource_id, self.dimension, self.namespace = name, resource_id, dimension, namespace
        self.arn, self.account_id, self.region_name = arn, account_id, region_name

    @staticmethod
    def cloudformation_type():
        return "AWS::ApplicationAutoScaling::ScalingPolicy"

    @staticmethod
    def cloudformation_name_type():
        return "PolicyName"

    @property
    def physical_resource_id(self):
        return self.arn

    @property
    def cloudcontrol_identifier(self):
        return f"{self.arn}|{self.dimension}"

    def key(self):
        return FakeApplicationAutoscalingPolicy.formulate_key(self.namespace, self.resource_id,
                                                             self.dimension, self.name)

    def exists_in_service(self):
        """Whether Application Auto Scaling still holds it (cloudcontrol_api.py)."""
        return any(p.policy_arn == self.arn for p in _backend(self.account_id, self.region_name).policies.values())

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.arn
        raise _unknown_attribute()

    def is_created(self):
        return True

    @staticmethod
    def _target_of(props):
        if props.get("ScalingTargetId"):
            return props["ScalingTargetId"].rsplit("|", 2)
        return props.get("ResourceId"), props.get("ScalableDimension"), props.get("ServiceNamespace")

    @classmethod
    def _put(cls, name, props, account_id, region_name):
        resource_id, dimension, namespace = cls._target_of(props)
        backend = _backend(account_id, region_name)
        if resource_id not in backend.targets.get(dimension, {}):
            raise _NotFound(f"No scalable target registered for service namespace: {namespace}, "
                            f"resource ID: {resource_id}, scalable dimension: {dimension}")
        kind = props.get("PolicyType")
        body = props.get("StepScalingPolicyConfiguration") if kind == "StepScaling" \
            else props.get("TargetTrackingScalingPolicyConfiguration")
        policy = backend.put_scaling_policy(policy_name=name, service_namespace=namespace,
                                            resource_id=resource_id, scalable_dimension=dimension,
                                            policy_body=body, policy_type=kind)
        return cls(name, resource_id, dimension, namespace, policy.policy_arn, account_id, region_name)

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        return cls._put(props.get("PolicyName") or resource_name, props, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        # PutScalingPolicy again replaces the policy of the same name (PolicyName is createOnly)
        if not original_resource.exists_in_service():
            raise _NotFound(f"No scaling policy found for {original_resource.arn}")
        props = cloudformation_json.get("Properties", {})
        updated = cls._put(original_resource.name, props, account_id, region_name)
        # The same policy, put again: its ARN stays (moto's put makes a new one)
        _backend(account_id, region_name).policies[updated.key()].policy_arn = original_resource.arn
        return original_resource

    def delete(self, account_id, region_name):
        if not self.exists_in_service():
            raise _NotFound(f"No scaling policy found for {self.arn}")
        _backend(self.account_id, self.region_name).delete_scaling_policy(
            self.name, self.namespace, self.resource_id, self.dimension)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: ARN|DIMENSION (Cloud Control's identifier) or the ARN (a stack's physical id)
        arn = resource_name.split("|", 1)[0]
        for p in list(_backend(account_id, region_name).policies.values()):
            if p.policy_arn == arn:
                cls(p.policy_name, p.resource_id, p.scalable_dimension, p.service_namespace, arn,
                    account_id, region_name).delete(account_id, region_name)
                return
        raise _NotFound(f"No scaling policy found for {arn}")


get_model_map()[ScalableTargetModel.cloudformation_type()] = ScalableTargetModel
get_model_map()[ScalingPolicyModel.cloudformation_type()] = ScalingPolicyModel
