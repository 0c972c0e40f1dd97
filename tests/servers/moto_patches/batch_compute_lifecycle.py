"""AWS Batch compute environments and job queues as AWS changes and deletes
them, where moto 5.2.1 departs from the AWS Batch API reference:

- CreateComputeEnvironment serviceRole: "If your account already created
  the AWS Batch service-linked role, that role is used by default for your
  compute environment unless you specify a different role here. If the AWS
  Batch service-linked role doesn't exist in your account, and no role is
  specified here, the service attempts to create the AWS Batch
  service-linked role in your account." moto refuses a create without one
  ("ServiceRole is required"). Here the service-linked role
  AWSServiceRoleForBatch (path /aws-service-role/batch.amazonaws.com/) is
  made when it is missing and given, once: moto serves each request on a
  thread of its own, and two compute environments created at once both
  found it missing, the second failing with EntityAlreadyExists (t1016 in
  CI, under load).
- UpdateComputeEnvironment: "computeResources (ComputeResourceUpdate):
  details of the compute resources managed by the compute environment";
  moto ignores it ("TODO Implement resizing"). Here each member given
  replaces the compute environment's own (minvCpus, maxvCpus, subnets,
  securityGroupIds, instanceTypes, ...).
- DeleteComputeEnvironment: "Before you can delete a compute environment,
  you must set its state to DISABLED with the UpdateComputeEnvironment API
  operation and disassociate it from any job queues with the UpdateJobQueue
  API operation." moto deletes it in any state. Here an ENABLED one, or one
  a job queue still names, is refused with ClientException.
- DeleteJobQueue: "It's not necessary to disassociate compute environments
  from a queue before submitting a DeleteJobQueue request" but "you must
  first set its state to DISABLED"; moto deletes it in any state. Here an
  ENABLED one is refused with ClientException.
"""
import threading

from moto.batch.exceptions import ClientException
from moto.batch.models import BatchBackend

_moto_create = BatchBackend.create_compute_environment
_moto_update = BatchBackend.update_compute_environment
_moto_delete_ce = BatchBackend.delete_compute_environment
_moto_delete_queue = BatchBackend.delete_job_queue


SERVICE_LINKED = "AWSServiceRoleForBatch"
_service_linked_lock = threading.Lock()


def _service_linked_role(backend):
    with _service_linked_lock:
        return _service_linked_role_locked(backend)


def _service_linked_role_locked(backend):
    iam = backend.iam_backend
    for role in list(iam.roles.values()):
        if role.name == SERVICE_LINKED:
            return role.arn
    trust = ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": '
             '{"Service": "batch.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
    return iam.create_role(SERVICE_LINKED, trust, "/aws-service-role/batch.amazonaws.com/",
                           None, "", [], None, linked_service="batch.amazonaws.com").arn


def create_compute_environment(self, compute_environment_name, _type, state, compute_resources,
                               service_role, tags=None):
    if not service_role:
        service_role = _service_linked_role(self)
    return _moto_create(self, compute_environment_name, _type, state, compute_resources,
                        service_role, tags)


def update_compute_environment(self, compute_environment_name, state, compute_resources,
                               service_role):
    result = _moto_update(self, compute_environment_name, state, compute_resources,
                          service_role)
    env = self.get_compute_environment(compute_environment_name)
    if compute_resources:
        env.compute_resources = dict(env.compute_resources or {})
        env.compute_resources.update(compute_resources)
    return result


def _names(env):
    return {env.name, env.arn}


def delete_compute_environment(self, compute_environment_name):
    env = self.get_compute_environment(compute_environment_name)
    if env is not None:
        if env.state != "DISABLED":
            raise ClientException(
                f"Cannot delete, compute environment {env.name} must be DISABLED first "
                "(UpdateComputeEnvironment state DISABLED)")
        for queue in self._job_queues.values():
            if any(e.get("computeEnvironment") in _names(env) for e in queue.env_order_json):
                raise ClientException(
                    "Cannot delete, found existing JobQueue relationship: "
                    f"{queue.name} uses {env.name}")
    return _moto_delete_ce(self, compute_environment_name)


def delete_job_queue(self, queue_name):
    queue = self.get_job_queue(queue_name)
    if queue is not None and queue.state != "DISABLED":
        raise ClientException(f"Cannot delete, job queue {queue.name} must be DISABLED first "
                              "(UpdateJobQueue state DISABLED)")
    return _moto_delete_queue(self, queue_name)


BatchBackend.create_compute_environment = create_compute_environment
BatchBackend.update_compute_environment = update_compute_environment
BatchBackend.delete_compute_environment = delete_compute_environment
BatchBackend.delete_job_queue = delete_job_queue
