import {
  to = awscc_datazone_environment_actions.example
  id = "domain_id|environment_id|id"
}