import {
  to = awscc_datazone_subscription_target.example
  id = "domain_id|environment_id|id"
}