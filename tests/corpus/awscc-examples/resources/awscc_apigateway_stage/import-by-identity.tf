import {
  to = awscc_apigateway_stage.example
  identity = {
    rest_api_id = "rest_api_id"
    stage_name  = "stage_name"
  }
}
