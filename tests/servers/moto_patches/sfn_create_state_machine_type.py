"""Step Functions CreateStateMachine: the type (STANDARD or EXPRESS).

AWS API reference, CreateStateMachine: the request's "type" is STANDARD or
EXPRESS (default STANDARD) and cannot be changed afterwards;
DescribeStateMachine returns it. moto 5.2.1 ignores the field and describes
every state machine as STANDARD. This records the requested type on a state
machine the call creates, and answers ValidationException for any other
value, as AWS does.
"""
from moto.stepfunctions.exceptions import ValidationException
from moto.stepfunctions.responses import StepFunctionResponse

_create_state_machine = StepFunctionResponse.create_state_machine

_TYPES = ("STANDARD", "EXPRESS")


def create_state_machine(self):
    sm_type = self._get_param("type") or "STANDARD"
    if sm_type not in _TYPES:
        raise ValidationException(
            f"1 validation error detected: Value '{sm_type}' at 'type' failed to "
            f"satisfy constraint: Member must satisfy enum value set: [{', '.join(_TYPES)}]")
    name = self._get_param("name")
    backend = self.stepfunction_backend
    existed = any(sm.name == name for sm in backend.state_machines)
    result = _create_state_machine(self)
    if not existed:
        for sm in backend.state_machines:
            if sm.name == name:
                sm.type = sm_type
                sm.sm_type = sm_type
    return result


StepFunctionResponse.create_state_machine = create_state_machine
