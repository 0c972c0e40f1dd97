import {
  to = awscc_certificatemanager_acme_external_account_binding.example
  id = "acme_external_account_binding_arn"
}