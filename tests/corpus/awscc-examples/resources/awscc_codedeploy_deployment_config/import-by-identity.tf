import {
  to = awscc_codedeploy_deployment_config.example
  identity = {
    deployment_config_name = "deployment_config_name"
  }
}
