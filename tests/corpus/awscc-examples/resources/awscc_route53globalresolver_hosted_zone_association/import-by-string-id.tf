import {
  to = awscc_route53globalresolver_hosted_zone_association.example
  id = "hosted_zone_association_id"
}