import {
  to = awscc_apigateway_resource.example
  identity = {
    rest_api_id = "rest_api_id"
    resource_id = "resource_id"
  }
}
