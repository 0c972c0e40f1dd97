import {
  to = awscc_ec2_subnet.example
  identity = {
    subnet_id = "subnet_id"
  }
}
