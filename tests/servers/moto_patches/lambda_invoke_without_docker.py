"""Lambda Invoke without Docker: moto 5.2.1 runs a function's code in a
Docker container, which the test machine has not.

From the AWS Lambda API reference (Invoke): RequestResponse answers 200
with the function's response as the body; with LogType Tail the
X-Amz-Log-Result header holds the last 4 KB of the execution log, base64;
an error in the function is still a 200, with X-Amz-Function-Error
("Unhandled") and the body {"errorMessage", "errorType"}. An Event
invocation answers 202 with no body.

In place of running the code, a deterministic rule: the function answers
{"echo": EVENT, "function": NAME}; its log is the "START RequestId",
one line per top-level key of the event ("event KEY=VALUE"), "END" and
"REPORT" lines Lambda writes; an event with "moto_function_error": MESSAGE
fails with that errorMessage (errorType "Exception").
"""
import base64
import json
import uuid

from moto.awslambda.models import LambdaFunction


def invoke(self, body, request_headers, response_headers):
    try:
        event = json.loads(body) if body else {}
    except ValueError:
        event = body
    request_id = str(uuid.uuid4())
    response_headers["x-amzn-requestid"] = request_id
    lines = [f"START RequestId: {request_id} Version: $LATEST"]
    if isinstance(event, dict):
        lines += [f"event {k}={json.dumps(v)}" for k, v in event.items()]
    if isinstance(event, dict) and "moto_function_error" in event:
        lines.append(f"[ERROR] Exception: {event['moto_function_error']}")
        response_headers["x-amz-function-error"] = "Unhandled"
        result = {"errorMessage": str(event["moto_function_error"]), "errorType": "Exception"}
    else:
        result = {"echo": event, "function": self.function_name}
    lines += [f"END RequestId: {request_id}",
              f"REPORT RequestId: {request_id}\tDuration: 1.00 ms\tBilled Duration: 1 ms"]
    inv_type = request_headers.get("x-amz-invocation-type", "RequestResponse")
    if inv_type == "RequestResponse":
        tail = ("\n".join(lines) + "\n").encode()[-4096:]
        response_headers["x-amz-log-result"] = base64.b64encode(tail).decode()
    return json.dumps(result).encode()


LambdaFunction.invoke = invoke
