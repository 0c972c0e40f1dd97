import {
  to = awscc_m2_deployment.example
  identity = {
    application_id = "application_id"
  }
}
