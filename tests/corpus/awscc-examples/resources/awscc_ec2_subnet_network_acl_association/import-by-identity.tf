import {
  to = awscc_ec2_subnet_network_acl_association.example
  identity = {
    association_id = "association_id"
  }
}
