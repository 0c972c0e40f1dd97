import {
  to = awscc_applicationautoscaling_scaling_policy.example
  id = "arn|scalable_dimension"
}