import {
  to = awscc_guardduty_publishing_destination.example
  identity = {
    detector_id = "detector_id"
    id          = "id"
  }
}
