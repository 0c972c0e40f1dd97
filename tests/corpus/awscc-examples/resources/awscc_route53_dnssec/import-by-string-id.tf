import {
  to = awscc_route53_dnssec.example
  id = "hosted_zone_id"
}