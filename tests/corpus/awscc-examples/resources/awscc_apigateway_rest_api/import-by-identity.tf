import {
  to = awscc_apigateway_rest_api.example
  identity = {
    rest_api_id = "rest_api_id"
  }
}
