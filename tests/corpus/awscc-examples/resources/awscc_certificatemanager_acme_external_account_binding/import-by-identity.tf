import {
  to = awscc_certificatemanager_acme_external_account_binding.example
  identity = {
    acme_external_account_binding_arn = "acme_external_account_binding_arn"
  }
}
