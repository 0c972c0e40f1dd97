import {
  to = awscc_appconfig_deployment.example
  id = "application_id|environment_id|deployment_number"
}