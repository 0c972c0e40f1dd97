import {
  to = awscc_apigatewayv2_route.example
  id = "api_id|route_id"
}