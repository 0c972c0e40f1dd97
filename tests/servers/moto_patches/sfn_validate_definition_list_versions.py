"""Step Functions ValidateStateMachineDefinition and ListStateMachineVersions.

From the Step Functions API reference: ValidateStateMachineDefinition
(definition, type, severity, maxResults) checks an Amazon States Language
definition without making a state machine and answers result (OK, or FAIL
when it has errors that would stop CreateStateMachine), diagnostics (each
severity, code, message, location; ERROR only unless severity is WARNING,
at most maxResults) and truncated. moto 5.2.1 has no such operation (HTTP
500), and hashicorp/aws 5.100's aws_sfn_state_machine calls it at every
plan, retrying the 500 25 times: terraform-aws-step-functions'
examples/complete planned for minutes and never applied in 200 s (tests/twins,
issue 86).

The definition is read by moto's own States Language parser (the one its
executions use): text that is not JSON is INVALID_JSON_DESCRIPTION, a
definition the grammar refuses SCHEMA_VALIDATION_FAILED, a StartAt or Next
naming no state of its States MISSING_TRANSITION_TARGET.

ListStateMachineVersions(stateMachineArn, maxResults, nextToken) answers the
versions PublishStateMachineVersion (or CreateStateMachine's publish) made,
newest first, each stateMachineVersionArn and creationDate; a malformed ARN
is InvalidArn, a state machine with none (or none at all) an empty list.
moto 5.2.1 keeps the versions but had no such operation (HTTP 500), which
hashicorp/aws's aws_sfn_state_machine calls after its create (the same
example then stayed "Still creating" until stopped).
"""
import json

from moto.core.responses import ActionResult
from moto.stepfunctions.responses import StepFunctionResponse


def _targets(states, where):
    """(location, name) of each StartAt/Next of a States block, nested ones
    (Parallel branches, Map processors) checked against their own block."""
    out = []
    for name, state in (states or {}).items():
        if not isinstance(state, dict):
            continue
        if isinstance(state.get("Next"), str):
            out.append((f"{where}/{name}/Next", state["Next"], states))
        for choice in state.get("Choices") or []:
            if isinstance(choice, dict) and isinstance(choice.get("Next"), str):
                out.append((f"{where}/{name}/Choices", choice["Next"], states))
        if isinstance(state.get("Default"), str):
            out.append((f"{where}/{name}/Default", state["Default"], states))
        for i, branch in enumerate(state.get("Branches") or []):
            out += _block(branch, f"{where}/{name}/Branches[{i}]")
        for key in ("Iterator", "ItemProcessor"):
            if isinstance(state.get(key), dict):
                out += _block(state[key], f"{where}/{name}/{key}")
    return out


def _block(block, where):
    if not isinstance(block, dict):
        return []
    states = block.get("States") if isinstance(block.get("States"), dict) else {}
    out = [(f"{where}/StartAt", block.get("StartAt"), states)] if isinstance(block.get("StartAt"), str) else []
    return out + _targets(states, where + "/States")


def diagnostics(definition):
    try:
        document = json.loads(definition)
    except ValueError as e:
        return [{"severity": "ERROR", "code": "INVALID_JSON_DESCRIPTION", "message": str(e)}]
    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
    try:
        AmazonStateLanguageParser.parse(definition)
    except Exception as e:  # the parser's own exception, or one of its grammar
        return [{"severity": "ERROR", "code": "SCHEMA_VALIDATION_FAILED", "message": str(e)[:1000]}]
    out = []
    for location, target, states in _block(document, ""):
        if target not in states:
            out.append({"severity": "ERROR", "code": "MISSING_TRANSITION_TARGET",
                        "message": f"Missing 'Next' target: {target}", "location": location or "/"})
    return out


def validate_state_machine_definition(self):
    found = diagnostics(self._get_param("definition") or "")
    limit = self._get_param("maxResults") or 100
    return ActionResult({"result": "FAIL" if any(d["severity"] == "ERROR" for d in found) else "OK",
                         "diagnostics": found[:limit], "truncated": len(found) > limit})


def list_state_machine_versions(self):
    arn = self._get_param("stateMachineArn")
    backend = self.stepfunction_backend
    backend._validate_machine_arn(arn)
    machine = next((m for m in backend.state_machines if m.arn == arn), None)
    versions = sorted(machine.versions.values(), key=lambda v: -v.version) if machine else []
    start = int(self._get_param("nextToken") or 0)
    size = self._get_param("maxResults") or 100
    page = versions[start:start + size]
    answer = {"stateMachineVersions": [{"stateMachineVersionArn": v.arn, "creationDate": v.creation_date}
                                       for v in page]}
    if start + size < len(versions):
        answer["nextToken"] = str(start + size)
    return ActionResult(answer)


StepFunctionResponse.validate_state_machine_definition = validate_state_machine_definition
StepFunctionResponse.list_state_machine_versions = list_state_machine_versions
