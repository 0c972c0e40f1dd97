import {
  to = awscc_route53_dnssec.example
  identity = {
    hosted_zone_id = "hosted_zone_id"
  }
}
