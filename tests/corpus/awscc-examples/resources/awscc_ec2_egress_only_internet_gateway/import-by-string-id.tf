import {
  to = awscc_ec2_egress_only_internet_gateway.example
  id = "id"
}