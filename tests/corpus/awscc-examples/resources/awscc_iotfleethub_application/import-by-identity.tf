import {
  to = awscc_iotfleethub_application.example
  identity = {
    application_id = "application_id"
  }
}
