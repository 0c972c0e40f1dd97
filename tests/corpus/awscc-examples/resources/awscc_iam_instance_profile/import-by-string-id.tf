import {
  to = awscc_iam_instance_profile.example
  id = "instance_profile_name"
}