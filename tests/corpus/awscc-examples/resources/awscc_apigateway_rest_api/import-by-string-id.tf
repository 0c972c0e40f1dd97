import {
  to = awscc_apigateway_rest_api.example
  id = "rest_api_id"
}