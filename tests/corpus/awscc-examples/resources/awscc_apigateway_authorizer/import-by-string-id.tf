import {
  to = awscc_apigateway_authorizer.example
  id = "rest_api_id|authorizer_id"
}