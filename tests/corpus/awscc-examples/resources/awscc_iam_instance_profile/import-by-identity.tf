import {
  to = awscc_iam_instance_profile.example
  identity = {
    instance_profile_name = "instance_profile_name"
  }
}
