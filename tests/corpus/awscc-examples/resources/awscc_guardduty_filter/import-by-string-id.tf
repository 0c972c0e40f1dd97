import {
  to = awscc_guardduty_filter.example
  id = "detector_id|name"
}