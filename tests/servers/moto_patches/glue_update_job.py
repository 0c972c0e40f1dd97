"""Glue UpdateJob, which moto 5.2.1 lacks.

From the AWS Glue API reference (UpdateJob, JobUpdate):
- request {JobName, JobUpdate}; "the previous job definition is completely
  overwritten by this information": every field of the job takes the value
  in JobUpdate, and a field JobUpdate leaves out is removed or reset to its
  default. Tags are not part of a job definition and stay as they are.
- response {JobName}.
- EntityNotFoundException when there is no job named JobName;
  InvalidInputException when JobUpdate is missing.
"""
from moto.core.responses import ActionResult
from moto.core.utils import utcnow
from moto.glue.exceptions import InvalidInputException, JobNotFoundException
from moto.glue.models import GlueBackend
from moto.glue.responses import GlueResponse


def _update_job(self, name, job_update):
    job = self.jobs.get(name)
    if job is None:
        raise JobNotFoundException(name)
    job.description = job_update.get("Description")
    job.log_uri = job_update.get("LogUri")
    job.role = job_update.get("Role")
    job.execution_property = job_update.get("ExecutionProperty") or {}
    job.command = job_update.get("Command")
    job.default_arguments = job_update.get("DefaultArguments") or {}
    job.non_overridable_arguments = job_update.get("NonOverridableArguments")
    job.connections = job_update.get("Connections")
    job.max_retries = job_update.get("MaxRetries")
    job.allocated_capacity = job_update.get("AllocatedCapacity")
    job.timeout = job_update.get("Timeout")
    job.max_capacity = job_update.get("MaxCapacity")
    job.security_configuration = job_update.get("SecurityConfiguration")
    job.notification_property = job_update.get("NotificationProperty")
    job.glue_version = job_update.get("GlueVersion")
    job.number_of_workers = job_update.get("NumberOfWorkers")
    job.worker_type = job_update.get("WorkerType")
    job.code_gen_configuration_nodes = job_update.get("CodeGenConfigurationNodes")
    job.execution_class = job_update.get("ExecutionClass") or "STANDARD"
    job.source_control_details = job_update.get("SourceControlDetails")
    job.last_modified_on = utcnow()


def _update_job_response(self):
    name = self._get_param("JobName")
    job_update = self._get_param("JobUpdate")
    if job_update is None:
        raise InvalidInputException("UpdateJob", "JobUpdate is required")
    self.glue_backend.update_job(name, job_update)
    return ActionResult({"JobName": name})


GlueBackend.update_job = _update_job
GlueResponse.update_job = _update_job_response
