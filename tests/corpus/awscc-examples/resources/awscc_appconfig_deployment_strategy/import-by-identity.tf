import {
  to = awscc_appconfig_deployment_strategy.example
  identity = {
    id = "id"
  }
}
