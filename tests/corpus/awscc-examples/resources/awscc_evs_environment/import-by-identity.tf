import {
  to = awscc_evs_environment.example
  identity = {
    environment_id = "environment_id"
  }
}
