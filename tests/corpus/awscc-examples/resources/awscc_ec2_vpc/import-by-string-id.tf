import {
  to = awscc_ec2_vpc.example
  id = "vpc_id"
}