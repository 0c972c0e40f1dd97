import {
  to = awscc_securityhub_security_control.example
  identity = {
    security_control_id = "security_control_id"
  }
}
