import {
  to = awscc_nimblestudio_launch_profile.example
  identity = {
    launch_profile_id = "launch_profile_id"
  }
}
