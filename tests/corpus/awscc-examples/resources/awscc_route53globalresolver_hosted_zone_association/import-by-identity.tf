import {
  to = awscc_route53globalresolver_hosted_zone_association.example
  identity = {
    hosted_zone_association_id = "hosted_zone_association_id"
  }
}
