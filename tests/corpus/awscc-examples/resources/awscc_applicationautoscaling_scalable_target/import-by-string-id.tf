import {
  to = awscc_applicationautoscaling_scalable_target.example
  id = "resource_id|scalable_dimension|service_namespace"
}