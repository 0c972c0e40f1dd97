import {
  to = awscc_lightsail_domain.example
  id = "domain_name"
}