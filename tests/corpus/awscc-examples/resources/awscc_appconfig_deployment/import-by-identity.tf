import {
  to = awscc_appconfig_deployment.example
  identity = {
    application_id    = "application_id"
    environment_id    = "environment_id"
    deployment_number = "deployment_number"
  }
}
