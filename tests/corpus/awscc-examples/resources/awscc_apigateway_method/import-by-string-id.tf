import {
  to = awscc_apigateway_method.example
  id = "rest_api_id|resource_id|http_method"
}