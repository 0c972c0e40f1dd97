import {
  to = awscc_emrserverless_application.example
  identity = {
    application_id = "application_id"
  }
}
