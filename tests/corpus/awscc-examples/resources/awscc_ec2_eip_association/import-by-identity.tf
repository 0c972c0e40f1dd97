import {
  to = awscc_ec2_eip_association.example
  identity = {
    id = "id"
  }
}
