import {
  to = awscc_cloudformation_lambda_hook.example
  identity = {
    hook_arn = "hook_arn"
  }
}
