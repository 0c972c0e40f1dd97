import {
  to = awscc_ecs_express_gateway_service.example
  identity = {
    service_arn = "service_arn"
  }
}
