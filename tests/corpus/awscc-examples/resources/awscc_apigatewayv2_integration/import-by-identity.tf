import {
  to = awscc_apigatewayv2_integration.example
  identity = {
    api_id         = "api_id"
    integration_id = "integration_id"
  }
}
