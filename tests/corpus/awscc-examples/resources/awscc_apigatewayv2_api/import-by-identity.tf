import {
  to = awscc_apigatewayv2_api.example
  identity = {
    api_id = "api_id"
  }
}
