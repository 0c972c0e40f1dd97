import {
  to = awscc_datazone_user_profile.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
