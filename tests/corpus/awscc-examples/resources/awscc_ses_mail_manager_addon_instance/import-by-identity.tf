import {
  to = awscc_ses_mail_manager_addon_instance.example
  identity = {
    addon_instance_id = "addon_instance_id"
  }
}
