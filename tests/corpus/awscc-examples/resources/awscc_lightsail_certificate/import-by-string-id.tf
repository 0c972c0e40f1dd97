import {
  to = awscc_lightsail_certificate.example
  id = "certificate_name"
}