import {
  to = awscc_glue_identity_center_configuration.example
  id = "account_id"
}