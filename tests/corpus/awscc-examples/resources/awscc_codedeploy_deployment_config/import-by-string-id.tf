import {
  to = awscc_codedeploy_deployment_config.example
  id = "deployment_config_name"
}