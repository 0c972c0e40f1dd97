import {
  to = awscc_acmpca_certificate_authority_activation.example
  identity = {
    certificate_authority_arn = "certificate_authority_arn"
  }
}
