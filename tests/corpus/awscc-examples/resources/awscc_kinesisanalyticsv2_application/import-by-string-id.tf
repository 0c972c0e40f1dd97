import {
  to = awscc_kinesisanalyticsv2_application.example
  id = "application_name"
}