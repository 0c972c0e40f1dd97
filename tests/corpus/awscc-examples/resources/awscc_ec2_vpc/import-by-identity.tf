import {
  to = awscc_ec2_vpc.example
  identity = {
    vpc_id = "vpc_id"
  }
}
