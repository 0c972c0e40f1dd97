import {
  to = awscc_deadline_storage_profile.example
  id = "farm_id|storage_profile_id"
}