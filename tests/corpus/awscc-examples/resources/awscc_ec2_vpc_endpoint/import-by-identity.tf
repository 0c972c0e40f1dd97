import {
  to = awscc_ec2_vpc_endpoint.example
  identity = {
    id = "id"
  }
}
