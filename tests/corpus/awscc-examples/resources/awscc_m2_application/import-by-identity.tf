import {
  to = awscc_m2_application.example
  identity = {
    application_arn = "application_arn"
  }
}
