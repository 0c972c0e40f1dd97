import {
  to = awscc_apigatewayv2_integration_response.example
  identity = {
    api_id                  = "api_id"
    integration_id          = "integration_id"
    integration_response_id = "integration_response_id"
  }
}
