import {
  to = awscc_apigatewayv2_vpc_link.example
  id = "vpc_link_id"
}