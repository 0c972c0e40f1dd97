"""Step Functions Express executions: StartSyncExecution, and the calls that
do not apply to them.

AWS API reference, StartSyncExecution: "Starts a Synchronous Express state
machine execution. StartSyncExecution is not available for STANDARD
workflows" (StateMachineTypeNotSupported); it answers when the execution
has ended (an Express execution runs at most 5 minutes) with its
executionArn (arn:...:express:MACHINE:NAME:ID), status SUCCEEDED, FAILED or
TIMED_OUT, and its output, or its error and cause. DescribeExecution,
GetExecutionHistory and StopExecution: "This operation is not supported by
EXPRESS state machines"; AWS records no Express execution (its history goes
to the state machine's log group, if any): they answer InvalidArn.

moto 5.2.1 has no StartSyncExecution, and describes, lists the history of
and stops an EXPRESS state machine's executions as if they were STANDARD,
so a client following an Express execution with DescribeExecution passes
against moto and fails on AWS. This adds StartSyncExecution (run by moto's
interpreter, /moto-api/config execute_state_machine, waited for, and then
forgotten as AWS keeps no record) and answers the three calls InvalidArn for
an execution of an EXPRESS state machine (sfn_create_state_machine_type.py
records the type).
"""
import time
import uuid

from moto.core.exceptions import AWSError
from moto.core.responses import ActionResult
from moto.stepfunctions.exceptions import InvalidArn
from moto.stepfunctions.responses import StepFunctionResponse

# An Express execution's limit (Step Functions quotas: 5 minutes).
_EXPRESS_LIMIT_S = 300


class StateMachineTypeNotSupported(AWSError):
    TYPE = "StateMachineTypeNotSupported"
    STATUS = 400


def _is_express(backend, state_machine_arn):
    for sm in backend.state_machines:
        if sm.arn == state_machine_arn:
            return getattr(sm, "type", "STANDARD") == "EXPRESS"
    return False


def _execution_machine(backend, execution_arn):
    for sm in backend.state_machines:
        for execution in sm.executions:
            arn = getattr(execution, "execution_arn", None) or getattr(execution, "exec_arn", None)
            if arn == execution_arn:
                return sm
    return None


def start_sync_execution(self):
    arn = self._get_param("stateMachineArn")
    name = self._get_param("name") or str(uuid.uuid4())
    execution_input = self._get_param("input", if_none="{}")
    backend = self.stepfunction_backend
    sm = backend.describe_state_machine(arn)
    if getattr(sm, "type", "STANDARD") != "EXPRESS":
        raise StateMachineTypeNotSupported(
            "This operation is not supported by this type of state machine")
    execution = backend.start_execution(arn, name, execution_input)
    started = time.monotonic()
    while str(getattr(execution.status, "value", execution.status)) == "RUNNING" and \
            time.monotonic() - started < _EXPRESS_LIMIT_S:
        time.sleep(0.05)
    status = str(getattr(execution.status, "value", execution.status))
    if status == "RUNNING":
        status = "TIMED_OUT"
    elif status not in ("SUCCEEDED", "FAILED", "TIMED_OUT"):
        status = "FAILED"
    if hasattr(execution, "to_describe_output"):
        described = execution.to_describe_output()
        output = described.get("output")
    else:
        output = execution.output
    response = {
        "executionArn": f"{arn.replace(':stateMachine:', ':express:')}:{name}:{uuid.uuid4()}",
        "stateMachineArn": arn,
        "name": name,
        "startDate": execution.start_date,
        "stopDate": execution.stop_date or execution.start_date,
        "status": status,
        "input": execution_input,
    }
    if status == "SUCCEEDED" and output is not None:
        response["output"] = output
    if getattr(execution, "error", None) is not None:
        response["error"] = execution.error
    if getattr(execution, "cause", None) is not None:
        response["cause"] = execution.cause
    # AWS keeps no record of an Express execution.
    if execution in sm.executions:
        sm.executions.remove(execution)
    return ActionResult(response)


def _refuse_express(original):
    def call(self):
        arn = self._get_param("executionArn") or ""
        sm = _execution_machine(self.stepfunction_backend, arn)
        if ":express:" in arn or (sm is not None and getattr(sm, "type", "") == "EXPRESS"):
            raise InvalidArn("Invalid Arn: 'Resource type not valid in this context: express'")
        return original(self)
    return call


StepFunctionResponse.start_sync_execution = start_sync_execution
for _name in ("describe_execution", "get_execution_history", "stop_execution"):
    setattr(StepFunctionResponse, _name, _refuse_express(getattr(StepFunctionResponse, _name)))
