import {
  to = awscc_apigateway_resource.example
  id = "rest_api_id|resource_id"
}