import {
  to = awscc_ec2_ipam.example
  identity = {
    ipam_id = "ipam_id"
  }
}
