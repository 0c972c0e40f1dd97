import {
  to = awscc_systemsmanagersap_application.example
  id = "arn"
}