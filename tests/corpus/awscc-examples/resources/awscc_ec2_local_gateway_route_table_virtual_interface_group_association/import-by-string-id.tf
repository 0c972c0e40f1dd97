import {
  to = awscc_ec2_local_gateway_route_table_virtual_interface_group_association.example
  id = "local_gateway_route_table_virtual_interface_group_association_id"
}