import {
  to = awscc_ses_mail_manager_addon_instance.example
  id = "addon_instance_id"
}