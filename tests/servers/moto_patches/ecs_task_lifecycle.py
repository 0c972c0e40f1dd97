"""ECS tasks go PENDING -> RUNNING -> STOPPED, with an exit code and log
lines the test chooses. moto 5.2.1 runs no container: a task run with
RunTask stays RUNNING and says nothing of its containers' exit.

From the Amazon ECS Developer Guide ("Task lifecycle"): a task starts
PENDING, then RUNNING, then STOPPED; DescribeTasks gives each container's
exitCode and the task's stopCode (EssentialContainerExited, or
UserInitiated after StopTask). Here each DescribeTasks of a task is one step:
the first answers PENDING, the second RUNNING, the third STOPPED, unless the
container's environment (the task definition's, or RunTask's overrides)
sets TERRACE_STAND_IN_RUN=forever: then it stays RUNNING until StopTask.
When it stops, the container's exitCode is TERRACE_STAND_IN_EXIT_CODE
(default 0) and, when the container logs with awslogs, the lines of
TERRACE_STAND_IN_LOG (separated by '|') are written to its stream,
PREFIX/CONTAINER/TASK_ID of its awslogs-group, as the awslogs driver names it.

moto's RunTask also sums its containers' memory and fails (HTTP 500) on a
container without one, which Fargate takes (the task's memory is the
task definition's): such a container counts no memory here. And the task's
network interface (an awsvpc task's attachment) names its privateDnsName,
which moto's NetworkInterface lacks: ip-A-B-C-D.REGION.compute.internal, as
EC2 names it; and moto fails on an awsvpc RunTask without securityGroups,
which AWS takes (the VPC's default group).
"""
import time
import types

from moto.ecs.models import EC2ContainerServiceBackend, Task
from moto.ec2.models.elastic_network_interfaces import NetworkInterface
from moto.logs.models import logs_backends

_original_init = Task.__init__
_original_stop = EC2ContainerServiceBackend.stop_task
_original_describe = EC2ContainerServiceBackend.describe_tasks


def _init(self, *args, **kwargs):
    # RunTask without securityGroups: AWS gives the VPC's default group;
    # moto fails (KeyError) without the member.
    vpc = (kwargs.get("networking_configuration") or {}).get("awsvpcConfiguration")
    if vpc is not None:
        vpc.setdefault("securityGroups", [])
    _original_init(self, *args, **kwargs)
    self._terrace_status = "PENDING"
    self._terrace_definition = args[1] if len(args) > 1 else kwargs.get("task_definition")


def _get_status(self):
    return getattr(self, "_terrace_status", "RUNNING")


def _set_status(self, value):
    self._terrace_status = value


def _environment(task):
    definition = task._terrace_definition.container_definitions[0]
    env = {e["name"]: e.get("value", "") for e in definition.get("environment") or []}
    for c in (task.overrides or {}).get("containerOverrides") or []:
        for e in c.get("environment") or []:
            env[e["name"]] = e.get("value", "")
    return definition, env


def _write_logs(task, definition, env):
    log = definition.get("logConfiguration") or {}
    options = log.get("options") or {}
    lines = env.get("TERRACE_STAND_IN_LOG")
    if log.get("logDriver") != "awslogs" or not lines or "awslogs-group" not in options:
        return
    backend = logs_backends[task._account_id][task.region_name]
    group = backend.groups.get(options["awslogs-group"])
    if group is None:
        return
    stream = "%s/%s/%s" % (options.get("awslogs-stream-prefix", "ecs"), definition["name"],
                           task.id)
    if stream not in group.streams:
        group.create_log_stream(stream)
    now = int(time.time() * 1000)
    group.put_log_events(stream, [{"timestamp": now + i, "message": line}
                                  for i, line in enumerate(lines.split("|"))])


def _stop(task, code, stop_code, reason):
    for container in task.containers:
        container.last_status = "STOPPED"
        container.exitCode = code
        container.exit_code = code
    task._terrace_status = "STOPPED"
    task.desired_status = "STOPPED"
    task.stop_code = stop_code
    task.stopped_reason = reason


def _describe(self, cluster_str, tasks):
    found = _original_describe(self, cluster_str, tasks)
    for task in found:
        definition, env = _environment(task)
        task._terrace_looks = getattr(task, "_terrace_looks", 0) + 1
        status = task._terrace_status
        if status == "PENDING" and task._terrace_looks > 1:
            task._terrace_status = "RUNNING"
            for container in task.containers:
                container.last_status = "RUNNING"
        elif (status == "RUNNING" and task._terrace_looks > 2 and
              env.get("TERRACE_STAND_IN_RUN") != "forever"):
            _write_logs(task, definition, env)
            _stop(task, int(env.get("TERRACE_STAND_IN_EXIT_CODE", "0")),
                  "EssentialContainerExited", "Essential container in task exited")
    return found


def _stop_task(self, cluster_str, task_str, reason):
    task = _original_stop(self, cluster_str, task_str, reason)
    definition, env = _environment(task)
    _write_logs(task, definition, env)
    _stop(task, 143, "UserInitiated", reason or "Task stopped by user")
    return task


_original_requirements = EC2ContainerServiceBackend._calculate_task_resource_requirements


def _requirements(task_definition):
    counted = types.SimpleNamespace(container_definitions=[
        c if any(k in c for k in ("memory", "memoryReservation", "Memory", "MemoryReservation"))
        else dict(c, memoryReservation=0) for c in task_definition.container_definitions])
    return _original_requirements(counted)


EC2ContainerServiceBackend._calculate_task_resource_requirements = staticmethod(_requirements)
if not hasattr(NetworkInterface, "private_dns_name"):
    # A property moto's own code may still set (an interface with a private
    # address in a VPC, RunInstances' and CreateVpcEndpoint's): the value set
    # wins, the derived name only fills in where moto set none.
    NetworkInterface.private_dns_name = property(
        lambda eni: eni.__dict__.get("_private_dns_name") or "ip-%s.%s.compute.internal" % (
            (eni.private_ip_address or "0.0.0.0").replace(".", "-"),
            eni.ec2_backend.region_name),
        lambda eni, value: eni.__dict__.__setitem__("_private_dns_name", value))
Task.__init__ = _init
Task.last_status = property(_get_status, _set_status)
EC2ContainerServiceBackend.describe_tasks = _describe
EC2ContainerServiceBackend.stop_task = _stop_task
