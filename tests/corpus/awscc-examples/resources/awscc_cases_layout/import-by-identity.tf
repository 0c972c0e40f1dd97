import {
  to = awscc_cases_layout.example
  identity = {
    layout_arn = "layout_arn"
  }
}
