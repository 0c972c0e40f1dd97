import {
  to = awscc_autoscaling_lifecycle_hook.example
  identity = {
    auto_scaling_group_name = "auto_scaling_group_name"
    lifecycle_hook_name     = "lifecycle_hook_name"
  }
}
