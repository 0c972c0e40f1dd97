import {
  to = awscc_signer_profile_permission.example
  identity = {
    statement_id = "statement_id"
    profile_name = "profile_name"
  }
}
