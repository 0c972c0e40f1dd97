import {
  to = awscc_apigatewayv2_route_response.example
  identity = {
    api_id            = "api_id"
    route_id          = "route_id"
    route_response_id = "route_response_id"
  }
}
