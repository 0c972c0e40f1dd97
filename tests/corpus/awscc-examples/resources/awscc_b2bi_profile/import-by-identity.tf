import {
  to = awscc_b2bi_profile.example
  identity = {
    profile_id = "profile_id"
  }
}
