import {
  to = awscc_apigatewayv2_deployment.example
  identity = {
    api_id        = "api_id"
    deployment_id = "deployment_id"
  }
}
