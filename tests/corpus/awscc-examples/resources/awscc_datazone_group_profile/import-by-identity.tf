import {
  to = awscc_datazone_group_profile.example
  identity = {
    domain_id = "domain_id"
    id        = "id"
  }
}
