import {
  to = awscc_ses_mail_manager_traffic_policy.example
  identity = {
    traffic_policy_id = "traffic_policy_id"
  }
}
