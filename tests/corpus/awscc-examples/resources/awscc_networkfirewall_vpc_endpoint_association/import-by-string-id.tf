import {
  to = awscc_networkfirewall_vpc_endpoint_association.example
  id = "vpc_endpoint_association_arn"
}