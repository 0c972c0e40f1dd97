import {
  to = awscc_cases_layout.example
  id = "layout_arn"
}