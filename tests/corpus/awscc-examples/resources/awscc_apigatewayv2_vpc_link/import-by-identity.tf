import {
  to = awscc_apigatewayv2_vpc_link.example
  identity = {
    vpc_link_id = "vpc_link_id"
  }
}
