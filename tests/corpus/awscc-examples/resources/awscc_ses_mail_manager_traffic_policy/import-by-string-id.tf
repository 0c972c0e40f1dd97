import {
  to = awscc_ses_mail_manager_traffic_policy.example
  id = "traffic_policy_id"
}