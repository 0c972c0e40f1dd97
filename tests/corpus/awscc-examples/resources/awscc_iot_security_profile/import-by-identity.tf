import {
  to = awscc_iot_security_profile.example
  identity = {
    security_profile_name = "security_profile_name"
  }
}
