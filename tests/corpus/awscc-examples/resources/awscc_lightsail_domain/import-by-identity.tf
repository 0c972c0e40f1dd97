import {
  to = awscc_lightsail_domain.example
  identity = {
    domain_name = "domain_name"
  }
}
