import {
  to = awscc_guardduty_publishing_destination.example
  id = "detector_id|id"
}