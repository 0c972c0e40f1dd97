import {
  to = awscc_autoscaling_scheduled_action.example
  id = "scheduled_action_name|auto_scaling_group_name"
}