import {
  to = awscc_apigatewayv2_route_response.example
  id = "api_id|route_id|route_response_id"
}