import {
  to = awscc_globalaccelerator_cross_account_attachment.example
  id = "attachment_arn"
}