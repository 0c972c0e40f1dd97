import {
  to = awscc_autoscaling_auto_scaling_group.example
  identity = {
    auto_scaling_group_name = "auto_scaling_group_name"
  }
}
