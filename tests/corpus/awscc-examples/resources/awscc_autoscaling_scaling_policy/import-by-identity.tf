import {
  to = awscc_autoscaling_scaling_policy.example
  identity = {
    arn = "arn"
  }
}
