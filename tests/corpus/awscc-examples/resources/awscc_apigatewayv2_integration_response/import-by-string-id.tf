import {
  to = awscc_apigatewayv2_integration_response.example
  id = "api_id|integration_id|integration_response_id"
}