import {
  to = awscc_ec2_ip_pool_route_table_association.example
  identity = {
    association_id = "association_id"
  }
}
