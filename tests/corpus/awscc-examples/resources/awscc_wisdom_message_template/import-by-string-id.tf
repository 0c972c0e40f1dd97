import {
  to = awscc_wisdom_message_template.example
  id = "message_template_arn"
}