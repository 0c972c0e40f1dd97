import {
  to = awscc_codedeploy_application.example
  identity = {
    application_name = "application_name"
  }
}
