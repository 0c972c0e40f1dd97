import {
  to = awscc_acmpca_certificate.example
  id = "arn|certificate_authority_arn"
}