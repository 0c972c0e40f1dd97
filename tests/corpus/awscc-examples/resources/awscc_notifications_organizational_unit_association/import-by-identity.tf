import {
  to = awscc_notifications_organizational_unit_association.example
  identity = {
    notification_configuration_arn = "notification_configuration_arn"
    organizational_unit_id         = "organizational_unit_id"
  }
}
