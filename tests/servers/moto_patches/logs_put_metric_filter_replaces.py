"""CloudWatch Logs PutMetricFilter replaces the filter of that name in its
group; moto 5.2.1 appends a second one beside it, and takes a filter for a
group that does not exist.

From the CloudWatch Logs API reference (PutMetricFilter): "Creates or
updates a metric filter and associates it with the specified log group";
ResourceNotFoundException, "The specified resource does not exist".
terrace's aws.logs.metric_filter updates a filter with the same call that
creates it.
"""
from moto.logs.exceptions import ResourceNotFoundException
from moto.logs.metric_filters import MetricFilters
from moto.logs.models import LogsBackend

_original_add_filter = MetricFilters.add_filter
_original_put_metric_filter = LogsBackend.put_metric_filter


def _add_filter(self, filter_name, filter_pattern, log_group_name, metric_transformations):
    self.metric_filters = [f for f in self.metric_filters
                           if (f["filterName"], f["logGroupName"]) != (filter_name, log_group_name)]
    _original_add_filter(self, filter_name, filter_pattern, log_group_name, metric_transformations)


def _put_metric_filter(self, filter_name, filter_pattern, log_group_name, metric_transformations):
    if log_group_name not in self.groups:
        raise ResourceNotFoundException()
    _original_put_metric_filter(self, filter_name, filter_pattern, log_group_name,
                                metric_transformations)


MetricFilters.add_filter = _add_filter
LogsBackend.put_metric_filter = _put_metric_filter
