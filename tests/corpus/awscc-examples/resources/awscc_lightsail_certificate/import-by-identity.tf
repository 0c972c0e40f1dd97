import {
  to = awscc_lightsail_certificate.example
  identity = {
    certificate_name = "certificate_name"
  }
}
