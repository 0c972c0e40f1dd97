import {
  to = awscc_shield_drt_access.example
  identity = {
    account_id = "account_id"
  }
}
