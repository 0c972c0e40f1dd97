import {
  to = awscc_apigatewayv2_api.example
  id = "api_id"
}