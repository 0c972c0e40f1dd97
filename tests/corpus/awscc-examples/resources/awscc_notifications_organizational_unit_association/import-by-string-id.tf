import {
  to = awscc_notifications_organizational_unit_association.example
  id = "notification_configuration_arn|organizational_unit_id"
}