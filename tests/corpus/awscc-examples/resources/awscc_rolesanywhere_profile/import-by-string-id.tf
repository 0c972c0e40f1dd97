import {
  to = awscc_rolesanywhere_profile.example
  id = "profile_id"
}