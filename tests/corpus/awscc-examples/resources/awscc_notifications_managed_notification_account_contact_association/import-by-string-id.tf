import {
  to = awscc_notifications_managed_notification_account_contact_association.example
  id = "managed_notification_configuration_arn|contact_identifier"
}