import {
  to = awscc_route53_key_signing_key.example
  id = "hosted_zone_id|name"
}