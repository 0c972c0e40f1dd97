import {
  to = awscc_route53_hosted_zone.example
  identity = {
    id = "id"
  }
}
