import {
  to = awscc_signer_profile_permission.example
  id = "statement_id|profile_name"
}