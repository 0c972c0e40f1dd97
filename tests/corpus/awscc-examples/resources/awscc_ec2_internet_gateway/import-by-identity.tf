import {
  to = awscc_ec2_internet_gateway.example
  identity = {
    internet_gateway_id = "internet_gateway_id"
  }
}
