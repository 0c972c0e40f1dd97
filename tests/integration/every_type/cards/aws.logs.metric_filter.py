"""aws.logs.metric_filter in the tests of every aws type (../cards.py)."""

CREATE = ("PutMetricFilter", r"Logs_20140328[.]PutMetricFilter$")
# metric_transformation.value would be all_types.py's secret value
EXTRA = {"metric_transformation": {"name": "ErrorCount", "namespace": "Pipeline", "value": "1"}}
WIRING = {"log_group_name": "${aws_logs_log_group.name}"}
BASE = {"name": "f", "log_group_name": "/edges", "pattern": "ERROR",
        "metric_transformation": {"name": "m", "namespace": "n", "value": "1"}}
MADE_FIRST = [["logs", "create-log-group", "--log-group-name", "/edges"]]


def count(client, p, stack):
    return sum(1 for f in client("logs").describe_metric_filters()["metricFilters"]
               if f["logGroupName"].startswith("/" + p + "/"))
