import {
  to = awscc_ec2_eip_association.example
  id = "id"
}