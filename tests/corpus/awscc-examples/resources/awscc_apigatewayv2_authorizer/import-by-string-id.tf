import {
  to = awscc_apigatewayv2_authorizer.example
  id = "authorizer_id|api_id"
}