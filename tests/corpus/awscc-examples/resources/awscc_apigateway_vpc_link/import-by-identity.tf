import {
  to = awscc_apigateway_vpc_link.example
  identity = {
    vpc_link_id = "vpc_link_id"
  }
}
