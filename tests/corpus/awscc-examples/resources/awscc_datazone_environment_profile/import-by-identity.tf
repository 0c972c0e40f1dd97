import {
  to = awscc_datazone_environment_profile.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
