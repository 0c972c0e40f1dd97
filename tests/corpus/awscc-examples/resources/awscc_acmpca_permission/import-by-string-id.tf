import {
  to = awscc_acmpca_permission.example
  id = "certificate_authority_arn|principal"
}