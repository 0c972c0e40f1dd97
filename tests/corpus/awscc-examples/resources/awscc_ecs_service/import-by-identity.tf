import {
  to = awscc_ecs_service.example
  identity = {
    service_arn = "service_arn"
    cluster     = "cluster"
  }
}
