import {
  to = awscc_ec2_transit_gateway_multicast_domain_association.example
  id = "transit_gateway_multicast_domain_id|transit_gateway_attachment_id|subnet_id"
}