import {
  to = awscc_bcmdataexports_export.example
  id = "export_arn"
}