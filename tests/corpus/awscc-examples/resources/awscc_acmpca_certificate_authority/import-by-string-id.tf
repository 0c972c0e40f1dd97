import {
  to = awscc_acmpca_certificate_authority.example
  id = "arn"
}