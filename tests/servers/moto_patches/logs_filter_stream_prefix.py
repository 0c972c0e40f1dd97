"""FilterLogEvents' logStreamNamePrefix, which moto 5.2.1 takes and ignores
(it filters by logStreamNames only). From the CloudWatch Logs API
reference: "logStreamNamePrefix: Filters the results to include only
events from log streams that have names starting with this prefix. If you
specify a value for both logStreamNamePrefix and logStreamNames, the
action returns an InvalidParameterException error." Here the streams of
the group whose names start with the prefix are the ones read (none: no
events), so `terrace logs` of a Batch job definition reads its jobs'
streams of the shared /aws/batch/job and an EMR Serverless application
its runs' (t1112, t1113).
"""
from moto.logs.exceptions import InvalidParameterException
from moto.logs.responses import LogsResponse

_original = LogsResponse.filter_log_events


def filter_log_events(self):
    prefix = self._get_param("logStreamNamePrefix")
    if prefix is None:
        return _original(self)
    if self._get_param("logStreamNames"):
        raise InvalidParameterException(
            "Cannot specify both logStreamNamePrefix and logStreamNames")
    group = self.logs_backend.groups.get(self._get_param("logGroupName"))
    names = [n for n in (group.streams if group else {}) if n.startswith(prefix)]
    # No stream of the prefix: a name no stream has, so that none is read.
    original_get = self._get_param

    def get_param(name, default=None):
        if name == "logStreamNames":
            return names or ["\0none"]
        return original_get(name, default)

    self._get_param = get_param
    try:
        return _original(self)
    finally:
        del self._get_param


LogsResponse.filter_log_events = filter_log_events
