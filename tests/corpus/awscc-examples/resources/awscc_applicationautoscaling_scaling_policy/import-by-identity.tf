import {
  to = awscc_applicationautoscaling_scaling_policy.example
  identity = {
    arn                = "arn"
    scalable_dimension = "scalable_dimension"
  }
}
