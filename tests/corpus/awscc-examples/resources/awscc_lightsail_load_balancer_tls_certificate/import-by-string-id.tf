import {
  to = awscc_lightsail_load_balancer_tls_certificate.example
  id = "certificate_name|load_balancer_name"
}