import {
  to = awscc_launchwizard_deployment.example
  identity = {
    arn = "arn"
  }
}
