import {
  to = awscc_wisdom_message_template_version.example
  identity = {
    message_template_version_arn = "message_template_version_arn"
  }
}
