import {
  to = awscc_applicationinsights_application.example
  identity = {
    application_arn = "application_arn"
  }
}
