import {
  to = awscc_mwaa_environment.example
  id = "name"
}