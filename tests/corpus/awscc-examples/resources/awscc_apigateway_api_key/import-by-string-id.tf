import {
  to = awscc_apigateway_api_key.example
  id = "api_key_id"
}