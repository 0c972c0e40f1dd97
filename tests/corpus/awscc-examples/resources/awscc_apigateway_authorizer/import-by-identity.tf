import {
  to = awscc_apigateway_authorizer.example
  identity = {
    rest_api_id   = "rest_api_id"
    authorizer_id = "authorizer_id"
  }
}
