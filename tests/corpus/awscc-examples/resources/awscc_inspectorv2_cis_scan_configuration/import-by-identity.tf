import {
  to = awscc_inspectorv2_cis_scan_configuration.example
  identity = {
    arn = "arn"
  }
}
