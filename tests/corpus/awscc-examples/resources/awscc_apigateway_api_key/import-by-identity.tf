import {
  to = awscc_apigateway_api_key.example
  identity = {
    api_key_id = "api_key_id"
  }
}
