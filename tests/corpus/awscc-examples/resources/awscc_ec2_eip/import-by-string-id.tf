import {
  to = awscc_ec2_eip.example
  id = "public_ip|allocation_id"
}