import {
  to = awscc_inspectorv2_code_security_scan_configuration.example
  identity = {
    arn = "arn"
  }
}
