import {
  to = awscc_cloudformation_lambda_hook.example
  id = "hook_arn"
}