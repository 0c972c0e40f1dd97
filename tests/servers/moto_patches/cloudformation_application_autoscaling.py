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
from moto.core.exceptions import JsonRESTError
from moto_cfn_model import CfnModel, register


class _NotFound(JsonRESTError):
    def __init__(self, message):
        super().__init__("ObjectNotFoundException", message)


def _backend(account_id, region_name):
    return applicationautoscaling_backends[account_id][region_name]


class ScalableTargetModel(CfnModel):
    """Known as RESOURCE|DIMENSION|NAMESPACE (Ref, and Cloud Control's identifier)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.applicationautoscaling.scalable_target_model"
    TYPE = "AWS::ApplicationAutoScaling::ScalableTarget"
    ATTRIBUTES = ("Id",)

    def __init__(self, resource_id, dimension, namespace, account_id, region_name):
        super().__init__(f"{resource_id}|{dimension}|{namespace}", account_id, region_name)
        self.resource_id, self.dimension, self.namespace = resource_id, dimension, namespace

    def exists_in_service(self):
        """Whether Application Auto Scaling still holds it (cloudcontrol_api.py)."""
        return self.resource_id in _backend(self.account_id, self.region_name).targets.get(self.dimension, {})

    def attribute(self, name):
        return self.id

    def register_target(self, props):
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
    def create(cls, name, props, account_id, region_name):
        model = cls(props["ResourceId"], props["ScalableDimension"], props["ServiceNamespace"],
                    account_id, region_name)
        model.register_target(props)
        return model

    def change(self, props):
        # The identifying three are createOnly (Cloud Control refuses a change)
        if not self.exists_in_service():
            raise _NotFound(f"No scalable target found for {self.id}")
        self.register_target(props)

    def delete(self, account_id, region_name):
        if not self.exists_in_service():
            raise _NotFound(f"No scalable target found for {self.id}")
        _backend(self.account_id, self.region_name).deregister_scalable_target(
            self.namespace, self.resource_id, self.dimension)

    @classmethod
    def known_as(cls, identifier, props, account_id, region_name):
        # RESOURCE|DIMENSION|NAMESPACE (Cloud Control's identifier, a stack's physical id)
        resource_id, dimension, namespace = identifier.rsplit("|", 2)
        return cls(resource_id, dimension, namespace, account_id, region_name)


class ScalingPolicyModel(CfnModel):
    """A scaling policy, known by its ARN (Ref); to Cloud Control as ARN|DIMENSION."""

    __module__ = "moto.applicationautoscaling.scaling_policy_model"
    TYPE, NAME = "AWS::ApplicationAutoScaling::ScalingPolicy", "PolicyName"
    ATTRIBUTES = ("Arn",)

    def __init__(self, name, resource_id, dimension, namespace, arn, account_id, region_name):
        super().__init__(arn, account_id, region_name)
        self.name, self.resource_id, self.dimension, self.namespace = name, resource_id, dimension, namespace

    @property
    def cloudcontrol_identifier(self):
        return f"{self.id}|{self.dimension}"

    def key(self):
        return FakeApplicationAutoscalingPolicy.formulate_key(self.namespace, self.resource_id,
                                                             self.dimension, self.name)

    def exists_in_service(self):
        """Whether Application Auto Scaling still holds it (cloudcontrol_api.py)."""
        return any(p.policy_arn == self.id for p in _backend(self.account_id, self.region_name).policies.values())

    def attribute(self, name):
        return self.id

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
    def create(cls, name, props, account_id, region_name):
        return cls._put(props.get("PolicyName") or name, props, account_id, region_name)

    def change(self, props):
        # PutScalingPolicy again replaces the policy of the same name (PolicyName is createOnly)
        if not self.exists_in_service():
            raise _NotFound(f"No scaling policy found for {self.id}")
        updated = self._put(self.name, props, self.account_id, self.region_name)
        # The same policy, put again: its ARN stays (moto's put makes a new one)
        _backend(self.account_id, self.region_name).policies[updated.key()].policy_arn = self.id

    def delete(self, account_id, region_name):
        if not self.exists_in_service():
            raise _NotFound(f"No scaling policy found for {self.id}")
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


register(ScalableTargetModel, ScalingPolicyModel)
