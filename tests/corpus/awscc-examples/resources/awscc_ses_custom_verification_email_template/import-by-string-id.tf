import {
  to = awscc_ses_custom_verification_email_template.example
  id = "template_name"
}