import {
  to = awscc_securityagent_application.example
  identity = {
    application_id = "application_id"
  }
}
