import {
  to = awscc_inspectorv2_filter.example
  id = "arn"
}