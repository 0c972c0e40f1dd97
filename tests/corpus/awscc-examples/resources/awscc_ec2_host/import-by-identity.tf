import {
  to = awscc_ec2_host.example
  identity = {
    host_id = "host_id"
  }
}
