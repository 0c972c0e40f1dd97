import {
  to = awscc_apigatewayv2_authorizer.example
  identity = {
    authorizer_id = "authorizer_id"
    api_id        = "api_id"
  }
}
