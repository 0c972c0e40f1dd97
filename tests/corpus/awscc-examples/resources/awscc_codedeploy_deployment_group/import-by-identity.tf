import {
  to = awscc_codedeploy_deployment_group.example
  identity = {
    application_name      = "application_name"
    deployment_group_name = "deployment_group_name"
  }
}
