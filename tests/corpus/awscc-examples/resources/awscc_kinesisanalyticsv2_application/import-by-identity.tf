import {
  to = awscc_kinesisanalyticsv2_application.example
  identity = {
    application_name = "application_name"
  }
}
