import {
  to = awscc_ec2_transit_gateway_multicast_domain.example
  identity = {
    transit_gateway_multicast_domain_id = "transit_gateway_multicast_domain_id"
  }
}
