import {
  to = awscc_autoscaling_warm_pool.example
  id = "auto_scaling_group_name"
}