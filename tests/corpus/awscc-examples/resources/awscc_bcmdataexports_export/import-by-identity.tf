import {
  to = awscc_bcmdataexports_export.example
  identity = {
    export_arn = "export_arn"
  }
}
