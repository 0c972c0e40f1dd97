import {
  to = awscc_ec2_host.example
  id = "host_id"
}