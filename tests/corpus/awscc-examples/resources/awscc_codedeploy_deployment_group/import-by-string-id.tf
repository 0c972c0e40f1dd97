import {
  to = awscc_codedeploy_deployment_group.example
  id = "application_name|deployment_group_name"
}