import {
  to = awscc_datazone_group_profile.example
  id = "domain_id|id"
}