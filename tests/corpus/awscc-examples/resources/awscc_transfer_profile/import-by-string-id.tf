import {
  to = awscc_transfer_profile.example
  id = "profile_id"
}