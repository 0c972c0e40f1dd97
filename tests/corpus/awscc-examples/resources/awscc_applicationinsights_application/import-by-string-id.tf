import {
  to = awscc_applicationinsights_application.example
  id = "application_arn"
}