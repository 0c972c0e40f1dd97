import {
  to = awscc_ec2_internet_gateway.example
  id = "internet_gateway_id"
}