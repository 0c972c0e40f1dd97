import {
  to = awscc_m2_deployment.example
  id = "application_id"
}