import {
  to = awscc_apigatewayv2_stage.example
  id = "api_id|stage_name"
}