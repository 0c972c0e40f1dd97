import {
  to = awscc_cloudformation_guard_hook.example
  id = "hook_arn"
}