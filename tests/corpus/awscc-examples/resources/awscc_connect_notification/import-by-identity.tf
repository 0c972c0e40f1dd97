import {
  to = awscc_connect_notification.example
  identity = {
    arn = "arn"
  }
}
