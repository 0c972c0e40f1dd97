import {
  to = awscc_servicecatalog_launch_notification_constraint.example
  id = "id"
}