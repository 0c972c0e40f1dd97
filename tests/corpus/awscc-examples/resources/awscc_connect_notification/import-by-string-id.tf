import {
  to = awscc_connect_notification.example
  id = "arn"
}