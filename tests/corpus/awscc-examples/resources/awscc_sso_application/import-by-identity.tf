import {
  to = awscc_sso_application.example
  identity = {
    application_arn = "application_arn"
  }
}
