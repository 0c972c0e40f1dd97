import {
  to = awscc_globalaccelerator_cross_account_attachment.example
  identity = {
    attachment_arn = "attachment_arn"
  }
}
