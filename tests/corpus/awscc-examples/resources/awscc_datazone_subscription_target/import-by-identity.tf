import {
  to = awscc_datazone_subscription_target.example
  identity = {
    domain_id      = "domain_id"
    environment_id = "environment_id"
    id             = "id"
  }
}
