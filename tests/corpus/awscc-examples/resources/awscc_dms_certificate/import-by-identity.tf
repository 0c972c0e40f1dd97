import {
  to = awscc_dms_certificate.example
  identity = {
    certificate_arn = "certificate_arn"
  }
}
