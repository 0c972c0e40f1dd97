import {
  to = awscc_sso_application.example
  id = "application_arn"
}