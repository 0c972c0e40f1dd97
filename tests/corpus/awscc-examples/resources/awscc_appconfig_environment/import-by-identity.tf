import {
  to = awscc_appconfig_environment.example
  identity = {
    application_id = "application_id"
    environment_id = "environment_id"
  }
}
