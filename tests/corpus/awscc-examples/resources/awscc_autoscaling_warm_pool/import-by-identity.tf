import {
  to = awscc_autoscaling_warm_pool.example
  identity = {
    auto_scaling_group_name = "auto_scaling_group_name"
  }
}
