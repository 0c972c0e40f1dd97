import {
  to = awscc_appconfig_environment.example
  id = "application_id|environment_id"
}