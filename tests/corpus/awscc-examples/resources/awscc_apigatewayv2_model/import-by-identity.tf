import {
  to = awscc_apigatewayv2_model.example
  identity = {
    api_id   = "api_id"
    model_id = "model_id"
  }
}
