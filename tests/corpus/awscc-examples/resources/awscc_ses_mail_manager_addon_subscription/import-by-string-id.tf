import {
  to = awscc_ses_mail_manager_addon_subscription.example
  id = "addon_subscription_id"
}