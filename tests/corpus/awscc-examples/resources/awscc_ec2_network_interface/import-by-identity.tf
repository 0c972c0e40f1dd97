import {
  to = awscc_ec2_network_interface.example
  identity = {
    id = "id"
  }
}
