import {
  to = awscc_ec2_instance_connect_endpoint.example
  identity = {
    id = "id"
  }
}
