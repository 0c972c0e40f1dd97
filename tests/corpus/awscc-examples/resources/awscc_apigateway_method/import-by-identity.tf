import {
  to = awscc_apigateway_method.example
  identity = {
    rest_api_id = "rest_api_id"
    resource_id = "resource_id"
    http_method = "http_method"
  }
}
