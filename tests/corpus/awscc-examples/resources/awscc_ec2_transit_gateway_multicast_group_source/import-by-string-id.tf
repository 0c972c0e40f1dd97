import {
  to = awscc_ec2_transit_gateway_multicast_group_source.example
  id = "transit_gateway_multicast_domain_id|group_ip_address|network_interface_id"
}