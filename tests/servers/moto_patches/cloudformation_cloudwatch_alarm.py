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
from moto.cloudwatch.models import Dimension, Metric, MetricDataQuery, MetricStat, cloudwatch_backends
from moto_cfn_model import CfnModel, register


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


class AlarmModel(CfnModel):
    """Known by its name."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.cloudwatch.alarm_model"
    TYPE, NAME = "AWS::CloudWatch::Alarm", "AlarmName"
    ATTRIBUTES = ("Arn",)
    REPLACED_BY = (NAME,)

    def backend(self):
        return cloudwatch_backends[self.account_id][self.region_name]

    def attribute(self, name):
        return self.backend().alarms[self.id].alarm_arn

    def exists_in_service(self):
        """Whether CloudWatch still holds it (cloudcontrol_api.py)."""
        return self.id in self.backend().alarms

    def put(self):
        p = self.props
        self.backend().put_metric_alarm(
            name=self.id, namespace=p.get("Namespace"), metric_name=p.get("MetricName"),
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
    def create(cls, name, props, account_id, region_name):
        model = cls(props.get(cls.NAME) or name, account_id, region_name, props)
        model.put()
        return model

    def change(self, props):
        self.props = props
        self.put()

    def delete(self, account_id, region_name):
        self.backend().delete_alarms([self.id])


register(AlarmModel)
