import {
  to = awscc_ses_mail_manager_relay.example
  identity = {
    relay_id = "relay_id"
  }
}
