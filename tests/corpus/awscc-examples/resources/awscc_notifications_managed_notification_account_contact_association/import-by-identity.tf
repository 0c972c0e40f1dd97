import {
  to = awscc_notifications_managed_notification_account_contact_association.example
  identity = {
    managed_notification_configuration_arn = "managed_notification_configuration_arn"
    contact_identifier                     = "contact_identifier"
  }
}
