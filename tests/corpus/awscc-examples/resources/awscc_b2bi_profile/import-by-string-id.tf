import {
  to = awscc_b2bi_profile.example
  id = "profile_id"
}