"""Step Functions StartExecution in moto's interpreter
(/moto-api/config {"stepfunctions": {"execute_state_machine": true}}), which
runs a state machine's Pass, Wait, Choice and Fail states for real.

moto 5.2.1's interpreter deep-copies the state machine for each execution
(AWS API reference, StartExecution: an execution runs the definition as it
was when it started, whatever updates follow). The copy takes the state
machine's backend with it, and so every execution already running, whose
worker threads hold locks that cannot be copied: every StartExecution after
the first answered HTTP 500. This copies a state machine without its backend
(shared, as it is not part of the definition) and without its executions.
"""
import copy

from moto.stepfunctions.models import StateMachine

_SHARED = ("backend",)
_LEFT_OUT = ("executions",)


def _deepcopy(self, memo):
    new = self.__class__.__new__(self.__class__)
    memo[id(self)] = new
    for key, value in self.__dict__.items():
        if key in _SHARED:
            setattr(new, key, value)
        elif key in _LEFT_OUT:
            setattr(new, key, [])
        else:
            setattr(new, key, copy.deepcopy(value, memo))
    return new


StateMachine.__deepcopy__ = _deepcopy
