import {
  to = awscc_wisdom_message_template_version.example
  id = "message_template_version_arn"
}