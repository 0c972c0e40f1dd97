import {
  to = awscc_acmpca_permission.example
  identity = {
    certificate_authority_arn = "certificate_authority_arn"
    principal                 = "principal"
  }
}
