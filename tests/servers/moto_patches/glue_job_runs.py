"""Glue job runs as `terrace run` follows them: BatchStopJobRun, which moto
5.2.1 lacks, how a run ends, which moto cannot know (it runs no script), and
the runs an ON_DEMAND trigger starts, which moto does not start.

From the AWS Glue API reference:
- BatchStopJobRun {JobName, JobRunIds} stops runs in the STARTING or
  RUNNING state: they go STOPPING, then STOPPED. The answer is
  {SuccessfulSubmissions: [{JobName, JobRunId}], Errors: [{JobName,
  JobRunId, ErrorDetail: {ErrorCode, ErrorMessage}}]}; a run that is not
  running is an error entry, not a failed call. EntityNotFoundException
  when there is no such job.
- JobRun.JobRunState ends SUCCEEDED, FAILED, ERROR, TIMEOUT or STOPPED;
  a failed run has an ErrorMessage. Its logs are in the log groups
  /aws-glue/jobs/output and /aws-glue/jobs/error, the stream named by the
  run id (LogGroupName "/aws-glue/jobs").
- StartTrigger fires an ON_DEMAND trigger at once: each action starts a
  run of its JobName with the action's Arguments over the job's default
  arguments; JobRun.TriggerName names the trigger that started it. A
  trigger of another type is only activated.

A run still moves through its states under moto's state manager
(`glue::job_run`: STARTING -> RUNNING -> the end). In place of the script's
outcome, the run ends in the state its arguments name in
`--moto-final-state` (default SUCCEEDED) with `--moto-error-message` as its
ErrorMessage: a test passes them as the job's default arguments or with
`terrace run -arg`.
"""
import json

from moto.glue.exceptions import JobNotFoundException
from moto.glue.models import FakeJob, FakeJobRun, GlueBackend
from moto.glue.responses import GlueResponse
from moto.core.responses import ActionResult

_start_job_run = FakeJob.start_job_run
_as_dict = FakeJobRun.as_dict


def start_job_run(self, *args, **kwargs):
    run_id = _start_job_run(self, *args, **kwargs)
    run = self.job_runs[-1]
    final = (run.arguments or {}).get("--moto-final-state", "SUCCEEDED")
    run._transitions = [("STARTING", "RUNNING"), ("RUNNING", final)]
    return run_id


def as_dict(self):
    d = _as_dict(self)
    if getattr(self, "trigger_name", None):
        d["TriggerName"] = self.trigger_name
    d["LogGroupName"] = "/aws-glue/jobs"
    if d["JobRunState"] in ("FAILED", "ERROR", "TIMEOUT"):
        d["ErrorMessage"] = (self.arguments or {}).get(
            "--moto-error-message", "the job's script failed")
    if d["JobRunState"] not in ("STARTING", "RUNNING", "STOPPING"):
        d["DPUSeconds"] = 2.5
    return d


def batch_stop_job_run(self, job_name, run_ids):
    job = self.jobs.get(job_name)
    if job is None:
        raise JobNotFoundException(job_name)
    ok, errors = [], []
    for run_id in run_ids:
        run = next((r for r in job.job_runs if r.job_run_id == run_id), None)
        if run is None or run.status not in ("STARTING", "RUNNING"):
            errors.append({"JobName": job_name, "JobRunId": run_id, "ErrorDetail": {
                "ErrorCode": "InvalidInputException",
                "ErrorMessage": f"Job run {run_id} is not running"}})
            continue
        run._transitions = [("STOPPING", "STOPPED")]
        run.status = "STOPPING"
        ok.append({"JobName": job_name, "JobRunId": run_id})
    return ok, errors


def batch_stop_job_run_response(self):
    ok, errors = self.glue_backend.batch_stop_job_run(
        self._get_param("JobName"), self._get_param("JobRunIds") or [])
    return ActionResult({"SuccessfulSubmissions": ok, "Errors": errors})


_start_trigger = GlueBackend.start_trigger


def start_trigger(self, name):
    _start_trigger(self, name)
    trigger = self.get_trigger(name)
    if trigger.trigger_type != "ON_DEMAND":
        return
    for action in trigger.actions:
        if not action.job_name:
            continue
        job = self.get_job(action.job_name)
        job.start_job_run(None, None, action.timeout, None, None, None, None, None,
                          action.arguments)
        job.job_runs[-1].trigger_name = name


FakeJob.start_job_run = start_job_run
GlueBackend.start_trigger = start_trigger
FakeJobRun.as_dict = as_dict
GlueBackend.batch_stop_job_run = batch_stop_job_run
GlueResponse.batch_stop_job_run = batch_stop_job_run_response
