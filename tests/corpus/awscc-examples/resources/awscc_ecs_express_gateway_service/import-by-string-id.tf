import {
  to = awscc_ecs_express_gateway_service.example
  id = "service_arn"
}