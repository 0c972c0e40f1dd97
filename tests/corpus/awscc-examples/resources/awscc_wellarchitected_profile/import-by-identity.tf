import {
  to = awscc_wellarchitected_profile.example
  identity = {
    profile_arn = "profile_arn"
  }
}
