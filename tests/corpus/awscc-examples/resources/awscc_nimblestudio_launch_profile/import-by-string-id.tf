import {
  to = awscc_nimblestudio_launch_profile.example
  id = "launch_profile_id"
}