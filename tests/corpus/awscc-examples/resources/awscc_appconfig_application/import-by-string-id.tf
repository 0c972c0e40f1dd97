import {
  to = awscc_appconfig_application.example
  id = "application_id"
}