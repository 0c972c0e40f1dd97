import {
  to = awscc_systemsmanagersap_application.example
  identity = {
    arn = "arn"
  }
}
