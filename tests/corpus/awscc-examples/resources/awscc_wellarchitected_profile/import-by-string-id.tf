import {
  to = awscc_wellarchitected_profile.example
  id = "profile_arn"
}