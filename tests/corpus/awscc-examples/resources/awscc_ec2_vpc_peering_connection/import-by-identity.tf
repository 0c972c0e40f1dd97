import {
  to = awscc_ec2_vpc_peering_connection.example
  identity = {
    id = "id"
  }
}
