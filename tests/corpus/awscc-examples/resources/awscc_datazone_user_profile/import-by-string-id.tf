import {
  to = awscc_datazone_user_profile.example
  id = "domain_id|id"
}