import {
  to = awscc_dms_instance_profile.example
  identity = {
    instance_profile_arn = "instance_profile_arn"
  }
}
