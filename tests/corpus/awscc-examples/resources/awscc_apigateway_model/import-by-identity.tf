import {
  to = awscc_apigateway_model.example
  identity = {
    rest_api_id = "rest_api_id"
    name        = "name"
  }
}
