import {
  to = awscc_rolesanywhere_profile.example
  identity = {
    profile_id = "profile_id"
  }
}
