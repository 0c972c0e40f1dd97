import {
  to = awscc_datazone_environment_actions.example
  identity = {
    domain_id      = "domain_id"
    environment_id = "environment_id"
    id             = "id"
  }
}
