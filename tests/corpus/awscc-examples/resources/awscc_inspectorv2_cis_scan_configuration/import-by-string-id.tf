import {
  to = awscc_inspectorv2_cis_scan_configuration.example
  id = "arn"
}