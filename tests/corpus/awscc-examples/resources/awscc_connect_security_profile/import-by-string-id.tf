import {
  to = awscc_connect_security_profile.example
  id = "security_profile_arn"
}