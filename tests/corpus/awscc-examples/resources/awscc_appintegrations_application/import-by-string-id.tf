import {
  to = awscc_appintegrations_application.example
  id = "application_arn"
}