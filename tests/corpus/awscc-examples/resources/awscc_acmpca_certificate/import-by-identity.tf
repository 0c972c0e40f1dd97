import {
  to = awscc_acmpca_certificate.example
  identity = {
    arn                       = "arn"
    certificate_authority_arn = "certificate_authority_arn"
  }
}
