import {
  to = awscc_greengrassv2_deployment.example
  identity = {
    deployment_id = "deployment_id"
  }
}
