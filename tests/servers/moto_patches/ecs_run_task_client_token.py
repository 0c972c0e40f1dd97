"""ECS RunTask's clientToken, which moto 5.2.1 reads from no request: a
RunTask sent again with the same token starts another task.

From the Amazon ECS API reference (RunTask, clientToken; "Ensuring
idempotency"): a token of up to 64 characters makes the request idempotent:
a RunTask with a token already used answers with the task(s) the first
request started, and starts none. Here the tasks each token started are
kept per account, region and cluster, and a request with a known token
answers them.
"""
from moto.core.responses import ActionResult
from moto.ecs.responses import EC2ContainerServiceResponse

_run_task = EC2ContainerServiceResponse.run_task
_STARTED = {}


def run_task(self):
    token = self._get_param("clientToken")
    key = (self.current_account, self.region, self._get_param("cluster", "default"), token)
    if token and key in _STARTED:
        return ActionResult({"tasks": _STARTED[key], "failures": []})
    result = _run_task(self)
    if token:
        _STARTED[key] = list(result.result.get("tasks") or [])
    return result


EC2ContainerServiceResponse.run_task = run_task
