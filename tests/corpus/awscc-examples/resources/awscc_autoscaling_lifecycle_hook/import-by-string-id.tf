import {
  to = awscc_autoscaling_lifecycle_hook.example
  id = "auto_scaling_group_name|lifecycle_hook_name"
}