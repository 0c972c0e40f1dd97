import {
  to = awscc_connect_security_profile.example
  identity = {
    security_profile_arn = "security_profile_arn"
  }
}
