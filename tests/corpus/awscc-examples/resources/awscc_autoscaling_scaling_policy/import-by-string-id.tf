import {
  to = awscc_autoscaling_scaling_policy.example
  id = "arn"
}