"""CloudFormation: AWS::CloudWatch::Alarm.

moto 5.2.1 has CloudWatch's PutMetricAlarm but no CloudFormation model of
an alarm: its CloudFormation logs "No Moto CloudFormation support" and
leaves it out (13 of the CDK corpus's 104 templates, tests/corpus/cdk,
whose constructs add alarms: twins named "moto's CloudFormation cannot make
AWS::CloudWatch::Alarm"). Written from the CloudFormation template
reference, AWS::CloudWatch::Alarm, and its registry schema (cfn-lint's copy;
../shared/aws-schemas/handlers.json: create and update
cloudwatch:PutMetricAlarm, delete cloudwatch:DeleteAlarms):

  AlarmName                 createOnly; primaryIdentifier. Left out,
                            CloudFormation generates one
  AlarmDescription, ActionsEnabled, AlarmActions, OKActions,
  InsufficientDataActions, MetricName, Namespace, Statistic,
  ExtendedStatistic, Dimensions, Period, Unit, EvaluationPeriods,
  DatapointsToAlarm, Threshold, ComparisonOperator, TreatMissingData,
  EvaluateLowSampleCountPercentile, Metrics, ThresholdMetricId, Tags
                            PutMetricAlarm's members of the same names
                            (Metrics: its MetricDataQuery list, each
                            MetricStat's Metric with its Dimensions)
  Ref                       the alarm's name
  Fn::GetAtt Arn            its ARN

An update is PutMetricAlarm again, which replaces the whole alarm (the
CloudWatch API reference: "When this operation creates an alarm ... If you
update an existing alarm, its state is left unchanged, but the update
completely overwrites the previous configuration"); a new AlarmName makes a
new alarm and deletes the old. Delete is DeleteAlarms. It joins moto's map
of models, which Cloud Control (cloudcontrol_api.py) serves too.
"""
from moto.cloudformation.parsing import get_model_map
from moto.cloudwatch.models import Dimension, Metric, MetricDataQuery, MetricStat, cloudwatch_backends

NAME = "AlarmName"


def _queries(metrics):
    """PutMetricAlarm's Metrics as moto's models (what its response parser makes)."""
    if not metrics:
        return None
    out = []
    for m in metrics:
        stat = m.get("MetricStat")
        metric_stat = None
        if stat and stat.get("Metric", {}).get("MetricName"):
            metric = stat["Metric"]
            metric_stat = MetricStat(
                metric=Metric(metric_name=metric["MetricName"], namespace=metric.get("Namespace"),
                              dimensions=[Dimension(d.get("Name"), d.get("Value"))
                                          for d in metric.get("Dimensions", [])]),
                period=stat.get("Period"), stat=stat.get("Stat"), unit=stat.get("Unit"))
        out.append(MetricDataQuery(query_id=m.get("Id"), label=m.get("Label"), period=m.get("Period"),
                                   return_data=m.get("ReturnData"), expression=m.get("Expression"),
                                   metric_stat=metric_stat))
    return out


class AlarmModel:
    """What moto's stack parsing and cloudcontrol_api.py call of a model
    (CloudFormationModel's methods; not a subclass, so moto's list of
    models, which its own name generation reads, is left as it was)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.cloudwatch.alarm_model"

    def __init__(self, name, account_id, region_name, props):
        self.name, self.account_id, self.region_name, self.props = name, account_id, region_name, props

    @staticmethod
    def cloudformation_type():
        return "AWS::CloudWatch::Alarm"

    @staticmethod
    def cloudformation_name_type():
        return NAME

    @property
    def physical_resource_id(self):
        return self.name

    def backend(self):
        return cloudwatch_backends[self.account_id][self.region_name]

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.backend().alarms[self.name].alarm_arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
        raise UnformattedGetAttTemplateException()

    def is_created(self):
        return True

    def exists_in_service(self):
        """Whether CloudWatch still holds it (cloudcontrol_api.py)."""
        return self.name in self.backend().alarms

    def put(self):
        p = self.props
        self.backend().put_metric_alarm(
            name=self.name, namespace=p.get("Namespace"), metric_name=p.get("MetricName"),
            metric_data_queries=_queries(p.get("Metrics")),
            comparison_operator=p.get("ComparisonOperator"), evaluation_periods=p.get("EvaluationPeriods"),
            datapoints_to_alarm=p.get("DatapointsToAlarm"), period=p.get("Period"),
            threshold=p.get("Threshold"), statistic=p.get("Statistic"),
            extended_statistic=p.get("ExtendedStatistic"), description=p.get("AlarmDescription"),
            dimensions=p.get("Dimensions") or [], alarm_actions=p.get("AlarmActions") or [],
            ok_actions=p.get("OKActions") or [], insufficient_data_actions=p.get("InsufficientDataActions") or [],
            unit=p.get("Unit"), actions_enabled=p.get("ActionsEnabled", True),
            treat_missing_data=p.get("TreatMissingData"),
            evaluate_low_sample_count_percentile=p.get("EvaluateLowSampleCountPercentile"),
            threshold_metric_id=p.get("ThresholdMetricId"), tags=p.get("Tags") or [])

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name,
                                        **kwargs):
        props = cloudformation_json.get("Properties", {})
        model = cls(props.get(NAME) or resource_name, account_id, region_name, props)
        model.put()
        return model

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        props = cloudformation_json.get("Properties", {})
        if props.get(NAME) != original_resource.props.get(NAME):
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                       account_id, region_name)
        original_resource.props = props
        original_resource.put()
        return original_resource

    def delete(self, account_id, region_name):
        self.backend().delete_alarms([self.name])

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        cloudwatch_backends[account_id][region_name].delete_alarms([resource_name])


get_model_map()[AlarmModel.cloudformation_type()] = AlarmModel
