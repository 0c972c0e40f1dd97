"""AWS Batch jobs go SUBMITTED -> ... -> RUNNING -> SUCCEEDED or FAILED, with
an exit code and log lines the test chooses. moto 5.2.1 runs a submitted
job's container with Docker in a thread; without Docker the job fails at
once, with no exit code and no log stream.

From the AWS Batch User Guide ("Job states"): a job is SUBMITTED, then
PENDING, RUNNABLE, STARTING, RUNNING, and ends SUCCEEDED (its container
exited 0) or FAILED (statusReason "Essential container in task exited"
and the container's exitCode; after TerminateJob, the reason given). Once
it runs, DescribeJobs names its container's CloudWatch Logs stream
(container.logStreamName, JOB_DEFINITION_NAME/default/TASK_ID) in the job
definition's awslogs-group, else /aws/batch/job, which Batch makes.

Here no thread runs: each DescribeJobs of a job is one look, which finds it
as a look a few seconds later would, the states between two looks passed:
the first SUBMITTED, the second RUNNABLE, the third RUNNING (its stream
named and written: the lines of TERRACE_STAND_IN_LOG, separated by '|'),
the fourth SUCCEEDED, or FAILED when its container's exitCode,
TERRACE_STAND_IN_EXIT_CODE, is not 0; TERRACE_STAND_IN_RUN=forever keeps it
RUNNING until TerminateJob, which fails it with exitCode 143 and the reason
given (one not yet running: no exit code). moto's DescribeJobs also
loses a container's exitCode (its container details replace the member
that held it); it is given back. The settings come from the container's environment: the job
definition's, then the job's containerOverrides.
"""
import threading

from moto.batch.models import BatchBackend, Job

_original_describe = BatchBackend.describe_jobs
_original_terminate = BatchBackend.terminate_job
_original_details = Job._container_details
_LOOKS = ["SUBMITTED", "RUNNABLE", "RUNNING"]


def _run(self):
    # No Docker: the looks below take the job through its states.
    self._terrace_looks = 0


def _get_status(self):
    return self._status


def _set_status(self, value):
    self._status = value


def _environment(job):
    props = job.job_definition.container_properties or {}
    env = {e["name"]: e.get("value", "") for e in props.get("environment") or []}
    for e in (job.container_overrides or {}).get("environment") or []:
        env[e["name"]] = e.get("value", "")
    return props, env


_groups_lock = threading.Lock()


def _group(backend, props):
    log = props.get("logConfiguration") or {}
    options = log.get("options") or {}
    if log.get("logDriver") == "awslogs" and options.get("awslogs-group"):
        return backend.groups.get(options["awslogs-group"])
    with _groups_lock:  # jobs start on threads of their own: the group made once
        if "/aws/batch/job" not in backend.groups:
            backend.create_log_group("/aws/batch/job", {})
    return backend.groups["/aws/batch/job"]


def _start(job):
    props, env = _environment(job)
    job.log_stream_name = "%s/default/%s" % (job.job_definition.name,
                                             job.job_id.replace("-", ""))
    group = _group(job._log_backend, props)
    lines = env.get("TERRACE_STAND_IN_LOG")
    if group is None or not lines:
        return
    if job.log_stream_name not in group.streams:
        group.create_log_stream(job.log_stream_name)
    import time
    now = int(time.time() * 1000)
    group.put_log_events(job.log_stream_name, [{"timestamp": now + i, "message": line}
                                               for i, line in enumerate(lines.split("|"))])


def _end(job, code, reason):
    from datetime import datetime
    job.exit_code = code
    job.job_stopped = True
    job.job_stopped_at = datetime.now()
    job._status = "SUCCEEDED" if code == 0 else "FAILED"
    if code != 0:
        job.job_stopped_reason = reason


def _step(job):
    if job.job_stopped:
        return
    looks = getattr(job, "_terrace_looks", 0) + 1
    job._terrace_looks = looks
    _, env = _environment(job)
    if looks <= len(_LOOKS):
        job._status = _LOOKS[looks - 1]
        if job._status == "RUNNING":
            _start(job)
    elif env.get("TERRACE_STAND_IN_RUN") != "forever":
        _end(job, int(env.get("TERRACE_STAND_IN_EXIT_CODE", "0")),
             "Essential container in task exited")


def describe_jobs(self, jobs):
    for key in jobs or []:
        job = self.get_job_by_id(key) or next(
            (j for j in self._jobs.values() if j.arn == key), None)
        if job is not None:
            _step(job)
    return _original_describe(self, jobs)


def terminate_job(self, job_id, reason):
    _original_terminate(self, job_id, reason)
    job = self.get_job_by_id(job_id)
    if job is not None and not job.job_stopped:
        if job.log_stream_name is None and job._status == "RUNNING":
            _start(job)
        # A container that ran is killed (SIGTERM: 143); one that never
        # started has no exit code.
        _end(job, 143 if job._status == "RUNNING" else None, reason)


def _container_details(self):
    # moto's describe() puts the container's details where describe_short
    # put its exitCode, which is lost: it is given again here.
    details = _original_details(self)
    if self.job_stopped and self.exit_code is not None:
        details["exitCode"] = self.exit_code
    return details


Job.run = _run
Job._container_details = _container_details
Job.status = property(_get_status, _set_status)
BatchBackend.describe_jobs = describe_jobs
BatchBackend.terminate_job = terminate_job
