import {
  to = awscc_apigatewayv2_stage.example
  identity = {
    api_id     = "api_id"
    stage_name = "stage_name"
  }
}
