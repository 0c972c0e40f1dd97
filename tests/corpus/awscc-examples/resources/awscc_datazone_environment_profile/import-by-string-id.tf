import {
  to = awscc_datazone_environment_profile.example
  id = "domain_id|id"
}