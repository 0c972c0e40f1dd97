import {
  to = awscc_transfer_web_app.example
  id = "arn"
}