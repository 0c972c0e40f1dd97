import {
  to = awscc_ec2_subnet.example
  id = "subnet_id"
}