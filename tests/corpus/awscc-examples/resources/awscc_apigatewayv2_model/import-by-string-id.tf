import {
  to = awscc_apigatewayv2_model.example
  id = "api_id|model_id"
}