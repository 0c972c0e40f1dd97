import {
  to = awscc_shield_proactive_engagement.example
  id = "account_id"
}