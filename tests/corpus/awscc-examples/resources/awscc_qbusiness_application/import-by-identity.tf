import {
  to = awscc_qbusiness_application.example
  identity = {
    application_id = "application_id"
  }
}
