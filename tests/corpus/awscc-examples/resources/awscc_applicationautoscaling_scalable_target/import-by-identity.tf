import {
  to = awscc_applicationautoscaling_scalable_target.example
  identity = {
    resource_id        = "resource_id"
    scalable_dimension = "scalable_dimension"
    service_namespace  = "service_namespace"
  }
}
