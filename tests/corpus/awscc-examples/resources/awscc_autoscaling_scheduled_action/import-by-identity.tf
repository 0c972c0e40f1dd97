import {
  to = awscc_autoscaling_scheduled_action.example
  identity = {
    scheduled_action_name   = "scheduled_action_name"
    auto_scaling_group_name = "auto_scaling_group_name"
  }
}
