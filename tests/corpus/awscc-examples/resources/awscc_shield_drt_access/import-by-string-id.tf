import {
  to = awscc_shield_drt_access.example
  id = "account_id"
}