import {
  to = awscc_shield_proactive_engagement.example
  identity = {
    account_id = "account_id"
  }
}
