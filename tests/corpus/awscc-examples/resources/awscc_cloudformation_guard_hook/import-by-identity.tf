import {
  to = awscc_cloudformation_guard_hook.example
  identity = {
    hook_arn = "hook_arn"
  }
}
