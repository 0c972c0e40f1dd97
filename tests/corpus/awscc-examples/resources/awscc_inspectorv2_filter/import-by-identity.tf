import {
  to = awscc_inspectorv2_filter.example
  identity = {
    arn = "arn"
  }
}
