import {
  to = awscc_ses_mail_manager_relay.example
  id = "relay_id"
}