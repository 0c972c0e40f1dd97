import {
  to = awscc_ses_email_identity.example
  identity = {
    email_identity = "email_identity"
  }
}
