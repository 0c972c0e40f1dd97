import {
  to = awscc_ecs_service.example
  id = "service_arn|cluster"
}