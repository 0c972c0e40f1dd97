import {
  to = awscc_acmpca_certificate_authority_activation.example
  id = "certificate_authority_arn"
}