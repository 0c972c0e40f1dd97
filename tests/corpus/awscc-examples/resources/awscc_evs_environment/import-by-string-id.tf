import {
  to = awscc_evs_environment.example
  id = "environment_id"
}