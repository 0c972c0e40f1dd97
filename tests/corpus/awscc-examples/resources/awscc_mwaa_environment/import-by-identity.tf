import {
  to = awscc_mwaa_environment.example
  identity = {
    name = "name"
  }
}
