import {
  to = awscc_autoscaling_auto_scaling_group.example
  id = "auto_scaling_group_name"
}