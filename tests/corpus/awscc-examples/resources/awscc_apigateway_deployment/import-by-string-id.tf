import {
  to = awscc_apigateway_deployment.example
  id = "deployment_id|rest_api_id"
}