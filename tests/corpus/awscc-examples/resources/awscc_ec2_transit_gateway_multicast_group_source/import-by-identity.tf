import {
  to = awscc_ec2_transit_gateway_multicast_group_source.example
  identity = {
    transit_gateway_multicast_domain_id = "transit_gateway_multicast_domain_id"
    group_ip_address                    = "group_ip_address"
    network_interface_id                = "network_interface_id"
  }
}
