import {
  to = awscc_ec2_subnet_network_acl_association.example
  id = "association_id"
}