"""lambda_update_function_code_architectures: UpdateFunctionCode's Architectures.

AWS API reference, Lambda UpdateFunctionCode: the request body may carry
"Architectures" (an array holding one of "x86_64", "arm64"), which sets the
function's instruction set together with its new code; the response's
Architectures shows it. moto 5.2.1 ignores the field, so a function keeps
its old architecture. This applies it, with moto's own validation (its
architectures setter raises ValidationException for anything else).
"""
from moto.awslambda.models import LambdaFunction

_update_function_code = LambdaFunction.update_function_code


def update_function_code(self, updated_spec):
    if not updated_spec.get("DryRun") and "Architectures" in updated_spec:
        self.architectures = updated_spec["Architectures"]
    return _update_function_code(self, updated_spec)


LambdaFunction.update_function_code = update_function_code
