import {
  to = awscc_securityagent_application.example
  id = "application_id"
}