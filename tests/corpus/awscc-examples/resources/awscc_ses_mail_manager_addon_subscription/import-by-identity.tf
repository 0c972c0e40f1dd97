import {
  to = awscc_ses_mail_manager_addon_subscription.example
  identity = {
    addon_subscription_id = "addon_subscription_id"
  }
}
