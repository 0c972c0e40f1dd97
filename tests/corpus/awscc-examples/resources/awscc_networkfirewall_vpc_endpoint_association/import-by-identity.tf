import {
  to = awscc_networkfirewall_vpc_endpoint_association.example
  identity = {
    vpc_endpoint_association_arn = "vpc_endpoint_association_arn"
  }
}
