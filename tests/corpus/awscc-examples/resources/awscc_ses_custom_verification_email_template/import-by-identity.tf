import {
  to = awscc_ses_custom_verification_email_template.example
  identity = {
    template_name = "template_name"
  }
}
