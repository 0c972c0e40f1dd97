import {
  to = awscc_appintegrations_application.example
  identity = {
    application_arn = "application_arn"
  }
}
