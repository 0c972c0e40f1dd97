import {
  to = awscc_ec2_network_acl.example
  identity = {
    id = "id"
  }
}
