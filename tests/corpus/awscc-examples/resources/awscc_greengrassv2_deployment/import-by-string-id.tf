import {
  to = awscc_greengrassv2_deployment.example
  id = "deployment_id"
}