import {
  to = awscc_ec2_network_acl.example
  id = "id"
}