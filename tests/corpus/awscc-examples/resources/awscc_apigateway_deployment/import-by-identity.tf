import {
  to = awscc_apigateway_deployment.example
  identity = {
    deployment_id = "deployment_id"
    rest_api_id   = "rest_api_id"
  }
}
