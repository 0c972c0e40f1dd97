import {
  to = awscc_appconfig_deployment_strategy.example
  id = "id"
}