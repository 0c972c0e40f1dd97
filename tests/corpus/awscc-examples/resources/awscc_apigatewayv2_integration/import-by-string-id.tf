import {
  to = awscc_apigatewayv2_integration.example
  id = "api_id|integration_id"
}