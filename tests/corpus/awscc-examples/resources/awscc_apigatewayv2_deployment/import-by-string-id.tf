import {
  to = awscc_apigatewayv2_deployment.example
  id = "api_id|deployment_id"
}