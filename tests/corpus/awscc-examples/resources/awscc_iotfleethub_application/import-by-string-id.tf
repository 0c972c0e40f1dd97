import {
  to = awscc_iotfleethub_application.example
  id = "application_id"
}