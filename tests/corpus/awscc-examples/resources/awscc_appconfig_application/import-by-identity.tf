import {
  to = awscc_appconfig_application.example
  identity = {
    application_id = "application_id"
  }
}
