import {
  to = awscc_route53_hosted_zone.example
  id = "id"
}