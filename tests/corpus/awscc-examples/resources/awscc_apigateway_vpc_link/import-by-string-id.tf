import {
  to = awscc_apigateway_vpc_link.example
  id = "vpc_link_id"
}