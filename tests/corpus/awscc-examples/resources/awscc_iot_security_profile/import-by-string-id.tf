import {
  to = awscc_iot_security_profile.example
  id = "security_profile_name"
}