import {
  to = awscc_acmpca_certificate_authority.example
  identity = {
    arn = "arn"
  }
}
