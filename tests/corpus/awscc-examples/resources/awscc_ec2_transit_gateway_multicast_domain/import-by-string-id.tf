import {
  to = awscc_ec2_transit_gateway_multicast_domain.example
  id = "transit_gateway_multicast_domain_id"
}