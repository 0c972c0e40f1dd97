import {
  to = awscc_ses_email_identity.example
  id = "email_identity"
}