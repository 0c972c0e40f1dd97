import {
  to = awscc_ec2_ipam.example
  id = "ipam_id"
}