import {
  to = awscc_certificatemanager_certificate.example
  identity = {
    certificate_arn = "certificate_arn"
  }
}
