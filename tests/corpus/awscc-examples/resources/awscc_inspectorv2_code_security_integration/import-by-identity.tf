import {
  to = awscc_inspectorv2_code_security_integration.example
  identity = {
    arn = "arn"
  }
}
