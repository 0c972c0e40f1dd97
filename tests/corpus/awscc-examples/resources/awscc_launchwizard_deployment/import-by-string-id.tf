import {
  to = awscc_launchwizard_deployment.example
  id = "arn"
}