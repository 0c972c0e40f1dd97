import {
  to = awscc_apigateway_stage.example
  id = "rest_api_id|stage_name"
}