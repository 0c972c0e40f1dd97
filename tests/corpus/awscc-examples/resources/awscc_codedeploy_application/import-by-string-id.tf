import {
  to = awscc_codedeploy_application.example
  id = "application_name"
}