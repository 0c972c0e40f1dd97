import {
  to = awscc_dms_instance_profile.example
  id = "instance_profile_arn"
}