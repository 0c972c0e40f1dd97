import {
  to = awscc_route53_key_signing_key.example
  identity = {
    hosted_zone_id = "hosted_zone_id"
    name           = "name"
  }
}
