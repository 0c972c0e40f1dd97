import {
  to = awscc_wisdom_message_template.example
  identity = {
    message_template_arn = "message_template_arn"
  }
}
