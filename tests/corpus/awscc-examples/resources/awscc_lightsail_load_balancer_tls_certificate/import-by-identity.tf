import {
  to = awscc_lightsail_load_balancer_tls_certificate.example
  identity = {
    certificate_name   = "certificate_name"
    load_balancer_name = "load_balancer_name"
  }
}
