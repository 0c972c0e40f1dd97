import {
  to = awscc_guardduty_filter.example
  identity = {
    detector_id = "detector_id"
    name        = "name"
  }
}
