"""EMR Serverless job runs go SUBMITTED -> ... -> RUNNING -> SUCCESS or
FAILED, with the driver's log lines the test chooses. moto 5.2.1 makes a
job run SUCCESS at once and writes no log.

From the EMR Serverless User Guide ("Job run states"): a run is SUBMITTED,
then PENDING, SCHEDULED, RUNNING, and ends SUCCESS, FAILED (stateDetails
says why) or CANCELLED (after CancelJobRun). With CloudWatch logging on
(StartJobRun's configurationOverrides.monitoringConfiguration.
cloudWatchLoggingConfiguration), the driver's stdout and stderr go to the
log group named there (default /aws/emr-serverless), streams
[PREFIX]/applications/APP/jobs/RUN/SPARK_DRIVER/stdout and .../stderr.
And StartJobRun's clientToken: "The client idempotency token of the job run
to start. Its value must be unique for each request": a request sent again
with a token gets the run the first started; moto starts another. moto's
GetJobRun also leaves out the run's executionRole; it is given.

Here each GetJobRun of a run is one look, which finds it as a look a few
seconds later would, the states between two looks passed: the first
SUBMITTED, the second SCHEDULED, the third RUNNING (the driver's lines
written: TERRACE_STAND_IN_LOG to stdout, TERRACE_STAND_IN_STDERR to stderr,
each split at '|'), the fourth SUCCESS, or FAILED with stateDetails
TERRACE_STAND_IN_FAIL when that is set; TERRACE_STAND_IN_RUN=forever keeps
it RUNNING until CancelJobRun. The settings come from the run's Spark
arguments (sparkSubmit.entryPointArguments: --NAME VALUE).
"""
import threading
import time

from moto.emrserverless.models import EMRServerlessBackend, JobRun
from moto.logs.models import logs_backends

_original_init = JobRun.__init__
_original_start = EMRServerlessBackend.start_job_run
_original_get = EMRServerlessBackend.get_job_run
_LOOKS = ["SUBMITTED", "SCHEDULED", "RUNNING"]


def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.state = "SUBMITTED"
    self._terrace_looks = 0
    self._terrace_where = (kwargs.get("account_id"), kwargs.get("region_name"))
    # GetJobRun's executionRole: moto keeps it under another name and
    # answers none.
    self.execution_role = self.execution_role_arn


def _settings(run):
    spark = (run.job_driver or {}).get("sparkSubmit") or {}
    args = spark.get("entryPointArguments") or []
    return {args[i][2:]: args[i + 1] for i in range(len(args) - 1)
            if args[i].startswith("--TERRACE_STAND_IN_")}


_groups_lock = threading.Lock()


def _write_logs(run, settings):
    monitoring = (run.configuration_overrides or {}).get("monitoringConfiguration") or {}
    cloudwatch = monitoring.get("cloudWatchLoggingConfiguration") or {}
    if not cloudwatch.get("enabled"):
        return
    account, region = run._terrace_where
    backend = logs_backends[account][region]
    name = cloudwatch.get("logGroupName") or "/aws/emr-serverless"
    with _groups_lock:  # runs finish on threads of their own: the group made once
        if name not in backend.groups:
            backend.create_log_group(name, {})
    group = backend.groups[name]
    prefix = cloudwatch.get("logStreamNamePrefix") or ""
    now = int(time.time() * 1000)
    for kind, setting in (("stdout", "TERRACE_STAND_IN_LOG"), ("stderr", "TERRACE_STAND_IN_STDERR")):
        lines = settings.get(setting)
        if not lines:
            continue
        stream = "%s/applications/%s/jobs/%s/SPARK_DRIVER/%s" % (prefix, run.application_id,
                                                                run.id, kind)
        if stream not in group.streams:
            group.create_log_stream(stream)
        group.put_log_events(stream, [{"timestamp": now + i, "message": line}
                                      for i, line in enumerate(lines.split("|"))])


def get_job_run(self, application_id, job_run_id):
    run = _original_get(self, application_id, job_run_id)
    if run.state in ("SUCCESS", "FAILED", "CANCELLED", "CANCELLING"):
        return run
    run._terrace_looks += 1
    settings = _settings(run)
    if run._terrace_looks <= len(_LOOKS):
        run.state = _LOOKS[run._terrace_looks - 1]
        if run.state == "RUNNING":
            _write_logs(run, settings)
    elif settings.get("TERRACE_STAND_IN_RUN") != "forever":
        failure = settings.get("TERRACE_STAND_IN_FAIL")
        run.state = "FAILED" if failure else "SUCCESS"
        run.state_details = failure
        run.total_execution_duration_seconds = run._terrace_looks
    return run


def start_job_run(self, application_id, client_token, *args, **kwargs):
    for run in self.job_runs.get(application_id, []):
        if client_token and run.client_token == client_token:
            return run
    return _original_start(self, application_id, client_token, *args, **kwargs)


JobRun.__init__ = _init
EMRServerlessBackend.get_job_run = get_job_run
EMRServerlessBackend.start_job_run = start_job_run
