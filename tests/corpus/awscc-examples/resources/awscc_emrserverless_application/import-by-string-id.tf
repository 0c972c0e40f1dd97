import {
  to = awscc_emrserverless_application.example
  id = "application_id"
}