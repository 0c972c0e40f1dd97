import {
  to = awscc_apigateway_model.example
  id = "rest_api_id|name"
}