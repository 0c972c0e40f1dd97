import {
  to = awscc_deadline_storage_profile.example
  identity = {
    farm_id            = "farm_id"
    storage_profile_id = "storage_profile_id"
  }
}
