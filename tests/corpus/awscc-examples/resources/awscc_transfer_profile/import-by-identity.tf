import {
  to = awscc_transfer_profile.example
  identity = {
    profile_id = "profile_id"
  }
}
