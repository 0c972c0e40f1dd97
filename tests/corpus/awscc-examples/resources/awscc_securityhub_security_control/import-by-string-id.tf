import {
  to = awscc_securityhub_security_control.example
  id = "security_control_id"
}