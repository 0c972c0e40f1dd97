import {
  to = awscc_apigateway_gateway_response.example
  id = "id"
}