import {
  to = awscc_m2_application.example
  id = "application_arn"
}