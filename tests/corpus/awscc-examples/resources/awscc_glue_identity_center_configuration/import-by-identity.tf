import {
  to = awscc_glue_identity_center_configuration.example
  identity = {
    account_id = "account_id"
  }
}
