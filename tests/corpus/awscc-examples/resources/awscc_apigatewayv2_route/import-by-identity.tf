import {
  to = awscc_apigatewayv2_route.example
  identity = {
    api_id   = "api_id"
    route_id = "route_id"
  }
}
